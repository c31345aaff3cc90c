#pragma once
// Three-candle patterns: crows and soldiers, advance block, stalled pattern, three inside/outside,
// unique three river, stick sandwich.
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

struct cdl2crows_rule {
  static constexpr std::string_view name = "cdl2crows";
  static constexpr std::array<candle_use, 1> uses{{candle_use{body_long, 2}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(body_long) + 2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(2) == 1 && v.body(2) > v.avg(body_long, 2) && v.color(1) == -1 &&
                     v.body_gap_up(1, 2) && v.color(0) == -1 && v.open(0) < v.open(1) &&
                     v.open(0) > v.close(1) && v.close(0) > v.open(2) && v.close(0) < v.close(2);
    return hit ? -100 : 0;
  }
};

struct cdl3blackcrows_rule {
  static constexpr std::string_view name = "cdl3blackcrows";
  static constexpr std::array<candle_use, 3> uses{{candle_use{shadow_very_short, 2},
                                                   candle_use{shadow_very_short, 1},
                                                   candle_use{shadow_very_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(shadow_very_short) + 3;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(3) == 1 && v.color(2) == -1 &&
                     v.lower_shadow(2) < v.avg(shadow_very_short, 2) && v.color(1) == -1 &&
                     v.lower_shadow(1) < v.avg(shadow_very_short, 1) && v.color(0) == -1 &&
                     v.lower_shadow(0) < v.avg(shadow_very_short, 0) && v.open(1) < v.open(2) &&
                     v.open(1) > v.close(2) && v.open(0) < v.open(1) && v.open(0) > v.close(1) &&
                     v.high(3) > v.close(2) && v.close(2) > v.close(1) && v.close(1) > v.close(0);
    return hit ? -100 : 0;
  }
};

struct cdl3whitesoldiers_rule {
  static constexpr std::string_view name = "cdl3whitesoldiers";
  static constexpr std::array<candle_use, 8> uses{
      {candle_use{shadow_very_short, 2}, candle_use{shadow_very_short, 1},
       candle_use{shadow_very_short, 0}, candle_use{near_distance, 2}, candle_use{near_distance, 1},
       candle_use{far_distance, 2}, candle_use{far_distance, 1}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(shadow_very_short), s.period(body_short), s.period(far_distance),
                     s.period(near_distance)}) +
           2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(2) == 1 && v.upper_shadow(2) < v.avg(shadow_very_short, 2) &&
                     v.color(1) == 1 && v.upper_shadow(1) < v.avg(shadow_very_short, 1) &&
                     v.color(0) == 1 && v.upper_shadow(0) < v.avg(shadow_very_short, 0) &&
                     v.close(0) > v.close(1) && v.close(1) > v.close(2) && v.open(1) > v.open(2) &&
                     v.open(1) <= v.close(2) + v.avg(near_distance, 2) && v.open(0) > v.open(1) &&
                     v.open(0) <= v.close(1) + v.avg(near_distance, 1) &&
                     v.body(1) > v.body(2) - v.avg(far_distance, 2) &&
                     v.body(0) > v.body(1) - v.avg(far_distance, 1) &&
                     v.body(0) > v.avg(body_short, 0);
    return hit ? 100 : 0;
  }
};

struct cdladvanceblock_rule {
  static constexpr std::string_view name = "cdladvanceblock";
  static constexpr std::array<candle_use, 10> uses{
      {candle_use{shadow_short, 2}, candle_use{shadow_short, 1}, candle_use{shadow_short, 0},
       candle_use{shadow_long, 1}, candle_use{shadow_long, 0}, candle_use{near_distance, 2},
       candle_use{near_distance, 1}, candle_use{far_distance, 2}, candle_use{far_distance, 1},
       candle_use{body_long, 2}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(shadow_long), s.period(shadow_short), s.period(far_distance),
                     s.period(near_distance), s.period(body_long)}) +
           2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool rising =
        v.color(2) == 1 && v.color(1) == 1 && v.color(0) == 1 && v.close(0) > v.close(1) &&
        v.close(1) > v.close(2) && v.open(1) > v.open(2) &&
        v.open(1) <= v.close(2) + v.avg(near_distance, 2) && v.open(0) > v.open(1) &&
        v.open(0) <= v.close(1) + v.avg(near_distance, 1) && v.body(2) > v.avg(body_long, 2) &&
        v.upper_shadow(2) < v.avg(shadow_short, 2);
    if (!rising) return 0;
    const bool weakening = (v.body(1) < v.body(2) - v.avg(far_distance, 2) &&
                            v.body(0) < v.body(1) + v.avg(near_distance, 1)) ||
                           v.body(0) < v.body(1) - v.avg(far_distance, 1) ||
                           (v.body(0) < v.body(1) && v.body(1) < v.body(2) &&
                            (v.upper_shadow(0) > v.avg(shadow_short, 0) ||
                             v.upper_shadow(1) > v.avg(shadow_short, 1))) ||
                           (v.body(0) < v.body(1) && v.upper_shadow(0) > v.avg(shadow_long, 0));
    return weakening ? -100 : 0;
  }
};

struct cdlstalledpattern_rule {
  static constexpr std::string_view name = "cdlstalledpattern";
  static constexpr std::array<candle_use, 6> uses{
      {candle_use{body_long, 2}, candle_use{body_long, 1}, candle_use{body_short, 0},
       candle_use{shadow_very_short, 1}, candle_use{near_distance, 2},
       candle_use{near_distance, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_long), s.period(body_short), s.period(shadow_very_short),
                     s.period(near_distance)}) +
           2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(2) == 1 && v.color(1) == 1 && v.color(0) == 1 &&
                     v.close(0) > v.close(1) && v.close(1) > v.close(2) &&
                     v.body(2) > v.avg(body_long, 2) && v.body(1) > v.avg(body_long, 1) &&
                     v.upper_shadow(1) < v.avg(shadow_very_short, 1) && v.open(1) > v.open(2) &&
                     v.open(1) <= v.close(2) + v.avg(near_distance, 2) &&
                     v.body(0) < v.avg(body_short, 0) &&
                     v.open(0) >= v.close(1) - v.body(0) - v.avg(near_distance, 1);
    return hit ? -100 : 0;
  }
};

