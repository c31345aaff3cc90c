#pragma once
// Floor-trader pivot points with session boundaries taken from timestamps: every base bar gets the
// levels of the last session (or any larger bar: a week, a month) closed by then, so intraday bars
// see the previous day's levels and never the day in progress.
//
//   P = (H + L + C) / 3,  R1 = 2P - L,  S1 = 2P - H,  R2 = P + (H - L),  S2 = P - (H - L)
// with H, L, C the high, low and close of that session (resampled by bars.hpp; the session and
// calendar from bin_options). NaN until the first session has closed; a NaN in a session's bars
// gives NaN levels for the bars that see it (resample's NaN rule). Not a TA-Lib function.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "align.hpp"
#include "bars.hpp"

namespace taspan {

template <class T>
struct session_pivots_result {
  std::vector<T> pivot, r1, s1, r2, s2;  // one entry per base bar
};

template <series H, series L, series C>
[[nodiscard]] session_pivots_result<series_value_t<C>> session_pivots(
    std::span<const timestamp> times, const H& high, const L& low, const C& close,
    const bin_options& options, bar_size period = {bar_unit::day, 1}) {
  using T = series_value_t<C>;
  const std::size_t n = times.size();
  detail::check_size("session_pivots", "high", std::ranges::size(high), "times", n);
  detail::check_size("session_pivots", "low", std::ranges::size(low), "times", n);
  detail::check_size("session_pivots", "close", std::ranges::size(close), "times", n);
  const std::span<const T> none;
  const auto s = resample(times, none, high, low, close, none, period, options);
  session_pivots_result<T> levels;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const T p = (s.high[k] + s.low[k] + s.close[k]) / T(3);
    const T range = s.high[k] - s.low[k];
    levels.pivot.push_back(p);
    levels.r1.push_back(T(2) * p - s.low[k]);
    levels.s1.push_back(T(2) * p - s.high[k]);
    levels.r2.push_back(p + range);
    levels.s2.push_back(p - range);
  }
  const std::span<const std::size_t> closed(s.closed_at);
  return {align(closed, levels.pivot, n), align(closed, levels.r1, n), align(closed, levels.s1, n),
          align(closed, levels.r2, n), align(closed, levels.s2, n)};
}

}  // namespace taspan
