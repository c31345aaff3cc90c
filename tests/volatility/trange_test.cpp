// trange: hand values (Wilder's three cases), TA-Lib reference (ta_TRANGE.c), batch ==
// streaming, NaN on the two bars that use it, sizes, errors.

#include "taspan/volatility/trange.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Trange : public ::testing::Test {};
TYPED_TEST_SUITE(Trange, real_types);

TYPED_TEST(Trange, HandComputed) {
  using T = TypeParam;
  // Bar 1: high - low = 2 wins; bar 2: gap up, high - prev close = 15 - 11 = 4 wins over 1;
  // bar 3: gap down, prev close - low = 14 - 9 = 5 wins over 1.
  const std::vector<T> h{T(12), T(12), T(15), T(10)}, l{T(9), T(10), T(14), T(9)},
      c{T(10), T(11), T(14), T(9.5)};
  const auto y = taspan::trange(h, l, c);
  EXPECT_TRUE(std::isnan(y[0]));
  EXPECT_EQ(y[1], T(2));
  EXPECT_EQ(y[2], T(4));
  EXPECT_EQ(y[3], T(5));
}

TYPED_TEST(Trange, ReferenceStreamingNanSizes) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    const auto y = taspan::trange(b.high, b.low, b.close);
    expect_matches_reference(y, ref::trange(b.high, b.low, b.close), "trange");
    taspan::trange_stream<T> s;
    expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y, "stream");
  }
  const auto b = nan_bar(random_bars<T>(30), 10);
  const auto y = taspan::trange(b.high, b.low, b.close);
  for (std::size_t i = 0; i < y.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i == 0 || i == 10 || i == 11);
  for (std::size_t size : {0U, 1U, 2U}) {
    const auto e = random_bars<T>(size);
    const auto z = taspan::trange(e.high, e.low, e.close);
    ASSERT_EQ(z.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(z[i]), i < 1);
    taspan::trange_stream<T> t;
    run_stream_n(t, e.high, e.low, e.close);
    EXPECT_EQ(t.ready(), size >= 1);
  }
}

TEST(Trange, LookbackAndErrors) {
  EXPECT_EQ(taspan::trange_lookback(), 1);
  EXPECT_EQ(taspan::trange_stream<double>().lookback(), 1);
  std::vector<double> x(4, 1.0), y(3, 1.0);
  EXPECT_TASPAN_ERROR(taspan::trange(x, y, x),
                      "taspan::trange: low size must be the size of high (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::trange(x, x, x, y),
                      "taspan::trange: out size must be the size of input (4), got 3");
}

}  // namespace
