#pragma once
// One bar of a higher time frame built from base bars: open = the first open, high = the highest
// high, low = the lowest low, close = the last close, volume = the sum (accumulated in double).
// NaN in a base bar makes high, low or volume NaN; open and close are taken as they are. Shared by
// the daily resampler (resample.hpp) and the timestamp resampler (bars.hpp).

#include "../../core/concepts.hpp"
#include "../../core/numeric.hpp"

namespace taspan::detail {

template <real T>
[[nodiscard]] constexpr T nan_max(T a, T b) noexcept {
  return is_nan(a) || is_nan(b) ? nan_v<T> : (b > a ? b : a);
}
template <real T>
[[nodiscard]] constexpr T nan_min(T a, T b) noexcept {
  return is_nan(a) || is_nan(b) ? nan_v<T> : (b < a ? b : a);
}

template <real T>
struct ohlcv_accumulator {
  T open{}, high{}, low{}, close{};
  double volume_sum = 0.0;

  constexpr void start(T o, T h, T l, T c, T v) noexcept {
    open = o;
    high = h;
    low = l;
    close = c;
    volume_sum = static_cast<double>(v);
  }
  constexpr void add(T h, T l, T c, T v) noexcept {
    high = nan_max(high, h);
    low = nan_min(low, l);
    close = c;
    volume_sum += static_cast<double>(v);
  }
  [[nodiscard]] constexpr T volume() const noexcept { return static_cast<T>(volume_sum); }
};

// Appends a bar's fields to a batch result's columns; a column whose input was empty stays empty.
template <class Result, class Bar, class Spans>
void push_columns(Result& r, const Bar& p, const Spans& in) {
  if (!in[0].empty()) r.open.push_back(p.open);
  if (!in[1].empty()) r.high.push_back(p.high);
  if (!in[2].empty()) r.low.push_back(p.low);
  r.close.push_back(p.close);
  if (!in[4].empty()) r.volume.push_back(p.volume);
  r.first.push_back(p.first);
  r.last.push_back(p.last);
  r.closed_at.push_back(p.closed_at);
}

}  // namespace taspan::detail
