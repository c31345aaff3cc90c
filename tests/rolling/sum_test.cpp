// rolling_sum / rolling_mean: batch == streaming (bitwise) == long-double reference loop.

#include "taspan/rolling/sum.hpp"
#include "taspan/rolling/mean.hpp"
#include "taspan_test.hpp"
#include "window_locality.hpp"

namespace {

using namespace taspan_test;

// Plain reference: sum each window afresh in long double; NaN if the window holds a NaN.
template <class T>
std::vector<long double> reference_sum(const std::vector<T>& x, int period) {
  std::vector<long double> out(x.size(), std::numeric_limits<long double>::quiet_NaN());
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = p - 1; i < x.size(); ++i) {
    long double s = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) s += x[j];
    out[i] = s;
  }
  return out;
}

template <class T>
std::vector<std::vector<T>> datasets() {
  return {random_walk<T>(1000),    near_1e5<T>(1000),
          constant<T>(300),        monotone<T>(500, true),
          monotone<T>(500, false), with_nans(random_walk<T>(600, 7), {0, 50, 51, 300, 599})};
}

template <class T>
class RollingSum : public ::testing::Test {};
TYPED_TEST_SUITE(RollingSum, real_types);

TYPED_TEST(RollingSum, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  for (const auto& x : datasets<T>()) {
    for (int period : {1, 2, 3, 14, 200}) {
      const auto ref = reference_sum(x, period);
      const auto sum = taspan::rolling_sum(x, period);
      expect_series_near(sum, ref, tol<T>(), 0.0, "sum p=" + std::to_string(period));
      taspan::rolling_sum_stream<T> s(period);
      expect_series_identical(run_stream(s, x), sum, "stream sum p=" + std::to_string(period));

      std::vector<long double> ref_mean(ref);
      for (auto& v : ref_mean) v /= period;
      const auto mean = taspan::rolling_mean(x, period);
      expect_series_near(mean, ref_mean, tol<T>(), 0.0, "mean p=" + std::to_string(period));
      taspan::rolling_mean_stream<T> m(period);
      expect_series_identical(run_stream(m, x), mean, "stream mean");
    }
  }
}

TYPED_TEST(RollingSum, NanAffectsExactlyTheWindowsThatHoldIt) {
  using T = TypeParam;
  const int period = 5;
  const auto x = with_nans(random_walk<T>(40), {20});
  const auto y = taspan::rolling_sum(x, period);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const bool warmup = i < 4;
    const bool holds_nan = i >= 20 && i < 25;
    EXPECT_EQ(std::isnan(y[i]), warmup || holds_nan) << i;
  }
}

TYPED_TEST(RollingSum, SizesAroundThePeriod) {
  using T = TypeParam;
  const int period = 6;
  for (std::size_t n : {0U, 1U, 5U, 6U, 7U}) {
    const auto x = random_walk<T>(n);
    const auto y = taspan::rolling_mean(x, period);
    ASSERT_EQ(y.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(y[i]), i < 5) << n << " " << i;
    taspan::rolling_mean_stream<T> s(period);
    expect_series_identical(run_stream(s, x), y);
    EXPECT_EQ(s.ready(), n >= 6);
  }
}

TYPED_TEST(RollingSum, ConstantMeanIsExact) {
  using T = TypeParam;
  const auto x = constant<T>(1000, 42.5);
  const auto y = taspan::rolling_mean(x, 7);
  for (std::size_t i = 6; i < y.size(); ++i) ASSERT_EQ(y[i], T(42.5)) << i;
}

TYPED_TEST(RollingSum, ResetStartsOver) {
  using T = TypeParam;
  const auto x = random_walk<T>(50);
  taspan::rolling_sum_stream<T> s(4);
  const auto first = run_stream(s, x);
  s.reset();
  EXPECT_FALSE(s.ready());
  expect_series_identical(run_stream(s, x), first);
}

