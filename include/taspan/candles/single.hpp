#pragma once
// One-candle patterns: dojis, marubozus, lines, spinning tops, belt holds.
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

struct cdldoji_rule {
  static constexpr std::string_view name = "cdldoji";
  static constexpr std::array<candle_use, 1> uses{{candle_use{body_doji, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(body_doji);
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    return v.body(0) <= v.avg(body_doji, 0) ? 100 : 0;
  }
};

struct cdldragonflydoji_rule {
  static constexpr std::string_view name = "cdldragonflydoji";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_doji, 0}, candle_use{shadow_very_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_doji), s.period(shadow_very_short));
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) <= v.avg(body_doji, 0) &&
                     v.upper_shadow(0) < v.avg(shadow_very_short, 0) &&
                     v.lower_shadow(0) > v.avg(shadow_very_short, 0);
    return hit ? 100 : 0;
  }
};

struct cdlgravestonedoji_rule {
  static constexpr std::string_view name = "cdlgravestonedoji";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_doji, 0}, candle_use{shadow_very_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_doji), s.period(shadow_very_short));
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) <= v.avg(body_doji, 0) &&
                     v.lower_shadow(0) < v.avg(shadow_very_short, 0) &&
                     v.upper_shadow(0) > v.avg(shadow_very_short, 0);
    return hit ? 100 : 0;
  }
};

struct cdllongleggeddoji_rule {
  static constexpr std::string_view name = "cdllongleggeddoji";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_doji, 0}, candle_use{shadow_long, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_doji), s.period(shadow_long));
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit =
        v.body(0) <= v.avg(body_doji, 0) &&
        (v.lower_shadow(0) > v.avg(shadow_long, 0) || v.upper_shadow(0) > v.avg(shadow_long, 0));
    return hit ? 100 : 0;
  }
};

struct cdlrickshawman_rule {
  static constexpr std::string_view name = "cdlrickshawman";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{body_doji, 0}, candle_use{shadow_long, 0}, candle_use{near_distance, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_doji), s.period(shadow_long), s.period(near_distance)});
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const double middle = v.low(0) + v.hl_range(0) / 2;  // TA-Lib's order of additions
    const bool hit = v.body(0) <= v.avg(body_doji, 0) &&
                     v.lower_shadow(0) > v.avg(shadow_long, 0) &&
                     v.upper_shadow(0) > v.avg(shadow_long, 0) &&
                     v.body_bottom(0) <= middle + v.avg(near_distance, 0) &&
                     v.body_top(0) >= middle - v.avg(near_distance, 0);
    return hit ? 100 : 0;
  }
};

struct cdltakuri_rule {
  static constexpr std::string_view name = "cdltakuri";
  static constexpr std::array<candle_use, 3> uses{{candle_use{body_doji, 0},
                                                   candle_use{shadow_very_short, 0},
                                                   candle_use{shadow_very_long, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_doji), s.period(shadow_very_short), s.period(shadow_very_long)});
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) <= v.avg(body_doji, 0) &&
                     v.upper_shadow(0) < v.avg(shadow_very_short, 0) &&
                     v.lower_shadow(0) > v.avg(shadow_very_long, 0);
    return hit ? 100 : 0;
  }
};

struct cdlmarubozu_rule {
  static constexpr std::string_view name = "cdlmarubozu";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 0}, candle_use{shadow_very_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_long), s.period(shadow_very_short));
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) > v.avg(body_long, 0) &&
                     v.upper_shadow(0) < v.avg(shadow_very_short, 0) &&
                     v.lower_shadow(0) < v.avg(shadow_very_short, 0);
    return hit ? v.color(0) * 100 : 0;
  }
};

struct cdlclosingmarubozu_rule {
  static constexpr std::string_view name = "cdlclosingmarubozu";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 0}, candle_use{shadow_very_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_long), s.period(shadow_very_short));
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) > v.avg(body_long, 0) &&
                     ((v.color(0) == 1 && v.upper_shadow(0) < v.avg(shadow_very_short, 0)) ||
                      (v.color(0) == -1 && v.lower_shadow(0) < v.avg(shadow_very_short, 0)));
    return hit ? v.color(0) * 100 : 0;
  }
};

struct cdllongline_rule {
  static constexpr std::string_view name = "cdllongline";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 0}, candle_use{shadow_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_long), s.period(shadow_short));
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) > v.avg(body_long, 0) &&
                     v.upper_shadow(0) < v.avg(shadow_short, 0) &&
                     v.lower_shadow(0) < v.avg(shadow_short, 0);
    return hit ? v.color(0) * 100 : 0;
  }
};

