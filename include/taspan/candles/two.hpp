#pragma once
// Two-candle patterns: engulfing, harami, doji star, piercing and its bearish twins, kicking,
// lines.
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

// HARAMI and HARAMICROSS after their body tests: the 2nd body strictly inside the 1st (100), or
// inside with one end matching (80), against the 1st candle's colour.
[[nodiscard]] inline int harami_value(const candle_view& v) noexcept {
  if (v.body_top(0) < v.body_top(1) && v.body_bottom(0) > v.body_bottom(1))
    return -v.color(1) * 100;
  if (v.body_top(0) <= v.body_top(1) && v.body_bottom(0) >= v.body_bottom(1))
    return -v.color(1) * 80;
  return 0;
}

// KICKING and KICKINGBYLENGTH: two opposite long marubozus with a gap between their ranges.
[[nodiscard]] inline bool kicking(const candle_view& v) noexcept {
  return v.color(1) == -v.color(0) && v.body(1) > v.avg(body_long, 1) &&
         v.upper_shadow(1) < v.avg(shadow_very_short, 1) &&
         v.lower_shadow(1) < v.avg(shadow_very_short, 1) && v.body(0) > v.avg(body_long, 0) &&
         v.upper_shadow(0) < v.avg(shadow_very_short, 0) &&
         v.lower_shadow(0) < v.avg(shadow_very_short, 0) &&
         ((v.color(1) == -1 && v.gap_up(0, 1)) || (v.color(1) == 1 && v.gap_down(0, 1)));
}

struct cdlengulfing_rule {
  static constexpr std::string_view name = "cdlengulfing";
  static constexpr std::array<candle_use, 0> uses{};
  [[nodiscard]] static constexpr int lookback(const candle_settings& /*s*/) noexcept { return 2; }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool white_engulfs = v.color(0) == 1 && v.color(1) == -1 &&
                               ((v.close(0) >= v.open(1) && v.open(0) < v.close(1)) ||
                                (v.close(0) > v.open(1) && v.open(0) <= v.close(1)));
    const bool black_engulfs = v.color(0) == -1 && v.color(1) == 1 &&
                               ((v.open(0) >= v.close(1) && v.close(0) < v.open(1)) ||
                                (v.open(0) > v.close(1) && v.close(0) <= v.open(1)));
    if (!white_engulfs && !black_engulfs) return 0;
    return v.open(0) != v.close(1) && v.close(0) != v.open(1) ? v.color(0) * 100 : v.color(0) * 80;
  }
};

struct cdlharami_rule {
  static constexpr std::string_view name = "cdlharami";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 1}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    if (!(v.body(1) > v.avg(body_long, 1) && v.body(0) <= v.avg(body_short, 0))) return 0;
    return harami_value(v);
  }
};

struct cdlharamicross_rule {
  static constexpr std::string_view name = "cdlharamicross";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 1}, candle_use{body_doji, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_doji), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    if (!(v.body(1) > v.avg(body_long, 1) && v.body(0) <= v.avg(body_doji, 0))) return 0;
    return harami_value(v);
  }
};

struct cdlhomingpigeon_rule {
  static constexpr std::string_view name = "cdlhomingpigeon";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 1}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(1) == -1 && v.color(0) == -1 && v.body(1) > v.avg(body_long, 1) &&
                     v.body(0) <= v.avg(body_short, 0) && v.open(0) < v.open(1) &&
                     v.close(0) > v.close(1);
    return hit ? 100 : 0;
  }
};

struct cdldojistar_rule {
  static constexpr std::string_view name = "cdldojistar";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 1}, candle_use{body_doji, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_doji), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit =
        v.body(1) > v.avg(body_long, 1) && v.body(0) <= v.avg(body_doji, 0) &&
        ((v.color(1) == 1 && v.body_gap_up(0, 1)) || (v.color(1) == -1 && v.body_gap_down(0, 1)));
    return hit ? -v.color(1) * 100 : 0;
  }
};

struct cdlpiercing_rule {
  static constexpr std::string_view name = "cdlpiercing";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{body_long, 1}, candle_use{body_long, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(body_long) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(1) == -1 && v.body(1) > v.avg(body_long, 1) && v.color(0) == 1 &&
                     v.body(0) > v.avg(body_long, 0) && v.open(0) < v.low(1) &&
                     v.close(0) < v.open(1) && v.close(0) > v.close(1) + v.body(1) * 0.5;
    return hit ? 100 : 0;
  }
};

