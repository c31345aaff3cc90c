#pragma once
// Zigzag swings: alternating swing highs and lows, each a reversal of at least a threshold
// (percent of the extreme, points, or a multiple of ATR), on high/low bars or on closes.
//
// How it works, bar by bar (bar t uses nothing after bar t):
// - While rising, the highest high since the last swing low is the candidate swing high. A bar
//   whose high exceeds it moves the candidate there. Otherwise, if the bar's low reaches
//   candidate - threshold, the candidate becomes a swing high, confirmed_at = t, and the search
//   turns down with this bar's low as the first candidate low. Falling mirrors it.
// - A bar that makes a new extreme is not tested for a reversal on the same bar (the order of the
//   high and the low inside a bar is unknown).
// - Before the first swing, the highest high and the lowest low so far are both candidates; the
//   first reversal of at least the threshold from either makes it the first swing (if both
//   happen on one bar, the older extreme wins), and the extreme after it becomes the candidate.
// - Thresholds: percent: candidate * (1 -/+ amount/100); points: candidate -/+ amount;
//   atr: candidate -/+ amount * atr[t], with atr[] supplied by the caller (aligned with the bars;
//   e.g. taspan::atr); a NaN ATR allows no reversal on that bar.
// - NaN: a bar with a NaN high or low (close) is skipped; it changes nothing.
// A swing, once reported, is never revised: batch results are exactly the swings the streaming
// form reports, in the same order, and the last candidate (pending()) is not a swing yet.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "pivot.hpp"

namespace taspan {

template <real T>
struct swing {
  std::size_t bar = 0;           // bar of the extreme
  T price{};                     // the high (low), or the close in close mode
  extreme kind = extreme::high;  //
  std::size_t confirmed_at = 0;  // first bar at which the swing was known (the reversal bar)
  friend bool operator==(const swing&, const swing&) = default;
};

enum class swing_unit : std::uint8_t { percent, points, atr };

// How far price must reverse from an extreme to make it a swing.
struct swing_threshold {
  swing_unit unit = swing_unit::percent;
  double amount = 5.0;
  [[nodiscard]] static constexpr swing_threshold percent(double pct) {
    return {swing_unit::percent, pct};
  }
  [[nodiscard]] static constexpr swing_threshold points(double pts) {
    return {swing_unit::points, pts};
  }
  [[nodiscard]] static constexpr swing_threshold atr(double multiple) {
    return {swing_unit::atr, multiple};
  }
};

namespace detail {

inline void check_swing(const char* function, swing_threshold th, bool has_atr) {
  check_positive(function, "threshold", th.amount);
  if (th.unit == swing_unit::percent && th.amount >= 100.0)
    fail(function, "threshold", "< 100 percent", th.amount);
  if (th.unit == swing_unit::atr && !has_atr)
    throw error(std::string("taspan::") + function +
                ": threshold in ATR multiples needs an atr series");
}

// The zigzag state machine that batch and streaming both run.
template <real T>
class zigzag {
 public:
  explicit zigzag(swing_threshold th) noexcept : th_(th) {}

  // Feeds bar t; returns the swing this bar confirms, if any.
  std::optional<swing<T>> step(T high, T low, T atr) noexcept {
    std::optional<swing<T>> out;
    const std::size_t t = bar_++;
    if (is_nan(high) || is_nan(low)) return out;
    switch (dir_) {
      case dir::none: {
        const bool new_high = !hi_.valid || high > hi_.price;
        const bool new_low = !lo_.valid || low < lo_.price;
        if (new_high) {
          hi_ = {t, high, true};
          low_after_hi_ = {};
        } else {
          low_after_hi_.lower(t, low);
        }
        if (new_low) {
          lo_ = {t, low, true};
          high_after_lo_ = {};
        } else {
          high_after_lo_.higher(t, high);
        }
        const bool down = !new_high && low_after_hi_.valid && reached_down(hi_.price, low, atr);
        const bool up = !new_low && high_after_lo_.valid && reached_up(lo_.price, high, atr);
        if (down && (!up || hi_.bar < lo_.bar)) {
          out = swing<T>{hi_.bar, hi_.price, extreme::high, t};
          dir_ = dir::down;
          cand_ = low_after_hi_;
        } else if (up) {
          out = swing<T>{lo_.bar, lo_.price, extreme::low, t};
          dir_ = dir::up;
          cand_ = high_after_lo_;
        }
        break;
      }
      case dir::up:
        if (high > cand_.price) {
          cand_ = {t, high, true};
        } else if (reached_down(cand_.price, low, atr)) {
          out = swing<T>{cand_.bar, cand_.price, extreme::high, t};
          dir_ = dir::down;
          cand_ = {t, low, true};
        }
        break;
      case dir::down:
        if (low < cand_.price) {
          cand_ = {t, low, true};
        } else if (reached_up(cand_.price, high, atr)) {
          out = swing<T>{cand_.bar, cand_.price, extreme::low, t};
          dir_ = dir::up;
          cand_ = {t, high, true};
        }
        break;
    }
    return out;
  }

  // The extreme the search is following now (not a swing yet), if a first swing exists.
  [[nodiscard]] std::optional<swing<T>> pending() const noexcept {
    if (dir_ == dir::none) return std::nullopt;
    return swing<T>{cand_.bar, cand_.price, dir_ == dir::up ? extreme::high : extreme::low, 0};
  }
  [[nodiscard]] std::size_t bars() const noexcept { return bar_; }

