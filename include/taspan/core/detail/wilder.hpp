#pragma once
// Wilder's building blocks, shared by several families: Wilder smoothing (RSI, CMO, ATR, NATR,
// the DM/DI/DX/ADX line), true range (ATR, TRANGE, ULTOSC, DX) and one-bar directional movement
// (the DM line and SAR's start rule). The state machines built on them live with their family
// (momentum/detail/gain_loss.hpp, momentum/detail/directional.hpp, volatility/atr.hpp).
//
// Arithmetic: everything runs in double (also for float series), like TA-Lib's float variants.
// Wilder smoothing s' = s + (x - s)/n is computed as s*keep + x*take with keep = (n-1)/n and
// take = 1/n (TA-Lib writes (s*(n-1) + x)/n): the same recursion, rounded differently by about
// one ulp per step, so results agree with TA-Lib to ~1e-14 relative, while the loop-carried
// dependency is one multiply and one add instead of a division.

#include <cmath>

namespace taspan::detail {

struct wilder_weights {
  double keep;
  double take;
  explicit wilder_weights(int n) noexcept
      : keep(static_cast<double>(n - 1) / static_cast<double>(n)),
        take(1.0 / static_cast<double>(n)) {}
  // Average form (RSI, CMO, ATR, ADX): s + (x - s)/n.
  [[nodiscard]] double avg(double s, double x) const noexcept { return s * keep + x * take; }
  // Sum form (DM and TR inside DI/DX/ADX): s - s/n + x.
  [[nodiscard]] double sum(double s, double x) const noexcept { return s * keep + x; }
};

// max(x, 0) without a data-dependent branch (GCC turns `x > 0 ? x : 0` into a branch on the sign
// of a price change, which mispredicts half the time). Exact: x + |x| is 2x or 0, no rounding.
[[nodiscard]] inline double positive_part(double x) noexcept { return 0.5 * (x + std::abs(x)); }
[[nodiscard]] inline double larger(double a, double b) noexcept { return a > b ? a : b; }

// TA-Lib TRANGE of a bar: max(high - low, |high - prev_close|, |low - prev_close|).
[[nodiscard]] inline double true_range(double h, double l, double prev_close) noexcept {
  const double r = h - l;
  const double a = std::abs(h - prev_close);
  const double b = std::abs(l - prev_close);
  return larger(b, larger(a, r));
}

// One-bar directional movement (Wilder): up = high - prev_high, down = prev_low - low; +DM = up
// if up > down and up > 0, -DM = down if down > up and down > 0, else 0.
struct dm_pair {
  double plus;
  double minus;
};
// Branch-free: a positive part times a 0/1 flag (exact: x * 1.0 == x, x * 0.0 == +0.0 for x >= 0).
[[nodiscard]] inline dm_pair directional_movement(double up, double down) noexcept {
  return {positive_part(up) * static_cast<double>(up > down),
          positive_part(down) * static_cast<double>(down > up)};
}
}  // namespace taspan::detail
