#pragma once
// Hikkake and modified hikkake: inside-bar breakouts and their confirmations.
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
#include <cstdint>
#include <string_view>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/series_io.hpp"
#include "detail/engine.hpp"
#include "settings.hpp"

namespace taspan::detail::cdl {

// The pending pattern of HIKKAKE and HIKKAKEMOD: its bar (TA-Lib's patternIdx, 0 for none) and
// its value.
struct hikkake_state {
  std::int64_t bar = 0;
  int value = 0;
};

// One bar of TA-Lib's hikkake state machine: a new pattern gives +-100; else a close beyond the
// bar before the pattern's (its inside bar), within 3 bars of it, confirms it: +-200.
[[nodiscard]] inline int hikkake_step(const candle_view& v, bool pattern,
                                      hikkake_state& s) noexcept {
  const std::int64_t i = v.index();
  if (pattern) {
    s.value = 100 * (v.high(0) < v.high(1) ? 1 : -1);
    s.bar = i;
    return s.value;
  }
  if (i <= s.bar + 3 && s.value != 0) {
    const int inside = static_cast<int>(i - s.bar) + 1;  // offset of bar patternIdx - 1
    if ((s.value > 0 && v.close(0) > v.high(inside)) ||
        (s.value < 0 && v.close(0) < v.low(inside))) {
      s.bar = 0;
      return s.value + 100 * (s.value > 0 ? 1 : -1);
    }
  }
  return 0;
}

struct cdlhikkake_rule {
  static constexpr std::string_view name = "cdlhikkake";
  static constexpr std::array<candle_use, 0> uses{};
  static constexpr int early = 3;  // TA-Lib runs its state from 3 bars before the lookback
  using state = hikkake_state;
  [[nodiscard]] static constexpr int lookback(const candle_settings& /*s*/) noexcept { return 5; }
  [[nodiscard]] static int detect(const candle_view& v, state& pending) noexcept {
    const bool inside = v.high(1) < v.high(2) && v.low(1) > v.low(2);
    const bool hit = inside && ((v.high(0) < v.high(1) && v.low(0) < v.low(1)) ||
                                (v.high(0) > v.high(1) && v.low(0) > v.low(1)));
    return hikkake_step(v, hit, pending);
  }
};

struct cdlhikkakemod_rule {
  static constexpr std::string_view name = "cdlhikkakemod";
  static constexpr std::array<candle_use, 1> uses{{candle_use{near_distance, 2}}};
  static constexpr int early = 3;  // TA-Lib runs its state from 3 bars before the lookback
  using state = hikkake_state;
  [[nodiscard]] static constexpr int lookback(const candle_settings& s) noexcept {
    return std::max(1, s.period(near_distance)) + 5;
  }
  [[nodiscard]] static int detect(const candle_view& v, state& pending) noexcept {
    const bool inside = v.high(2) < v.high(3) && v.low(2) > v.low(3) && v.high(1) < v.high(2) &&
                        v.low(1) > v.low(2);
    const bool hit = inside && ((v.high(0) < v.high(1) && v.low(0) < v.low(1) &&
                                 v.close(2) <= v.low(2) + v.avg(near_distance, 2)) ||
                                (v.high(0) > v.high(1) && v.low(0) > v.low(1) &&
                                 v.close(2) >= v.high(2) - v.avg(near_distance, 2)));
    return hikkake_step(v, hit, pending);
  }
};

}  // namespace taspan::detail::cdl

namespace taspan {

// CDLHIKKAKE, hikkake: +-100 on an inside bar followed by a breakout bar (+100 down, -100 up),
// +-200 when a close beyond the inside bar confirms it within 3 bars.
[[nodiscard]] constexpr int cdlhikkake_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlhikkake_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlhikkake(const O& open, const H& high, const L& low, const C& close, Out&& out,
                const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlhikkake_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlhikkake(const O& open, const H& high, const L& low,
                                                        const C& close,
                                                        const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlhikkake(open, high, low, close, out, settings); });
}
template <class T>
using cdlhikkake_stream = detail::candle_stream<T, detail::cdl::cdlhikkake_rule>;

// CDLHIKKAKEMOD, modified hikkake: a hikkake after two inside bars whose 2nd closes near its low
// (bull) or high (bear); +-100, +-200 confirmed.
[[nodiscard]] constexpr int cdlhikkakemod_lookback(const candle_settings& settings = {}) noexcept {
  return detail::candle_lookback<detail::cdl::cdlhikkakemod_rule>(settings);
}
template <series O, series H, series L, series C, output_series Out>
void cdlhikkakemod(const O& open, const H& high, const L& low, const C& close, Out&& out,
                   const candle_settings& settings = {}) {
  detail::candle_batch(detail::cdl::cdlhikkakemod_rule{}, settings, open, high, low, close, out);
}
template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> cdlhikkakemod(const O& open, const H& high,
                                                           const L& low, const C& close,
                                                           const candle_settings& settings = {}) {
  return detail::output_vector(
      close, [&](auto& out) { cdlhikkakemod(open, high, low, close, out, settings); });
}
template <class T>
using cdlhikkakemod_stream = detail::candle_stream<T, detail::cdl::cdlhikkakemod_rule>;

}  // namespace taspan
