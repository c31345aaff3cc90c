// obv: hand values, TA-Lib's algorithm (ta_OBV.c: OBV_0 = volume_0) as a plain loop, batch ==
// streaming, NaN restart, sizes, errors.

#include "taspan/volume/obv.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Obv : public ::testing::Test {};
TYPED_TEST_SUITE(Obv, real_types);

TYPED_TEST(Obv, HandReferenceStreaming) {
  using T = TypeParam;
  // closes 10 11 11 9 12, volumes 5 6 7 8 9: 5, 5+6 = 11, 11 (equal), 11-8 = 3, 3+9 = 12.
  const std::vector<T> c{T(10), T(11), T(11), T(9), T(12)}, v{T(5), T(6), T(7), T(8), T(9)};
  const auto y = taspan::obv(c, v);
  const std::vector<T> expected{T(5), T(11), T(11), T(3), T(12)};
  expect_series_identical(y, expected, "hand");
  for (const auto& b : bar_sets<T>()) {
    std::vector<double> r(b.size());
    for (std::size_t i = 0; i < b.size(); ++i) {
      if (i == 0) {
        r[i] = b.volume[0];
      } else {
        r[i] = r[i - 1] + (b.close[i] > b.close[i - 1]   ? double(b.volume[i])
                           : b.close[i] < b.close[i - 1] ? -double(b.volume[i])
                                                         : 0.0);
      }
    }
    const auto z = taspan::obv(b.close, b.volume);
    expect_matches_reference(z, r, "obv");
    taspan::obv_stream<T> s;
    expect_series_identical(run_stream_n(s, b.close, b.volume), z, "stream");
  }
}

TYPED_TEST(Obv, NanRestartsAndSizes) {
  using T = TypeParam;
  const auto b = random_bars<T>(50, 6);
  for (std::size_t k : {0U, 10U, 49U})
    expect_restart_after_nan(
        b, k, [](const bars<T>& x) { return taspan::obv(x.close, x.volume); },
        "k=" + std::to_string(k));
  for (std::size_t size : {0U, 1U, 2U}) {
    const auto e = random_bars<T>(size);
    const auto z = taspan::obv(e.close, e.volume);
    ASSERT_EQ(z.size(), size);
    for (T x : z) EXPECT_FALSE(std::isnan(x));
    taspan::obv_stream<T> s;
    run_stream_n(s, e.close, e.volume);
    EXPECT_EQ(s.ready(), size >= 1);
    s.reset();
    EXPECT_FALSE(s.ready());
  }
}

TEST(Obv, LookbackAndErrors) {
  EXPECT_EQ(taspan::obv_lookback(), 0);
  EXPECT_EQ(taspan::obv_stream<double>().lookback(), 0);
  std::vector<double> x(4, 1.0), y(3, 1.0);
  EXPECT_TASPAN_ERROR(taspan::obv(x, y),
                      "taspan::obv: volume size must be the size of close (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::obv(x, x, y),
                      "taspan::obv: out size must be the size of input (4), got 3");
}

}  // namespace