// Regression (fuzz): a window holding -1e300, -DBL_MAX and 1e300 has a finite sum, but adding in
// order overflows partway: the whole series gave -DBL_MAX, the window alone -inf. A re-seed that
// overflows now sums again scaled down, so the sum is infinite only if the exact sum is.
TEST(RollingSum, OverflowDependsOnTheWindowNotTheOrder) {
  constexpr double big = std::numeric_limits<double>::max();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> fuzz = {
      -91.25,    -131.09375, -170.9375, -210.78125, nan,      -228.9375, -0.0,      big,
      -262.5,    -280.28125, -320.125,  -356.84375, -1e300,   -0.0,      -382.9375, -big,
      -400.6875, -407.375,   1,         -402.625,   -413.375, 1e300,     -423.6875, -421.46875};
  auto x = random_walk<double>(200, 12);
  x[40] = x[41] = 1e308;
  x[42] = -1e308;
  for (const std::vector<double>* v : {&fuzz, static_cast<const std::vector<double>*>(&x)}) {
    for (int period : {3, 4, 16}) {
      taspan::rolling_sum_stream<double> s(period);
      expect_series_identical(run_stream(s, *v), taspan::rolling_sum(*v, period), "stream");
      // Values of ~1e308 leave rounding in the sums after them: only the class is compared.
      expect_window_locality<double>(
          v->size(), static_cast<std::size_t>(period - 1),
          [&](std::size_t a, std::size_t b) {
            return taspan::rolling_sum(slice_of(*v, a, b), period);
          },
          -1.0, 0.0, "p=" + std::to_string(period));
    }
  }
  EXPECT_NEAR(taspan::rolling_sum(x, 3)[42], 1e308, 1e293);  // the exact sum, not +inf
  EXPECT_TRUE(std::isfinite(taspan::rolling_sum(fuzz, 16).back()));
}

TEST(RollingSum, Lookback) {
  EXPECT_EQ(taspan::rolling_sum_lookback(1), 0);
  EXPECT_EQ(taspan::rolling_mean_lookback(20), 19);
  EXPECT_EQ(taspan::rolling_sum_stream<double>(9).lookback(), 8);
}

TEST(RollingSum, BadInputThrows) {
  std::vector<double> x(10, 1.0), out(9);
  EXPECT_TASPAN_ERROR(taspan::rolling_sum(x, 0), "taspan::rolling_sum: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rolling_mean(x, -3),
                      "taspan::rolling_mean: period must be >= 1, got -3");
  EXPECT_TASPAN_ERROR(taspan::rolling_sum(x, out, 3),
                      "taspan::rolling_sum: out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::rolling_mean_stream<float>(0),
                      "taspan::rolling_mean_stream: period must be >= 1, got 0");
}

TEST(RollingSum, AcceptsAnyContiguousSeries) {
  const std::array<double, 4> a{1, 2, 3, 4};
  const double c[4] = {1, 2, 3, 4};
  std::vector<double> out(4);
  taspan::rolling_sum(a, out, 2);
  EXPECT_EQ(out[3], 7.0);
  taspan::rolling_sum(c, std::span<double>(out), 2);
  EXPECT_EQ(out[1], 3.0);
}

// Error stays flat: 10^7 bars of a random walk, the last window as exact as the first.
TEST(RollingSum, NoDriftOverTenMillionBars) {
  const std::size_t n = 10'000'000;
  const int period = 50;
  const auto x = taspan_test::random_walk<double>(n, 11, 1000.0, 1.0);
  const auto y = taspan::rolling_mean(x, period);
  for (std::size_t i : {std::size_t{period - 1}, n / 2, n - 1}) {
    long double s = 0;
    for (std::size_t j = i + 1 - period; j <= i; ++j) s += x[j];
    const double ref = static_cast<double>(s / period);
    EXPECT_NEAR(y[i], ref, 1e-12 * std::abs(ref)) << i;
  }
}

}  // namespace
