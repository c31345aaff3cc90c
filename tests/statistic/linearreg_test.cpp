// LINEARREG, LINEARREG_SLOPE, LINEARREG_INTERCEPT, LINEARREG_ANGLE, TSF.
// Reference: TA-Lib's definition (ta_LINEARREG.c): least squares over the window with x = 0 at the
// oldest bar; recomputed from scratch per window in long double below.

#include <numbers>

#include "taspan/statistic.hpp"
#include "taspan_test.hpp"
#include "window_locality.hpp"

namespace {

using namespace taspan_test;

struct reference_line {
  long double slope, intercept;
};

template <class T>
std::vector<reference_line> reference_fit(const std::vector<T>& y, int period) {
  std::vector<reference_line> out(y.size(), {NAN, NAN});
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = p - 1; i < y.size(); ++i) {
    long double sx = 0, sy = 0, sxx = 0, sxy = 0;
    bool nan = false;
    for (std::size_t k = 0; k < p; ++k) {
      const long double v = y[i + 1 - p + k];
      nan = nan || std::isnan(v);
      sx += k;
      sy += v;
      sxx += static_cast<long double>(k) * k;
      sxy += k * v;
    }
    if (nan) continue;
    const long double m = (period * sxy - sx * sy) / (period * sxx - sx * sx);
    out[i] = {m, (sy - m * sx) / period};
  }
  return out;
}

template <class T>
class LinearReg : public ::testing::Test {};
TYPED_TEST_SUITE(LinearReg, real_types);

TYPED_TEST(LinearReg, AllFiveAgreeWithReferenceAndStreams) {
  using T = TypeParam;
  const std::vector<std::vector<T>> data{random_walk<T>(800), near_1e5<T>(800), constant<T>(100),
                                         monotone<T>(300, false),
                                         with_nans(random_walk<T>(300, 5), {0, 100, 299})};
  for (const auto& x : data) {
    for (int period : {2, 3, 14, 50}) {
      const auto ref = reference_fit(x, period);
      std::vector<long double> value(x.size()), slope(x.size()), intercept(x.size()),
          angle(x.size()), forecast(x.size());
      for (std::size_t i = 0; i < x.size(); ++i) {
        const auto [m, b] = ref[i];
        value[i] = b + m * (period - 1);
        slope[i] = m;
        intercept[i] = b;
        angle[i] = std::atan(m) * 180 / std::numbers::pi_v<long double>;
        forecast[i] = b + m * period;
      }
      const std::string p = " p=" + std::to_string(period);
      // Slopes of near-flat windows are small differences: compare them on the price scale.
      const double price_scale = tol<T>() * 1e5;
      expect_series_near(taspan::linearreg(x, period), value, tol<T>(), 0.0, "value" + p);
      expect_series_near(taspan::linearreg_slope(x, period), slope, tol<T>(), price_scale,
                         "slope" + p);
      expect_series_near(taspan::linearreg_intercept(x, period), intercept, tol<T>(), 0.0,
                         "icpt" + p);
      expect_series_near(taspan::linearreg_angle(x, period), angle, tol<T>(), price_scale,
                         "angle" + p);
      expect_series_near(taspan::tsf(x, period), forecast, tol<T>(), 0.0, "tsf" + p);

      taspan::linearreg_stream<T> s1(period);
      expect_series_identical(run_stream(s1, x), taspan::linearreg(x, period), "stream value" + p);
      taspan::linearreg_slope_stream<T> s2(period);
      expect_series_identical(run_stream(s2, x), taspan::linearreg_slope(x, period),
                              "stream slope");
      taspan::linearreg_intercept_stream<T> s3(period);
      expect_series_identical(run_stream(s3, x), taspan::linearreg_intercept(x, period),
                              "stream b");
      taspan::linearreg_angle_stream<T> s4(period);
      expect_series_identical(run_stream(s4, x), taspan::linearreg_angle(x, period),
                              "stream angle");
      taspan::tsf_stream<T> s5(period);
      expect_series_identical(run_stream(s5, x), taspan::tsf(x, period), "stream tsf");
    }
  }
}

