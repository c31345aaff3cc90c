// WMA (TA-Lib WMA): hand-computed values, from-scratch reference, stream == batch (bitwise),
// lookback, NaN, sizes, drift, bad parameters.

#include "taspan/overlap/wma.hpp"
#include "ma_test_support.hpp"
#include "window_locality.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Wma : public ::testing::Test {};
TYPED_TEST_SUITE(Wma, real_types);

TYPED_TEST(Wma, HandComputedValues) {
  using T = TypeParam;
  // period 3, weights 1,2,3 / 6: (1+4+9)/6, (2+6+12)/6, (3+8+24)/6
  const std::vector<T> x{1, 2, 3, 4, 8};
  const auto y = taspan::wma(x, 3);
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_NEAR(y[2], 14.0 / 6, 1e-6);
  EXPECT_NEAR(y[3], 20.0 / 6, 1e-6);
  EXPECT_NEAR(y[4], 35.0 / 6, 1e-6);
}

TYPED_TEST(Wma, MatchesReference) {
  using T = TypeParam;
  for (int period : {1, 2, 7, 30, 100}) {
    for (const auto& x : {random_walk<T>(1200, 3), near_1e5<T>(600)})
      expect_series_near(taspan::wma(x, period), ref_wma(widen(x), period), tol<T>(), 0.0,
                         "p=" + std::to_string(period));
  }
}

TYPED_TEST(Wma, CommonChecks) {
  using T = TypeParam;
  for (int period : {1, 4, 30})
    check_common<T>([&](const std::vector<T>& x) { return taspan::wma(x, period); },
                    [&] { return taspan::wma_stream<T>(period); }, period - 1, true);
}

TEST(Wma, NoDriftOverAMillionBars) {
  const auto x = random_walk<double>(1'000'000, 4, 1000.0);
  const auto y = taspan::wma(x, 20);
  const auto r = ref_wma(widen(std::vector<double>(x.end() - 40, x.end())), 20);
  for (std::size_t i = 19; i < 40; ++i)
    EXPECT_NEAR(y[x.size() - 40 + i], static_cast<double>(r[i]), 1e-12 * 1000);
}

TEST(Wma, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::wma_lookback(), 29);  // TA-Lib: WMA lookback = period - 1
  EXPECT_EQ(taspan::wma_stream<double>().period(), 30);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::wma(x, 0), "taspan::wma: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::wma_stream<double>(0),
                      "taspan::wma_stream: period must be >= 1, got 0");
}

// Regression (fuzz: corpus/indicators/regression_wma_inf_leaves_window): an infinity entering and
// leaving the window left NaN behind for good. Now the value at every bar is the one computed on
// its window alone, and streaming equals batch bitwise. Sums that overflow (double: the largest
// finite values) are re-seeded, so they leave the same class of value (NaN, inf, finite) as the
// window alone gives.
TYPED_TEST(Wma, InfinityAndOverflowLeaveTheWindow) {
  using T = TypeParam;
  for (int period : {1, 3, 10}) {
    expect_local_after_extremes<T>([&](const std::vector<T>& v) { return taspan::wma(v, period); },
                                   [&] { return taspan::wma_stream<T>(period); },
                                   static_cast<std::size_t>(period - 1));
  }
  // Hand-checked: weights 1, 2, 3 / 6; +inf in the window gives +inf, then (4+10+18)/6 once out.
  const std::vector<T> x{1, std::numeric_limits<T>::infinity(), 3, 4, 5, 6};
  const auto y = taspan::wma(x, 3);
  EXPECT_EQ(y[2], std::numeric_limits<T>::infinity());
  EXPECT_EQ(y[3], std::numeric_limits<T>::infinity());
  EXPECT_NEAR(y[4], (3.0 + 8.0 + 15.0) / 6, 1e-6);
  EXPECT_NEAR(y[5], (4.0 + 10.0 + 18.0) / 6, 1e-6);
}

}  // namespace