struct cdlidentical3crows_rule {
  static constexpr std::string_view name = "cdlidentical3crows";
  static constexpr std::array<candle_use, 5> uses{
      {candle_use{shadow_very_short, 2}, candle_use{shadow_very_short, 1},
       candle_use{shadow_very_short, 0}, candle_use{equal_distance, 2},
       candle_use{equal_distance, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(shadow_very_short), s.period(equal_distance)) + 2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(2) == -1 && v.lower_shadow(2) < v.avg(shadow_very_short, 2) &&
                     v.color(1) == -1 && v.lower_shadow(1) < v.avg(shadow_very_short, 1) &&
                     v.color(0) == -1 && v.lower_shadow(0) < v.avg(shadow_very_short, 0) &&
                     v.close(2) > v.close(1) && v.close(1) > v.close(0) &&
                     v.open(1) <= v.close(2) + v.avg(equal_distance, 2) &&
                     v.open(1) >= v.close(2) - v.avg(equal_distance, 2) &&
                     v.open(0) <= v.close(1) + v.avg(equal_distance, 1) &&
                     v.open(0) >= v.close(1) - v.avg(equal_distance, 1);
    return hit ? -100 : 0;
  }
};

struct cdl3inside_rule {
  static constexpr std::string_view name = "cdl3inside";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 2}, candle_use{body_short, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(body_long)) + 2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(2) > v.avg(body_long, 2) && v.body(1) <= v.avg(body_short, 1) &&
                     v.body_top(1) < v.body_top(2) && v.body_bottom(1) > v.body_bottom(2) &&
                     ((v.color(2) == 1 && v.color(0) == -1 && v.close(0) < v.open(2)) ||
                      (v.color(2) == -1 && v.color(0) == 1 && v.close(0) > v.open(2)));
    return hit ? -v.color(2) * 100 : 0;
  }
};

struct cdl3outside_rule {
  static constexpr std::string_view name = "cdl3outside";
  static constexpr std::array<candle_use, 0> uses{};
  [[nodiscard]] static constexpr int lookback(const candle_settings& /*s*/) noexcept { return 3; }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool up = v.color(1) == 1 && v.color(2) == -1 && v.close(1) > v.open(2) &&
                    v.open(1) < v.close(2) && v.close(0) > v.close(1);
    const bool down = v.color(1) == -1 && v.color(2) == 1 && v.open(1) > v.close(2) &&
                      v.close(1) < v.open(2) && v.close(0) < v.close(1);
    return up || down ? v.color(1) * 100 : 0;
  }
};

