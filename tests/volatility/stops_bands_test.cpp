// STARC bands and the chandelier exit: hand-worked values, composition from taspan's SMA, ATR and
// rolling extremes (themselves tested against TA-Lib), stream == batch (bitwise), lookback, NaN
// restart, sizes, bad parameters.

#include "bars_checks.hpp"
#include "ma_test_support.hpp"
#include "taspan/rolling.hpp"
#include "taspan/volatility/atr.hpp"
#include "taspan/volatility/chandelier_exit.hpp"
#include "taspan/volatility/starc.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class StopsBands : public ::testing::Test {};
TYPED_TEST_SUITE(StopsBands, real_types);

template <class T>
std::vector<std::vector<T>> starc_batch(const bars<T>& b) {
  const auto r = taspan::starc(b.high, b.low, b.close);
  return {r.upper, r.middle, r.lower};
}
template <class T>
std::vector<std::vector<T>> starc_run(const bars<T>& b) {
  taspan::starc_stream<T> s;
  std::vector<std::vector<T>> out(3);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto p = s.peek(b.high[i], b.low[i], b.close[i]);
    const auto u = s.update(b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE(p.upper == u.upper || both_nan(p.upper, u.upper));
    out[0].push_back(u.upper), out[1].push_back(u.middle), out[2].push_back(u.lower);
  }
  return out;
}
template <class T>
std::vector<std::vector<T>> chandelier_batch(const bars<T>& b) {
  const auto r = taspan::chandelier_exit(b.high, b.low, b.close);
  return {r.long_stop, r.short_stop};
}
template <class T>
std::vector<std::vector<T>> chandelier_run(const bars<T>& b) {
  taspan::chandelier_exit_stream<T> s;
  std::vector<std::vector<T>> out(2);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto p = s.peek(b.high[i], b.low[i], b.close[i]);
    const auto u = s.update(b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE(p.long_stop == u.long_stop || both_nan(p.long_stop, u.long_stop));
    out[0].push_back(u.long_stop), out[1].push_back(u.short_stop);
  }
  return out;
}

TYPED_TEST(StopsBands, HandWorked) {
  using T = TypeParam;
  // Period 2, ATR 1 (the true range): bar 1 closes 12 after 10: TR max(2, 3, 1) = 3.
  const std::vector<T> h{11, 13}, l{9, 11}, c{10, 12};
  const auto s = taspan::starc(h, l, c, 2, 2.0, 1);
  EXPECT_EQ(s.middle[1], T(11));
  EXPECT_EQ(s.upper[1], T(17));
  EXPECT_EQ(s.lower[1], T(5));
  const auto e = taspan::chandelier_exit(h, l, c, 2, 1.5, 1);
  EXPECT_EQ(e.long_stop[1], T(13 - 4.5));
  EXPECT_EQ(e.short_stop[1], T(9 + 4.5));
}

TYPED_TEST(StopsBands, ComposeSmaAtrAndExtremes) {
  using T = TypeParam;
  const auto b = random_bars<T>(600, 53);
  for (auto [n, k, a] : {std::tuple{6, 2.0, 15}, std::tuple{22, 3.0, 5}}) {
    const auto atr = taspan::atr(b.high, b.low, b.close, a);
    const auto sma = taspan::sma(b.close, n);
    const auto hh = taspan::rolling_max(b.high, n), ll = taspan::rolling_min(b.low, n);
    const auto s = taspan::starc(b.high, b.low, b.close, n, k, a);
    const auto e = taspan::chandelier_exit(b.high, b.low, b.close, n, k, a);
    const auto lb = static_cast<std::size_t>(std::max(n - 1, a));
    std::vector<ld> up(b.size(), lnan), mid(b.size(), lnan), ls(b.size(), lnan), ss(b.size(), lnan);
    for (std::size_t i = lb; i < b.size(); ++i) {
      mid[i] = sma[i];
      up[i] = static_cast<ld>(sma[i]) + k * static_cast<ld>(atr[i]);
      ls[i] = static_cast<ld>(hh[i]) - k * static_cast<ld>(atr[i]);
      ss[i] = static_cast<ld>(ll[i]) + k * static_cast<ld>(atr[i]);
    }
    expect_series_near(s.middle, mid, tol<T>(), 0.0, "starc middle");
    expect_series_near(s.upper, up, tol<T>(), 0.0, "starc upper");
    expect_series_near(e.long_stop, ls, tol<T>(), 0.0, "long stop");
    expect_series_near(e.short_stop, ss, tol<T>(), 0.0, "short stop");
  }
}

TYPED_TEST(StopsBands, CommonChecks) {
  using T = TypeParam;
  check_bars_common<T>([](const bars<T>& b) { return starc_batch(b); },
                       [](const bars<T>& b) { return starc_run(b); }, taspan::starc_lookback(),
                       nan_rule::restart);
  check_bars_common<T>([](const bars<T>& b) { return chandelier_batch(b); },
                       [](const bars<T>& b) { return chandelier_run(b); },
                       taspan::chandelier_exit_lookback(), nan_rule::restart);
}

TEST(StopsBands, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::starc_lookback(), 15);
  EXPECT_EQ(taspan::chandelier_exit_lookback(), 22);
  EXPECT_EQ(taspan::chandelier_exit_lookback(30, 5), 29);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::starc(x, x, x, 0), "taspan::starc: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::starc(x, x, x, 6, -2.0),
                      "taspan::starc: multiplier must be >= 0 and finite, got -2");
  EXPECT_TASPAN_ERROR(taspan::chandelier_exit(x, x, x, 22, 3.0, 0),
                      "taspan::chandelier_exit: atr_period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::chandelier_exit(x, y, x),
                      "taspan::chandelier_exit: low size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::chandelier_exit_stream<float>(0),
                      "taspan::chandelier_exit_stream: period must be >= 1, got 0");
}

}  // namespace
