// EOM (ease of movement; TradingView's definition): hand-worked value, a plain loop averaging
// each window afresh, stream == batch (bitwise), lookback, NaN and zero volume, sizes, bad
// parameters.

#include "taspan/volume/eom.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Eom : public ::testing::Test {};
TYPED_TEST_SUITE(Eom, real_types);

// ta.sma(div * ta.change(hl2) * (high - low) / volume, n)
template <class T>
std::vector<ld> ref_eom(const bars<T>& b, int n, ld div) {
  std::vector<ld> e(b.size(), lnan), y(b.size(), lnan);
  for (std::size_t i = 1; i < b.size(); ++i) {
    const ld mid = (static_cast<ld>(b.high[i]) + b.low[i]) / 2;
    const ld prev = (static_cast<ld>(b.high[i - 1]) + b.low[i - 1]) / 2;
    e[i] = div * (mid - prev) * (static_cast<ld>(b.high[i]) - b.low[i]) / b.volume[i];
  }
  const auto p = static_cast<std::size_t>(n);
  for (std::size_t i = p; i < b.size(); ++i) {
    ld s = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) s += e[j];
    y[i] = s / n;
  }
  return y;
}

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int n) {
  return {taspan::eom(b.high, b.low, b.volume, n)};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int n) {
  taspan::eom_stream<T> s(n);
  return {run_stream_n(s, b.high, b.low, b.volume)};
}

TYPED_TEST(Eom, HandWorked) {
  using T = TypeParam;
  // Midpoints 10, 11, 13; ranges -, 2, 4; volumes -, 10000, 20000; divisor 10000:
  // ease 1 * 2 = 2, then 2 * 4 / 2 = 4; SMA(2) = 3.
  const std::vector<T> h{11, 12, 15}, l{9, 10, 11}, v{5, 10000, 20000};
  const auto y = taspan::eom(h, l, v, 2);
  EXPECT_TRUE(std::isnan(y[1]));
  EXPECT_NEAR(y[2], 3.0, 1e-6);
  // Zero volume: that bar (and the next change, which starts from it) is undefined.
  const auto z = taspan::eom(h, l, std::vector<T>{5, 0, 20000}, 1);
  EXPECT_TRUE(std::isnan(z[1]) && std::isnan(z[2]));
}

TYPED_TEST(Eom, MatchesPinesDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(800, 33);
  for (int n : {1, 2, 14, 40})
    expect_series_near(taspan::eom(b.high, b.low, b.volume, n, 1e4), ref_eom(b, n, 1e4), tol<T>(),
                       tol<T>(), "n=" + std::to_string(n));
}

TYPED_TEST(Eom, CommonChecks) {
  using T = TypeParam;
  for (int n : {1, 14})
    check_bars_common<T>([n](const bars<T>& b) { return batch(b, n); },
                         [n](const bars<T>& b) { return stream(b, n); }, taspan::eom_lookback(n),
                         nan_rule::windowed);
}

TEST(Eom, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::eom_lookback(), 14);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::eom(x, x, x, 0), "taspan::eom: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::eom(x, x, x, 14, -1.0),
                      "taspan::eom: divisor must be > 0 and finite, got -1");
  EXPECT_TASPAN_ERROR(taspan::eom(x, x, y),
                      "taspan::eom: volume size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::eom_stream<double>(3, 0.0),
                      "taspan::eom_stream: divisor must be > 0 and finite, got 0");
}

}  // namespace
