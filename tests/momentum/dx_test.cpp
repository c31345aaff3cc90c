// dx: TA-Lib reference loop (tests/support/wilder_reference.hpp, written from TA-Lib's
// ta_DX.c algorithm), batch == streaming bitwise, range, NaN restart, sizes, errors.

#include "taspan/momentum/dx.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Dx : public ::testing::Test {};
TYPED_TEST_SUITE(Dx, real_types);

TYPED_TEST(Dx, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {2, 5, 14}) {
      const auto y = taspan::dx(b.high, b.low, b.close, n);
      const auto r = ref::directional(b.high, b.low, b.close, n).dx;
      expect_matches_reference(y, r, "dx n=" + std::to_string(n));
      taspan::dx_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y,
                              "stream n=" + std::to_string(n));
      EXPECT_EQ(s.ready(), b.size() > static_cast<std::size_t>(taspan::dx_lookback(n)));
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_TRUE(v >= T(0) && v <= T(100)) << v;
        }
      }
    }
  }
}

TYPED_TEST(Dx, NanRestartsWarmup) {
  using T = TypeParam;
  const auto b = random_bars<T>(150, 11);
  for (std::size_t k : {0U, 3U, 20U, 149U}) {
    expect_restart_after_nan(
        b, k, [](const bars<T>& x) { return taspan::dx(x.high, x.low, x.close, 5); },
        "k=" + std::to_string(k));
    taspan::dx_stream<T> s(5);
    const auto bn = nan_bar(b, k);
    expect_series_identical(run_stream_n(s, bn.high, bn.low, bn.close),
                            taspan::dx(bn.high, bn.low, bn.close, 5));
  }
}

TYPED_TEST(Dx, SizesAroundLookback) {
  using T = TypeParam;
  const int n = 5;
  const auto lookback = static_cast<std::size_t>(taspan::dx_lookback(n));
  for (std::size_t size : {std::size_t{0}, std::size_t{1}, lookback, lookback + 1}) {
    const auto b = random_bars<T>(size, 4);
    const auto y = taspan::dx(b.high, b.low, b.close, n);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < lookback) << i;
    taspan::dx_stream<T> s(n);
    expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y);
    EXPECT_EQ(s.ready(), size > lookback);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y, "after reset");
  }
}

TEST(Dx, LookbackEqualsTaLib) {
  EXPECT_EQ(taspan::dx_lookback(2), 2);
  EXPECT_EQ(taspan::dx_lookback(5), 5);
  EXPECT_EQ(taspan::dx_lookback(14), 14);
  EXPECT_EQ(taspan::dx_lookback(), taspan::dx_lookback(14));
  EXPECT_EQ(taspan::dx_stream<double>(7).lookback(), taspan::dx_lookback(7));
}

TEST(Dx, Errors) {
  std::vector<double> x(10, 1.0), y(9, 1.0), out(9);
  EXPECT_TASPAN_ERROR(taspan::dx(x, x, x, 1), "taspan::dx: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::dx(x, x, y, 14),
                      "taspan::dx: close size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::dx(x, x, x, out, 14),
                      "taspan::dx: out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::dx_stream<float>(-1),
                      "taspan::dx_stream: period must be >= 2, got -1");
}

}  // namespace
