// rolling_stddev: batch == streaming (bitwise) == sqrt of a two-pass long-double reference;
// max relative error <= 1e-9 (double) on prices near 1e5 in cent steps, where E[x^2]-E[x]^2
// fails; no drift over 10^7 bars; exact zero on constants; NaN; sizes; errors.

#include "taspan/rolling/stddev.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
constexpr double sd_tol() {
  return std::is_same_v<T, float> ? 1e-6 : 1e-9;
}

template <class T>
class RollingStddev : public ::testing::Test {};
TYPED_TEST_SUITE(RollingStddev, real_types);

TYPED_TEST(RollingStddev, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  taspan_ref::for_each_variance_case<T>(
      [](const std::vector<T>& x, int period, int ddof, const std::string& what) {
        const auto y = taspan::rolling_stddev(x, period, ddof);
        // on the variance: 2 * the relative stddev tolerance, plus the sliding-window term
        taspan_ref::expect_variance_near(y, taspan_ref::variance(x, period, ddof), x, period,
                                         2 * sd_tol<T>(), true, what);
        taspan::rolling_stddev_stream<T> s(period, ddof);
        expect_series_identical(run_stream(s, x), y, "stream " + what);
      });
}

// The case the naive formula gets wrong: near 1e5, steps of 0.01. E[x^2] ~ 1e10 while the
// variance is ~1e-4, so E[x^2]-E[x]^2 in double keeps no correct digit; taspan must keep 1e-9.
TEST(RollingStddev, AccurateNear1e5InCentSteps) {
  const auto x = near_1e5<double>(20000, 17);
  for (int period : {5, 14, 200}) {
    const auto y = taspan::rolling_stddev(x, period);
    const auto ref = taspan_ref::sqrt_of(taspan_ref::variance(x, period));
    double worst = 0;
    for (std::size_t i = static_cast<std::size_t>(period) - 1; i < x.size(); ++i)
      if (ref[i] > 0)
        worst = std::max(worst, static_cast<double>(std::abs(y[i] - ref[i]) / ref[i]));
    EXPECT_LE(worst, 1e-9) << "period " << period;
    // and the naive formula does fail here (so the test can tell the difference)
    const std::size_t i = x.size() - 1;
    double s = 0, q = 0;
    for (std::size_t j = i + 1 - static_cast<std::size_t>(period); j <= i; ++j) {
      s += x[j];
      q += x[j] * x[j];
    }
    const double naive = q / period - (s / period) * (s / period);
    EXPECT_GT(std::abs(naive - static_cast<double>(ref[i] * ref[i])),
              1e-6 * static_cast<double>(ref[i] * ref[i]));
  }
}

TYPED_TEST(RollingStddev, ConstantIsExactlyZeroAndNan) {
  using T = TypeParam;
  const auto x = with_nans(constant<T>(300, 1e5 + 0.07), {100});
  const auto y = taspan::rolling_stddev(x, 14);
  for (std::size_t i = 13; i < y.size(); ++i) {
    if (i >= 100 && i < 114) {
      EXPECT_TRUE(std::isnan(y[i])) << i;
    } else {
      ASSERT_EQ(y[i], T(0)) << i;
    }
  }
  taspan::rolling_stddev_stream<T> s(14);
  expect_series_identical(run_stream(s, x), y);
}

TYPED_TEST(RollingStddev, SizesAroundThePeriod) {
  using T = TypeParam;
  for (std::size_t n : {0U, 1U, 3U, 4U, 5U}) {
    const auto x = random_walk<T>(n);
    const auto y = taspan::rolling_stddev(x, 4, 1);
    ASSERT_EQ(y.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(y[i]), i < 3) << n << " " << i;
    taspan::rolling_stddev_stream<T> s(4, 1);
    expect_series_identical(run_stream(s, x), y);
    EXPECT_EQ(s.ready(), n >= 4);
  }
}

// Error stays flat over 10^7 bars: windows at the start, middle and end are as exact as each
// other (near 1e5 in cents, the hard case).
TEST(RollingStddev, NoDriftOverTenMillionBars) {
  const std::size_t n = 10'000'000;
  const int period = 50;
  const auto x = near_1e5<double>(n, 23);
  const auto y = taspan::rolling_stddev(x, period);
  taspan::rolling_stddev_stream<double> s(period);
  double last = 0;
  for (double v : x) last = s.update(v);
  EXPECT_EQ(last, y[n - 1]);
  for (std::size_t i : {std::size_t{period - 1}, n / 2 + 17, n - 2, n - 1}) {
    const std::size_t first = i + 1 - period;
    long double sum = 0;
    for (std::size_t j = first; j <= i; ++j) sum += x[j];
    const long double mean = sum / period;
    long double q = 0;
    for (std::size_t j = first; j <= i; ++j) q += (x[j] - mean) * (x[j] - mean);
    const double ref = static_cast<double>(std::sqrt(q / period));
    EXPECT_NEAR(y[i], ref, 1e-9 * ref) << i;
  }
}

TEST(RollingStddev, LookbackAndBadInput) {
  EXPECT_EQ(taspan::rolling_stddev_lookback(20), 19);
  EXPECT_EQ(taspan::rolling_stddev_stream<double>(20).lookback(), 19);
  std::vector<double> x(10, 1.0), out(9);
  EXPECT_TASPAN_ERROR(taspan::rolling_stddev(x, 0),
                      "taspan::rolling_stddev: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rolling_stddev(x, 3, 3),
                      "taspan::rolling_stddev: ddof must be < period (3), got 3");
  EXPECT_TASPAN_ERROR(taspan::rolling_stddev(x, out, 3),
                      "taspan::rolling_stddev: out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::rolling_stddev_stream<double>(4, -2),
                      "taspan::rolling_stddev_stream: ddof must be >= 0, got -2");
}

}  // namespace