struct cdldarkcloudcover_rule {
  static constexpr std::string_view name = "cdldarkcloudcover";
  static constexpr std::array<candle_use, 1> uses{{candle_use{body_long, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(body_long) + 1;
  }
  double penetration = 0.5;
  // Implicit, so that cdldarkcloudcover_stream<T>(penetration) reads as the batch call.
  cdldarkcloudcover_rule(double pen = 0.5) : penetration(pen) {}
  void check(std::string_view function) const {
    check_non_negative(function, "penetration", penetration);
  }
  [[nodiscard]] int detect(const candle_view& v) const noexcept {
    const bool hit = v.color(1) == 1 && v.body(1) > v.avg(body_long, 1) && v.color(0) == -1 &&
                     v.open(0) > v.high(1) && v.close(0) > v.open(1) &&
                     v.close(0) < v.close(1) - v.body(1) * penetration;
    return hit ? -100 : 0;
  }
};

struct cdlcounterattack_rule {
  static constexpr std::string_view name = "cdlcounterattack";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{equal_distance, 1}, candle_use{body_long, 1}, candle_use{body_long, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(equal_distance), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(1) == -v.color(0) && v.body(1) > v.avg(body_long, 1) &&
                     v.body(0) > v.avg(body_long, 0) &&
                     v.close(0) <= v.close(1) + v.avg(equal_distance, 1) &&
                     v.close(0) >= v.close(1) - v.avg(equal_distance, 1);
    return hit ? v.color(0) * 100 : 0;
  }
};

struct cdlinneck_rule {
  static constexpr std::string_view name = "cdlinneck";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{equal_distance, 1}, candle_use{body_long, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(equal_distance), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(1) == -1 && v.body(1) > v.avg(body_long, 1) && v.color(0) == 1 &&
                     v.open(0) < v.low(1) && v.close(0) <= v.close(1) + v.avg(equal_distance, 1) &&
                     v.close(0) >= v.close(1);
    return hit ? -100 : 0;
  }
};

struct cdlonneck_rule {
  static constexpr std::string_view name = "cdlonneck";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{equal_distance, 1}, candle_use{body_long, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(equal_distance), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(1) == -1 && v.body(1) > v.avg(body_long, 1) && v.color(0) == 1 &&
                     v.open(0) < v.low(1) && v.close(0) <= v.low(1) + v.avg(equal_distance, 1) &&
                     v.close(0) >= v.low(1) - v.avg(equal_distance, 1);
    return hit ? -100 : 0;
  }
};

struct cdlthrusting_rule {
  static constexpr std::string_view name = "cdlthrusting";
  static constexpr std::array<candle_use, 2> uses{
      {candle_use{equal_distance, 1}, candle_use{body_long, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(equal_distance), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(1) == -1 && v.body(1) > v.avg(body_long, 1) && v.color(0) == 1 &&
                     v.open(0) < v.low(1) && v.close(0) > v.close(1) + v.avg(equal_distance, 1) &&
                     v.close(0) <= v.close(1) + v.body(1) * 0.5;
    return hit ? -100 : 0;
  }
};

struct cdlkicking_rule {
  static constexpr std::string_view name = "cdlkicking";
  static constexpr std::array<candle_use, 4> uses{
      {candle_use{shadow_very_short, 1}, candle_use{shadow_very_short, 0}, candle_use{body_long, 1},
       candle_use{body_long, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(shadow_very_short), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    return kicking(v) ? v.color(0) * 100 : 0;
  }
};

struct cdlkickingbylength_rule {
  static constexpr std::string_view name = "cdlkickingbylength";
  static constexpr std::array<candle_use, 4> uses{
      {candle_use{shadow_very_short, 1}, candle_use{shadow_very_short, 0}, candle_use{body_long, 1},
       candle_use{body_long, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(shadow_very_short), s.period(body_long)) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    return kicking(v) ? v.color(v.body(0) > v.body(1) ? 0 : 1) * 100 : 0;
  }
};

struct cdlmatchinglow_rule {
  static constexpr std::string_view name = "cdlmatchinglow";
  static constexpr std::array<candle_use, 1> uses{{candle_use{equal_distance, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(equal_distance) + 1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit = v.color(1) == -1 && v.color(0) == -1 &&
                     v.close(0) <= v.close(1) + v.avg(equal_distance, 1) &&
                     v.close(0) >= v.close(1) - v.avg(equal_distance, 1);
    return hit ? 100 : 0;
  }
};

struct cdlseparatinglines_rule {
  static constexpr std::string_view name = "cdlseparatinglines";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{shadow_very_short, 0}, candle_use{body_long, 0}, candle_use{equal_distance, 1}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(shadow_very_short), s.period(body_long), s.period(equal_distance)}) +
           1;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    const bool hit =
        v.color(1) == -v.color(0) && v.open(0) <= v.open(1) + v.avg(equal_distance, 1) &&
        v.open(0) >= v.open(1) - v.avg(equal_distance, 1) && v.body(0) > v.avg(body_long, 0) &&
        ((v.color(0) == 1 && v.lower_shadow(0) < v.avg(shadow_very_short, 0)) ||
         (v.color(0) == -1 && v.upper_shadow(0) < v.avg(shadow_very_short, 0)));
    return hit ? v.color(0) * 100 : 0;
  }
};

}  // namespace taspan::detail::cdl

namespace taspan {

// CDLENGULFING, engulfing: +-100 (the 2nd candle's colour) when its body engulfs the 1st's, +-80
// when one end matches.
[[nodiscard]] constexpr int cdlengulfing_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlengulfing_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlengulfing(const O& open, const H& high, const L& low, const C& close, Out&& out,
                  const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlengulfing_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlengulfing(const O& open, const H& high,
                                                          const L& low, const C& close,
                                                          const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlengulfing(open, high, low, close, out, settings); });
}
template <class T>
using cdlengulfing_stream = detail::candle_stream<T, detail::cdl::cdlengulfing_rule>;

// CDLHARAMI, harami: +-100 (against the 1st candle's colour) for a short body inside a long one,
// +-80 when one end matches.
[[nodiscard]] constexpr int cdlharami_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlharami_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlharami(const O& open, const H& high, const L& low, const C& close, Out&& out,
               const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlharami_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlharami(const O& open, const H& high, const L& low,
                                                       const C& close,
                                                       const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlharami(open, high, low, close, out, settings); });
}
template <class T>
using cdlharami_stream = detail::candle_stream<T, detail::cdl::cdlharami_rule>;

// CDLHARAMICROSS, harami cross: a harami whose 2nd candle is a doji.
[[nodiscard]] constexpr int cdlharamicross_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlharamicross_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlharamicross(const O& open, const H& high, const L& low, const C& close, Out&& out,
                    const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlharamicross_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlharamicross(const O& open, const H& high,
                                                            const L& low, const C& close,
                                                            const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlharamicross(open, high, low, close, out, settings); });
}
template <class T>
using cdlharamicross_stream = detail::candle_stream<T, detail::cdl::cdlharamicross_rule>;

// CDLHOMINGPIGEON, homing pigeon: +100 for a short black body inside a long black one.
[[nodiscard]] constexpr int cdlhomingpigeon_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlhomingpigeon_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlhomingpigeon(const O& open, const H& high, const L& low, const C& close, Out&& out,
                     const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlhomingpigeon_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlhomingpigeon(const O& open, const H& high,
                                                             const L& low, const C& close,
                                                             const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlhomingpigeon(open, high, low, close, out, settings); });
}
template <class T>
using cdlhomingpigeon_stream = detail::candle_stream<T, detail::cdl::cdlhomingpigeon_rule>;

// CDLDOJISTAR, doji star: -+100 (against the 1st candle's colour) for a doji gapping away from a
// long body.
[[nodiscard]] constexpr int cdldojistar_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdldojistar_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdldojistar(const O& open, const H& high, const L& low, const C& close, Out&& out,
                 const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdldojistar_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdldojistar(const O& open, const H& high, const L& low,
                                                         const C& close,
                                                         const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdldojistar(open, high, low, close, out, settings); });
}
template <class T>
using cdldojistar_stream = detail::candle_stream<T, detail::cdl::cdldojistar_rule>;

// CDLPIERCING, piercing: +100 for a long white candle opening below a long black one's low and
// closing above its middle.
[[nodiscard]] constexpr int cdlpiercing_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlpiercing_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlpiercing(const O& open, const H& high, const L& low, const C& close, Out&& out,
                 const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlpiercing_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlpiercing(const O& open, const H& high, const L& low,
                                                         const C& close,
                                                         const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlpiercing(open, high, low, close, out, settings); });
}
template <class T>
using cdlpiercing_stream = detail::candle_stream<T, detail::cdl::cdlpiercing_rule>;

