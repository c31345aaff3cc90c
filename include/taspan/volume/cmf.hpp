#pragma once
// CMF, Chaikin money flow (not in TA-Lib). Reference: TradingView's built-in "Chaikin Money Flow"
// (Pine v5):
//   clv = ((close - low) - (high - close)) / (high - low), 0 when high == low
//   cmf = sum(clv * volume, period) / sum(volume, period)
// 0 when the window's volume is 0 (no volume, no flow; Pine gives na). Default period 20.
// Lookback period - 1. In [-1, 1] on consistent bars (low <= close <= high, volume >= 0).
// Sums: taspan's rolling sums (no drift; a window's sum is that of its values only).
// NaN: windowed; a NaN in any input affects exactly the `period` windows that contain it.
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int cmf_lookback(int period = 20) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

// Chaikin's close location value times volume (the A/D line's increment).
[[nodiscard]] inline double money_flow_volume(double h, double l, double c, double v) noexcept {
  if (any_nan(h, l, c)) return nan_v<double>;
  const double range = h - l;
  return range > 0.0 ? ((c - l) - (h - c)) / range * v : 0.0 * v;
}

class cmf_core {
 public:
  static constexpr bool nan_aware = true;  // the window sums count NaN themselves
  explicit cmf_core(int period) : flow_(period, 1.0), volume_(period, 1.0) {}
  double step(double h, double l, double c, double v) noexcept {
    const double f = flow_.step(money_flow_volume(h, l, c, v));
    return ratio(f, volume_.step(v));
  }
  [[nodiscard]] double peek(double h, double l, double c, double v) const noexcept {
    return ratio(flow_.peek(money_flow_volume(h, l, c, v)), volume_.peek(v));
  }
  [[nodiscard]] bool ready() const noexcept { return volume_.ready(); }
  void reset() noexcept {
    flow_.reset();
    volume_.reset();
  }

 private:
  static double ratio(double flow, double volume) noexcept {
    return volume == 0.0 && flow == 0.0 ? 0.0 : flow / volume;
  }
  rolling_sum_core<double> flow_, volume_;
};

}  // namespace detail

template <series H, series L, series C, series V, output_series Out>
void cmf(const H& high, const L& low, const C& close, const V& volume, Out&& out, int period = 20) {
  detail::check_period("cmf", period);
  detail::check_same_sizes("cmf", {"high", "low", "close", "volume"}, high, low, close, volume);
  auto [h, l, c, v, y] =
      detail::spans_of("cmf", detail::inputs(high, low, close, volume), {"out"}, out);
  if (detail::warmup_only(cmf_lookback(period), y)) return;  // no state sized by the periods
  detail::run_core(detail::cmf_core(period), y, h, l, c, v);
}

template <series H, series L, series C, series V>
[[nodiscard]] std::vector<series_value_t<H>> cmf(const H& high, const L& low, const C& close,
                                                 const V& volume, int period = 20) {
  return detail::output_vector(high,
                               [&](auto& out) { cmf(high, low, close, volume, out, period); });
}

template <class T>
class cmf_stream : public detail::core_stream<T, detail::cmf_core> {
 public:
  explicit cmf_stream(int period = 20)
      : detail::core_stream<T, detail::cmf_core>(
            detail::cmf_core(detail::check_period("cmf_stream", period)), cmf_lookback(period)) {}
  T update(T high, T low, T close, T volume) noexcept {
    return this->step(high, low, close, volume);
  }
  [[nodiscard]] T peek(T high, T low, T close, T volume) const noexcept {
    return this->peek_step(high, low, close, volume);
  }
};

}  // namespace taspan