struct cdlshortline_rule {
  static constexpr std::string_view name = "cdlshortline";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_short, 0}, candle_use{shadow_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(shadow_short));
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) < v.avg(body_short, 0) &&
                     v.upper_shadow(0) < v.avg(shadow_short, 0) &&
                     v.lower_shadow(0) < v.avg(shadow_short, 0);
    return hit ? v.color(0) * 100 : 0;
  }
};

struct cdlspinningtop_rule {
  static constexpr std::string_view name = "cdlspinningtop";
  static constexpr std::array<candle_use, 1> uses{{candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(body_short);
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) < v.avg(body_short, 0) && v.upper_shadow(0) > v.body(0) &&
                     v.lower_shadow(0) > v.body(0);
    return hit ? v.color(0) * 100 : 0;
  }
};

struct cdlhighwave_rule {
  static constexpr std::string_view name = "cdlhighwave";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_short, 0}, candle_use{shadow_very_long, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(shadow_very_long));
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) < v.avg(body_short, 0) &&
                     v.upper_shadow(0) > v.avg(shadow_very_long, 0) &&
                     v.lower_shadow(0) > v.avg(shadow_very_long, 0);
    return hit ? v.color(0) * 100 : 0;
  }
};

struct cdlbelthold_rule {
  static constexpr std::string_view name = "cdlbelthold";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 0}, candle_use{shadow_very_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_long), s.period(shadow_very_short));
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.body(0) > v.avg(body_long, 0) &&
                     ((v.color(0) == 1 && v.lower_shadow(0) < v.avg(shadow_very_short, 0)) ||
                      (v.color(0) == -1 && v.upper_shadow(0) < v.avg(shadow_very_short, 0)));
    return hit ? v.color(0) * 100 : 0;
  }
};

}  // namespace taspan::detail::cdl

namespace taspan {

// CDLDOJI, doji: +100 when the real body is doji-small.
[[nodiscard]] constexpr int cdldoji_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdldoji_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdldoji(const O& open, const H& high, const L& low, const C& close, Out&& out,
             const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdldoji_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdldoji(const O& open, const H& high, const L& low,
                                                     const C& close,
                                                     const candle_settings& settings = {}) {
  return detail::output_vector(close,
                               [&](auto& out) { cdldoji(open, high, low, close, out, settings); });
}
template <class T>
using cdldoji_stream = detail::candle_stream<T, detail::cdl::cdldoji_rule>;

// CDLDRAGONFLYDOJI, dragonfly doji: +100 for a doji with a long lower shadow and no upper one.
[[nodiscard]] constexpr int cdldragonflydoji_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdldragonflydoji_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdldragonflydoji(const O& open, const H& high, const L& low, const C& close, Out&& out,
                      const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdldragonflydoji_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdldragonflydoji(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdldragonflydoji(open, high, low, close, out, settings); });
}
template <class T>
using cdldragonflydoji_stream = detail::candle_stream<T, detail::cdl::cdldragonflydoji_rule>;

// CDLGRAVESTONEDOJI, gravestone doji: +100 for a doji with a long upper shadow and no lower one.
[[nodiscard]] constexpr int cdlgravestonedoji_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlgravestonedoji_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlgravestonedoji(const O& open, const H& high, const L& low, const C& close, Out&& out,
                       const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlgravestonedoji_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlgravestonedoji(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlgravestonedoji(open, high, low, close, out, settings); });
}
template <class T>
using cdlgravestonedoji_stream = detail::candle_stream<T, detail::cdl::cdlgravestonedoji_rule>;

// CDLLONGLEGGEDDOJI, long legged doji: +100 for a doji with a long shadow.
[[nodiscard]] constexpr int cdllongleggeddoji_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdllongleggeddoji_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdllongleggeddoji(const O& open, const H& high, const L& low, const C& close, Out&& out,
                       const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdllongleggeddoji_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdllongleggeddoji(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdllongleggeddoji(open, high, low, close, out, settings); });
}
template <class T>
using cdllongleggeddoji_stream = detail::candle_stream<T, detail::cdl::cdllongleggeddoji_rule>;

// CDLRICKSHAWMAN, rickshaw man: +100 for a long legged doji whose body is near the range's middle.
[[nodiscard]] constexpr int cdlrickshawman_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlrickshawman_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlrickshawman(const O& open, const H& high, const L& low, const C& close, Out&& out,
                    const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlrickshawman_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlrickshawman(const O& open, const H& high,
                                                            const L& low, const C& close,
                                                            const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlrickshawman(open, high, low, close, out, settings); });
}
template <class T>
using cdlrickshawman_stream = detail::candle_stream<T, detail::cdl::cdlrickshawman_rule>;

