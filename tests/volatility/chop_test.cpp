// CHOP (choppiness index): hand-worked values, a plain loop from TradingView's definition,
// stream == batch (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/volatility/chop.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Chop : public ::testing::Test {};
TYPED_TEST_SUITE(Chop, real_types);

template <class T>
std::vector<ld> ref_chop(const bars<T>& b, int n) {
  std::vector<ld> y(b.size(), lnan);
  const auto p = static_cast<std::size_t>(n);
  for (std::size_t i = p; i < b.size(); ++i) {
    ld tr = 0, hh = b.high[i], ll = b.low[i];
    for (std::size_t j = i + 1 - p; j <= i; ++j) {
      const ld h = b.high[j], l = b.low[j], pc = b.close[j - 1];
      tr += std::max({h - l, std::abs(h - pc), std::abs(l - pc)});
      hh = std::max(hh, h);
      ll = std::min(ll, l);
    }
    y[i] = 100 * std::log10(tr / (hh - ll)) / std::log10(static_cast<ld>(n));
  }
  return y;
}

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int n) {
  return {taspan::chop(b.high, b.low, b.close, n)};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int n) {
  taspan::chop_stream<T> s(n);
  return {run_stream_n(s, b.high, b.low, b.close)};
}

TYPED_TEST(Chop, HandWorked) {
  using T = TypeParam;
  // A steady trend: each bar's true range is the step, so sum(TR) == highest - lowest: 0.
  const std::vector<T> h{2, 3, 4, 5}, l{1, 2, 3, 4}, c{2, 3, 4, 5};
  EXPECT_NEAR(taspan::chop(h, l, c, 2)[3], 0.0, 1e-6);
  // Back and forth inside one range: sum(TR) = n * range: 100.
  const std::vector<T> h2{2, 2, 2, 2}, l2{1, 1, 1, 1}, c2{1, 2, 1, 2};
  EXPECT_NEAR(taspan::chop(h2, l2, c2, 3)[3], 100.0, 1e-5);
  // Flat prices: no range, no value.
  const auto flat = constant<T>(4);
  EXPECT_TRUE(std::isnan(taspan::chop(flat, flat, flat, 2)[3]));
}

TYPED_TEST(Chop, MatchesTradingViewsDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(600, 45);
  for (int n : {2, 14, 40})
    expect_series_near(taspan::chop(b.high, b.low, b.close, n), ref_chop(b, n),
                       std::is_same_v<T, float> ? 1e-4 : 1e-10, 1e-9, std::to_string(n));
}

TYPED_TEST(Chop, CommonChecks) {
  using T = TypeParam;
  for (int n : {2, 14})
    check_bars_common<T>([n](const bars<T>& b) { return batch(b, n); },
                         [n](const bars<T>& b) { return stream(b, n); }, taspan::chop_lookback(n),
                         nan_rule::restart, false);
}

TEST(Chop, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::chop_lookback(), 14);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::chop(x, x, x, 1), "taspan::chop: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::chop(x, x, y),
                      "taspan::chop: close size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::chop_stream<double>(0),
                      "taspan::chop_stream: period must be >= 2, got 0");
}

}  // namespace
