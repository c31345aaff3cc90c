#pragma once
// Gap patterns: tasuki gap, side-by-side white lines, gap three methods.
//
// Each pattern, as TA-Lib 0.6's CDL function of the same name (its rules, read from TA-Lib's C
// sources; its numbers, tested equal on real and synthetic bars): cdl<name>(open, high, low,
// close, out[, penetration], settings) into memory you own or as a vector, cdl<name>_lookback
// (TA-Lib's, from the settings' periods), and cdl<name>_stream<T> (update / peek / ready / reset /
// lookback; the batch's values bit for bit). Values are TA-Lib's integers as T: +-100 (bullish /
// bearish), +-80 where TA-Lib grades a weaker match, +-200 a confirmed hikkake, 0 none; the first
// lookback values are NaN. A bar with a NaN or infinite price gives NaN and restarts the pattern
// (NaN for the lookback bars after it): candles/detail/engine.hpp. Settings: candles/settings.hpp.

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/series_io.hpp"
#include "detail/engine.hpp"
#include "settings.hpp"

namespace taspan::detail::cdl {

struct cdltasukigap_rule {
  static constexpr std::string_view name = "cdltasukigap";
  static constexpr std::array<candle_use, 1> uses{{candle_use{near_distance, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(near_distance) + 2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool similar = std::fabs(v.body(1) - v.body(0)) < v.avg(near_distance, 1);
    const bool up = v.body_gap_up(1, 2) && v.color(1) == 1 && v.color(0) == -1 &&
                    v.open(0) < v.close(1) && v.open(0) > v.open(1) && v.close(0) < v.open(1) &&
                    v.close(0) > v.body_top(2) && similar;
    const bool down = v.body_gap_down(1, 2) && v.color(1) == -1 && v.color(0) == 1 &&
                      v.open(0) < v.open(1) && v.open(0) > v.close(1) && v.close(0) > v.open(1) &&
                      v.close(0) < v.body_bottom(2) && similar;
    return up || down ? v.color(1) * 100 : 0;
  }
};

struct cdlgapsidesidewhite_rule {
  static constexpr std::string_view name = "cdlgapsidesidewhite";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{near_distance, 1}, candle_use{equal_distance, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(near_distance), s.period(equal_distance)) + 2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool gap = (v.body_gap_up(1, 2) && v.body_gap_up(0, 2)) ||
                     (v.body_gap_down(1, 2) && v.body_gap_down(0, 2));
    const bool hit = gap && v.color(1) == 1 && v.color(0) == 1 &&
                     v.body(0) >= v.body(1) - v.avg(near_distance, 1) &&
                     v.body(0) <= v.body(1) + v.avg(near_distance, 1) &&
                     v.open(0) >= v.open(1) - v.avg(equal_distance, 1) &&
                     v.open(0) <= v.open(1) + v.avg(equal_distance, 1);
    if (!hit) return 0;
    return v.body_gap_up(1, 2) ? 100 : -100;
  }
};

struct cdlxsidegap3methods_rule {
  static constexpr std::string_view name = "cdlxsidegap3methods";
  static constexpr std::array<candle_use, 0> uses{};
  [[nodiscard]] static constexpr int lookback(const candle_settings& /*s*/) noexcept { return 2; }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit =
        v.color(2) == v.color(1) && v.color(1) == -v.color(0) && v.open(0) < v.body_top(1) &&
        v.open(0) > v.body_bottom(1) && v.close(0) < v.body_top(2) &&
        v.close(0) > v.body_bottom(2) &&
        ((v.color(2) == 1 && v.body_gap_up(1, 2)) || (v.color(2) == -1 && v.body_gap_down(1, 2)));
    return hit ? v.color(2) * 100 : 0;
  }
};

}  // namespace taspan::detail::cdl

namespace taspan {

// CDLTASUKIGAP, tasuki gap: +-100 (the gap's direction) for a gap, then a candle of similar size
// closing inside it.
[[nodiscard]] constexpr int cdltasukigap_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdltasukigap_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdltasukigap(const O& open, const H& high, const L& low, const C& close, Out&& out,
                  const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdltasukigap_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdltasukigap(const O& open, const H& high,
                                                          const L& low, const C& close,
                                                          const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdltasukigap(open, high, low, close, out, settings); });
}
template <class T>
using cdltasukigap_stream = detail::candle_stream<T, detail::cdl::cdltasukigap_rule>;

// CDLGAPSIDESIDEWHITE, up/down-gap side-by-side white lines: +-100 (the gap's direction) for two
// similar white candles after a gap.
[[nodiscard]] constexpr int cdlgapsidesidewhite_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlgapsidesidewhite_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlgapsidesidewhite(const O& open, const H& high, const L& low, const C& close, Out&& out,
                         const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlgapsidesidewhite_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlgapsidesidewhite(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlgapsidesidewhite(open, high, low, close, out, settings); });
}
template <class T>
using cdlgapsidesidewhite_stream = detail::candle_stream<T, detail::cdl::cdlgapsidesidewhite_rule>;

// CDLXSIDEGAP3METHODS, upside/downside gap three methods: +-100 (the 1st candle's colour) for a gap
// closed by an opposite candle.
[[nodiscard]] constexpr int cdlxsidegap3methods_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlxsidegap3methods_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlxsidegap3methods(const O& open, const H& high, const L& low, const C& close, Out&& out,
                         const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlxsidegap3methods_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlxsidegap3methods(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlxsidegap3methods(open, high, low, close, out, settings); });
}
template <class T>
using cdlxsidegap3methods_stream = detail::candle_stream<T, detail::cdl::cdlxsidegap3methods_rule>;

}  // namespace taspan
