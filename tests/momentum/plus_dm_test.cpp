// plus_dm: TA-Lib reference loop (tests/support/wilder_reference.hpp, written from TA-Lib's
// ta_PLUS_DM.c algorithm), batch == streaming bitwise, range, NaN restart, sizes, errors.

#include "taspan/momentum/plus_dm.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class PlusDm : public ::testing::Test {};
TYPED_TEST_SUITE(PlusDm, real_types);

TYPED_TEST(PlusDm, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {1, 2, 5, 14}) {
      const auto y = taspan::plus_dm(b.high, b.low, n);
      const auto r = ref::directional(b.high, b.low, b.close, n).plus_dm;
      expect_matches_reference(y, r, "plus_dm n=" + std::to_string(n));
      taspan::plus_dm_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low), y, "stream n=" + std::to_string(n));
      EXPECT_EQ(s.ready(), b.size() > static_cast<std::size_t>(taspan::plus_dm_lookback(n)));
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_GE(v, T(0));
        }
      }
    }
  }
}

TYPED_TEST(PlusDm, NanRestartsWarmup) {
  using T = TypeParam;
  const auto b = random_bars<T>(150, 11);
  for (std::size_t k : {0U, 3U, 20U, 149U}) {
    expect_restart_after_nan(
        b, k, [](const bars<T>& x) { return taspan::plus_dm(x.high, x.low, 5); },
        "k=" + std::to_string(k));
    taspan::plus_dm_stream<T> s(5);
    const auto bn = nan_bar(b, k);
    expect_series_identical(run_stream_n(s, bn.high, bn.low), taspan::plus_dm(bn.high, bn.low, 5));
  }
}

TYPED_TEST(PlusDm, SizesAroundLookback) {
  using T = TypeParam;
  const int n = 5;
  const auto lookback = static_cast<std::size_t>(taspan::plus_dm_lookback(n));
  for (std::size_t size : {std::size_t{0}, std::size_t{1}, lookback, lookback + 1}) {
    const auto b = random_bars<T>(size, 4);
    const auto y = taspan::plus_dm(b.high, b.low, n);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < lookback) << i;
    taspan::plus_dm_stream<T> s(n);
    expect_series_identical(run_stream_n(s, b.high, b.low), y);
    EXPECT_EQ(s.ready(), size > lookback);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream_n(s, b.high, b.low), y, "after reset");
  }
}

TEST(PlusDm, LookbackEqualsTaLib) {
  EXPECT_EQ(taspan::plus_dm_lookback(1), 1);
  EXPECT_EQ(taspan::plus_dm_lookback(2), 1);
  EXPECT_EQ(taspan::plus_dm_lookback(5), 4);
  EXPECT_EQ(taspan::plus_dm_lookback(14), 13);
  EXPECT_EQ(taspan::plus_dm_lookback(), taspan::plus_dm_lookback(14));
  EXPECT_EQ(taspan::plus_dm_stream<double>(7).lookback(), taspan::plus_dm_lookback(7));
}

TEST(PlusDm, Errors) {
  std::vector<double> x(10, 1.0), y(9, 1.0), out(9);
  EXPECT_TASPAN_ERROR(taspan::plus_dm(x, x, 0), "taspan::plus_dm: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::plus_dm(x, y, 14),
                      "taspan::plus_dm: low size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::plus_dm(x, x, out, 14),
                      "taspan::plus_dm: out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::plus_dm_stream<float>(-1),
                      "taspan::plus_dm_stream: period must be >= 1, got -1");
}

}  // namespace
