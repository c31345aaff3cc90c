// bop: hand values, TA-Lib formula (ta_BOP.c: 0 when high - low <= 0), batch == streaming,
// NaN per bar, sizes, errors.

#include "taspan/momentum/bop.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Bop : public ::testing::Test {};
TYPED_TEST_SUITE(Bop, real_types);

TYPED_TEST(Bop, HandAndReference) {
  using T = TypeParam;
  // (11 - 10) / (12 - 8) = 0.25; (9 - 10) / (10.5 - 8.5) = -0.5; high == low -> 0.
  const std::vector<T> o{T(10), T(10), T(5)}, h{T(12), T(10.5), T(5)}, l{T(8), T(8.5), T(5)},
      c{T(11), T(9), T(5)};
  const auto y = taspan::bop(o, h, l, c);
  EXPECT_EQ(y[0], T(0.25));
  EXPECT_EQ(y[1], T(-0.5));
  EXPECT_EQ(y[2], T(0));
  for (const auto& b : bar_sets<T>()) {
    const auto z = taspan::bop(b.open, b.high, b.low, b.close);
    std::vector<double> r(b.size());
    for (std::size_t i = 0; i < b.size(); ++i) {
      const double range = double(b.high[i]) - double(b.low[i]);
      r[i] = range > 0 ? (double(b.close[i]) - double(b.open[i])) / range : 0.0;
    }
    expect_matches_reference(z, r, "bop");
    taspan::bop_stream<T> s;
    expect_series_identical(run_stream_n(s, b.open, b.high, b.low, b.close), z, "stream");
    for (T v : z) {
      ASSERT_TRUE(v >= T(-1) && v <= T(1)) << v;
    }
  }
}

TYPED_TEST(Bop, NanAffectsOnlyItsBarAndSizes) {
  using T = TypeParam;
  const auto b = nan_bar(random_bars<T>(20), 7);
  const auto y = taspan::bop(b.open, b.high, b.low, b.close);
  for (std::size_t i = 0; i < y.size(); ++i) EXPECT_EQ(std::isnan(y[i]), i == 7);
  for (std::size_t n : {0U, 1U}) {
    const auto e = random_bars<T>(n);
    EXPECT_EQ(taspan::bop(e.open, e.high, e.low, e.close).size(), n);
  }
  taspan::bop_stream<T> s;
  EXPECT_FALSE(s.ready());
  (void)s.update(T(1), T(2), T(0), T(1));
  EXPECT_TRUE(s.ready());
}

TEST(Bop, LookbackAndErrors) {
  EXPECT_EQ(taspan::bop_lookback(), 0);
  EXPECT_EQ(taspan::bop_stream<double>().lookback(), 0);
  std::vector<double> x(4, 1.0), y(3, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::bop(x, x, y, x),
                      "taspan::bop: low size must be the size of open (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::bop(x, x, x, x, out),
                      "taspan::bop: out size must be the size of input (4), got 3");
}

}  // namespace
