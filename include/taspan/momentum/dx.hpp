#pragma once
// DX, Wilder's directional movement index (TA-Lib DX): default period 14 (>= 2), lookback period.
//
//   DX = 100 * |+DI - -DI| / (+DI + -DI), with +DI/-DI as PLUS_DI/MINUS_DI (same smoothed sums)
//
// Where DX is undefined (TR_n == 0 or +DI + -DI == 0) TA-Lib repeats the previous DX (0 on the
// first bar); taspan does the same. Values lie in [0, 100].
// NaN: a bar with a NaN input yields NaN and restarts the warm-up. Batch == streaming bitwise.

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/directional.hpp"

namespace taspan {

[[nodiscard]] constexpr int dx_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

namespace detail {

class dx_core {
 public:
  static constexpr bool nan_aware = true;
  explicit dx_core(int period) noexcept : dm_(period), period_(period) {}
  template <real T>
  T step(T h, T l, T c) noexcept {
    if (!dm_.step(static_cast<double>(h), static_cast<double>(l), static_cast<double>(c)) ||
        dm_.count() < period_)
      return nan_v<T>;
    double d = 0.0;
    if (dm_.dx(d)) {
      dx_ = d;
    } else if (dm_.count() == period_) {
      dx_ = 0.0;
    }
    return static_cast<T>(dx_);
  }
  [[nodiscard]] bool ready() const noexcept { return dm_.count() >= period_; }

 private:
  directional_core dm_;
  int period_;
  double dx_ = 0.0;
};

}  // namespace detail

template <series H, series L, series C, output_series Out>
void dx(const H& high, const L& low, const C& close, Out&& out, int period = 14) {
  detail::check_period("dx", period, 2);
  auto [h, l, c, y] = detail::hlc_spans("dx", high, low, close, out);
  detail::run_core(detail::dx_core(period), y, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> dx(const H& high, const L& low, const C& close,
                                                int period = 14) {
  return detail::output_vector(high, [&](auto& out) { dx(high, low, close, out, period); });
}

template <class T>
class dx_stream : public detail::core_stream<T, detail::dx_core> {
 public:
  explicit dx_stream(int period = 14)
      : detail::core_stream<T, detail::dx_core>(
            detail::dx_core(detail::check_period("dx_stream", period, 2)), dx_lookback(period)) {}
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }
};

}  // namespace taspan
