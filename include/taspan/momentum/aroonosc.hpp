#pragma once
// AROONOSC, Aroon oscillator (TA-Lib AROONOSC): default period 14 (>= 2), lookback period.
//
//   AROONOSC = aroonup - aroondown, computed as TA-Lib does: (100/period) * (hi - lo), with hi/lo
//   the bars of the highest high / lowest low of the last period + 1 bars (newest on ties).
//
// Values lie in [-100, 100]. NaN: as AROON. Batch and streaming run the same code: bit-identical.

#include "aroon.hpp"

namespace taspan {

[[nodiscard]] constexpr int aroonosc_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <series H, series L, output_series Out>
void aroonosc(const H& high, const L& low, Out&& out, int period = 14) {
  detail::check_period("aroonosc", period, 2);
  auto [h, l, y] = detail::hl_spans("aroonosc", high, low, out);
  if (detail::warmup_only(aroonosc_lookback(period), y)) return;
  detail::aroon_core<series_value_t<L>> core(period);
  for (std::size_t i = 0; i < l.size(); ++i) y[i] = core.step_osc(h[i], l[i]);
}

template <series H, series L>
[[nodiscard]] std::vector<series_value_t<H>> aroonosc(const H& high, const L& low,
                                                      int period = 14) {
  return detail::output_vector(high, [&](auto& out) { aroonosc(high, low, out, period); });
}

template <class T>
class aroonosc_stream {
  static_assert(is_real_v<T>, "taspan::aroonosc_stream<T>: T must be float or double");

 public:
  explicit aroonosc_stream(int period = 14)
      : core_(detail::check_period("aroonosc_stream", period, 2)), period_(period) {}
  T update(T high, T low) noexcept { return core_.step_osc(high, low); }
  [[nodiscard]] T peek(T high, T low) const noexcept { return core_.peek_osc(high, low); }
  [[nodiscard]] bool ready() const noexcept { return core_.ready(); }
  void reset() noexcept { core_.reset(); }
  [[nodiscard]] int lookback() const noexcept { return aroonosc_lookback(period_); }

 private:
  detail::aroon_core<T> core_;
  int period_;
};

}  // namespace taspan
