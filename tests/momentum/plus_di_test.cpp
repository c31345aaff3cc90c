// plus_di: TA-Lib reference loop (tests/support/wilder_reference.hpp, written from TA-Lib's
// ta_PLUS_DI.c algorithm), batch == streaming bitwise, range, NaN restart, sizes, errors.

#include "taspan/momentum/plus_di.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class PlusDi : public ::testing::Test {};
TYPED_TEST_SUITE(PlusDi, real_types);

TYPED_TEST(PlusDi, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {1, 2, 5, 14}) {
      const auto y = taspan::plus_di(b.high, b.low, b.close, n);
      const auto r = ref::directional(b.high, b.low, b.close, n).plus_di;
      expect_matches_reference(y, r, "plus_di n=" + std::to_string(n));
      taspan::plus_di_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y,
                              "stream n=" + std::to_string(n));
      EXPECT_EQ(s.ready(), b.size() > static_cast<std::size_t>(taspan::plus_di_lookback(n)));
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_TRUE(v >= T(0) && v <= T(100)) << v;
        }
      }
    }
  }
}

TYPED_TEST(PlusDi, NanRestartsWarmup) {
  using T = TypeParam;
  const auto b = random_bars<T>(150, 11);
  for (std::size_t k : {0U, 3U, 20U, 149U}) {
    expect_restart_after_nan(
        b, k, [](const bars<T>& x) { return taspan::plus_di(x.high, x.low, x.close, 5); },
        "k=" + std::to_string(k));
    taspan::plus_di_stream<T> s(5);
    const auto bn = nan_bar(b, k);
    expect_series_identical(run_stream_n(s, bn.high, bn.low, bn.close),
                            taspan::plus_di(bn.high, bn.low, bn.close, 5));
  }
}

TYPED_TEST(PlusDi, SizesAroundLookback) {
  using T = TypeParam;
  const int n = 5;
  const auto lookback = static_cast<std::size_t>(taspan::plus_di_lookback(n));
  for (std::size_t size : {std::size_t{0}, std::size_t{1}, lookback, lookback + 1}) {
    const auto b = random_bars<T>(size, 4);
    const auto y = taspan::plus_di(b.high, b.low, b.close, n);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < lookback) << i;
    taspan::plus_di_stream<T> s(n);
    expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y);
    EXPECT_EQ(s.ready(), size > lookback);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y, "after reset");
  }
}

TEST(PlusDi, LookbackEqualsTaLib) {
  EXPECT_EQ(taspan::plus_di_lookback(1), 1);
  EXPECT_EQ(taspan::plus_di_lookback(2), 2);
  EXPECT_EQ(taspan::plus_di_lookback(5), 5);
  EXPECT_EQ(taspan::plus_di_lookback(14), 14);
  EXPECT_EQ(taspan::plus_di_lookback(), taspan::plus_di_lookback(14));
  EXPECT_EQ(taspan::plus_di_stream<double>(7).lookback(), taspan::plus_di_lookback(7));
}

TEST(PlusDi, Errors) {
  std::vector<double> x(10, 1.0), y(9, 1.0), out(9);
  EXPECT_TASPAN_ERROR(taspan::plus_di(x, x, x, 0), "taspan::plus_di: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::plus_di(x, x, y, 14),
                      "taspan::plus_di: close size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::plus_di(x, x, x, out, 14),
                      "taspan::plus_di: out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::plus_di_stream<float>(-1),
                      "taspan::plus_di_stream: period must be >= 1, got -1");
}

}  // namespace
