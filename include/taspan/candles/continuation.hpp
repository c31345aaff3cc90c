#pragma once
// Four- and five-candle patterns: breakaway, ladder bottom, mat hold, three methods, concealing
// baby swallow, three-line strike.
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

struct cdlbreakaway_rule {
  static constexpr std::string_view name = "cdlbreakaway";
  static constexpr std::array<candle_use, 1> uses{{candle_use{body_long, 4}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(body_long) + 4;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    if (!(v.body(4) > v.avg(body_long, 4) && v.color(4) == v.color(3) && v.color(3) == v.color(1) &&
          v.color(1) == -v.color(0)))
      return 0;
    const bool bull = v.color(4) == -1 && v.body_gap_down(3, 4) && v.high(2) < v.high(3) &&
                      v.low(2) < v.low(3) && v.high(1) < v.high(2) && v.low(1) < v.low(2) &&
                      v.close(0) > v.open(3) && v.close(0) < v.close(4);
    const bool bear = v.color(4) == 1 && v.body_gap_up(3, 4) && v.high(2) > v.high(3) &&
                      v.low(2) > v.low(3) && v.high(1) > v.high(2) && v.low(1) > v.low(2) &&
                      v.close(0) < v.open(3) && v.close(0) > v.close(4);
    return bull || bear ? v.color(0) * 100 : 0;
  }
};

struct cdlladderbottom_rule {
  static constexpr std::string_view name = "cdlladderbottom";
  static constexpr std::array<candle_use, 1> uses{{candle_use{shadow_very_short, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(shadow_very_short) + 4;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(4) == -1 && v.color(3) == -1 && v.color(2) == -1 &&
                     v.open(4) > v.open(3) && v.open(3) > v.open(2) && v.close(4) > v.close(3) &&
                     v.close(3) > v.close(2) && v.color(1) == -1 &&
                     v.upper_shadow(1) > v.avg(shadow_very_short, 1) && v.color(0) == 1 &&
                     v.open(0) > v.open(1) && v.close(0) > v.high(1);
    return hit ? 100 : 0;
  }
};

struct cdlmathold_rule {
  static constexpr std::string_view name = "cdlmathold";
  static constexpr std::array<candle_use, 4> uses{
      {candle_use{body_long, 4}, candle_use{body_short, 3}, candle_use{body_short, 2},
       candle_use{body_short, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(body_long)) + 4;
  }
  double penetration = 0.5;
  // Implicit, so that cdlmathold_stream<T>(penetration) reads as the batch call.
  cdlmathold_rule(double pen = 0.5) : penetration(pen) {}
  void check(std::string_view function) const {
    check_non_negative(function, "penetration", penetration);
  }
  [[nodiscard]] int detect(const candle_view& v) const noexcept {
    const double lowest =
        v.close(4) - v.body(4) * penetration;  // the lowest the small bodies may go
    const bool hit = v.body(4) > v.avg(body_long, 4) && v.body(3) < v.avg(body_short, 3) &&
                     v.body(2) < v.avg(body_short, 2) && v.body(1) < v.avg(body_short, 1) &&
                     v.color(4) == 1 && v.color(3) == -1 && v.color(0) == 1 &&
                     v.body_gap_up(3, 4) && v.body_bottom(2) < v.close(4) &&
                     v.body_bottom(1) < v.close(4) && v.body_bottom(2) > lowest &&
                     v.body_bottom(1) > lowest && v.body_top(2) < v.open(3) &&
                     v.body_top(1) < v.body_top(2) && v.open(0) > v.close(1) &&
                     v.close(0) > std::max(std::max(v.high(3), v.high(2)), v.high(1));
    return hit ? 100 : 0;
  }
};

struct cdlrisefall3methods_rule {
  static constexpr std::string_view name = "cdlrisefall3methods";
  static constexpr std::array<candle_use, 5> uses{
      {candle_use{body_long, 4}, candle_use{body_short, 3}, candle_use{body_short, 2},
       candle_use{body_short, 1}, candle_use{body_long, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(body_long)) + 4;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const double c = v.color(4);  // TA-Lib compares price * colour
    const bool hit =
        v.body(4) > v.avg(body_long, 4) && v.body(3) < v.avg(body_short, 3) &&
        v.body(2) < v.avg(body_short, 2) && v.body(1) < v.avg(body_short, 1) &&
        v.body(0) > v.avg(body_long, 0) && v.color(4) == -v.color(3) && v.color(3) == v.color(2) &&
        v.color(2) == v.color(1) && v.color(1) == -v.color(0) && v.body_bottom(3) < v.high(4) &&
        v.body_top(3) > v.low(4) && v.body_bottom(2) < v.high(4) && v.body_top(2) > v.low(4) &&
        v.body_bottom(1) < v.high(4) && v.body_top(1) > v.low(4) &&
        v.close(2) * c < v.close(3) * c && v.close(1) * c < v.close(2) * c &&
        v.open(0) * c > v.close(1) * c && v.close(0) * c > v.close(4) * c;
    return hit ? 100 * v.color(4) : 0;
  }
};

struct cdlconcealbabyswall_rule {
  static constexpr std::string_view name = "cdlconcealbabyswall";
  static constexpr std::array<candle_use, 3> uses{{candle_use{shadow_very_short, 3},
                                                   candle_use{shadow_very_short, 2},
                                                   candle_use{shadow_very_short, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(shadow_very_short) + 3;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(3) == -1 && v.color(2) == -1 && v.color(1) == -1 && v.color(0) == -1 &&
                     v.lower_shadow(3) < v.avg(shadow_very_short, 3) &&
                     v.upper_shadow(3) < v.avg(shadow_very_short, 3) &&
                     v.lower_shadow(2) < v.avg(shadow_very_short, 2) &&
                     v.upper_shadow(2) < v.avg(shadow_very_short, 2) && v.body_gap_down(1, 2) &&
                     v.upper_shadow(1) > v.avg(shadow_very_short, 1) && v.high(1) > v.close(2) &&
                     v.high(0) > v.high(1) && v.low(0) < v.low(1);
    return hit ? 100 : 0;
  }
};

struct cdl3linestrike_rule {
  static constexpr std::string_view name = "cdl3linestrike";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{near_distance, 3}, candle_use{near_distance, 2}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(near_distance) + 3;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool row = v.color(3) == v.color(2) && v.color(2) == v.color(1) &&
                     v.color(0) == -v.color(1) &&
                     v.open(2) >= v.body_bottom(3) - v.avg(near_distance, 3) &&
                     v.open(2) <= v.body_top(3) + v.avg(near_distance, 3) &&
                     v.open(1) >= v.body_bottom(2) - v.avg(near_distance, 2) &&
                     v.open(1) <= v.body_top(2) + v.avg(near_distance, 2);
    const bool white = v.color(1) == 1 && v.close(1) > v.close(2) && v.close(2) > v.close(3) &&
                       v.open(0) > v.close(1) && v.close(0) < v.open(3);
    const bool black = v.color(1) == -1 && v.close(1) < v.close(2) && v.close(2) < v.close(3) &&
                       v.open(0) < v.close(1) && v.close(0) > v.open(3);
    return row && (white || black) ? v.color(1) * 100 : 0;
  }
};

}  // namespace taspan::detail::cdl

namespace taspan {

// CDLBREAKAWAY, breakaway: +-100 (the 5th candle's colour) for a long candle, a gap, three candles
// running on, a 5th closing inside the gap.
[[nodiscard]] constexpr int cdlbreakaway_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlbreakaway_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlbreakaway(const O& open, const H& high, const L& low, const C& close, Out&& out,
                  const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlbreakaway_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlbreakaway(const O& open, const H& high,
                                                          const L& low, const C& close,
                                                          const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlbreakaway(open, high, low, close, out, settings); });
}
template <class T>
using cdlbreakaway_stream = detail::candle_stream<T, detail::cdl::cdlbreakaway_rule>;

// CDLLADDERBOTTOM, ladder bottom: +100 for three falling black candles, a black one with an upper
// shadow, a white one gapping up.
[[nodiscard]] constexpr int cdlladderbottom_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlladderbottom_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlladderbottom(const O& open, const H& high, const L& low, const C& close, Out&& out,
                     const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlladderbottom_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlladderbottom(const O& open, const H& high,
                                                             const L& low, const C& close,
                                                             const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlladderbottom(open, high, low, close, out, settings); });
}
template <class T>
using cdlladderbottom_stream = detail::candle_stream<T, detail::cdl::cdlladderbottom_rule>;

// CDLMATHOLD, mat hold: +100 for a long white candle, three small ones holding above its body, a
// white one breaking out.
[[nodiscard]] constexpr int cdlmathold_lookback(double /*penetration*/ = 0.5,
                                                const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlmathold_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlmathold(const O& open, const H& high, const L& low, const C& close, Out&& out,
                double penetration = 0.5, const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlmathold_rule{penetration}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlmathold(const O& open, const H& high, const L& low,
                                                        const C& close, double penetration = 0.5,
                                                        const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlmathold(open, high, low, close, out, penetration, settings); });
}
template <class T>
using cdlmathold_stream = detail::candle_stream<T, detail::cdl::cdlmathold_rule>;

// CDLRISEFALL3METHODS, rising/falling three methods: +-100 (the 1st candle's colour) for a long
// candle, three small opposite ones inside its range, a long one closing beyond it.
[[nodiscard]] constexpr int cdlrisefall3methods_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlrisefall3methods_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlrisefall3methods(const O& open, const H& high, const L& low, const C& close, Out&& out,
                         const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlrisefall3methods_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlrisefall3methods(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlrisefall3methods(open, high, low, close, out, settings); });
}
template <class T>
using cdlrisefall3methods_stream = detail::candle_stream<T, detail::cdl::cdlrisefall3methods_rule>;

// CDLCONCEALBABYSWALL, concealing baby swallow: +100 for two black marubozus, a black candle
// gapping down into the 2nd's body, a black one engulfing it.
[[nodiscard]] constexpr int cdlconcealbabyswall_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlconcealbabyswall_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlconcealbabyswall(const O& open, const H& high, const L& low, const C& close, Out&& out,
                         const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlconcealbabyswall_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlconcealbabyswall(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlconcealbabyswall(open, high, low, close, out, settings); });
}
template <class T>
using cdlconcealbabyswall_stream = detail::candle_stream<T, detail::cdl::cdlconcealbabyswall_rule>;

// CDL3LINESTRIKE, three-line strike: +-100 (the three candles' colour) for three candles in a row,
// then one wiping them out.
[[nodiscard]] constexpr int cdl3linestrike_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdl3linestrike_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdl3linestrike(const O& open, const H& high, const L& low, const C& close, Out&& out,
                    const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdl3linestrike_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdl3linestrike(const O& open, const H& high,
                                                            const L& low, const C& close,
                                                            const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdl3linestrike(open, high, low, close, out, settings); });
}
template <class T>
using cdl3linestrike_stream = detail::candle_stream<T, detail::cdl::cdl3linestrike_rule>;

}  // namespace taspan
