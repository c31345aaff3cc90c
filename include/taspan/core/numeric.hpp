#pragma once
// Output alignment and NaN conventions shared by every indicator.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <span>

#include "concepts.hpp"

namespace taspan {

// Warm-up entries and undefined results are quiet NaN.
template <real T>
inline constexpr T nan_v = std::numeric_limits<T>::quiet_NaN();

namespace detail {

// Fills the first `lookback` entries (or all, if the series is shorter) with NaN and returns the
// index of the first bar that gets a value.
template <real T>
std::size_t fill_warmup(std::span<T> out, int lookback) noexcept {
  const std::size_t n = std::min(out.size(), static_cast<std::size_t>(std::max(lookback, 0)));
  std::fill_n(out.begin(), n, nan_v<T>);
  return n;
}

// A batch call whose series is no longer than its warm-up: every output is NaN. Returns true
// after filling them, so the call can return before building state sized by its periods (a
// period of 10^8 on 200 bars would take gigabytes): batch memory is O(min(period, n)).
template <real T, real... U>
bool warmup_only(int lookback, std::span<T> out, std::span<U>... more) noexcept {
  if (lookback >= 0 && static_cast<std::size_t>(lookback) < out.size()) return false;
  std::fill(out.begin(), out.end(), nan_v<T>);
  (std::fill(more.begin(), more.end(), nan_v<U>), ...);
  return true;
}

template <real T>
[[nodiscard]] constexpr bool is_nan(T x) noexcept {
  return x != x;  // NOLINT(misc-redundant-expression): std::isnan is not constexpr in C++20
}

// True when any input of the bar is NaN (one compare: a sum is NaN iff a term is NaN or inf-inf).
template <class... X>
[[nodiscard]] constexpr bool any_nan(X... x) noexcept {
  const double s = (static_cast<double>(x) + ...);
  return is_nan(s);
}

}  // namespace detail
}  // namespace taspan
