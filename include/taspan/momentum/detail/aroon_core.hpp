#pragma once
// Shared by AROON and AROONOSC: TA-Lib's highestIdx / lowestIdx over the last period + 1 bars.
//
// Tie rule, from TA-Lib ta_AROON.c / ta_AROONOSC.c: the NEWEST of equal extremes wins, both when
// a new bar equals the held extreme (>=, <=) and when the held one leaves the window and TA-Lib
// rescans (again >=, <=). That differs from MAXINDEX/MININDEX (oldest wins on a rescan), so the
// rolling deque (rolling/detail/extremum.hpp) is run with orders that also drop equal values:
// its front is then the newest extreme, which is exactly TA-Lib's rescan result. The held index
// is tracked here with TA-Lib's rule, and the deque answers only the rescans. O(1) amortised.
// NaN: NaN bars never become the extreme; a window holding a NaN is reported invalid.

#include <cstdint>

#include "../../rolling/detail/extremum.hpp"

namespace taspan::detail {

// Orders for which an equal value is "better", so the newest of equal extremes wins.
struct max_newest_order {
  template <real T>
  [[nodiscard]] static constexpr bool better(T a, T b) noexcept {
    return a >= b;
  }
  template <real T>
  [[nodiscard]] static constexpr T best(T a, T b) noexcept {
    return b >= a ? b : a;
  }
};
struct min_newest_order {
  template <real T>
  [[nodiscard]] static constexpr bool better(T a, T b) noexcept {
    return a <= b;
  }
  template <real T>
  [[nodiscard]] static constexpr T best(T a, T b) noexcept {
    return b <= a ? b : a;
  }
};

// Index of the extreme of the last period + 1 bars, TA-Lib's AROON rule.
template <real T, class Order>
class aroon_extreme {
 public:
  explicit aroon_extreme(int period) : window_(period + 1), period_(period) {}

  struct state {
    std::int64_t held;
    T held_value;
  };

  // Index (absolute bar number from 0) of the extreme of the window ending at this bar; -1 while
  // warming up or when the window holds a NaN.
  std::int64_t push(T x) noexcept {
    const std::int64_t today = window_.bars();
    const extremum<T> r = window_.push(x);
    return advance(s_, today, x, r);
  }
  [[nodiscard]] std::int64_t peek(T x) const noexcept {
    state s = s_;
    return advance(s, window_.bars(), x, window_.peek(x));
  }
  [[nodiscard]] bool full() const noexcept { return window_.bars() > period_; }
  void reset() noexcept {
    window_.reset();
    s_ = state{-1, T(0)};
  }

 private:
  std::int64_t advance(state& s, std::int64_t today, T x, const extremum<T>& r) const noexcept {
    const std::int64_t trailing = today - period_;  // the window is bars trailing .. today
    if (trailing < 0) return -1;
    if (s.held < trailing) {
      // TA-Lib rescans the window: the newest extreme, which is the deque's front here (the
      // deque's own held index is never newer than ours, so it rescans too).
      s.held = r.index;
      s.held_value = r.value;
    } else if (!is_nan(x) && Order::better(x, s.held_value)) {
      s.held = today;
      s.held_value = x;
    }
    return r.valid ? s.held : -1;
  }

  extremum_window<T, Order> window_;
  int period_;
  state s_{-1, T(0)};
};

}  // namespace taspan::detail