struct cdl3starsinsouth_rule {
  static constexpr std::string_view name = "cdl3starsinsouth";
  static constexpr std::array<candle_use, 5> uses{
      {candle_use{body_long, 2}, candle_use{shadow_long, 2}, candle_use{shadow_very_short, 1},
       candle_use{shadow_very_short, 0}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(shadow_very_short), s.period(shadow_long), s.period(body_long),
                     s.period(body_short)}) +
           2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(2) == -1 && v.color(1) == -1 && v.color(0) == -1 &&
                     v.body(2) > v.avg(body_long, 2) && v.lower_shadow(2) > v.avg(shadow_long, 2) &&
                     v.body(1) < v.body(2) && v.open(1) > v.close(2) && v.open(1) <= v.high(2) &&
                     v.low(1) < v.close(2) && v.low(1) >= v.low(2) &&
                     v.lower_shadow(1) > v.avg(shadow_very_short, 1) &&
                     v.body(0) < v.avg(body_short, 0) &&
                     v.lower_shadow(0) < v.avg(shadow_very_short, 0) &&
                     v.upper_shadow(0) < v.avg(shadow_very_short, 0) && v.low(0) > v.low(1) &&
                     v.high(0) < v.high(1);
    return hit ? 100 : 0;
  }
};

struct cdlunique3river_rule {
  static constexpr std::string_view name = "cdlunique3river";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 2}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(body_long)) + 2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(2) > v.avg(body_long, 2) && v.color(2) == -1 && v.color(1) == -1 &&
                     v.close(1) > v.close(2) && v.open(1) <= v.open(2) && v.low(1) < v.low(2) &&
                     v.body(0) < v.avg(body_short, 0) && v.color(0) == 1 && v.open(0) > v.low(1);
    return hit ? 100 : 0;
  }
};

struct cdlupsidegap2crows_rule {
  static constexpr std::string_view name = "cdlupsidegap2crows";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 2}, candle_use{body_short, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(body_long)) + 2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(2) == 1 && v.body(2) > v.avg(body_long, 2) && v.color(1) == -1 &&
                     v.body(1) <= v.avg(body_short, 1) && v.body_gap_up(1, 2) && v.color(0) == -1 &&
                     v.open(0) > v.open(1) && v.close(0) < v.close(1) && v.close(0) > v.close(2);
    return hit ? -100 : 0;
  }
};

struct cdlsticksandwich_rule {
  static constexpr std::string_view name = "cdlsticksandwich";
  static constexpr std::array<candle_use, 1> uses{{candle_use{equal_distance, 2}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(equal_distance) + 2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(2) == -1 && v.color(1) == 1 && v.color(0) == -1 &&
                     v.low(1) > v.close(2) && v.close(0) <= v.close(2) + v.avg(equal_distance, 2) &&
                     v.close(0) >= v.close(2) - v.avg(equal_distance, 2);
    return hit ? 100 : 0;
  }
};

}  // namespace taspan::detail::cdl

namespace taspan {

// CDL2CROWS, two crows: -100 for a long white candle, a black one gapping up, a black one closing
// inside the first.
[[nodiscard]] constexpr int cdl2crows_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdl2crows_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdl2crows(const O& open, const H& high, const L& low, const C& close, Out&& out,
               const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdl2crows_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdl2crows(const O& open, const H& high, const L& low,
                                                       const C& close,
                                                       const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdl2crows(open, high, low, close, out, settings); });
}
template <class T>
using cdl2crows_stream = detail::candle_stream<T, detail::cdl::cdl2crows_rule>;

// CDL3BLACKCROWS, three black crows: -100 for three declining black candles closing near their
// lows, after a white one.
[[nodiscard]] constexpr int cdl3blackcrows_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdl3blackcrows_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdl3blackcrows(const O& open, const H& high, const L& low, const C& close, Out&& out,
                    const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdl3blackcrows_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdl3blackcrows(const O& open, const H& high,
                                                            const L& low, const C& close,
                                                            const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdl3blackcrows(open, high, low, close, out, settings); });
}
template <class T>
using cdl3blackcrows_stream = detail::candle_stream<T, detail::cdl::cdl3blackcrows_rule>;

// CDL3WHITESOLDIERS, three white soldiers: +100 for three rising white candles closing near their
// highs.
[[nodiscard]] constexpr int cdl3whitesoldiers_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdl3whitesoldiers_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdl3whitesoldiers(const O& open, const H& high, const L& low, const C& close, Out&& out,
                       const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdl3whitesoldiers_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdl3whitesoldiers(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdl3whitesoldiers(open, high, low, close, out, settings); });
}
template <class T>
using cdl3whitesoldiers_stream = detail::candle_stream<T, detail::cdl::cdl3whitesoldiers_rule>;

// CDLADVANCEBLOCK, advance block: -100 for three rising white candles losing strength.
[[nodiscard]] constexpr int cdladvanceblock_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdladvanceblock_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdladvanceblock(const O& open, const H& high, const L& low, const C& close, Out&& out,
                     const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdladvanceblock_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdladvanceblock(const O& open, const H& high,
                                                             const L& low, const C& close,
                                                             const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdladvanceblock(open, high, low, close, out, settings); });
}
template <class T>
using cdladvanceblock_stream = detail::candle_stream<T, detail::cdl::cdladvanceblock_rule>;

