// adxr: TA-Lib reference loop (tests/support/wilder_reference.hpp, written from TA-Lib's
// ta_ADXR.c algorithm), batch == streaming bitwise, range, NaN restart, sizes, errors.

#include "taspan/momentum/adxr.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Adxr : public ::testing::Test {};
TYPED_TEST_SUITE(Adxr, real_types);

TYPED_TEST(Adxr, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {2, 5, 14}) {
      const auto y = taspan::adxr(b.high, b.low, b.close, n);
      const auto r = ref::directional(b.high, b.low, b.close, n).adxr;
      expect_matches_reference(y, r, "adxr n=" + std::to_string(n));
      taspan::adxr_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y,
                              "stream n=" + std::to_string(n));
      EXPECT_EQ(s.ready(), b.size() > static_cast<std::size_t>(taspan::adxr_lookback(n)));
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_TRUE(v >= T(0) && v <= T(100)) << v;
        }
      }
    }
  }
}

TYPED_TEST(Adxr, NanRestartsWarmup) {
  using T = TypeParam;
  const auto b = random_bars<T>(150, 11);
  for (std::size_t k : {0U, 3U, 20U, 149U}) {
    expect_restart_after_nan(
        b, k, [](const bars<T>& x) { return taspan::adxr(x.high, x.low, x.close, 5); },
        "k=" + std::to_string(k));
    taspan::adxr_stream<T> s(5);
    const auto bn = nan_bar(b, k);
    expect_series_identical(run_stream_n(s, bn.high, bn.low, bn.close),
                            taspan::adxr(bn.high, bn.low, bn.close, 5));
  }
}

TYPED_TEST(Adxr, SizesAroundLookback) {
  using T = TypeParam;
  const int n = 5;
  const auto lookback = static_cast<std::size_t>(taspan::adxr_lookback(n));
  for (std::size_t size : {std::size_t{0}, std::size_t{1}, lookback, lookback + 1}) {
    const auto b = random_bars<T>(size, 4);
    const auto y = taspan::adxr(b.high, b.low, b.close, n);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < lookback) << i;
    taspan::adxr_stream<T> s(n);
    expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y);
    EXPECT_EQ(s.ready(), size > lookback);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y, "after reset");
  }
}

TEST(Adxr, LookbackEqualsTaLib) {
  EXPECT_EQ(taspan::adxr_lookback(2), 4);
  EXPECT_EQ(taspan::adxr_lookback(5), 13);
  EXPECT_EQ(taspan::adxr_lookback(14), 40);
  EXPECT_EQ(taspan::adxr_lookback(), taspan::adxr_lookback(14));
  EXPECT_EQ(taspan::adxr_stream<double>(7).lookback(), taspan::adxr_lookback(7));
}

TEST(Adxr, Errors) {
  std::vector<double> x(10, 1.0), y(9, 1.0), out(9);
  EXPECT_TASPAN_ERROR(taspan::adxr(x, x, x, 1), "taspan::adxr: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::adxr(x, x, y, 14),
                      "taspan::adxr: close size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::adxr(x, x, x, out, 14),
                      "taspan::adxr: out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::adxr_stream<float>(-1),
                      "taspan::adxr_stream: period must be >= 2, got -1");
}

}  // namespace