// CDLTAKURI, takuri: +100 for a dragonfly doji with a very long lower shadow.
[[nodiscard]] constexpr int cdltakuri_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdltakuri_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdltakuri(const O& open, const H& high, const L& low, const C& close, Out&& out,
               const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdltakuri_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdltakuri(const O& open, const H& high, const L& low,
                                                       const C& close,
                                                       const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdltakuri(open, high, low, close, out, settings); });
}
template <class T>
using cdltakuri_stream = detail::candle_stream<T, detail::cdl::cdltakuri_rule>;

// CDLMARUBOZU, marubozu: +-100 (its colour) for a long body with very short shadows.
[[nodiscard]] constexpr int cdlmarubozu_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlmarubozu_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlmarubozu(const O& open, const H& high, const L& low, const C& close, Out&& out,
                 const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlmarubozu_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlmarubozu(const O& open, const H& high, const L& low,
                                                         const C& close,
                                                         const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlmarubozu(open, high, low, close, out, settings); });
}
template <class T>
using cdlmarubozu_stream = detail::candle_stream<T, detail::cdl::cdlmarubozu_rule>;

// CDLCLOSINGMARUBOZU, closing marubozu: +-100 for a long body without a shadow at its close.
[[nodiscard]] constexpr int cdlclosingmarubozu_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlclosingmarubozu_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlclosingmarubozu(const O& open, const H& high, const L& low, const C& close, Out&& out,
                        const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlclosingmarubozu_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlclosingmarubozu(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlclosingmarubozu(open, high, low, close, out, settings); });
}
template <class T>
using cdlclosingmarubozu_stream = detail::candle_stream<T, detail::cdl::cdlclosingmarubozu_rule>;

// CDLLONGLINE, long line: +-100 for a long body with short shadows.
[[nodiscard]] constexpr int cdllongline_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdllongline_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdllongline(const O& open, const H& high, const L& low, const C& close, Out&& out,
                 const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdllongline_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdllongline(const O& open, const H& high, const L& low,
                                                         const C& close,
                                                         const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdllongline(open, high, low, close, out, settings); });
}
template <class T>
using cdllongline_stream = detail::candle_stream<T, detail::cdl::cdllongline_rule>;

// CDLSHORTLINE, short line: +-100 for a short body with short shadows.
[[nodiscard]] constexpr int cdlshortline_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlshortline_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlshortline(const O& open, const H& high, const L& low, const C& close, Out&& out,
                  const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlshortline_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlshortline(const O& open, const H& high,
                                                          const L& low, const C& close,
                                                          const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlshortline(open, high, low, close, out, settings); });
}
template <class T>
using cdlshortline_stream = detail::candle_stream<T, detail::cdl::cdlshortline_rule>;

// CDLSPINNINGTOP, spinning top: +-100 for a short body with shadows longer than it.
[[nodiscard]] constexpr int cdlspinningtop_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlspinningtop_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlspinningtop(const O& open, const H& high, const L& low, const C& close, Out&& out,
                    const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlspinningtop_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlspinningtop(const O& open, const H& high,
                                                            const L& low, const C& close,
                                                            const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlspinningtop(open, high, low, close, out, settings); });
}
template <class T>
using cdlspinningtop_stream = detail::candle_stream<T, detail::cdl::cdlspinningtop_rule>;

// CDLHIGHWAVE, high wave: +-100 for a short body with very long shadows.
[[nodiscard]] constexpr int cdlhighwave_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlhighwave_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlhighwave(const O& open, const H& high, const L& low, const C& close, Out&& out,
                 const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlhighwave_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlhighwave(const O& open, const H& high, const L& low,
                                                         const C& close,
                                                         const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlhighwave(open, high, low, close, out, settings); });
}
template <class T>
using cdlhighwave_stream = detail::candle_stream<T, detail::cdl::cdlhighwave_rule>;

// CDLBELTHOLD, belt hold: +-100 for a long body without a shadow at its open.
[[nodiscard]] constexpr int cdlbelthold_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlbelthold_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlbelthold(const O& open, const H& high, const L& low, const C& close, Out&& out,
                 const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlbelthold_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlbelthold(const O& open, const H& high, const L& low,
                                                         const C& close,
                                                         const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlbelthold(open, high, low, close, out, settings); });
}
template <class T>
using cdlbelthold_stream = detail::candle_stream<T, detail::cdl::cdlbelthold_rule>;

}  // namespace taspan
