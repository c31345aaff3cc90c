#pragma once
// Window locality, for windowed indicators: the value at bar i computed on the whole series equals
// the value computed on bars i-lookback .. i alone. Checked after an infinity (or a huge value)
// has entered and left the window: nothing it did to running sums may outlive the window.

#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace taspan_test {

// f(from, to): the indicator's output computed on bars [from, to) only. Non-finite values must be
// identical; finite ones equal to `rel` relative (the whole series slides its sums where the window
// alone is summed afresh), or to `abs` absolute near zero. rel < 0: only the class (NaN, +inf,
// -inf, finite) must agree, for series whose huge values leave running sums with rounding noise
// until the next exact re-seed.
template <class T, class F>
void expect_window_locality(std::size_t n, std::size_t lookback, F&& f, double rel,
                            double abs = 0.0, const std::string& what = "") {
  const std::vector<T> whole = f(std::size_t{0}, n);
  ASSERT_EQ(whole.size(), n);
  for (std::size_t i = lookback; i < n; ++i) {
    const std::vector<T> alone = f(i - lookback, i + 1);
    const double a = static_cast<double>(alone.back());
    const double w = static_cast<double>(whole[i]);
    if (std::isnan(a) || std::isnan(w)) {
      EXPECT_TRUE(std::isnan(a) && std::isnan(w))
          << what << " bar " << i << ": " << w << " vs " << a;
    } else if (std::isinf(a) || std::isinf(w)) {
      EXPECT_EQ(w, a) << what << " bar " << i;
    } else if (rel >= 0.0) {
      EXPECT_NEAR(w, a, rel * std::max(std::abs(a), std::abs(w)) + abs) << what << " bar " << i;
    }
  }
}

// A slice [from, to) of v.
template <class T>
std::vector<T> slice_of(const std::vector<T>& v, std::size_t from, std::size_t to) {
  return std::vector<T>(v.begin() + static_cast<std::ptrdiff_t>(from),
                        v.begin() + static_cast<std::ptrdiff_t>(to));
}

}  // namespace taspan_test