 private:
  enum class dir : std::uint8_t { none, up, down };
  struct point {
    std::size_t bar = 0;
    T price{};
    bool valid = false;
    void lower(std::size_t t, T p) noexcept {
      if (!valid || p < price) *this = {t, p, true};
    }
    void higher(std::size_t t, T p) noexcept {
      if (!valid || p > price) *this = {t, p, true};
    }
  };

  [[nodiscard]] double distance(double from, T atr) const noexcept {
    switch (th_.unit) {
      case swing_unit::percent:
        return from * th_.amount / 100.0;
      case swing_unit::points:
        return th_.amount;
      case swing_unit::atr:
        return th_.amount * static_cast<double>(atr);
    }
    return std::numeric_limits<double>::quiet_NaN();
  }
  // NaN distances (NaN ATR) compare false: no reversal.
  [[nodiscard]] bool reached_down(T from, T price, T atr) const noexcept {
    const auto f = static_cast<double>(from);
    return static_cast<double>(price) <= f - distance(f, atr);
  }
  [[nodiscard]] bool reached_up(T from, T price, T atr) const noexcept {
    const auto f = static_cast<double>(from);
    return static_cast<double>(price) >= f + distance(f, atr);
  }

  swing_threshold th_;
  dir dir_ = dir::none;
  point hi_, lo_;                       // before the first swing: extremes so far
  point low_after_hi_, high_after_lo_;  // ... and the opposite extremes after them
  point cand_;                          // after it: the extreme being followed
  std::size_t bar_ = 0;
};

template <real T>
std::vector<swing<T>> run_zigzag(std::span<const T> high, std::span<const T> low,
                                 std::span<const T> atr, swing_threshold th) {
  zigzag<T> z(th);
  std::vector<swing<T>> out;
  for (std::size_t t = 0; t < high.size(); ++t)
    if (auto s = z.step(high[t], low[t], atr.empty() ? T(0) : atr[t])) out.push_back(*s);
  return out;
}

}  // namespace detail

// Swings on high/low bars; threshold in percent or points.
template <series High, series Low>
[[nodiscard]] std::vector<swing<series_value_t<High>>> swings(const High& high, const Low& low,
                                                              swing_threshold threshold) {
  using T = series_value_t<High>;
  detail::check_swing("swings", threshold, false);
  detail::check_same_sizes("swings", {"high", "low"}, high, low);
  return detail::run_zigzag<T>(input_span(high), input_span(low), {}, threshold);
}

// Swings on high/low bars with an ATR series (any threshold unit; atr is used for swing_unit::atr).
template <series High, series Low, series Atr>
[[nodiscard]] std::vector<swing<series_value_t<High>>> swings(const High& high, const Low& low,
                                                              const Atr& atr,
                                                              swing_threshold threshold) {
  using T = series_value_t<High>;
  detail::check_swing("swings", threshold, true);
  detail::check_same_sizes("swings", {"high", "low", "atr"}, high, low, atr);
  return detail::run_zigzag<T>(input_span(high), input_span(low), input_span(atr), threshold);
}

// Swings on one series (closes); threshold in percent or points.
template <series Close>
[[nodiscard]] std::vector<swing<series_value_t<Close>>> swings(const Close& close,
                                                               swing_threshold threshold) {
  using T = series_value_t<Close>;
  detail::check_swing("swings", threshold, false);
  const auto c = input_span(close);
  return detail::run_zigzag<T>(c, c, {}, threshold);
}

template <class T>
class swing_stream {
  static_assert(is_real_v<T>, "taspan::swing_stream<T>: T must be float or double");

 public:
  explicit swing_stream(swing_threshold threshold) : th_(checked(threshold)), z_(threshold) {}

  // One bar; atr is read only for swing_unit::atr. Returns the swing this bar confirms.
  std::optional<swing<T>> update(T high, T low, T atr = T(0)) noexcept {
    return z_.step(high, low, atr);
  }
  // One close.
  std::optional<swing<T>> update(T close) noexcept { return z_.step(close, close, T(0)); }
  [[nodiscard]] std::optional<swing<T>> peek(T high, T low, T atr = T(0)) const noexcept {
    detail::zigzag<T> copy = z_;
    return copy.step(high, low, atr);
  }
  [[nodiscard]] std::optional<swing<T>> peek(T close) const noexcept { return peek(close, close); }
  // The extreme now being followed (its confirmed_at is 0: it is not a swing yet).
  [[nodiscard]] std::optional<swing<T>> pending() const noexcept { return z_.pending(); }
  [[nodiscard]] bool ready() const noexcept { return z_.pending().has_value(); }
  void reset() noexcept { z_ = detail::zigzag<T>(th_); }
  [[nodiscard]] int lookback() const noexcept { return 0; }
  [[nodiscard]] std::size_t bars_seen() const noexcept { return z_.bars(); }

 private:
  static swing_threshold checked(swing_threshold th) {
    if (th.unit == swing_unit::atr) {
      detail::check_positive("swing_stream", "threshold", th.amount);
    } else {
      detail::check_swing("swing_stream", th, false);
    }
    return th;
  }
  swing_threshold th_;
  detail::zigzag<T> z_;
};

}  // namespace taspan
