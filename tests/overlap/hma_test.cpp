// HMA (Hull; not in TA-Lib): zero lag on a line (hand computation), reference composition of
// from-scratch WMAs, stream == batch (bitwise), lookback, NaN, sizes, bad parameters.

#include "taspan/overlap/hma.hpp"
#include "ma_test_support.hpp"
#include "window_locality.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Hma : public ::testing::Test {};
TYPED_TEST_SUITE(Hma, real_types);

std::vector<ld> ref_hma(const std::vector<ld>& x, int n) {
  const int s = static_cast<int>(std::floor(std::sqrt(static_cast<double>(n))));
  const auto half = ref_wma(x, n / 2), full = ref_wma(x, n);
  std::vector<ld> d(x.size(), lnan);
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isnan(full[i])) d[i] = 2 * half[i] - full[i];
  return ref_wma(d, s, static_cast<std::size_t>(n - 1));
}

TYPED_TEST(Hma, ZeroLagOnALine) {
  using T = TypeParam;
  // On x[i] = i a WMA(m) lags by (m-1)/3. n = 4: 2*(i - 1/3) - (i - 1) = i + 1/3, and the outer
  // WMA(2) takes 1/3 away again: HMA = i. n = 9: 2*(i - 1) - (i - 8/3) = i + 2/3, WMA(3): - 2/3.
  const auto x = monotone<T>(40, true, 0.0, 1.0);
  for (int n : {4, 9}) {
    const auto y = taspan::hma(x, n);
    for (std::size_t i = static_cast<std::size_t>(taspan::hma_lookback(n)); i < x.size(); ++i)
      EXPECT_NEAR(y[i], x[i], 1e-4) << n << " " << i;
  }
}

TYPED_TEST(Hma, MatchesReference) {
  using T = TypeParam;
  for (int period : {2, 3, 9, 16, 55}) {
    const auto x = random_walk<T>(800, 14);
    expect_series_near(taspan::hma(x, period), ref_hma(widen(x), period), tol<T>(), 0.0,
                       "p=" + std::to_string(period));
  }
}

TYPED_TEST(Hma, CommonChecks) {
  using T = TypeParam;
  for (int period : {2, 9, 20})
    check_common<T>([&](const std::vector<T>& x) { return taspan::hma(x, period); },
                    [&] { return taspan::hma_stream<T>(period); }, taspan::hma_lookback(period),
                    true);
}

TEST(Hma, LookbackAndBadParameters) {
  // Not in TA-Lib: lookback = (n - 1) + (floor(sqrt(n)) - 1).
  EXPECT_EQ(taspan::hma_lookback(9), 8 + 2);
  EXPECT_EQ(taspan::hma_lookback(16), 15 + 3);
  EXPECT_EQ(taspan::hma_lookback(2), 1);
  EXPECT_EQ(taspan::hma_stream<double>().period(), 9);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::hma(x, 1), "taspan::hma: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::hma_stream<double>(0),
                      "taspan::hma_stream: period must be >= 2, got 0");
}

// Regression (fuzz: corpus/indicators/regression_wma_inf_leaves_window): an infinity entering and
// leaving the window left NaN behind for good. Now the value at every bar is the one computed on
// its window alone, and streaming equals batch bitwise. Sums that overflow (double: the largest
// finite values) are re-seeded, so they leave the same class of value (NaN, inf, finite) as the
// window alone gives.
TYPED_TEST(Hma, InfinityAndOverflowLeaveTheWindow) {
  using T = TypeParam;
  for (int period : {2, 4, 9}) {
    expect_local_after_extremes<T>([&](const std::vector<T>& v) { return taspan::hma(v, period); },
                                   [&] { return taspan::hma_stream<T>(period); },
                                   static_cast<std::size_t>(taspan::hma_lookback(period)));
  }
}

}  // namespace
