#pragma once
// MINUS_DM, Wilder's smoothed minus directional movement (TA-Lib MINUS_DM):
// default period 14, lookback period - 1 (1 when period is 1).
//
//   up = high - prev_high, down = prev_low - low; one-bar -DM = down if down > up and down > 0,
//   else 0. -DM_n: the sum of the one-bar values of bars 1..n-1 (TA-Lib seeds with a sum, not an
//   average), then -DM_n = -DM_n - -DM_n/n + one-bar value on every later bar.
//
// NaN: a bar with a NaN high or low yields NaN and restarts the warm-up (the next bar is a first
// bar). Batch and streaming run the same step code (detail/directional.hpp): bit-identical.

#include "detail/directional.hpp"

namespace taspan {

[[nodiscard]] constexpr int minus_dm_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return detail::dm_lookback(period);
}

template <series H, series L, output_series Out>
void minus_dm(const H& high, const L& low, Out&& out, int period = 14) {
  detail::smoothed_dm<detail::dm_side::minus>(high, low, out, period);
}

template <series H, series L>
[[nodiscard]] std::vector<series_value_t<H>> minus_dm(const H& high, const L& low,
                                                      int period = 14) {
  return detail::output_vector(high, [&](auto& out) { minus_dm(high, low, out, period); });
}

// update(high, low) / peek(high, low) / ready() / reset() / lookback()
template <class T>
using minus_dm_stream = detail::smoothed_dm_stream<T, detail::dm_side::minus>;

}  // namespace taspan
