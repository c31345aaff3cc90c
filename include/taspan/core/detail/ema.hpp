#pragma once
// EMA building blocks shared by several families: the EMA state of EMA, DEMA, TEMA, T3 and MA
// (overlap), MACD and TRIX (momentum) and ADOSC (volume); a fast batch kernel for the EMA
// recursion; and the NaN-run splitter the recursive batch kernels use. The cores built on them
// run in batch and streaming through core/detail/core_stream.hpp.
//
// NaN policy of those cores: a NaN input resets the core, so the output is NaN on that bar and on
// the `lookback` bars after it (the warm-up starts again). For windowed indicators whose span is
// lookback+1 bars (WMA, TRIMA, HMA, VWMA, SMA-type MAs) this is exactly "a NaN affects the windows
// that contain it".

#include <algorithm>
#include <cstddef>
#include <span>

#include "../concepts.hpp"
#include "../numeric.hpp"

namespace taspan::detail {

// TA-Lib's EMA recursion, in TA-Lib's operation order: ((x - prev) * k) + prev.
[[nodiscard]] constexpr double ema_step(double prev, double x, double k) noexcept {
  return (x - prev) * k + prev;
}

[[nodiscard]] constexpr double ema_k(int period) noexcept {
  return 2.0 / (static_cast<double>(period) + 1.0);
}

// EMA state: seeded with the SMA of its first `period` inputs (summed from 0.0 in input order, as
// TA-Lib does), or with the first input (first_value seeding). Finite inputs only.
struct ema_state {
  static constexpr bool restarts_on_overflow = true;
  double k = 0.0;
  int period = 1;
  bool seed_first = false;
  int count = 0;
  double sum = 0.0;
  double value = 0.0;

  ema_state() = default;
  ema_state(int n, bool first_value = false) noexcept
      : k(ema_k(n)), period(n), seed_first(first_value) {}

  [[nodiscard]] bool ready() const noexcept { return count >= period; }
  void reset() noexcept {
    count = 0;
    sum = 0.0;
    value = 0.0;
  }
  // Feeds one value; returns the EMA, or NaN while warming up.
  double step(double x) noexcept {
    if (count >= period) {
      value = ema_step(value, x, k);
      return value;
    }
    if (seed_first) {
      count = period;
      value = x;
      return value;
    }
    sum += x;
    if (++count < period) return nan_v<double>;
    value = sum / static_cast<double>(period);
    return value;
  }
};

// Continues an EMA from `prev` over x[0..n): y[i] = ema_step(y[i-1], x[i], k).
// Evaluated as L independent chunks of C bars per tile (local recurrences from 0, then a fix-up
// with powers of (1-k) that carries the previous value in), so the work is not one long
// dependency chain. Same recurrence, different rounding: agrees with the step-by-step form to a
// few ulps of the inputs' magnitude. Returns the last value.
template <real T, class Out>
double ema_run(const T* x, Out* y, std::size_t n, double k, double prev) noexcept {
  constexpr std::size_t lanes = 8;
  constexpr std::size_t chunk = 64;
  constexpr std::size_t tile = lanes * chunk;
  std::size_t i0 = 0;
  if (n >= tile) {
    const double a = 1.0 - k;
    double pw[chunk];  // pw[i] = a^(i+1)
    double p = 1.0;
    for (double& w : pw) w = p *= a;
    alignas(64) double z[tile];
    for (; i0 + tile <= n; i0 += tile) {
      const T* xt = x + i0;
      double acc[lanes] = {};
      for (std::size_t i = 0; i < chunk; ++i) {
        for (std::size_t j = 0; j < lanes; ++j) {
          acc[j] = a * acc[j] + k * static_cast<double>(xt[j * chunk + i]);
          z[j * chunk + i] = acc[j];
        }
      }
      Out* yt = y + i0;
      for (std::size_t j = 0; j < lanes; ++j) {
        const double* zj = z + j * chunk;
        for (std::size_t i = 0; i < chunk; ++i)
          yt[j * chunk + i] = static_cast<Out>(zj[i] + pw[i] * prev);
        prev = zj[chunk - 1] + pw[chunk - 1] * prev;
      }
    }
  }
  for (; i0 < n; ++i0) {
    prev = ema_step(prev, static_cast<double>(x[i0]), k);
    y[i0] = static_cast<Out>(prev);
  }
  return prev;
}

// Calls f(begin, end) for every maximal run of x without NaN, and at(i) for each NaN bar i.
template <real T, class F, class AtNan>
void for_each_clean_run(std::span<const T> x, F&& f, AtNan&& at) noexcept {
  const std::size_t n = x.size();
  std::size_t begin = 0;
  std::size_t i = 0;
  while (i < n) {
    // Scan a block at a time without branching per element, then locate the NaN.
    constexpr std::size_t block = 64;
    if (i + block <= n) {
      bool any = false;
      for (std::size_t j = i; j < i + block; ++j) any |= is_nan(x[j]);
      if (!any) {
        i += block;
        continue;
      }
    }
    const std::size_t stop = std::min(n, i + block);
    for (; i < stop; ++i) {
      if (is_nan(x[i])) {
        if (i > begin) f(begin, i);
        at(i);
        begin = i + 1;
      }
    }
  }
  if (n > begin) f(begin, n);
}

}  // namespace taspan::detail
