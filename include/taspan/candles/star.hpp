#pragma once
// Stars: morning and evening (doji) stars, abandoned baby, tristar.
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

// MORNINGSTAR, EVENINGSTAR and their doji forms: a long candle of colour `first`, a star (its
// body `star_body`-short) gapping away from it, then a candle of the other colour, not short,
// closing `penetration` of the first body deep into it.
[[nodiscard]] inline bool star(const candle_view& v, int first, candle_setting_type star_body,
                               double penetration) noexcept {
  const bool frame = v.body(2) > v.avg(body_long, 2) && v.color(2) == first &&
                     v.body(1) <= v.avg(star_body, 1) && v.body(0) > v.avg(body_short, 0) &&
                     v.color(0) == -first;
  if (!frame) return false;
  if (first == -1)  // morning: gap down, close up into the black body
    return v.body_gap_down(1, 2) && v.close(0) > v.close(2) + v.body(2) * penetration;
  return v.body_gap_up(1, 2) && v.close(0) < v.close(2) - v.body(2) * penetration;
}

struct cdlmorningstar_rule {
  static constexpr std::string_view name = "cdlmorningstar";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{body_long, 2}, candle_use{body_short, 1}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(body_long)) + 2;
  }
  double penetration = 0.3;
  // Implicit, so that cdlmorningstar_stream<T>(penetration) reads as the batch call.
  cdlmorningstar_rule(double pen = 0.3) : penetration(pen) {}
  void check(std::string_view function) const {
    check_non_negative(function, "penetration", penetration);
  }
  [[nodiscard]] int detect(const candle_view& v) const noexcept {
    return star(v, -1, body_short, penetration) ? 100 : 0;
  }
};

struct cdleveningstar_rule {
  static constexpr std::string_view name = "cdleveningstar";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{body_long, 2}, candle_use{body_short, 1}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(s.period(body_short), s.period(body_long)) + 2;
  }
  double penetration = 0.3;
  // Implicit, so that cdleveningstar_stream<T>(penetration) reads as the batch call.
  cdleveningstar_rule(double pen = 0.3) : penetration(pen) {}
  void check(std::string_view function) const {
    check_non_negative(function, "penetration", penetration);
  }
  [[nodiscard]] int detect(const candle_view& v) const noexcept {
    return star(v, 1, body_short, penetration) ? -100 : 0;
  }
};

struct cdlmorningdojistar_rule {
  static constexpr std::string_view name = "cdlmorningdojistar";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{body_long, 2}, candle_use{body_doji, 1}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_doji), s.period(body_long), s.period(body_short)}) + 2;
  }
  double penetration = 0.3;
  // Implicit, so that cdlmorningdojistar_stream<T>(penetration) reads as the batch call.
  cdlmorningdojistar_rule(double pen = 0.3) : penetration(pen) {}
  void check(std::string_view function) const {
    check_non_negative(function, "penetration", penetration);
  }
  [[nodiscard]] int detect(const candle_view& v) const noexcept {
    return star(v, -1, body_doji, penetration) ? 100 : 0;
  }
};

struct cdleveningdojistar_rule {
  static constexpr std::string_view name = "cdleveningdojistar";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{body_long, 2}, candle_use{body_doji, 1}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_doji), s.period(body_long), s.period(body_short)}) + 2;
  }
  double penetration = 0.3;
  // Implicit, so that cdleveningdojistar_stream<T>(penetration) reads as the batch call.
  cdleveningdojistar_rule(double pen = 0.3) : penetration(pen) {}
  void check(std::string_view function) const {
    check_non_negative(function, "penetration", penetration);
  }
  [[nodiscard]] int detect(const candle_view& v) const noexcept {
    return star(v, 1, body_doji, penetration) ? -100 : 0;
  }
};

struct cdlabandonedbaby_rule {
  static constexpr std::string_view name = "cdlabandonedbaby";
  static constexpr std::array<candle_use, 3> uses{
      {candle_use{body_long, 2}, candle_use{body_doji, 1}, candle_use{body_short, 0}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max({s.period(body_doji), s.period(body_long), s.period(body_short)}) + 2;
  }
  double penetration = 0.3;
  // Implicit, so that cdlabandonedbaby_stream<T>(penetration) reads as the batch call.
  cdlabandonedbaby_rule(double pen = 0.3) : penetration(pen) {}
  void check(std::string_view function) const {
    check_non_negative(function, "penetration", penetration);
  }
  [[nodiscard]] int detect(const candle_view& v) const noexcept {
    if (!(v.body(2) > v.avg(body_long, 2) && v.body(1) <= v.avg(body_doji, 1) &&
          v.body(0) > v.avg(body_short, 0)))
      return 0;
    const bool top = v.color(2) == 1 && v.color(0) == -1 &&
                     v.close(0) < v.close(2) - v.body(2) * penetration && v.gap_up(1, 2) &&
                     v.gap_down(0, 1);
    const bool bottom = v.color(2) == -1 && v.color(0) == 1 &&
                        v.close(0) > v.close(2) + v.body(2) * penetration && v.gap_down(1, 2) &&
                        v.gap_up(0, 1);
    return top || bottom ? v.color(0) * 100 : 0;
  }
};

struct cdltristar_rule {
  static constexpr std::string_view name = "cdltristar";
  static constexpr std::array<candle_use, 1> uses{{candle_use{body_doji, 2}}};
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return s.period(body_doji) + 2;
  }
  [[nodiscard]] static int detect(const candle_view& v) noexcept {
    // All three are measured against the average before the first (TA-Lib).
    const double doji = v.avg(body_doji, 2);
    if (!(v.body(2) <= doji && v.body(1) <= doji && v.body(0) <= doji)) return 0;
    int value = 0;
    if (v.body_gap_up(1, 2) && v.body_top(0) < v.body_top(1)) value = -100;
    if (v.body_gap_down(1, 2) && v.body_bottom(0) > v.body_bottom(1)) value = 100;
    return value;
  }
};

}  // namespace taspan::detail::cdl

