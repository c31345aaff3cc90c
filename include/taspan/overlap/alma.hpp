#pragma once
// ALMA, Arnaud Legoux moving average (not in TA-Lib). Reference: Pine v5 ta.alma(series, length,
// offset, sigma) (floor = false): with m = offset (length - 1) and s = length / sigma,
//   w_i = exp(-(i - m)^2 / (2 s^2)),  i = 0 (oldest bar of the window) .. length - 1 (newest),
//   alma = sum_i w_i x_i / sum_i w_i.
// Defaults are TradingView's ALMA indicator's: period 9, offset 0.85, sigma 6. Period >= 1,
// offset in [0, 1], sigma > 0. Lookback period - 1.
// Each window is summed afresh (O(period) per bar), oldest first as Pine does, so a bar's value
// depends on its window only and an infinity or a bad tick leaves no trace once it has left.
// NaN: affects exactly the `period` windows that contain it.
// Batch and streaming run the same core: bit-identical.

#include <cmath>
#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int alma_lookback(int period = 9) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

inline void check_alma(std::string_view function, int period, double offset, double sigma) {
  check_period(function, period);
  check_between(function, "offset", offset, 0.0, 1.0);
  check_positive(function, "sigma", sigma);
}

class alma_core {
 public:
  alma_core(int period, double offset, double sigma)
      : window_(static_cast<std::size_t>(period)), weights_(static_cast<std::size_t>(period)) {
    const double m = offset * static_cast<double>(period - 1);
    const double s = static_cast<double>(period) / sigma;
    for (std::size_t i = 0; i < weights_.size(); ++i) {
      const double d = static_cast<double>(i) - m;
      weights_[i] = std::exp(-(d * d) / (2.0 * s * s));
      norm_ += weights_[i];
    }
  }
  double step(double x) noexcept {
    const double v = peek(x);
    window_.push(x);
    return v;
  }
  // The window that x completes, weighted oldest first.
  [[nodiscard]] double peek(double x) const noexcept {
    const std::size_t n = window_.capacity();
    if (window_.size() + 1 < n) return nan_v<double>;
    const std::size_t skip = window_.full() ? 1 : 0;
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < n; ++i) sum += window_[i + skip] * weights_[i];
    sum += x * weights_[n - 1];
    return sum / norm_;
  }
  [[nodiscard]] bool ready() const noexcept { return window_.full(); }
  void reset() noexcept { window_.clear(); }

 private:
  ring<double> window_;
  std::vector<double> weights_;
  double norm_ = 0.0;
};

}  // namespace detail

template <series In, output_series Out>
void alma(const In& in, Out&& out, int period = 9, double offset = 0.85, double sigma = 6.0) {
  detail::check_alma("alma", period, offset, sigma);
  auto [x, y] = detail::in_out_spans("alma", in, out);
  if (detail::warmup_only(alma_lookback(period), y)) return;  // no state sized by the periods
  detail::run_core(detail::alma_core(period, offset, sigma), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> alma(const In& in, int period = 9,
                                                   double offset = 0.85, double sigma = 6.0) {
  return detail::output_vector(in, [&](auto& out) { alma(in, out, period, offset, sigma); });
}

template <class T>
class alma_stream : public detail::core_stream<T, detail::alma_core> {
 public:
  explicit alma_stream(int period = 9, double offset = 0.85, double sigma = 6.0)
      : detail::core_stream<T, detail::alma_core>(checked(period, offset, sigma),
                                                  alma_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  static detail::alma_core checked(int period, double offset, double sigma) {
    detail::check_alma("alma_stream", period, offset, sigma);
    return {period, offset, sigma};
  }
  int period_;
};

}  // namespace taspan
