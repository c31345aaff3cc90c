#pragma once
// CCI, commodity channel index (TA-Lib CCI): default period 14 (>= 2), lookback period - 1.
//
//   TP = (high + low + close) / 3;  m = mean of the last `period` TP;
//   md = mean of |TP_j - m| over the window;  CCI = (TP - m) / (0.015 * md),
//   and 0 when TP - m == 0 or md == 0 (as TA-Lib)
//
// The mean deviation needs the whole window again for every bar, so CCI costs O(period) per bar
// in batch and streaming (as in TA-Lib); nothing drifts because each window is summed afresh.
// NaN: a NaN input makes exactly the `period` windows that hold its bar NaN.
// Batch and streaming run the same code in the same order: bit-identical.

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int cci_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

class cci_core {
 public:
  static constexpr bool nan_aware = true;
  explicit cci_core(int period) : tp_(static_cast<std::size_t>(period)), period_(period) {}

  template <real T>
  T step(T h, T l, T c) noexcept {
    const double tp = typical(h, l, c);
    const T v = value<T>(tp);
    tp_.push(tp);
    return v;
  }
  template <real T>
  [[nodiscard]] T peek(T h, T l, T c) const noexcept {
    return value<T>(typical(h, l, c));
  }
  [[nodiscard]] bool ready() const noexcept { return tp_.full(); }
  void reset() noexcept { tp_.clear(); }

 private:
  template <real T>
  [[nodiscard]] static double typical(T h, T l, T c) noexcept {
    return (static_cast<double>(h) + static_cast<double>(l) + static_cast<double>(c)) / 3.0;
  }
  // CCI of the window made of the stored TPs (oldest first, without the one that leaves) + tp.
  template <real T>
  [[nodiscard]] T value(double tp) const noexcept {
    if (tp_.size() + 1 < tp_.capacity()) return nan_v<T>;
    const std::size_t first = tp_.full() ? 1 : 0;
    const auto n = static_cast<double>(period_);
    double sum = 0.0;
    for (std::size_t j = first; j < tp_.size(); ++j) sum += tp_[j];
    sum += tp;
    const double mean = sum / n;
    double dev = 0.0;
    for (std::size_t j = first; j < tp_.size(); ++j) dev += std::abs(tp_[j] - mean);
    dev += std::abs(tp - mean);
    if (is_nan(dev)) return nan_v<T>;
    const double diff = tp - mean;
    return static_cast<T>(diff != 0.0 && dev != 0.0 ? diff / (0.015 * (dev / n)) : 0.0);
  }

  ring<double> tp_;  // typical prices of the last period - 1 (then period) bars
  int period_;
};

}  // namespace detail

template <series H, series L, series C, output_series Out>
void cci(const H& high, const L& low, const C& close, Out&& out, int period = 14) {
  detail::check_period("cci", period, 2);
  auto [h, l, c, y] = detail::hlc_spans("cci", high, low, close, out);
  if (detail::warmup_only(cci_lookback(period), y)) return;
  detail::run_core(detail::cci_core(period), y, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> cci(const H& high, const L& low, const C& close,
                                                 int period = 14) {
  return detail::output_vector(high, [&](auto& out) { cci(high, low, close, out, period); });
}

template <class T>
class cci_stream : public detail::core_stream<T, detail::cci_core> {
 public:
  explicit cci_stream(int period = 14)
      : detail::core_stream<T, detail::cci_core>(
            detail::cci_core(detail::check_period("cci_stream", period, 2)), cci_lookback(period)) {
  }
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }
};

}  // namespace taspan