// CDLSTALLEDPATTERN, stalled pattern: -100 for two long white candles and a small one riding on the
// second.
[[nodiscard]] constexpr int cdlstalledpattern_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlstalledpattern_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlstalledpattern(const O& open, const H& high, const L& low, const C& close, Out&& out,
                       const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlstalledpattern_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlstalledpattern(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlstalledpattern(open, high, low, close, out, settings); });
}
template <class T>
using cdlstalledpattern_stream = detail::candle_stream<T, detail::cdl::cdlstalledpattern_rule>;

// CDLIDENTICAL3CROWS, identical three crows: -100 for three declining black candles, each opening
// at the prior close.
[[nodiscard]] constexpr int cdlidentical3crows_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlidentical3crows_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlidentical3crows(const O& open, const H& high, const L& low, const C& close, Out&& out,
                        const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlidentical3crows_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlidentical3crows(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlidentical3crows(open, high, low, close, out, settings); });
}
template <class T>
using cdlidentical3crows_stream = detail::candle_stream<T, detail::cdl::cdlidentical3crows_rule>;

// CDL3INSIDE, three inside up/down: a harami confirmed by a 3rd candle closing beyond the 1st's
// open; +-100 against the 1st candle's colour.
[[nodiscard]] constexpr int cdl3inside_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdl3inside_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdl3inside(const O& open, const H& high, const L& low, const C& close, Out&& out,
                const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdl3inside_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdl3inside(const O& open, const H& high, const L& low,
                                                        const C& close,
                                                        const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdl3inside(open, high, low, close, out, settings); });
}
template <class T>
using cdl3inside_stream = detail::candle_stream<T, detail::cdl::cdl3inside_rule>;

// CDL3OUTSIDE, three outside up/down: an engulfing confirmed by a 3rd candle closing further; +-100
// the engulfing candle's colour.
[[nodiscard]] constexpr int cdl3outside_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdl3outside_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdl3outside(const O& open, const H& high, const L& low, const C& close, Out&& out,
                 const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdl3outside_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdl3outside(const O& open, const H& high, const L& low,
                                                         const C& close,
                                                         const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdl3outside(open, high, low, close, out, settings); });
}
template <class T>
using cdl3outside_stream = detail::candle_stream<T, detail::cdl::cdl3outside_rule>;

// CDL3STARSINSOUTH, three stars in the south: +100 for three black candles shrinking into a small
// marubozu.
[[nodiscard]] constexpr int cdl3starsinsouth_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdl3starsinsouth_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdl3starsinsouth(const O& open, const H& high, const L& low, const C& close, Out&& out,
                      const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdl3starsinsouth_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdl3starsinsouth(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdl3starsinsouth(open, high, low, close, out, settings); });
}
template <class T>
using cdl3starsinsouth_stream = detail::candle_stream<T, detail::cdl::cdl3starsinsouth_rule>;

// CDLUNIQUE3RIVER, unique three river: +100 for a long black candle, a black harami with a lower
// low, a small white candle.
[[nodiscard]] constexpr int cdlunique3river_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlunique3river_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlunique3river(const O& open, const H& high, const L& low, const C& close, Out&& out,
                     const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlunique3river_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlunique3river(const O& open, const H& high,
                                                             const L& low, const C& close,
                                                             const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlunique3river(open, high, low, close, out, settings); });
}
template <class T>
using cdlunique3river_stream = detail::candle_stream<T, detail::cdl::cdlunique3river_rule>;

// CDLUPSIDEGAP2CROWS, upside gap two crows: -100 for a long white candle, a small black one gapping
// up, a black one engulfing it.
[[nodiscard]] constexpr int cdlupsidegap2crows_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlupsidegap2crows_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlupsidegap2crows(const O& open, const H& high, const L& low, const C& close, Out&& out,
                        const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlupsidegap2crows_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlupsidegap2crows(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlupsidegap2crows(open, high, low, close, out, settings); });
}
template <class T>
using cdlupsidegap2crows_stream = detail::candle_stream<T, detail::cdl::cdlupsidegap2crows_rule>;

// CDLSTICKSANDWICH, stick sandwich: +100 for black, white, black with the black ones closing equal.
[[nodiscard]] constexpr int cdlsticksandwich_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlsticksandwich_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlsticksandwich(const O& open, const H& high, const L& low, const C& close, Out&& out,
                      const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlsticksandwich_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlsticksandwich(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlsticksandwich(open, high, low, close, out, settings); });
}
template <class T>
using cdlsticksandwich_stream = detail::candle_stream<T, detail::cdl::cdlsticksandwich_rule>;

}  // namespace taspan