namespace taspan {

// CDLMORNINGSTAR, morning star: +100 for a long black candle, a short body gapping down, a white
// candle closing deep into the first.
[[nodiscard]] constexpr int cdlmorningstar_lookback(double /*penetration*/ = 0.3,
                                                    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlmorningstar_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlmorningstar(const O& open, const H& high, const L& low, const C& close, Out&& out,
                    double penetration = 0.3, const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlmorningstar_rule{penetration}, settings, open, high, low,
                       close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlmorningstar(const O& open, const H& high,
                                                            const L& low, const C& close,
                                                            double penetration = 0.3,
                                                            const candle_settings& settings = {}) {
  return detail::output_vector(close, [&](auto& out) {
    cdlmorningstar(open, high, low, close, out, penetration, settings);
  });
}
template <class T>
using cdlmorningstar_stream = detail::candle_stream<T, detail::cdl::cdlmorningstar_rule>;

// CDLEVENINGSTAR, evening star: -100 for a long white candle, a short body gapping up, a black
// candle closing deep into the first.
[[nodiscard]] constexpr int cdleveningstar_lookback(double /*penetration*/ = 0.3,
                                                    const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdleveningstar_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdleveningstar(const O& open, const H& high, const L& low, const C& close, Out&& out,
                    double penetration = 0.3, const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdleveningstar_rule{penetration}, settings, open, high, low,
                       close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdleveningstar(const O& open, const H& high,
                                                            const L& low, const C& close,
                                                            double penetration = 0.3,
                                                            const candle_settings& settings = {}) {
  return detail::output_vector(close, [&](auto& out) {
    cdleveningstar(open, high, low, close, out, penetration, settings);
  });
}
template <class T>
using cdleveningstar_stream = detail::candle_stream<T, detail::cdl::cdleveningstar_rule>;

// CDLMORNINGDOJISTAR, morning doji star: a morning star whose star is a doji.
[[nodiscard]] constexpr int cdlmorningdojistar_lookback(
    double /*penetration*/ = 0.3, const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlmorningdojistar_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlmorningdojistar(const O& open, const H& high, const L& low, const C& close, Out&& out,
                        double penetration = 0.3, const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlmorningdojistar_rule{penetration}, settings, open, high, low,
                       close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlmorningdojistar(
    const O& open, const H& high, const L& low, const C& close, double penetration = 0.3,
    const candle_settings& settings = {}) {
  return detail::output_vector(close, [&](auto& out) {
    cdlmorningdojistar(open, high, low, close, out, penetration, settings);
  });
}
template <class T>
using cdlmorningdojistar_stream = detail::candle_stream<T, detail::cdl::cdlmorningdojistar_rule>;

// CDLEVENINGDOJISTAR, evening doji star: an evening star whose star is a doji.
[[nodiscard]] constexpr int cdleveningdojistar_lookback(
    double /*penetration*/ = 0.3, const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdleveningdojistar_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdleveningdojistar(const O& open, const H& high, const L& low, const C& close, Out&& out,
                        double penetration = 0.3, const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdleveningdojistar_rule{penetration}, settings, open, high, low,
                       close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdleveningdojistar(
    const O& open, const H& high, const L& low, const C& close, double penetration = 0.3,
    const candle_settings& settings = {}) {
  return detail::output_vector(close, [&](auto& out) {
    cdleveningdojistar(open, high, low, close, out, penetration, settings);
  });
}
template <class T>
using cdleveningdojistar_stream = detail::candle_stream<T, detail::cdl::cdleveningdojistar_rule>;

// CDLABANDONEDBABY, abandoned baby: +-100 (the 3rd candle's colour) for a doji star with shadow
// gaps on both sides.
[[nodiscard]] constexpr int cdlabandonedbaby_lookback(
    double /*penetration*/ = 0.3, const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlabandonedbaby_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlabandonedbaby(const O& open, const H& high, const L& low, const C& close, Out&& out,
                      double penetration = 0.3, const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlabandonedbaby_rule{penetration}, settings, open, high, low,
                       close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlabandonedbaby(
    const O& open, const H& high, const L& low, const C& close, double penetration = 0.3,
    const candle_settings& settings = {}) {
  return detail::output_vector(close, [&](auto& out) {
    cdlabandonedbaby(open, high, low, close, out, penetration, settings);
  });
}
template <class T>
using cdlabandonedbaby_stream = detail::candle_stream<T, detail::cdl::cdlabandonedbaby_rule>;

// CDLTRISTAR, tristar: three dojis, -100 when the middle one gaps up (and the 3rd is not higher),
// +100 when it gaps down.
[[nodiscard]] constexpr int cdltristar_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdltristar_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdltristar(const O& open, const H& high, const L& low, const C& close, Out&& out,
                const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdltristar_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdltristar(const O& open, const H& high, const L& low,
                                                        const C& close,
                                                        const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdltristar(open, high, low, close, out, settings); });
}
template <class T>
using cdltristar_stream = detail::candle_stream<T, detail::cdl::cdltristar_rule>;

}  // namespace taspan
