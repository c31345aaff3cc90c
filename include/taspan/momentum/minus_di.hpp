#pragma once
// MINUS_DI, Wilder's minus directional indicator (TA-Lib MINUS_DI):
// default period 14, lookback period.
//
//   -DI = 100 * -DM_n / TR_n, and 0 when TR_n == 0
//
// -DM_n and TR_n are Wilder-smoothed sums seeded as TA-Lib does: the one-bar values of bars
// 1..n-1 are summed, and bar n (the first output) and every later bar apply s = s - s/n + x.
// TA-Lib accepts period 1 and then returns DM/TR unscaled (without the factor 100); taspan
// returns 100 * DM/TR for every period.
// NaN: a bar with a NaN input yields NaN and restarts the warm-up. Batch == streaming bitwise.

#include "detail/directional.hpp"

namespace taspan {

[[nodiscard]] constexpr int minus_di_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <series H, series L, series C, output_series Out>
void minus_di(const H& high, const L& low, const C& close, Out&& out, int period = 14) {
  detail::directional_index<detail::dm_side::minus>(high, low, close, out, period);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> minus_di(const H& high, const L& low, const C& close,
                                                      int period = 14) {
  return detail::output_vector(high, [&](auto& out) { minus_di(high, low, close, out, period); });
}

// update(high, low, close) / peek(high, low, close) / ready() / reset() / lookback()
template <class T>
using minus_di_stream = detail::directional_index_stream<T, detail::dm_side::minus>;

}  // namespace taspan
