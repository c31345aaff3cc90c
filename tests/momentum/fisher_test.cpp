// Fisher transform (TradingView's): hand-worked values, a plain loop from Pine's script, stream ==
// batch (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/momentum/fisher.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Fisher : public ::testing::Test {};
TYPED_TEST_SUITE(Fisher, real_types);

template <class T>
std::vector<std::vector<ld>> ref_fisher(const bars<T>& b, int n) {
  std::vector<ld> f(b.size(), lnan), t(b.size(), lnan);
  ld v = 0, fish = 0;
  const auto p = static_cast<std::size_t>(n);
  auto mid = [&](std::size_t i) { return (static_cast<ld>(b.high[i]) + b.low[i]) / 2; };
  for (std::size_t i = p - 1; i < b.size(); ++i) {
    ld hh = mid(i), ll = mid(i);
    for (std::size_t j = i + 1 - p; j <= i; ++j)
      hh = std::max(hh, mid(j)), ll = std::min(ll, mid(j));
    v = 0.66L * ((hh > ll ? (mid(i) - ll) / (hh - ll) : 0.5L) - 0.5L) + 0.67L * v;
    v = v > 0.99L ? 0.999L : v < -0.99L ? -0.999L : v;
    const ld prev = fish;
    fish = 0.5L * std::log((1 + v) / (1 - v)) + 0.5L * fish;
    if (i >= p) f[i] = fish, t[i] = prev;
  }
  return {f, t};
}

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int n) {
  const auto r = taspan::fisher(b.high, b.low, n);
  return {r.fisher, r.trigger};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int n) {
  taspan::fisher_stream<T> s(n);
  std::vector<std::vector<T>> out(2);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto p = s.peek(b.high[i], b.low[i]);
    const auto u = s.update(b.high[i], b.low[i]);
    EXPECT_TRUE(p.fisher == u.fisher || both_nan(p.fisher, u.fisher));
    EXPECT_TRUE(p.trigger == u.trigger || both_nan(p.trigger, u.trigger));
    out[0].push_back(u.fisher), out[1].push_back(u.trigger);
  }
  return out;
}

TYPED_TEST(Fisher, HandWorked) {
  using T = TypeParam;
  // Period 2, hl2 = 1, 2, 3: bar 1 (first full window, at its high): v = 0.33, fisher =
  // 0.5 ln(1.33 / 0.67); bar 2: v = 0.33 + 0.67 * 0.33 = 0.5511, fisher = 0.5 ln(1.5511 /
  // 0.4489) + fisher[1] / 2, trigger = fisher[1].
  const std::vector<T> h{1.5, 2.5, 3.5}, l{0.5, 1.5, 2.5};
  const auto r = taspan::fisher(h, l, 2);
  const double f1 = 0.5 * std::log(1.33 / 0.67);
  const double v2 = 0.33 + 0.67 * 0.33;
  EXPECT_TRUE(std::isnan(r.fisher[1]));
  EXPECT_NEAR(r.fisher[2], 0.5 * std::log((1 + v2) / (1 - v2)) + 0.5 * f1, 1e-5);
  EXPECT_NEAR(r.trigger[2], f1, 1e-5);
  // Rising for long: the clamp holds v at 0.999, so fisher tends to ln(1999) ~ 7.6.
  const auto up = taspan::fisher(monotone<T>(200, true, 10.0), monotone<T>(200, true, 9.0), 5);
  EXPECT_NEAR(up.fisher.back(), std::log(1999.0), 1e-3);
}

TYPED_TEST(Fisher, MatchesTradingViewsDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(600, 51);
  for (int n : {1, 9, 30}) {
    const auto ref = ref_fisher(b, n);
    const auto r = taspan::fisher(b.high, b.low, n);
    expect_series_near(r.fisher, ref[0], std::is_same_v<T, float> ? 1e-4 : 1e-9, 1e-9, "fisher");
    expect_series_near(r.trigger, ref[1], std::is_same_v<T, float> ? 1e-4 : 1e-9, 1e-9, "trigger");
  }
}

TYPED_TEST(Fisher, CommonChecks) {
  using T = TypeParam;
  for (int n : {1, 9})
    check_bars_common<T>([n](const bars<T>& b) { return batch(b, n); },
                         [n](const bars<T>& b) { return stream(b, n); }, taspan::fisher_lookback(n),
                         nan_rule::restart);
}

TEST(Fisher, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::fisher_lookback(), 9);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::fisher(x, x, 0), "taspan::fisher: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::fisher(x, y),
                      "taspan::fisher: low size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::fisher_stream<double>(0),
                      "taspan::fisher_stream: period must be >= 1, got 0");
}

}  // namespace