// Hand check: on the line y = 2 + 3i every window fits exactly.
TYPED_TEST(LinearReg, ExactLine) {
  using T = TypeParam;
  std::vector<T> y(30);
  for (std::size_t i = 0; i < y.size(); ++i) y[i] = static_cast<T>(2 + 3 * static_cast<int>(i));
  const int n = 5;
  const auto value = taspan::linearreg(y, n), slope = taspan::linearreg_slope(y, n),
             icpt = taspan::linearreg_intercept(y, n), angle = taspan::linearreg_angle(y, n),
             fc = taspan::tsf(y, n);
  for (std::size_t i = 4; i < y.size(); ++i) {
    const double at = 2.0 + 3.0 * static_cast<double>(i);
    EXPECT_NEAR(value[i], at, 1e-4);
    EXPECT_NEAR(slope[i], 3.0, 1e-5);
    EXPECT_NEAR(icpt[i], at - 12.0, 1e-4);           // the oldest bar of the window, 4 bars back
    EXPECT_NEAR(angle[i], 71.56505117707799, 1e-4);  // atan(3) in degrees
    EXPECT_NEAR(fc[i], at + 3.0, 1e-4);
  }
  EXPECT_TRUE(std::isnan(value[3]));
}

TEST(LinearReg, LookbackDefaultsAndErrors) {
  EXPECT_EQ(taspan::linearreg_lookback(), 13);  // TA-Lib: default 14, lookback period-1
  EXPECT_EQ(taspan::tsf_lookback(30), 29);
  EXPECT_EQ(taspan::linearreg_angle_stream<double>().lookback(), 13);
  std::vector<double> x(10, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::linearreg(x, 1), "taspan::linearreg: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::tsf(x, out, 3),
                      "taspan::tsf: out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(taspan::linearreg_slope_stream<float>(0),
                      "taspan::linearreg_slope_stream: period must be >= 2, got 0");
}

TEST(LinearReg, ShortInputsAreAllNan) {
  for (std::size_t n : {0U, 1U, 13U}) {
    const auto y = taspan::linearreg(std::vector<double>(n, 5.0));
    for (double v : y) EXPECT_TRUE(std::isnan(v));
  }
  const auto y = taspan::linearreg(std::vector<double>(14, 5.0));
  EXPECT_EQ(y[13], 5.0);
}

// Regression (fuzz: corpus/indicators/regression_wma_inf_leaves_window, same class of bug): an
// infinity, or a value beyond 1e150 whose sums overflow, left NaN (or inf) behind in the running
// sums after leaving the window. Now a window holding one is NaN, and every other bar's value is
// the one of its window alone; streaming equals batch bitwise.
TYPED_TEST(LinearReg, InfinityAndHugeValuesLeaveTheWindow) {
  using T = TypeParam;
  using lim = std::numeric_limits<T>;
  auto x = random_walk<T>(150, 11);
  x[20] = lim::infinity();
  x[50] = -lim::infinity();
  auto big = random_walk<T>(150, 12);
  big[90] = lim::max();
  big[91] = lim::lowest();
  const double rel = std::is_same_v<T, float> ? 1e-4 : 1e-9;
  for (int period : {2, 5, 14}) {
    const auto p = static_cast<std::size_t>(period);
    for (const auto* v : {&x, &big}) {
      const auto y = taspan::linearreg(*v, period);
      taspan::linearreg_stream<T> s(period);
      expect_series_identical(run_stream(s, *v), y, "stream p=" + std::to_string(period));
      const auto f = [&](auto fn) {
        expect_window_locality<T>(
            v->size(), p - 1, [&](std::size_t a, std::size_t b) { return fn(slice_of(*v, a, b)); },
            v == &x || std::is_same_v<T, double> ? rel : -1.0, 1e-6, "p=" + std::to_string(period));
      };
      f([&](const std::vector<T>& w) { return taspan::linearreg(w, period); });
      f([&](const std::vector<T>& w) { return taspan::linearreg_slope(w, period); });
      f([&](const std::vector<T>& w) { return taspan::linearreg_intercept(w, period); });
      f([&](const std::vector<T>& w) { return taspan::linearreg_angle(w, period); });
      f([&](const std::vector<T>& w) { return taspan::tsf(w, period); });
    }
    const auto y = taspan::linearreg(x, period);
    EXPECT_TRUE(std::isnan(y[20]) && std::isnan(y[50 + p - 1]));  // windows holding an inf
    if constexpr (std::is_same_v<T, double>) {
      EXPECT_TRUE(std::isnan(taspan::linearreg(big, period)[91]));  // beyond 1e150: NaN
    }
  }
}

}  // namespace
