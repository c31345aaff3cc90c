#pragma once
// Measured moves: price targets from the size of a prior move.
//
// Upside, from a leg or range with low L and high H and a breakout level B:
//   arithmetic (equal points)    B + (H - L)
//   percentage (equal ratio)     B * H / L        (the arithmetic target on a log scale)
//   range height                 the arithmetic target with B = the range top: H + (H - L)
//   Fibonacci extensions         B + r * (H - L), r = 1.272, 1.618, 2.618
// Fibonacci convention: the leg's length times r, added at the breakout level B (so r = 1 gives
// the arithmetic target). Charting tools that anchor the extension at the leg's start instead
// (L + r * (H - L)) give B - H less; pass B = H to get those.
// Downside mirrors, from a leg or range (high H, low L) and a breakdown level B:
//   B - (H - L),  B * L / H,  L - (H - L),  B - r * (H - L).
// Inputs are validated (L > 0, H > L, B > 0, all finite): taspan::error otherwise.
//
// measured_move_for(event, swings) picks what to measure for a breakout event and returns the
// targets together with that leg or range, so the user can see why.

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "breakout.hpp"
#include "pivot.hpp"
#include "swing.hpp"

namespace taspan {

inline constexpr std::array<double, 3> fibonacci_extension_ratios{1.272, 1.618, 2.618};

template <real T>
struct measured_move_targets {
  T arithmetic{};                // B +- (H - L)
  T percent{};                   // B * H / L (up), B * L / H (down)
  T range_height{};              // H + (H - L) (up), L - (H - L) (down)
  std::array<T, 3> fibonacci{};  // B +- r * (H - L) for fibonacci_extension_ratios
  [[nodiscard]] T points() const noexcept { return arithmetic; }
};

namespace detail {

inline void check_move(const char* function, double low, double high, double level) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  if (!(low > 0.0 && low < inf)) fail(function, "low", "> 0 and finite", low);
  if (!(high < inf) || !(high > low))
    fail(function, "high", "> low (" + to_text(low) + ") and finite", high);
  if (!(level > 0.0 && level < inf)) fail(function, "level", "> 0 and finite", level);
}

template <real T>
measured_move_targets<T> targets_unchecked(T low, T high, T level, direction side) noexcept {
  const auto l = static_cast<double>(low);
  const auto h = static_cast<double>(high);
  const auto b = static_cast<double>(level);
  const double height = h - l;
  const double sign = side == direction::up ? 1.0 : -1.0;
  measured_move_targets<T> r;
  r.arithmetic = static_cast<T>(b + sign * height);
  r.percent = static_cast<T>(side == direction::up ? b * h / l : b * l / h);
  r.range_height = static_cast<T>(side == direction::up ? h + height : l - height);
  for (std::size_t k = 0; k < fibonacci_extension_ratios.size(); ++k)
    r.fibonacci[k] = static_cast<T>(b + sign * fibonacci_extension_ratios[k] * height);
  return r;
}

}  // namespace detail

// Arithmetic target B + (H - L); down: B - (H - L).
template <real T>
[[nodiscard]] T measured_move_points(T low, T high, T level, direction side = direction::up) {
  detail::check_move("measured_move_points", low, high, level);
  return detail::targets_unchecked(low, high, level, side).arithmetic;
}

// Percentage target B * H / L; down: B * L / H.
template <real T>
[[nodiscard]] T measured_move_percent(T low, T high, T level, direction side = direction::up) {
  detail::check_move("measured_move_percent", low, high, level);
  return detail::targets_unchecked(low, high, level, side).percent;
}

// Range-height target: the range's height added to its top (down: taken from its bottom).
template <real T>
[[nodiscard]] T range_height_target(T bottom, T top, direction side = direction::up) {
  detail::check_move("range_height_target", bottom, top, side == direction::up ? top : bottom);
  return detail::targets_unchecked(bottom, top, top, side).range_height;
}

// B + ratio * (H - L); down: B - ratio * (H - L).
template <real T>
[[nodiscard]] T fibonacci_extension(T low, T high, T level, double ratio,
                                    direction side = direction::up) {
  detail::check_move("fibonacci_extension", low, high, level);
  detail::check_positive("fibonacci_extension", "ratio", ratio);
  const double height = static_cast<double>(high) - static_cast<double>(low);
  return static_cast<T>(static_cast<double>(level) +
                        (side == direction::up ? 1.0 : -1.0) * ratio * height);
}

// All targets at once.
template <real T>
[[nodiscard]] measured_move_targets<T> measured_move(T low, T high, T level,
                                                     direction side = direction::up) {
  detail::check_move("measured_move", low, high, level);
  return detail::targets_unchecked(low, high, level, side);
}

// What measured_move_for measured: the event's range, or a swing leg.
enum class measured_basis : std::uint8_t { range, leg };

template <real T>
struct measured_move_result {
  measured_basis basis = measured_basis::range;
  direction side = direction::up;
  T low{};  // L: range bottom, or the leg's low
  std::size_t low_bar = 0;
  T high{};  // H: range top, or the leg's high
  std::size_t high_bar = 0;
  T level{};  // B: the level the event broke
  std::size_t level_bar = 0;
  measured_move_targets<T> targets;
};

// Targets for a breakout event, and what they measure:
// - an event with a range (donchian, range): the range, L = bottom, H = top, B = the level broken;
// - otherwise the leg into the level: for an upside event, L = the last swing low (of `swings`)
//   that is before the level's bar and was confirmed by the event's bar (confirmed_at <= bar),
//   H = B = the level broken; a downside event mirrors it with the last such swing high.
// Returns nothing when there is nothing valid to measure (no such swing, L <= 0, H <= L).
template <real T>
[[nodiscard]] std::optional<measured_move_result<T>> measured_move_for(
    const breakout_event<T>& event, std::span<const swing<T>> swings = {}) noexcept {
  measured_move_result<T> r;
  r.side = event.side;
  r.level = event.level;
  r.level_bar = event.level_bar;
  const bool up = event.side == direction::up;
  if (event.has_range) {
    r.basis = measured_basis::range;
    r.low = event.range_bottom;
    r.low_bar = event.range_bottom_bar;
    r.high = event.range_top;
    r.high_bar = event.range_top_bar;
  } else {
    const swing<T>* from = nullptr;
    for (const swing<T>& s : swings) {
      if (s.confirmed_at > event.bar) break;  // swings are in order of confirmation
      if (s.kind == (up ? extreme::low : extreme::high) && s.bar < event.level_bar) from = &s;
    }
    if (from == nullptr) return std::nullopt;
    r.basis = measured_basis::leg;
    r.low = up ? from->price : event.level;
    r.low_bar = up ? from->bar : event.level_bar;
    r.high = up ? event.level : from->price;
    r.high_bar = up ? event.level_bar : from->bar;
  }
  const double inf = std::numeric_limits<double>::infinity();
  const auto l = static_cast<double>(r.low);
  const auto h = static_cast<double>(r.high);
  const auto b = static_cast<double>(r.level);
  if (!(l > 0.0 && h > l && h < inf && b > 0.0 && b < inf)) return std::nullopt;
  r.targets = detail::targets_unchecked(r.low, r.high, r.level, r.side);
  return r;
}

template <real T>
[[nodiscard]] std::optional<measured_move_result<T>> measured_move_for(
    const breakout_event<T>& event, const std::vector<swing<T>>& swings) noexcept {
  return measured_move_for(event, std::span<const swing<T>>(swings));
}

}  // namespace taspan
