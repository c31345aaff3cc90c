// TRIMA (TA-Lib TRIMA): hand-computed triangular weights, a from-scratch weighted-sum reference
// with TA-Lib's documented weights, stream == batch (bitwise), lookback, NaN, bad parameters.

#include "taspan/overlap/trima.hpp"
#include "ma_test_support.hpp"
#include "window_locality.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Trima : public ::testing::Test {};
TYPED_TEST_SUITE(Trima, real_types);

// TA-Lib's weights: odd n: 1, 2, ..., (n+1)/2, ..., 2, 1; even n: 1, ..., n/2, n/2, ..., 1.
std::vector<ld> ref_trima(const std::vector<ld>& x, int n) {
  std::vector<ld> w(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) w[static_cast<std::size_t>(i)] = std::min(i + 1, n - i);
  ld wsum = 0;
  for (ld v : w) wsum += v;
  std::vector<ld> y(x.size(), lnan);
  const auto p = static_cast<std::size_t>(n);
  for (std::size_t i = p - 1; i < x.size(); ++i) {
    ld s = 0;
    for (std::size_t j = 0; j < p; ++j) s += w[j] * x[i + 1 - p + j];
    y[i] = s / wsum;
  }
  return y;
}

TYPED_TEST(Trima, HandComputedValues) {
  using T = TypeParam;
  // period 4: weights 1,2,2,1 / 6 -> (1 + 4 + 6 + 4) / 6 = 2.5; period 3: 1,2,1 / 4 -> (2+6+4)/4.
  const std::vector<T> x{1, 2, 3, 4};
  EXPECT_NEAR(taspan::trima(x, 4)[3], 2.5, 1e-6);
  EXPECT_NEAR(taspan::trima(x, 3)[3], 3.0, 1e-6);
  EXPECT_NEAR(taspan::trima(x, 3)[2], 2.0, 1e-6);
}

TYPED_TEST(Trima, MatchesReference) {
  using T = TypeParam;
  for (int period : {1, 2, 3, 4, 5, 30, 31}) {
    const auto x = random_walk<T>(900, 2);
    expect_series_near(taspan::trima(x, period), ref_trima(widen(x), period), tol<T>(), 0.0,
                       "p=" + std::to_string(period));
  }
}

TYPED_TEST(Trima, CommonChecks) {
  using T = TypeParam;
  for (int period : {2, 5, 30})
    check_common<T>([&](const std::vector<T>& x) { return taspan::trima(x, period); },
                    [&] { return taspan::trima_stream<T>(period); }, period - 1, true);
}

TEST(Trima, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::trima_lookback(), 29);  // TA-Lib: TRIMA lookback = period - 1
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::trima(x, 0), "taspan::trima: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::trima_stream<float>(0),
                      "taspan::trima_stream: period must be >= 1, got 0");
}

// Regression (fuzz: corpus/indicators/regression_wma_inf_leaves_window): an infinity entering and
// leaving the window left NaN behind for good. Now the value at every bar is the one computed on
// its window alone, and streaming equals batch bitwise. Sums that overflow (double: the largest
// finite values) are re-seeded, so they leave the same class of value (NaN, inf, finite) as the
// window alone gives.
TYPED_TEST(Trima, InfinityAndOverflowLeaveTheWindow) {
  using T = TypeParam;
  for (int period : {1, 4, 9}) {
    expect_local_after_extremes<T>(
        [&](const std::vector<T>& v) { return taspan::trima(v, period); },
        [&] { return taspan::trima_stream<T>(period); }, static_cast<std::size_t>(period - 1));
  }
}

}  // namespace
