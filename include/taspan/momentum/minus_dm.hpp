#pragma once
// MINUS_DM, Wilder's smoothed minus directional movement (TA-Lib MINUS_DM):
// default period 14, lookback period - 1 (1 when period is 1).
//
//   up = high - prev_high, down = prev_low - low; one-bar -DM = down if down > up and down > 0,
//   else 0 -DM_n: the sum of the one-bar values of bars 1..n-1 (TA-Lib seeds with a sum, not an
//   average), then -DM_n = -DM_n - -DM_n/n + one-bar value on every later bar.
//
// NaN: a bar with a NaN high or low yields NaN and restarts the warm-up (the next bar is a first
// bar). Batch and streaming run the same step code: bit-identical.

#include "detail/wilder.hpp"

namespace taspan {

[[nodiscard]] constexpr int minus_dm_lookback(int period = 14) noexcept {
  return period > 1 ? period - 1 : 1;
}

namespace detail {

class minus_dm_core {
 public:
  explicit minus_dm_core(int period) noexcept : dm_(period), first_(period > 1 ? period - 1 : 1) {}
  template <real T>
  T step(T h, T l) noexcept {
    if (!dm_.step(static_cast<double>(h), static_cast<double>(l), static_cast<double>(l)) ||
        dm_.count() < first_)
      return nan_v<T>;
    return static_cast<T>(dm_.minus());
  }
  [[nodiscard]] bool ready() const noexcept { return dm_.count() >= first_; }

 private:
  directional_core dm_;
  int first_;
};

}  // namespace detail

template <series H, series L, output_series Out>
void minus_dm(const H& high, const L& low, Out&& out, int period = 14) {
  detail::check_period("minus_dm", period);
  auto [h, l, y] = detail::hl_spans("minus_dm", high, low, out);
  detail::run_steps(detail::minus_dm_core(period), h, l, y);
}

template <series H, series L>
[[nodiscard]] std::vector<series_value_t<H>> minus_dm(const H& high, const L& low,
                                                      int period = 14) {
  std::vector<series_value_t<H>> out(std::ranges::size(high));
  minus_dm(high, low, out, period);
  return out;
}

template <class T>
class minus_dm_stream : public detail::step_stream<T, detail::minus_dm_core> {
 public:
  explicit minus_dm_stream(int period = 14)
      : detail::step_stream<T, detail::minus_dm_core>(detail::minus_dm_core(checked(period)),
                                                      minus_dm_lookback(period)) {}
  T update(T high, T low) noexcept { return this->step(high, low); }
  [[nodiscard]] T peek(T high, T low) const noexcept { return this->step_copy(high, low); }

 private:
  static int checked(int period) {
    detail::check_period("minus_dm_stream", period);
    return period;
  }
};

}  // namespace taspan
