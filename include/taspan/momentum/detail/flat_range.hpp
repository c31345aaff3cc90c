#pragma once
// The flat-range rule of STOCH, STOCHF, STOCHRSI and WILLR (issue 15): a window whose range is
// within 8 ulps of T of its magnitude is flat, and its oscillator is 0 (TA-Lib's value for a
// zero range). On a derived series (STOCHRSI's RSI) a flat stretch comes out as values a few
// ulps apart, and dividing by that noise gives 0 or 100 by the toss of the rounding (fastd 66.67
// where the exact answer and TA-Lib give 33.33); on prices a range that small carries no
// information either.

#include <algorithm>
#include <cmath>
#include <limits>

#include "../../core/concepts.hpp"

namespace taspan::detail {

template <real T>
[[nodiscard]] bool flat_range(double highest, double lowest) noexcept {
  const double magnitude = std::max(std::abs(highest), std::abs(lowest));
  const double ulps = 8.0 * static_cast<double>(std::numeric_limits<T>::epsilon());
  return highest - lowest <= ulps * magnitude;
}

}  // namespace taspan::detail
