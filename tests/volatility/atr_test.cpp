// atr: hand values, TA-Lib reference loop (ta_ATR.c: SMA of TR of bars 1..n, then
// (atr*(n-1) + tr)/n), TradingView seeding (Pine ta.atr: TR_0 = high - low, RMA seeded with the
// SMA of bars 0..n-1), batch == streaming bitwise, NaN restart, sizes, errors.

#include "taspan/volatility/atr.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

// Pine's documented ta.atr / ta.rma as a plain loop.
template <class T>
std::vector<double> reference_tradingview_atr(const bars<T>& b, int n) {
  std::vector<double> out(b.size(), ref::nan);
  const auto un = static_cast<std::size_t>(n);
  if (b.size() < un) return out;
  auto tr = [&](std::size_t i) {
    return i == 0 ? double(b.high[0]) - double(b.low[0]) : ref::tr_of(b.high, b.low, b.close, i);
  };
  double s = 0;
  for (std::size_t i = 0; i < un; ++i) s += tr(i);
  s /= n;
  out[un - 1] = s;
  const double alpha = 1.0 / n;
  for (std::size_t i = un; i < b.size(); ++i) {
    s = alpha * tr(i) + (1 - alpha) * s;
    out[i] = s;
  }
  return out;
}

template <class T>
class Atr : public ::testing::Test {};
TYPED_TEST_SUITE(Atr, real_types);

// By hand, period 2: TR of bars 1, 2, 3 = 2, 4, 5 (trange_test's bars). ATR_2 = (2 + 4)/2 = 3,
// ATR_3 = (3*1 + 5)/2 = 4. TradingView: TR_0 = 12 - 9 = 3, seed (3 + 2)/2 = 2.5 at bar 1, then
// (2.5 + 4)/2 = 3.25, (3.25 + 5)/2 = 4.125.
TYPED_TEST(Atr, HandComputed) {
  using T = TypeParam;
  const std::vector<T> h{T(12), T(12), T(15), T(10)}, l{T(9), T(10), T(14), T(9)},
      c{T(10), T(11), T(14), T(9.5)};
  const auto y = taspan::atr(h, l, c, 2);
  EXPECT_TRUE(std::isnan(y[1]));
  EXPECT_EQ(y[2], T(3));
  EXPECT_EQ(y[3], T(4));
  const auto tv = taspan::atr(h, l, c, 2, taspan::wilder_seed::tradingview);
  EXPECT_TRUE(std::isnan(tv[0]));
  EXPECT_EQ(tv[1], T(2.5));
  EXPECT_EQ(tv[2], T(3.25));
  EXPECT_EQ(tv[3], T(4.125));
}

TYPED_TEST(Atr, MatchesReferencesAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {1, 2, 14, 30}) {
      const auto y = taspan::atr(b.high, b.low, b.close, n);
      expect_matches_reference(y, ref::atr(b.high, b.low, b.close, n),
                               "atr n=" + std::to_string(n));
      taspan::atr_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y, "stream");
      const auto tv = taspan::atr(b.high, b.low, b.close, n, taspan::wilder_seed::tradingview);
      expect_matches_reference(tv, reference_tradingview_atr(b, n),
                               "tradingview n=" + std::to_string(n));
      taspan::atr_stream<T> st(n, taspan::wilder_seed::tradingview);
      expect_series_identical(run_stream_n(st, b.high, b.low, b.close), tv, "tv stream");
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_GE(v, T(0));
        }
      }
    }
  }
}

TYPED_TEST(Atr, NanRestartsWarmup) {
  using T = TypeParam;
  const auto b = random_bars<T>(120, 8);
  for (std::size_t k : {0U, 7U, 14U, 60U, 119U}) {
    expect_restart_after_nan(
        b, k, [](const bars<T>& x) { return taspan::atr(x.high, x.low, x.close, 14); },
        "k=" + std::to_string(k));
    expect_restart_after_nan(
        b, k,
        [](const bars<T>& x) {
          return taspan::atr(x.high, x.low, x.close, 14, taspan::wilder_seed::tradingview);
        },
        "tv k=" + std::to_string(k));
  }
}

TYPED_TEST(Atr, SizesAroundLookback) {
  using T = TypeParam;
  for (auto seed : {taspan::wilder_seed::talib, taspan::wilder_seed::tradingview}) {
    const auto lookback = static_cast<std::size_t>(taspan::atr_lookback(14, seed));
    for (std::size_t size : {std::size_t{0}, std::size_t{1}, lookback, lookback + 1}) {
      const auto b = random_bars<T>(size);
      const auto y = taspan::atr(b.high, b.low, b.close, 14, seed);
      for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < lookback);
      taspan::atr_stream<T> s(14, seed);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y);
      EXPECT_EQ(s.ready(), size > lookback);
      s.reset();
      EXPECT_FALSE(s.ready());
    }
  }
}

TEST(Atr, LookbackAndErrors) {
  EXPECT_EQ(taspan::atr_lookback(), 14);
  EXPECT_EQ(taspan::atr_lookback(1), 1);
  EXPECT_EQ(taspan::atr_lookback(14, taspan::wilder_seed::tradingview), 13);
  EXPECT_EQ(taspan::atr_stream<double>(5).lookback(), 5);
  EXPECT_EQ(taspan::atr_stream<double>(5, taspan::wilder_seed::tradingview).lookback(), 4);
  std::vector<double> x(4, 1.0), y(3, 1.0);
  EXPECT_TASPAN_ERROR(taspan::atr(x, x, x, 0), "taspan::atr: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::atr(y, x, x),
                      "taspan::atr: low size must be the size of high (3), got 4");
  EXPECT_TASPAN_ERROR(taspan::atr(x, x, x, y),
                      "taspan::atr: out size must be the size of input (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::atr_stream<double>(0),
                      "taspan::atr_stream: period must be >= 1, got 0");
}

}  // namespace
