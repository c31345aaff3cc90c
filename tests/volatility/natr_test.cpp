// natr: TA-Lib's formula (ta_NATR.c: (ATR / close) * 100, 0 when close == 0) on the ATR
// reference, batch == streaming, NaN restart, sizes, errors.

#include "taspan/volatility/natr.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Natr : public ::testing::Test {};
TYPED_TEST_SUITE(Natr, real_types);

TYPED_TEST(Natr, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {1, 5, 14}) {
      auto r = ref::atr(b.high, b.low, b.close, n);
      for (std::size_t i = 0; i < r.size(); ++i) r[i] = (r[i] / double(b.close[i])) * 100.0;
      const auto y = taspan::natr(b.high, b.low, b.close, n);
      expect_matches_reference(y, r, "natr");
      taspan::natr_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y, "stream");
      taspan::natr_stream<T> tv(n, taspan::wilder_seed::tradingview);
      expect_series_identical(
          run_stream_n(tv, b.high, b.low, b.close),
          taspan::natr(b.high, b.low, b.close, n, taspan::wilder_seed::tradingview));
    }
  }
  // By hand: ATR 3 on bar 2 of atr_test's bars, close 14 -> 300/14; a zero close gives 0.
  const std::vector<T> h{T(12), T(12), T(15), T(1)}, l{T(9), T(10), T(14), T(0)},
      c{T(10), T(11), T(14), T(0)};
  const auto y = taspan::natr(h, l, c, 2);
  EXPECT_NEAR(y[2], 300.0 / 14, 1e-5);
  EXPECT_EQ(y[3], T(0));
}

TYPED_TEST(Natr, NanRestartAndSizes) {
  using T = TypeParam;
  const auto b = random_bars<T>(80, 12);
  expect_restart_after_nan(
      b, 20, [](const bars<T>& x) { return taspan::natr(x.high, x.low, x.close, 14); }, "natr");
  for (std::size_t size : {0U, 1U, 14U, 15U}) {
    const auto e = random_bars<T>(size);
    const auto z = taspan::natr(e.high, e.low, e.close);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(z[i]), i < 14);
    taspan::natr_stream<T> s;
    run_stream_n(s, e.high, e.low, e.close);
    EXPECT_EQ(s.ready(), size >= 15);
  }
}

TEST(Natr, LookbackAndErrors) {
  EXPECT_EQ(taspan::natr_lookback(), 14);
  EXPECT_EQ(taspan::natr_lookback(3, taspan::wilder_seed::tradingview), 2);
  EXPECT_EQ(taspan::natr_stream<float>(9).lookback(), 9);
  std::vector<double> x(4, 1.0), y(3, 1.0);
  EXPECT_TASPAN_ERROR(taspan::natr(x, x, x, -1), "taspan::natr: period must be >= 1, got -1");
  EXPECT_TASPAN_ERROR(taspan::natr(x, x, y),
                      "taspan::natr: close size must be the size of high (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::natr_stream<double>(0),
                      "taspan::natr_stream: period must be >= 1, got 0");
}

}  // namespace
