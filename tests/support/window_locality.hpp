#pragma once
// Window locality, for windowed indicators: the value at bar i computed on the whole series equals
// the value computed on bars i-lookback .. i alone. Checked after an infinity (or a huge value)
// has entered and left the window: nothing it did to running sums may outlive the window.

#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "taspan_test.hpp"

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

// One-input moving averages: +inf, -inf, and max/lowest values enter and leave the window;
// batch == stream bitwise, and every bar equals its window computed alone.
template <class T, class Batch, class Stream>
void expect_local_after_extremes(Batch&& batch, Stream&& make_stream, std::size_t lookback) {
  using lim = std::numeric_limits<T>;
  auto x = random_walk<T>(120, 7);
  x[20] = lim::infinity();
  x[50] = -lim::infinity();
  x[53] = lim::infinity();  // +inf and -inf in one window
  auto big = random_walk<T>(120, 8);
  big[30] = big[31] = lim::max();
  big[32] = lim::lowest();
  big[70] = lim::max();
  for (const auto* v : {&x, &big}) {
    const std::vector<T> y = batch(*v);
    auto s = make_stream();
    const std::vector<T> z = run_stream(s, *v);
    for (std::size_t i = 0; i < v->size(); ++i)
      EXPECT_TRUE(y[i] == z[i] || both_nan(y[i], z[i])) << "bar " << i;
    expect_window_locality<T>(
        v->size(), lookback,
        [&](std::size_t a, std::size_t b) { return batch(slice_of(*v, a, b)); },
        v == &x ? (std::is_same_v<T, float> ? 1e-5 : 1e-9) : -1.0, 1e-9);
  }
}

}  // namespace taspan_test
