#pragma once
// Helpers for the moving-average family tests: plain reference loops (long double, written from
// TA-Lib's documented algorithms, independent of taspan's cores) and the common checks every
// single-input indicator of the family gets (stream == batch, warm-up length, sizes around the
// lookback, NaN restart).

#include <cmath>
#include <functional>
#include <limits>
#include <vector>

#include "taspan_test.hpp"

namespace ma_test {

using taspan_test::tol;

using ld = long double;
inline constexpr ld lnan = std::numeric_limits<ld>::quiet_NaN();

template <class T>
std::vector<ld> widen(const std::vector<T>& x) {
  return std::vector<ld>(x.begin(), x.end());
}

// EMA as TA-Lib documents it: k = 2/(n+1), first value the SMA of the first n inputs at bar n-1,
// then ema = (x - ema) * k + ema. NaN entries of x (before `from`) are skipped: the reference is
// applied to x[from..].
inline std::vector<ld> ref_ema(const std::vector<ld>& x, int n, std::size_t from = 0) {
  std::vector<ld> y(x.size(), lnan);
  const auto p = static_cast<std::size_t>(n);
  if (x.size() < from + p) return y;
  ld s = 0;
  for (std::size_t i = from; i < from + p; ++i) s += x[i];
  ld e = s / n;
  y[from + p - 1] = e;
  const ld k = 2.0L / (n + 1);
  for (std::size_t i = from + p; i < x.size(); ++i) y[i] = e = (x[i] - e) * k + e;
  return y;
}

// Index of the first non-NaN entry (x.size() if none).
inline std::size_t first_value(const std::vector<ld>& y) {
  std::size_t i = 0;
  while (i < y.size() && std::isnan(y[i])) ++i;
  return i;
}

// SMA of each full window, recomputed from scratch.
inline std::vector<ld> ref_sma(const std::vector<ld>& x, int n, std::size_t from = 0) {
  std::vector<ld> y(x.size(), lnan);
  const auto p = static_cast<std::size_t>(n);
  for (std::size_t i = from + p - 1; i < x.size(); ++i) {
    ld s = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) s += x[j];
    y[i] = s / n;
  }
  return y;
}

// Linearly weighted MA, weights 1..n (newest n), recomputed from scratch.
inline std::vector<ld> ref_wma(const std::vector<ld>& x, int n, std::size_t from = 0) {
  std::vector<ld> y(x.size(), lnan);
  const auto p = static_cast<std::size_t>(n);
  for (std::size_t i = from + p - 1; i < x.size(); ++i) {
    ld s = 0;
    for (std::size_t j = 0; j < p; ++j) s += static_cast<ld>(j + 1) * x[i + 1 - p + j];
    y[i] = s / (static_cast<ld>(n) * (n + 1) / 2);
  }
  return y;
}

// The checks every single-input indicator of the family gets.
//   batch(x) -> vector<T>;  make() -> a fresh stream;  lookback: the documented lookback;
//   bitwise: stream must equal batch bit for bit (else within tol<T>() relative to `scale`);
//   positive: the indicator is defined for positive prices only (ratios to a price): the falling
//   line stops at 25.5 instead of crossing 0.
template <class T, class Batch, class Make>
void check_common(Batch batch, Make make, int lookback, bool bitwise, double scale = 0.0,
                  bool positive = false) {
  using namespace taspan_test;
  const auto lb = static_cast<std::size_t>(lookback);
  const std::vector<std::vector<T>> data = {random_walk<T>(1500, 5), monotone<T>(400, true),
                                            monotone<T>(positive ? 150 : 400, false),
                                            constant<T>(300), near_1e5<T>(800)};
  for (const auto& x : data) {
    const std::vector<T> y = batch(x);
    ASSERT_EQ(y.size(), x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
      ASSERT_EQ(std::isnan(static_cast<double>(y[i])), i < lb) << "warm-up at " << i;
    auto s = make();
    EXPECT_FALSE(s.ready());
    const auto z = run_stream(s, x);
    EXPECT_TRUE(s.ready());
    EXPECT_EQ(s.lookback(), lookback);
    if (bitwise)
      expect_series_identical(z, y, "stream vs batch");
    else
      expect_series_near(z, y, tol<T>(), tol<T>() * scale, "stream vs batch");
    s.reset();
    EXPECT_FALSE(s.ready());
    if (bitwise) expect_series_identical(run_stream(s, x), y, "after reset");
  }
  // Sizes 0, 1, lookback, lookback + 1.
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, lb, lb + 1}) {
    const auto x = random_walk<T>(n, 9);
    const auto y = batch(x);
    ASSERT_EQ(y.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(static_cast<double>(y[i])), i < lb);
    auto s = make();
    const auto z = run_stream(s, x);
    EXPECT_EQ(s.ready(), n > lb) << n;
  }
  // NaN restart: with a NaN at bar j, the output is the batch of x[..j), NaN, then the batch of
  // x(j..] as a fresh series: the warm-up starts again.
  const auto x = random_walk<T>(lb * 3 + 200, 13);
  const std::size_t j = lb + 57;
  auto xn = x;
  xn[j] = std::numeric_limits<T>::quiet_NaN();
  const auto y = batch(xn);
  const auto pre = batch(std::vector<T>(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(j)));
  const auto post = batch(std::vector<T>(x.begin() + static_cast<std::ptrdiff_t>(j) + 1, x.end()));
  // (Within rounding: a windowed type may re-seed its running sums at other bars.)
  expect_series_near(std::vector<T>(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(j)), pre,
                     tol<T>(), 0.0, "before the NaN");
  EXPECT_TRUE(std::isnan(static_cast<double>(y[j])));
  expect_series_near(std::vector<T>(y.begin() + static_cast<std::ptrdiff_t>(j) + 1, y.end()), post,
                     tol<T>(), tol<T>() * scale, "after the NaN");
  for (std::size_t i = j; i < y.size(); ++i)
    EXPECT_EQ(std::isnan(static_cast<double>(y[i])), i <= j + lb) << i;
  auto s = make();
  const auto z = run_stream(s, xn);
  if (bitwise)
    expect_series_identical(z, y, "stream vs batch with NaN");
  else
    expect_series_near(z, y, tol<T>(), tol<T>() * scale, "stream vs batch with NaN");
}

}  // namespace ma_test
