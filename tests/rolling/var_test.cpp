// rolling_var: batch == streaming (bitwise) == a two-pass long-double reference per window;
// accuracy where E[x^2]-E[x]^2 fails; exact zero on constants; ddof; NaN; sizes; errors.

#include "taspan/rolling/var.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"
#include "window_locality.hpp"

namespace {

using namespace taspan_test;

template <class T>
class RollingVar : public ::testing::Test {};
TYPED_TEST_SUITE(RollingVar, real_types);

// Relative tolerance on the variance: 2e-9 for double (1e-9 on the standard deviation), and
// float's own rounding of the result for float (plus the absolute term of expect_variance_near).
template <class T>
constexpr double var_tol() {
  return std::is_same_v<T, float> ? 2e-6 : 2e-9;
}

TYPED_TEST(RollingVar, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  taspan_ref::for_each_variance_case<T>(
      [](const std::vector<T>& x, int period, int ddof, const std::string& what) {
        const auto y = taspan::rolling_var(x, period, ddof);
        taspan_ref::expect_variance_near(y, taspan_ref::variance(x, period, ddof), x, period,
                                         var_tol<T>(), false, what);
        for (T v : y) ASSERT_TRUE(std::isnan(v) || v >= 0) << what;
        taspan::rolling_var_stream<T> s(period, ddof);
        expect_series_identical(run_stream(s, x), y, "stream " + what);
      });
}

TYPED_TEST(RollingVar, HandComputedValues) {
  using T = TypeParam;
  // {2,4,4,4,5,5,7,9}: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32; population 32/8 = 4,
  // sample 32/7 (the textbook example of standard deviation 2).
  const std::vector<T> x{2, 4, 4, 4, 5, 5, 7, 9};
  EXPECT_EQ(taspan::rolling_var(x, 8)[7], T(4));
  EXPECT_NEAR(taspan::rolling_var(x, 8, 1)[7], 32.0 / 7.0, 1e-6);
  // windows of 2: {2,4} -> 1, {4,4} -> 0, {4,5} -> 0.25, {5,7} -> 1, {7,9} -> 1
  const auto y = taspan::rolling_var(x, 2);
  EXPECT_EQ(y[1], T(1));
  EXPECT_EQ(y[2], T(0));
  EXPECT_EQ(y[4], T(0.25));
  EXPECT_EQ(y[7], T(1));
}

TYPED_TEST(RollingVar, ConstantIsExactlyZero) {
  using T = TypeParam;
  for (double level : {42.5, 1e5 + 0.01, 3.3e-7}) {
    const auto x = constant<T>(700, level);
    for (int period : {2, 5, 14, 200}) {
      const auto y = taspan::rolling_var(x, period);
      for (std::size_t i = static_cast<std::size_t>(period) - 1; i < y.size(); ++i)
        ASSERT_EQ(y[i], T(0)) << level << " " << period << " " << i;
    }
  }
  // A step to a new constant level: exactly 0 once the window holds only the new level.
  auto x = constant<T>(100, 99999.99);
  const auto high = constant<T>(100, 100000.03);
  x.insert(x.end(), high.begin(), high.end());
  const auto y = taspan::rolling_var(x, 10);
  for (std::size_t i = 109; i < y.size(); ++i) ASSERT_EQ(y[i], T(0)) << i;
}

TYPED_TEST(RollingVar, NanAffectsExactlyTheWindowsThatHoldIt) {
  using T = TypeParam;
  const int period = 5;
  const auto clean = near_1e5<T>(80, 4);
  const auto holed = with_nans(clean, {20, 60});
  const auto a = taspan::rolling_var(clean, period);
  const auto b = taspan::rolling_var(holed, period);
  taspan::rolling_var_stream<T> s(period);
  expect_series_identical(run_stream(s, holed), b);
  for (std::size_t i = 4; i < clean.size(); ++i) {
    const bool holds = (i >= 20 && i < 25) || (i >= 60 && i < 65);
    EXPECT_EQ(std::isnan(b[i]), holds) << i;
    if (!holds) {
      EXPECT_NEAR(b[i], a[i], var_tol<T>() * a[i] + 1e-22) << i;
    }
  }
}

TYPED_TEST(RollingVar, SizesAroundThePeriodAndReset) {
  using T = TypeParam;
  const int period = 6;
  for (std::size_t n : {0U, 1U, 5U, 6U, 7U}) {
    const auto x = random_walk<T>(n);
    const auto y = taspan::rolling_var(x, period);
    ASSERT_EQ(y.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(y[i]), i < 5) << n << " " << i;
    taspan::rolling_var_stream<T> s(period);
    expect_series_identical(run_stream(s, x), y);
    EXPECT_EQ(s.ready(), n >= 6);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, x), y);
  }
}