// CDLDARKCLOUDCOVER, dark cloud cover: -100 for a black candle opening above a long white one's
// high and closing deep into its body.
[[nodiscard]] constexpr int cdldarkcloudcover_lookback(
    double /*penetration*/ = 0.5, const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdldarkcloudcover_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdldarkcloudcover(const O& open, const H& high, const L& low, const C& close, Out&& out,
                       double penetration = 0.5, const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdldarkcloudcover_rule{penetration}, settings, open, high, low,
                       close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdldarkcloudcover(
    const O& open, const H& high, const L& low, const C& close, double penetration = 0.5,
    const candle_settings& settings = {}) {
  return detail::output_vector(close, [&](auto& out) {
    cdldarkcloudcover(open, high, low, close, out, penetration, settings);
  });
}
template <class T>
using cdldarkcloudcover_stream = detail::candle_stream<T, detail::cdl::cdldarkcloudcover_rule>;

// CDLCOUNTERATTACK, counterattack: +-100 (the 2nd candle's colour) for two long opposite candles
// closing equal.
[[nodiscard]] constexpr int cdlcounterattack_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlcounterattack_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlcounterattack(const O& open, const H& high, const L& low, const C& close, Out&& out,
                      const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlcounterattack_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlcounterattack(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlcounterattack(open, high, low, close, out, settings); });
}
template <class T>
using cdlcounterattack_stream = detail::candle_stream<T, detail::cdl::cdlcounterattack_rule>;

// CDLINNECK, in-neck: -100 for a white candle opening below a long black one's low and closing just
// into its body.
[[nodiscard]] constexpr int cdlinneck_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlinneck_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlinneck(const O& open, const H& high, const L& low, const C& close, Out&& out,
               const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlinneck_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlinneck(const O& open, const H& high, const L& low,
                                                       const C& close,
                                                       const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlinneck(open, high, low, close, out, settings); });
}
template <class T>
using cdlinneck_stream = detail::candle_stream<T, detail::cdl::cdlinneck_rule>;

