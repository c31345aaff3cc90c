#pragma once
// Breakout screen: for every symbol (column) of high/low/close (and volume) panels, the latest
// breakout event of the kind `options.breakout` describes (method, sides, levels, confirmations:
// see patterns/breakout.hpp) with its measured-move targets (patterns/measured_move.hpp).
//
// Per column this is exactly the single-series pipeline, so results are identical to it:
//   events = taspan::breakouts(column's high, low, close[, volume], options.breakout)
//   event  = events.back()                      (the latest; none: found = false)
//   move   = taspan::measured_move_for(event, swings)
// where swings = taspan::swings(column's high, low, options.swings) when the event has no range
// of its own (highest, all_time: the leg into the level is measured from the last confirmed
// swing); donchian and range events measure their range. follow_through_at is filled in when a
// later bar confirms it, as in taspan::breakouts.
// Columns are independent: `threads` blocks of columns run in parallel and the records do not
// depend on it. Row-major columns are gathered into per-thread scratch; column-major columns are
// read in place.

#include <optional>
#include <span>
#include <vector>

#include "../patterns/breakout.hpp"
#include "../patterns/measured_move.hpp"
#include "../patterns/swing.hpp"
#include "core.hpp"

namespace taspan::panel {

struct breakout_screen_options {
  breakout_options breakout{};
  // Swings for events without a range (highest, all_time): percent or points (not atr).
  swing_threshold swings = swing_threshold::percent(5.0);
};

// One symbol's record.
template <real T>
struct breakout_screen_result {
  Index symbol = 0;                // the column
  bool found = false;              // the symbol has an event of that kind
  std::size_t bar = 0;             // the event's bar (found only)
  direction side = direction::up;  //
  T level = nan_v<T>;              // the level broken
  T close = nan_v<T>;              // the close of the event's bar
  breakout_event<T> event{};       // the whole event (found only)
  // Targets and what they measure; empty when not found or nothing valid to measure.
  std::optional<measured_move_result<T>> move;
};

namespace detail {

template <real T>
struct column_source {
  view<const T> v;
  std::vector<T> scratch;
  // Column j as a contiguous span: in place (column-major) or gathered (row-major).
  std::span<const T> get(Index j) {
    if (!v.row_major) return v.col_span(j);
    scratch.resize(static_cast<std::size_t>(v.rows));
    for (Index i = 0; i < v.rows; ++i) scratch[static_cast<std::size_t>(i)] = v.row(i)[j];
    return scratch;
  }
};

template <real T>
void breakout_screen_columns(const view<const T>& h, const view<const T>& l, const view<const T>& c,
                             const view<const T>* vol, const breakout_screen_options& o, Index c0,
                             Index c1, std::vector<breakout_screen_result<T>>& out) {
  column_source<T> hs{h, {}}, ls{l, {}}, cs{c, {}}, vs{vol != nullptr ? *vol : h, {}};
  for (Index j = c0; j < c1; ++j) {
    breakout_screen_result<T>& r = out[static_cast<std::size_t>(j)];
    r.symbol = j;
    breakout_series<T> s{hs.get(j), ls.get(j), cs.get(j)};
    if (vol != nullptr) s.volume = vs.get(j);
    const std::vector<breakout_event<T>> events = breakouts(s, o.breakout);
    if (events.empty()) continue;
    const breakout_event<T>& e = events.back();
    r.found = true;
    r.bar = e.bar;
    r.side = e.side;
    r.level = e.level;
    r.close = s.close[e.bar];
    r.event = e;
    if (e.has_range) {
      r.move = measured_move_for(e);
    } else {
      r.move = measured_move_for(e, swings(s.high, s.low, o.swings));
    }
  }
}

template <real T>
std::vector<breakout_screen_result<T>> breakout_screen_impl(
    const view<const T>& h, const view<const T>& l, const view<const T>& c,
    const view<const T>* vol, const breakout_screen_options& o, int threads) {
  std::vector<breakout_screen_result<T>> out(static_cast<std::size_t>(c.cols));
  for_column_blocks(c.cols, threads, 1, [&](Index c0, Index c1) {
    breakout_screen_columns(h, l, c, vol, o, c0, c1, out);
  });
  return out;
}

inline void check_screen(const char* f, const breakout_screen_options& o, int threads) {
  taspan::detail::check_breakout(f, o.breakout);
  taspan::detail::check_swing(f, o.swings, false);
  check_threads(f, threads);
}

}  // namespace detail

// The latest breakout of every symbol, with targets; one record per column, in column order.
// high, low, close and volume have one shape and storage order; volume is read when
// options.breakout.volume_period > 0.
template <readable_panel H, readable_panel L, readable_panel C, readable_panel V>
[[nodiscard]] std::vector<breakout_screen_result<panel_value_t<C>>> breakout_screen(
    const H& high, const L& low, const C& close, const V& volume,
    const breakout_screen_options& options = {}, int threads = 1) {
  constexpr const char* f = "panel::breakout_screen";
  static_assert(std::is_same_v<panel_value_t<H>, panel_value_t<C>> &&
                    std::is_same_v<panel_value_t<L>, panel_value_t<C>> &&
                    std::is_same_v<panel_value_t<V>, panel_value_t<C>>,
                "taspan::panel::breakout_screen: the panels must hold the same value type");
  detail::check_screen(f, options, threads);
  const auto h = detail::input_view(f, "high", high);
  const auto l = detail::input_view(f, "low", low);
  const auto c = detail::input_view(f, "close", close);
  const auto v = detail::input_view(f, "volume", volume);
  detail::check_same_shape(f, "low", l, "high", h);
  detail::check_same_shape(f, "close", c, "high", h);
  detail::check_same_shape(f, "volume", v, "high", h);
  return detail::breakout_screen_impl(h, l, c, &v, options, threads);
}

// Without volume: options.breakout.volume_period must be 0.
template <readable_panel H, readable_panel L, readable_panel C>
[[nodiscard]] std::vector<breakout_screen_result<panel_value_t<C>>> breakout_screen(
    const H& high, const L& low, const C& close, const breakout_screen_options& options = {},
    int threads = 1) {
  constexpr const char* f = "panel::breakout_screen";
  static_assert(std::is_same_v<panel_value_t<H>, panel_value_t<C>> &&
                    std::is_same_v<panel_value_t<L>, panel_value_t<C>>,
                "taspan::panel::breakout_screen: the panels must hold the same value type");
  detail::check_screen(f, options, threads);
  if (options.breakout.volume_period != 0)
    detail::fail(f, "volume_period", "0 without a volume panel", options.breakout.volume_period);
  const auto h = detail::input_view(f, "high", high);
  const auto l = detail::input_view(f, "low", low);
  const auto c = detail::input_view(f, "close", close);
  detail::check_same_shape(f, "low", l, "high", h);
  detail::check_same_shape(f, "close", c, "high", h);
  using T = panel_value_t<C>;
  return detail::breakout_screen_impl<T>(h, l, c, nullptr, options, threads);
}

}  // namespace taspan::panel