TEST(RollingVar, Lookback) {
  EXPECT_EQ(taspan::rolling_var_lookback(1), 0);
  EXPECT_EQ(taspan::rolling_var_lookback(5), 4);
  EXPECT_EQ(taspan::rolling_var_stream<double>(9, 1).lookback(), 8);
}

TEST(RollingVar, BadInputThrows) {
  std::vector<double> x(10, 1.0), out(9);
  EXPECT_TASPAN_ERROR(taspan::rolling_var(x, 0), "taspan::rolling_var: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rolling_var(x, 5, -1),
                      "taspan::rolling_var: ddof must be >= 0, got -1");
  EXPECT_TASPAN_ERROR(taspan::rolling_var(x, 5, 5),
                      "taspan::rolling_var: ddof must be < period (5), got 5");
  EXPECT_TASPAN_ERROR(taspan::rolling_var(x, out, 3),
                      "taspan::rolling_var: out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::rolling_var_stream<float>(0),
                      "taspan::rolling_var_stream: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rolling_var_stream<float>(1, 1),
                      "taspan::rolling_var_stream: ddof must be < period (1), got 1");
}

// Regression (fuzz: rolling_var gave inf where its window alone gave 0): infinities and values
// beyond 1e150 now count as NaN, so a window holding one is NaN and the sums they touched are
// re-seeded once they leave; the value at every bar is the one of its window alone.
TYPED_TEST(RollingVar, InfinityAndHugeValuesLeaveTheWindow) {
  using T = TypeParam;
  using lim = std::numeric_limits<T>;
  auto x = random_walk<T>(1000, 9);  // long enough for the four-lane batch kernel
  for (std::size_t i : {20U, 130U, 400U}) x[i] = lim::infinity();
  x[133] = -lim::infinity();
  auto big = random_walk<T>(1000, 10);
  big[600] = lim::max();
  big[601] = lim::lowest();
  big[700] = static_cast<T>(std::is_same_v<T, double> ? 1e200 : 1e30);
  // In range, then a quiet stretch: the sums hold ~1e300 (float: ~1e77) of squares, then windows
  // whose own M2 is ~1e200 (float: above float's max, so +inf) must not read that rounding (fuzz:
  // float p=13 gave 0 where the window alone gave inf). Re-seeded on the stale slide.
  const T huge = std::is_same_v<T, double> ? static_cast<T>(1e150) : lim::max();
  const T loud = static_cast<T>(std::is_same_v<T, double> ? 1e100 : 2e19);
  for (std::size_t i = 800; i < 803; ++i) big[i] = i % 2 == 0 ? huge : -huge;
  for (std::size_t i = 803; i < 830; ++i) big[i] = i % 2 == 0 ? loud : -loud;
  const double rel = std::is_same_v<T, float> ? 1e-4 : 1e-9;
  for (int period : {1, 3, 10, 13}) {
    const auto p = static_cast<std::size_t>(period);
    for (const auto* v : {&x, &big}) {
      const auto y = taspan::rolling_var(*v, period);
      taspan::rolling_var_stream<T> s(period);
      expect_series_identical(run_stream(s, *v), y, "stream p=" + std::to_string(period));
      expect_window_locality<T>(
          v->size(), p - 1,
          [&](std::size_t a, std::size_t b) {
            return taspan::rolling_var(slice_of(*v, a, b), period);
          },
          rel, 1e-6, "p=" + std::to_string(period));
    }
    EXPECT_TRUE(std::isnan(taspan::rolling_var(x, period)[20 + p - 1]));  // holds +inf
    const auto y = taspan::rolling_var(big, period);
    if constexpr (std::is_same_v<T, double>) {
      EXPECT_TRUE(std::isnan(y[600]) && std::isnan(y[700]));  // beyond 1e150: NaN
      if (period > 1) {
        EXPECT_GT(y[829], 1e199);
      }
    } else if (period > 1) {
      EXPECT_EQ(y[829], lim::infinity());  // M2 / p beyond float's max
    }
  }
}

}  // namespace
