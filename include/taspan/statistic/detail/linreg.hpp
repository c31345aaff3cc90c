#pragma once
// Least-squares line over the last `period` bars, shared by LINEARREG, LINEARREG_SLOPE,
// LINEARREG_INTERCEPT, LINEARREG_ANGLE and TSF.
//
// TA-Lib's convention (ta_LINEARREG.c): x runs 0 .. period-1 from the oldest bar of the window to
// the newest; slope m and intercept b (the fitted value at the oldest bar) by ordinary least
// squares. LINEARREG = b + m*(period-1), TSF = b + m*period, ANGLE = atan(m) in degrees.
// Numerics: sums are kept relative to the window's first value (slope does not depend on it) and
// re-seeded every `period` bars, so accuracy holds on high-priced series and long histories.
// NaN, infinities and values beyond +-1e150 (detail::window_max_magnitude): a window that holds
// one gives NaN. They are counted apart from the sums, so they leave no trace once out of the
// window, and the sums of the values in range cannot overflow.

#include <cmath>
#include <cstddef>
#include <numbers>
#include <string_view>
#include <vector>

#include "../../core/detail/window.hpp"
#include "../../core/error.hpp"
#include "../../core/numeric.hpp"
#include "../../core/series_io.hpp"

namespace taspan::detail {

template <real T>
class linreg_window {
 public:
  explicit linreg_window(std::size_t period) : n_(static_cast<double>(period)) {}

  void add(T y) noexcept {
    if (!has_origin_ && usable(y)) {
      origin_ = static_cast<double>(y);
      has_origin_ = true;
    }
    const double v = centered(y);
    sxy_ += count_ * v;
    sy_ += v;
    count_ += 1.0;
    nans_ += usable(y) ? 0 : 1;
  }
  // The oldest bar has x = 0, so it leaves sxy without a trace; every other bar moves down by one.
  void replace(T oldest, T y) noexcept {
    const double vo = centered(oldest);
    const double v = centered(y);
    sxy_ += (n_ - 1.0) * v - (sy_ - vo);
    sy_ += v - vo;
    nans_ += (usable(y) ? 0 : 1) - (usable(oldest) ? 0 : 1);
  }

  struct line {
    double slope, intercept;  // intercept: the fitted value at the window's oldest bar
  };
  [[nodiscard]] line fit() const noexcept {
    const double sx = n_ * (n_ - 1.0) * 0.5;
    const double sxx = n_ * (n_ - 1.0) * (2.0 * n_ - 1.0) / 6.0;
    const double m = (n_ * sxy_ - sx * sy_) / (n_ * sxx - sx * sx);
    return {m, (sy_ - m * sx) / n_ + origin_};
  }
  [[nodiscard]] bool has_nan() const noexcept { return nans_ != 0; }

 private:
  [[nodiscard]] static bool usable(T y) noexcept { return in_window_range(static_cast<double>(y)); }
  [[nodiscard]] double centered(T y) const noexcept {
    return usable(y) ? static_cast<double>(y) - origin_ : 0.0;
  }
  double n_;
  double origin_ = 0.0;
  bool has_origin_ = false;
  double sy_ = 0.0, sxy_ = 0.0, count_ = 0.0;
  int nans_ = 0;
};

// What each indicator reads off the fitted line.
enum class linreg_output { value, slope, intercept, angle, forecast };

template <real T>
[[nodiscard]] T linreg_pick(const linreg_window<T>& w, linreg_output what, double n) noexcept {
  if (w.has_nan()) return nan_v<T>;
  const auto [m, b] = w.fit();
  switch (what) {
    case linreg_output::slope:
      return static_cast<T>(m);
    case linreg_output::intercept:
      return static_cast<T>(b);
    case linreg_output::angle:
      return static_cast<T>(std::atan(m) * (180.0 / std::numbers::pi));
    case linreg_output::forecast:
      return static_cast<T>(b + m * n);
    case linreg_output::value:
      break;
  }
  return static_cast<T>(b + m * (n - 1.0));
}

template <series In, output_series Out>
void linreg_batch(std::string_view function, const In& in, Out&& out, int period,
                  linreg_output what) {
  check_period(function, period, 2);
  // Not a structured binding: the lambdas below capture these, which clang < 16 rejects.
  const auto spans = in_out_spans(function, in, out);
  auto x = spans.input(0);
  auto y = spans.output(0);
  using T = series_value_t<In>;
  fill_warmup(y, period - 1);
  for_each_window<linreg_window<T>>(
      x.size(), static_cast<std::size_t>(period), [&](std::size_t i) { return x[i]; },
      [&](std::size_t i, const linreg_window<T>& w) {
        y[i] = linreg_pick(w, what, static_cast<double>(period));
      });
}

template <class T, linreg_output What>
class linreg_stream {
  static_assert(is_real_v<T>, "taspan: linear regression streams need T = float or double");

 public:
  linreg_stream(std::string_view function, int period)
      : period_((check_period(function, period, 2), period)),
        window_(static_cast<std::size_t>(period)) {}

  T update(T x) noexcept {
    const auto w = window_.next(x);
    window_.commit(x, w);
    return window_.full() ? linreg_pick(w, What, period_) : nan_v<T>;
  }
  [[nodiscard]] T peek(T x) const noexcept {
    return window_.full_after_next() ? linreg_pick(window_.next(x), What, period_) : nan_v<T>;
  }
  [[nodiscard]] bool ready() const noexcept { return window_.full(); }
  void reset() noexcept { window_.reset(); }
  [[nodiscard]] int lookback() const noexcept { return static_cast<int>(period_) - 1; }

 private:
  double period_;
  window_stream<linreg_window<T>, T> window_;
};

}  // namespace taspan::detail
