#pragma once
// Hammers and shooting stars: small bodies with one long shadow.
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
#include <string_view>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/series_io.hpp"
#include "detail/engine.hpp"
#include "settings.hpp"

namespace taspan::detail::cdl {

// HAMMER and HANGINGMAN: a small body, a long lower shadow, almost no upper one.
[[nodiscard]] inline bool small_body_long_lower_shadow(const candle_view& v) noexcept {
  return v.body(0) < v.avg(body_short, 0) && v.lower_shadow(0) > v.avg(shadow_long, 0) &&
         v.upper_shadow(0) < v.avg(shadow_very_short, 0);
}

// INVERTEDHAMMER and SHOOTINGSTAR: a small body, a long upper shadow, almost no lower one.
[[nodiscard]] inline bool small_body_long_upper_shadow(const candle_view& v) noexcept {
  return v.body(0) < v.avg(body_short, 0) && v.upper_shadow(0) > v.avg(shadow_long, 0) &&
         v.lower_shadow(0) < v.avg(shadow_very_short, 0);
}

struct cdlhammer_rule {
  static constexpr std::string_view name = "cdlhammer";
  static constexpr std::array<candle_use, 4> uses{
      {candle_use{body_short, 0}, candle_use{shadow_long, 0}, candle_use{shadow_very_short, 0},
       candle_use{near_distance, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_short), s.period(shadow_long), s.period(shadow_very_short),
                     s.period(near_distance)}) +
           1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    return small_body_long_lower_shadow(v) && v.body_bottom(0) <= v.low(1) + v.avg(near_distance, 1)
               ? 100
               : 0;
  }
};

struct cdlhangingman_rule {
  static constexpr std::string_view name = "cdlhangingman";
  static constexpr std::array<candle_use, 4> uses{
      {candle_use{body_short, 0}, candle_use{shadow_long, 0}, candle_use{shadow_very_short, 0},
       candle_use{near_distance, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_short), s.period(shadow_long), s.period(shadow_very_short),
                     s.period(near_distance)}) +
           1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    return small_body_long_lower_shadow(v) &&
                   v.body_bottom(0) >= v.high(1) - v.avg(near_distance, 1)
               ? -100
               : 0;
  }
};

struct cdlinvertedhammer_rule {
  static constexpr std::string_view name = "cdlinvertedhammer";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{body_short, 0}, candle_use{shadow_long, 0}, candle_use{shadow_very_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_short), s.period(shadow_long), s.period(shadow_very_short)}) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    return small_body_long_upper_shadow(v) && v.body_gap_down(0, 1) ? 100 : 0;
  }
};

struct cdlshootingstar_rule {
  static constexpr std::string_view name = "cdlshootingstar";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{body_short, 0}, candle_use{shadow_long, 0}, candle_use{shadow_very_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_short), s.period(shadow_long), s.period(shadow_very_short)}) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    return small_body_long_upper_shadow(v) && v.body_gap_up(0, 1) ? -100 : 0;
  }
};

}  // namespace taspan::detail::cdl

namespace taspan {

// CDLHAMMER, hammer: +100 for a small body with a long lower shadow near the prior candle's low.
[[nodiscard]] constexpr int cdlhammer_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlhammer_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlhammer(const O& open, const H& high, const L& low, const C& close, Out&& out,
               const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlhammer_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlhammer(const O& open, const H& high, const L& low,
                                                       const C& close,
                                                       const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlhammer(open, high, low, close, out, settings); });
}
template <class T>
using cdlhammer_stream = detail::candle_stream<T, detail::cdl::cdlhammer_rule>;

// CDLHANGINGMAN, hanging man: -100 for a hammer's shape near the prior candle's high.
[[nodiscard]] constexpr int cdlhangingman_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlhangingman_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlhangingman(const O& open, const H& high, const L& low, const C& close, Out&& out,
                   const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlhangingman_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlhangingman(const O& open, const H& high,
                                                           const L& low, const C& close,
                                                           const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlhangingman(open, high, low, close, out, settings); });
}
template <class T>
using cdlhangingman_stream = detail::candle_stream<T, detail::cdl::cdlhangingman_rule>;

// CDLINVERTEDHAMMER, inverted hammer: +100 for a small body with a long upper shadow, gapping down.
[[nodiscard]] constexpr int cdlinvertedhammer_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlinvertedhammer_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlinvertedhammer(const O& open, const H& high, const L& low, const C& close, Out&& out,
                       const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlinvertedhammer_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlinvertedhammer(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlinvertedhammer(open, high, low, close, out, settings); });
}
template <class T>
using cdlinvertedhammer_stream = detail::candle_stream<T, detail::cdl::cdlinvertedhammer_rule>;

// CDLSHOOTINGSTAR, shooting star: -100 for a small body with a long upper shadow, gapping up.
[[nodiscard]] constexpr int cdlshootingstar_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlshootingstar_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlshootingstar(const O& open, const H& high, const L& low, const C& close, Out&& out,
                     const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlshootingstar_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlshootingstar(const O& open, const H& high,
                                                             const L& low, const C& close,
                                                             const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlshootingstar(open, high, low, close, out, settings); });
}
template <class T>
using cdlshootingstar_stream = detail::candle_stream<T, detail::cdl::cdlshootingstar_rule>;

}  // namespace taspan