// CDLONNECK, on-neck: -100 for a white candle opening below a long black one's low and closing at
// it.
[[nodiscard]] constexpr int cdlonneck_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlonneck_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlonneck(const O& open, const H& high, const L& low, const C& close, Out&& out,
               const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlonneck_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlonneck(const O& open, const H& high, const L& low,
                                                       const C& close,
                                                       const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlonneck(open, high, low, close, out, settings); });
}
template <class T>
using cdlonneck_stream = detail::candle_stream<T, detail::cdl::cdlonneck_rule>;

// CDLTHRUSTING, thrusting: -100 for a white candle opening below a long black one's low and closing
// into its body, under the middle.
[[nodiscard]] constexpr int cdlthrusting_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlthrusting_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlthrusting(const O& open, const H& high, const L& low, const C& close, Out&& out,
                  const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlthrusting_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlthrusting(const O& open, const H& high,
                                                          const L& low, const C& close,
                                                          const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlthrusting(open, high, low, close, out, settings); });
}
template <class T>
using cdlthrusting_stream = detail::candle_stream<T, detail::cdl::cdlthrusting_rule>;

// CDLKICKING, kicking: +-100 (the 2nd candle's colour) for two opposite marubozus with a gap
// between them.
[[nodiscard]] constexpr int cdlkicking_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlkicking_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlkicking(const O& open, const H& high, const L& low, const C& close, Out&& out,
                const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlkicking_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlkicking(const O& open, const H& high, const L& low,
                                                        const C& close,
                                                        const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlkicking(open, high, low, close, out, settings); });
}
template <class T>
using cdlkicking_stream = detail::candle_stream<T, detail::cdl::cdlkicking_rule>;

// CDLKICKINGBYLENGTH, kicking by length: a kicking, bull or bear as the longer marubozu.
[[nodiscard]] constexpr int cdlkickingbylength_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlkickingbylength_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlkickingbylength(const O& open, const H& high, const L& low, const C& close, Out&& out,
                        const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlkickingbylength_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlkickingbylength(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlkickingbylength(open, high, low, close, out, settings); });
}
template <class T>
using cdlkickingbylength_stream = detail::candle_stream<T, detail::cdl::cdlkickingbylength_rule>;

// CDLMATCHINGLOW, matching low: +100 for two black candles closing equal.
[[nodiscard]] constexpr int cdlmatchinglow_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlmatchinglow_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlmatchinglow(const O& open, const H& high, const L& low, const C& close, Out&& out,
                    const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlmatchinglow_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlmatchinglow(const O& open, const H& high,
                                                            const L& low, const C& close,
                                                            const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlmatchinglow(open, high, low, close, out, settings); });
}
template <class T>
using cdlmatchinglow_stream = detail::candle_stream<T, detail::cdl::cdlmatchinglow_rule>;

// CDLSEPARATINGLINES, separating lines: +-100 (the 2nd candle's colour) for opposite candles
// opening equal, the 2nd a belt hold.
[[nodiscard]] constexpr int cdlseparatinglines_lookback(
    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlseparatinglines_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlseparatinglines(const O& open, const H& high, const L& low, const C& close, Out&& out,
                        const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlseparatinglines_rule{}, settings, open, high, low, close,
                       out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlseparatinglines(
    const O& open, const H& high, const L& low, const C& close,
    const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlseparatinglines(open, high, low, close, out, settings); });
}
template <class T>
using cdlseparatinglines_stream = detail::candle_stream<T, detail::cdl::cdlseparatinglines_rule>;

}  // namespace taspan
