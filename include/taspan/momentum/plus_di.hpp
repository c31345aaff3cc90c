#pragma once
// PLUS_DI, Wilder's plus directional indicator (TA-Lib PLUS_DI):
// default period 14, lookback period.
//
//   +DI = 100 * +DM_n / TR_n, and 0 when TR_n == 0
//
// +DM_n and TR_n are Wilder-smoothed sums seeded as TA-Lib does: the one-bar values of bars
// 1..n-1 are summed, and bar n (the first output) and every later bar apply s = s - s/n + x.
// TA-Lib accepts period 1 and then returns DM/TR unscaled (without the factor 100); taspan
// returns 100 * DM/TR for every period.
// NaN: a bar with a NaN input yields NaN and restarts the warm-up. Batch == streaming bitwise.

#include "detail/wilder.hpp"

namespace taspan {

[[nodiscard]] constexpr int plus_di_lookback(int period = 14) noexcept { return period; }

namespace detail {

class plus_di_core {
 public:
  explicit plus_di_core(int period) noexcept : dm_(period), period_(period) {}
  template <real T>
  T step(T h, T l, T c) noexcept {
    if (!dm_.step(static_cast<double>(h), static_cast<double>(l), static_cast<double>(c)) ||
        dm_.count() < period_)
      return nan_v<T>;
    return static_cast<T>(dm_.plus_di());
  }
  [[nodiscard]] bool ready() const noexcept { return dm_.count() >= period_; }

 private:
  directional_core dm_;
  int period_;
};

}  // namespace detail

template <series H, series L, series C, output_series Out>
void plus_di(const H& high, const L& low, const C& close, Out&& out, int period = 14) {
  detail::check_period("plus_di", period);
  auto [h, l, c, y] = detail::hlc_spans("plus_di", high, low, close, out);
  detail::run_steps(detail::plus_di_core(period), h, l, c, y);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> plus_di(const H& high, const L& low, const C& close,
                                                     int period = 14) {
  std::vector<series_value_t<H>> out(std::ranges::size(high));
  plus_di(high, low, close, out, period);
  return out;
}

template <class T>
class plus_di_stream : public detail::step_stream<T, detail::plus_di_core> {
 public:
  explicit plus_di_stream(int period = 14)
      : detail::step_stream<T, detail::plus_di_core>(detail::plus_di_core(checked(period)),
                                                     plus_di_lookback(period)) {}
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->step_copy(high, low, close);
  }

 private:
  static int checked(int period) {
    detail::check_period("plus_di_stream", period);
    return period;
  }
};

}  // namespace taspan
