#pragma once
// Plain reference loops for the rolling core (rolling max/min/argmax/argmin/var/stddev and the
// TA-Lib wrappers built on them), written independently of taspan's kernels: each window is
// recomputed from scratch in long double, O(n * period).

#include <cmath>
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "taspan_test.hpp"

namespace taspan_ref {

using ld = long double;
inline constexpr ld lnan = std::numeric_limits<ld>::quiet_NaN();

template <class T>
bool window_has_nan(const std::vector<T>& x, std::size_t first, std::size_t last) {
  for (std::size_t j = first; j <= last; ++j)
    if (std::isnan(x[j])) return true;
  return false;
}

// max (sign = +1) or min (sign = -1) of each window, NaN if the window holds a NaN.
template <class T>
std::vector<ld> extreme(const std::vector<T>& x, int period, int sign) {
  std::vector<ld> out(x.size(), lnan);
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = p - 1; i < x.size(); ++i) {
    if (window_has_nan(x, i + 1 - p, i)) continue;
    ld best = x[i + 1 - p];
    for (std::size_t j = i + 1 - p; j <= i; ++j)
      best = sign > 0 ? std::max<ld>(best, x[j]) : std::min<ld>(best, x[j]);
    out[i] = best;
  }
  return out;
}

// TA-Lib MAXINDEX (sign = +1) / MININDEX (sign = -1), transcribed from the algorithm of
// ta_MAXINDEX.c / ta_MININDEX.c: keep the index of the best; when it leaves the window rescan
// the window oldest first with a strict comparison; otherwise a new value >= (<=) the best takes
// over. NaN bars never compare true (they are skipped); windows holding a NaN are reported NaN.
template <class T>
std::vector<ld> talib_index(const std::vector<T>& x, int period, int sign) {
  std::vector<ld> out(x.size(), lnan);
  const auto better = [&](ld a, ld b) { return sign > 0 ? a > b : a < b; };
  const auto at_least = [&](ld a, ld b) { return sign > 0 ? a >= b : a <= b; };
  long held = -1;
  ld held_value = 0;
  const long n = static_cast<long>(x.size());
  for (long today = period - 1; today < n; ++today) {
    const long trailing = today - period + 1;
    const ld v = x[static_cast<std::size_t>(today)];
    if (held < trailing) {
      held = -1;
      for (long i = trailing; i <= today; ++i) {
        const ld xi = x[static_cast<std::size_t>(i)];
        if (std::isnan(xi)) continue;
        if (held < 0 || better(xi, held_value)) {
          held = i;
          held_value = xi;
        }
      }
    } else if (!std::isnan(v) && at_least(v, held_value)) {
      held = today;
      held_value = v;
    }
    const auto first = static_cast<std::size_t>(trailing);
    if (!window_has_nan(x, first, static_cast<std::size_t>(today)))
      out[static_cast<std::size_t>(today)] = static_cast<ld>(held);
  }
  return out;
}

// Variance of each window (two-pass, long double), divisor period - ddof.
template <class T>
std::vector<ld> variance(const std::vector<T>& x, int period, int ddof = 0) {
  std::vector<ld> out(x.size(), lnan);
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = p - 1; i < x.size(); ++i) {
    if (window_has_nan(x, i + 1 - p, i)) continue;
    ld s = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) s += x[j];
    const ld mean = s / period;
    ld q = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) q += (x[j] - mean) * (x[j] - mean);
    out[i] = q / (period - ddof);
  }
  return out;
}

// Checks a rolling variance (root = false) or standard deviation (root = true) against the
// reference: same NaN positions, and |error of the variance| <= rel * variance + 1e-14 * R^2, where
// R is the range of x over the last 2*period bars. The second term is the documented limit of
// any O(1)-per-bar sliding variance: rounding of the squared deviations that entered and left
// since the last re-seed (taspan re-seeds every period outputs). On prices near 1e5 in cents it
// is far below the 1e-9 relative target; it matters only for windows far quieter than the bars
// just before them.
template <class A, class T>
void expect_variance_near(const A& actual, const std::vector<ld>& ref_var, const std::vector<T>& x,
                          int period, double rel, bool root, const std::string& what) {
  ASSERT_EQ(actual.size(), ref_var.size());
  int reported = 0;
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const ld e = ref_var[i];
    const ld a = actual[i];
    if (std::isnan(e) || std::isnan(a)) {
      if (std::isnan(e) != std::isnan(a) && reported++ < 5)
        ADD_FAILURE() << what << " at " << i << ": got " << a << ", expected " << e;
      continue;
    }
    const std::size_t first = i + 1 >= 2 * p ? i + 1 - 2 * p : 0;
    ld lo = x[i], hi = x[i];
    for (std::size_t j = first; j <= i; ++j) {
      if (std::isnan(x[j])) continue;
      lo = std::min<ld>(lo, x[j]);
      hi = std::max<ld>(hi, x[j]);
    }
    const ld av = root ? a * a : a;
    const ld bound = rel * e + 1e-14L * (hi - lo) * (hi - lo);
    if (!(std::abs(av - e) <= bound) && reported++ < 5)
      ADD_FAILURE() << what << " at " << i << ": got " << a << ", expected variance " << e;
  }
}

inline std::vector<ld> sqrt_of(std::vector<ld> v) {
  for (auto& e : v) e = std::sqrt(e);
  return v;
}

// The series every rolling test runs on: random walk, near 1e5 in cents, constant, monotone up
// and down, NaN-holed (first bar, a pair, middle, last).
template <class T>
std::vector<std::vector<T>> datasets() {
  using namespace taspan_test;
  return {random_walk<T>(1000),    near_1e5<T>(1000),
          constant<T>(300),        monotone<T>(500, true),
          monotone<T>(500, false), with_nans(random_walk<T>(600, 7), {0, 50, 51, 300, 599})};
}

inline const char* dataset_name(std::size_t k) {
  static const char* names[] = {"random walk", "near 1e5", "constant", "up", "down", "NaN-holed"};
  return k < 6 ? names[k] : "?";
}

inline constexpr int periods[] = {1, 2, 3, 14, 200};

// Calls check(x, period, ddof, what) for every data set, period and ddof (0, 1) below the period;
// `what` names the case for failure messages.
template <class T, class Check>
void for_each_variance_case(Check check) {
  const auto sets = datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    for (int period : periods) {
      for (int ddof : {0, 1}) {
        if (ddof >= period) continue;
        check(sets[k], period, ddof,
              std::string(dataset_name(k)) + " p=" + std::to_string(period) +
                  " ddof=" + std::to_string(ddof));
      }
    }
  }
}

}  // namespace taspan_ref
