#pragma once
// Fractal pivots: a pivot high at bar i is a high that stands above the `left` bars before it and
// is not exceeded by the `right` bars after it; pivot lows mirror it. A pivot at bar i is known
// only once bar i + right has closed: that bar is its `confirmed_at`, and neither form reports a
// pivot before it.
//
// Ties: a pivot high must be strictly higher than each of the `left` bars before it and at least
// as high as each of the `right` bars after it (lows mirrored). A flat top of equal highs
// therefore gives one pivot, on its first bar: the first bar that reached the level.
// NaN: a window (bars i-left .. i+right) that holds a NaN gives no pivot.
// Near the edges: bars with fewer than `left` bars before them, or fewer than `right` bars after
// them (in the data so far), are never pivots.
//
// Batch and streaming run the same test on the same window: identical results, in the same order
// (by bar; a high before a low on the same bar).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

// Which side of the market a turning point is on.
enum class extreme : std::uint8_t { high, low };

// Which way a breakout (or a measured move) goes.
enum class direction : std::uint8_t { up, down };

template <real T>
struct pivot {
  std::size_t bar = 0;           // bar of the high (low)
  T price{};                     // the high (low)
  extreme kind = extreme::high;  //
  std::size_t confirmed_at = 0;  // bar + right: first bar at which the pivot is known
  friend bool operator==(const pivot&, const pivot&) = default;
};

// The bars a pivot at bar i needs before it is known.
[[nodiscard]] constexpr int pivot_lookback(int left, int right) noexcept {
  if (!detail::lookback_args_ok(left, right)) return -1;
  return left + right;
}

namespace detail {

inline void check_pivot(const char* function, int left, int right) {
  check_min(function, "left", left, 1);
  check_min(function, "right", right, 0);
}

// Is the middle element (index `left` of a window of left + right + 1 values) a pivot?
// `at(j)` returns the j-th value of the window, oldest first. `higher` picks highs or lows.
template <real T, class At>
[[nodiscard]] bool is_pivot(At&& at, std::size_t left, std::size_t right, bool high) noexcept {
  const T c = at(left);
  if (is_nan(c)) return false;
  for (std::size_t j = 0; j < left; ++j) {
    const T v = at(j);
    if (is_nan(v) || (high ? !(c > v) : !(c < v))) return false;
  }
  for (std::size_t j = left + 1; j <= left + right; ++j) {
    const T v = at(j);
    if (is_nan(v) || (high ? !(c >= v) : !(c <= v))) return false;
  }
  return true;
}

}  // namespace detail

// Pivot highs of `high` and pivot lows of `low`, ordered by bar (a high before a low on one bar).
// For pivots of a single series (closes), pass it twice.
template <series High, series Low>
[[nodiscard]] std::vector<pivot<series_value_t<High>>> pivots(const High& high, const Low& low,
                                                              int left = 2, int right = 2) {
  using T = series_value_t<High>;
  detail::check_pivot("pivots", left, right);
  detail::check_same_sizes("pivots", {"high", "low"}, high, low);
  const auto h = input_span(high);
  const auto l = input_span(low);
  const auto lf = static_cast<std::size_t>(left);
  const auto rt = static_cast<std::size_t>(right);
  std::vector<pivot<T>> out;
  for (std::size_t t = lf + rt; t < h.size(); ++t) {
    const std::size_t first = t - lf - rt;
    const std::size_t i = t - rt;
    if (detail::is_pivot<T>([&](std::size_t j) { return h[first + j]; }, lf, rt, true))
      out.push_back({i, h[i], extreme::high, t});
    if (detail::is_pivot<T>([&](std::size_t j) { return l[first + j]; }, lf, rt, false))
      out.push_back({i, l[i], extreme::low, t});
  }
  return out;
}

// The pivots that bar update(...) confirms (the pivot bar is `right` bars back).
template <real T>
struct pivot_update {
  std::optional<pivot<T>> high;
  std::optional<pivot<T>> low;
};

template <class T>
class pivot_stream {
  static_assert(is_real_v<T>, "taspan::pivot_stream<T>: T must be float or double");

 public:
  explicit pivot_stream(int left = 2, int right = 2)
      : left_(checked(left, right)), right_(right), highs_(window()), lows_(window()) {}

  // Feeds bar number bars_seen() and returns the pivots it confirms.
  pivot_update<T> update(T high, T low) noexcept {
    const pivot_update<T> r = peek(high, low);
    highs_.push(high);
    lows_.push(low);
    ++bars_;
    return r;
  }
  // What update(high, low) would return, without changing state.
  [[nodiscard]] pivot_update<T> peek(T high, T low) const noexcept {
    pivot_update<T> r;
    if (highs_.size() + 1 < highs_.capacity()) return r;
    const auto lf = static_cast<std::size_t>(left_);
    const auto rt = static_cast<std::size_t>(right_);
    // The window that the new bar completes: the stored bars (the oldest dropped if full), then it.
    const std::size_t skip = highs_.full() ? 1 : 0;
    const std::size_t last = lf + rt;
    auto at = [&](const detail::ring<T>& w, T x) {
      return [&w, x, skip, last](std::size_t j) { return j == last ? x : w[j + skip]; };
    };
    const std::size_t i = bars_ - rt;
    if (detail::is_pivot<T>(at(highs_, high), lf, rt, true))
      r.high = pivot<T>{i, rt == 0 ? high : highs_[lf + skip], extreme::high, bars_};
    if (detail::is_pivot<T>(at(lows_, low), lf, rt, false))
      r.low = pivot<T>{i, rt == 0 ? low : lows_[lf + skip], extreme::low, bars_};
    return r;
  }
  [[nodiscard]] bool ready() const noexcept { return highs_.full(); }
  void reset() noexcept {
    highs_.clear();
    lows_.clear();
    bars_ = 0;
  }
  [[nodiscard]] int lookback() const noexcept { return pivot_lookback(left_, right_); }
  [[nodiscard]] std::size_t bars_seen() const noexcept { return bars_; }

 private:
  static int checked(int left, int right) {
    detail::check_pivot("pivot_stream", left, right);
    return left;
  }
  [[nodiscard]] std::size_t window() const noexcept {
    return static_cast<std::size_t>(left_) + static_cast<std::size_t>(right_) + 1;
  }

  int left_;
  int right_;
  detail::ring<T> highs_;
  detail::ring<T> lows_;
  std::size_t bars_ = 0;
};

}  // namespace taspan
