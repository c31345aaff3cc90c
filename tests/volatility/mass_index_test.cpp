// Mass index (TradingView's): hand-worked value, a plain loop from the definition, stream ==
// batch (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/volatility/mass_index.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class MassIndex : public ::testing::Test {};
TYPED_TEST_SUITE(MassIndex, real_types);

template <class T>
std::vector<ld> ref_mass(const bars<T>& b, int n, int e) {
  std::vector<ld> r(b.size()), y(b.size(), lnan);
  ld a = 0, d = 0;
  const ld k = 2.0L / (e + 1);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const ld span = static_cast<ld>(b.high[i]) - b.low[i];
    a = i == 0 ? span : a + k * (span - a);
    d = i == 0 ? a : d + k * (a - d);
    r[i] = a / d;
  }
  for (std::size_t i = static_cast<std::size_t>(n - 1); i < b.size(); ++i) {
    ld s = 0;
    for (std::size_t j = i + 1 - static_cast<std::size_t>(n); j <= i; ++j) s += r[j];
    y[i] = s;
  }
  return y;
}

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int n, int e) {
  return {taspan::mass_index(b.high, b.low, n, e)};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int n, int e) {
  taspan::mass_index_stream<T> s(n, e);
  return {run_stream_n(s, b.high, b.low)};
}

TYPED_TEST(MassIndex, HandWorked) {
  using T = TypeParam;
  // ema_period 3 (k 0.5), spans 2, 4: EMA 2, 3; EMA(EMA) 2, 2.5; ratios 1, 1.2; period 2: 2.2.
  const std::vector<T> h{3, 6}, l{1, 2};
  const auto y = taspan::mass_index(h, l, 2, 3);
  EXPECT_TRUE(std::isnan(y[0]));
  EXPECT_NEAR(y[1], 2.2, 1e-6);
  // No range at all: each ratio counts 1.
  const auto flat = constant<T>(5);
  EXPECT_EQ(taspan::mass_index(flat, flat, 3, 2)[4], T(3));
}

TYPED_TEST(MassIndex, MatchesTradingViewsDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(600, 48);
  for (auto [n, e] : {std::pair{10, 9}, std::pair{25, 9}, std::pair{1, 3}})
    expect_series_near(taspan::mass_index(b.high, b.low, n, e), ref_mass(b, n, e), tol<T>(),
                       tol<T>(), std::to_string(n));
}

TYPED_TEST(MassIndex, CommonChecks) {
  using T = TypeParam;
  check_bars_common<T>([](const bars<T>& b) { return batch(b, 10, 9); },
                       [](const bars<T>& b) { return stream(b, 10, 9); },
                       taspan::mass_index_lookback(), nan_rule::restart);
}

TEST(MassIndex, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::mass_index_lookback(), 9);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::mass_index(x, x, 0),
                      "taspan::mass_index: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::mass_index(x, x, 10, 0),
                      "taspan::mass_index: ema_period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::mass_index(x, y),
                      "taspan::mass_index: low size must be the size of high (5), got 4");
}

}  // namespace
