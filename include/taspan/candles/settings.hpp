#pragma once
// TA-Lib's candle settings as a value the caller passes (TA-Lib keeps them global and sets them
// with TA_SetCandleSettings; taspan has no global state). Each setting says what "long", "short",
// "doji", "near", ... mean: a pattern compares a candle part with
//
//   factor * (the average of `range` over the `period` candles before the one measured)
//
// (or, with period 0, with factor * `range` of that candle itself); a `shadows` range is halved
// (the average of one shadow). Defaults are TA-Lib 0.6's (TA_RestoreCandleDefaultSettings).
// Near, Far and Equal are named near_distance, far_distance, equal_distance here (`near` and
// `far` are macros on some platforms).

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "../core/error.hpp"

namespace taspan {

// What a setting averages: |close - open|, high - low, or upper + lower shadow.
enum class candle_range : std::uint8_t { real_body, high_low, shadows };

enum class candle_setting_type : std::uint8_t {
  body_long,
  body_very_long,
  body_short,
  body_doji,
  shadow_long,
  shadow_very_long,
  shadow_short,
  shadow_very_short,
  near_distance,
  far_distance,
  equal_distance
};

inline constexpr std::size_t candle_setting_count = 11;
inline constexpr std::array<std::string_view, candle_setting_count> candle_setting_names{
    "body_long",     "body_very_long",   "body_short",    "body_doji",
    "shadow_long",   "shadow_very_long", "shadow_short",  "shadow_very_short",
    "near_distance", "far_distance",     "equal_distance"};

struct candle_setting {
  candle_range range;
  int period;  // candles averaged, >= 0 (0: the measured candle itself)
  double factor;
  constexpr bool operator==(const candle_setting&) const = default;
};

struct candle_settings {
  std::array<candle_setting, candle_setting_count> values{{
      {candle_range::real_body, 10, 1.0},  // body_long
      {candle_range::real_body, 10, 3.0},  // body_very_long
      {candle_range::real_body, 10, 1.0},  // body_short
      {candle_range::high_low, 10, 0.1},   // body_doji
      {candle_range::real_body, 0, 1.0},   // shadow_long
      {candle_range::real_body, 0, 2.0},   // shadow_very_long
      {candle_range::shadows, 10, 1.0},    // shadow_short
      {candle_range::high_low, 10, 0.1},   // shadow_very_short
      {candle_range::high_low, 5, 0.2},    // near_distance
      {candle_range::high_low, 5, 0.6},    // far_distance
      {candle_range::high_low, 5, 0.05},   // equal_distance
  }};

  [[nodiscard]] constexpr candle_setting& operator[](candle_setting_type t) noexcept {
    return values[static_cast<std::size_t>(t)];
  }
  [[nodiscard]] constexpr const candle_setting& operator[](candle_setting_type t) const noexcept {
    return values[static_cast<std::size_t>(t)];
  }
  [[nodiscard]] constexpr int period(candle_setting_type t) const noexcept {
    return (*this)[t].period;
  }
  // Replaces one setting (as TA_SetCandleSettings does), for chaining.
  constexpr candle_settings& set(candle_setting_type t, candle_setting s) noexcept {
    (*this)[t] = s;
    return *this;
  }
  constexpr bool operator==(const candle_settings&) const = default;
};

namespace detail {

// Periods in [0, max_period], factors >= 0 and finite, a known range.
[[nodiscard]] constexpr bool candle_settings_ok(const candle_settings& s) noexcept {
  return std::ranges::all_of(s.values, [](const candle_setting& c) {
    return c.period >= 0 && c.period <= max_period && c.factor >= 0.0 &&
           c.factor <= std::numeric_limits<double>::max() &&
           static_cast<int>(c.range) <= static_cast<int>(candle_range::shadows);
  });
}

inline void check_candle_settings(std::string_view function, const candle_settings& s) {
  for (std::size_t k = 0; k < candle_setting_count; ++k) {
    const candle_setting& c = s.values[k];
    const std::string name = "settings." + std::string(candle_setting_names[k]);
    check_min(function, name + ".period", c.period, 0);
    check_non_negative(function, name + ".factor", c.factor);
    if (static_cast<int>(c.range) > static_cast<int>(candle_range::shadows))
      fail(function, name + ".range", "real_body, high_low or shadows", static_cast<int>(c.range));
  }
}

}  // namespace detail
}  // namespace taspan
