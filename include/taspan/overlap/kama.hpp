#pragma once
// KAMA, Kaufman adaptive moving average (TA-Lib KAMA): default period 30; TA-Lib's constants
// fast = 2, slow = 30. Lookback `period` (0 for period 1, where KAMA is the input, as in TA-Lib).
//   er  = |x[t] - x[t-n]| / sum_{j=t-n+1..t} |x[j] - x[j-1]|   (1 when the sum is <= the signed
//         change or |sum| < 1e-8, TA-Lib's test)
//   sc  = (er * (2/3 - 2/31) + 2/31)^2
//   kama = (x - kama) * sc + kama, started from x[n-1] at bar n.
// Numerics: the sum of absolute changes is a running sum re-seeded exactly every `period` outputs.
// NaN: restarts the warm-up. Batch and streaming run the same core: bit-identical.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int kama_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period == 1 ? 0 : period;
}

namespace detail {

class kama_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  explicit kama_core(int period)
      : period_(static_cast<std::size_t>(period)), window_(static_cast<std::size_t>(period) + 1) {}

  double step(double x) noexcept {
    if (period_ == 1) return x;
    const state s = next(x);
    window_.push(x);
    if (s.valid) {
      state_ = s;
      ++outputs_;
      return s.kama;
    }
    return nan_v<double>;
  }
  [[nodiscard]] double peek(double x) const noexcept {
    if (period_ == 1) return x;
    const state s = next(x);
    return s.valid ? s.kama : nan_v<double>;
  }
  [[nodiscard]] bool ready() const noexcept { return period_ == 1 || outputs_ > 0; }
  void reset() noexcept {
    window_.clear();
    state_ = {};
    outputs_ = 0;
  }

 private:
  struct state {
    double sum_roc = 0.0;
    double kama = 0.0;
    bool valid = false;
  };
  static constexpr double const_max = 2.0 / (30.0 + 1.0);
  static constexpr double const_diff = 2.0 / (2.0 + 1.0) - const_max;

  [[nodiscard]] state next(double x) const noexcept {
    state s = state_;
    const std::size_t n = period_;
    if (window_.size() < n) return s;  // still collecting x[0..n-1]
    double trailing = 0.0;             // x[t-n]
    if (!window_.full()) {             // first value, at bar n: sum |x[j] - x[j+1]| for j < n
      s.sum_roc = 0.0;
      for (std::size_t j = 0; j + 1 < n; ++j) s.sum_roc += std::abs(window_[j] - window_[j + 1]);
      s.sum_roc += std::abs(window_[n - 1] - x);
      s.kama = window_[n - 1];
      trailing = window_[0];
    } else {
      trailing = window_[1];
      if (outputs_ % n == 0) {  // exact re-seed
        s.sum_roc = 0.0;
        for (std::size_t j = 1; j < n; ++j) s.sum_roc += std::abs(window_[j] - window_[j + 1]);
        s.sum_roc += std::abs(window_[n] - x);
      } else {
        s.sum_roc -= std::abs(window_[0] - trailing);
        s.sum_roc += std::abs(x - window_[n]);
      }
    }
    const double change = x - trailing;
    double er = 1.0;
    if (!(s.sum_roc <= change || (s.sum_roc > -1e-8 && s.sum_roc < 1e-8)))
      // At most 1 but for rounding (huge values in the window), which would make it overshoot.
      er = std::min(1.0, std::abs(change / s.sum_roc));
    double sc = er * const_diff + const_max;
    sc *= sc;
    s.kama = (x - s.kama) * sc + s.kama;
    s.valid = true;
    return s;
  }

  std::size_t period_;
  ring<double> window_;  // the last period+1 inputs
  state state_;
  std::size_t outputs_ = 0;
};

}  // namespace detail

template <series In, output_series Out>
void kama(const In& in, Out&& out, int period = 30) {
  detail::check_period("kama", period);
  auto [x, y] = detail::in_out_spans("kama", in, out);
  if (detail::warmup_only(kama_lookback(period), y)) return;
  detail::run_core(detail::kama_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> kama(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { kama(in, out, period); });
}

template <class T>
class kama_stream : public detail::core_stream<T, detail::kama_core> {
 public:
  explicit kama_stream(int period = 30)
      : detail::core_stream<T, detail::kama_core>(
            detail::kama_core(detail::check_period("kama_stream", period)), kama_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
