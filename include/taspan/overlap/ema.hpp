#pragma once
// EMA, exponential moving average (TA-Lib EMA): default period 30, k = 2/(period+1).
//
// Seeding: ema_seed::sma (default, TA-Lib): the first value is the SMA of the first `period`
// inputs, at bar period-1 (lookback period-1). ema_seed::first_value (TradingView's ta.ema, the
// pine_ema reference): the state starts at the first input and every bar has a value (lookback 0).
// Recursion: ema = (x - ema) * k + ema, in double for float and double.
// NaN: a NaN input gives NaN and restarts the warm-up: the bars after it are treated as a new
// series (with SMA seeding, the next value is `period` bars after the NaN).
// Batch evaluates the recursion in independent chunks (detail::ema_run) for speed; streaming steps
// bar by bar; they agree to within a few ulps of the input magnitude (tests: 1e-12 relative).

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

enum class ema_seed { sma, first_value };

[[nodiscard]] constexpr int ema_lookback(int period = 30, ema_seed seed = ema_seed::sma) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return seed == ema_seed::first_value ? 0 : period - 1;
}

namespace detail {

// EMA over one NaN-free run.
// Writes y[0..n) as ema_state would (x without NaN) until a value comes out non-finite (an
// overflow: see core_stream.hpp); returns that bar, or n.
template <real T>
std::size_t ema_until_overflow(const T* x, T* y, std::size_t n, int period,
                               ema_seed seed) noexcept {
  const auto p = static_cast<std::size_t>(period);
  const double k = ema_k(period);
  double prev = 0.0;
  std::size_t first = 0;  // first bar with a value
  if (seed == ema_seed::first_value) {
    prev = static_cast<double>(x[0]);
    y[0] = x[0];
    first = 1;
  } else {
    if (n < p) {
      std::fill_n(y, n, nan_v<T>);
      return n;
    }
    double sum = 0.0;
    for (std::size_t i = 0; i < p; ++i) sum += static_cast<double>(x[i]);
    std::fill_n(y, p - 1, nan_v<T>);
    prev = sum / static_cast<double>(period);
    y[p - 1] = static_cast<T>(prev);
    first = p;
  }
  if (!(prev - prev == 0.0)) return first - 1;
  ema_run(x + first, y + first, n - first, k, prev);
  for (std::size_t i = first; i < n; ++i)
    if (!(y[i] - y[i] == 0)) return i;
  return n;
}

// One run of bars without NaN: a bar whose value overflows is NaN and the EMA restarts after it,
// as after a NaN bar.
template <real T>
void ema_clean_run(const T* x, T* y, std::size_t n, int period, ema_seed seed) noexcept {
  while (n > 0) {
    const std::size_t bad = ema_until_overflow(x, y, n, period, seed);
    if (bad >= n) return;
    y[bad] = nan_v<T>;
    x += bad + 1;
    y += bad + 1;
    n -= bad + 1;
  }
}

template <real T>
void ema_kernel(std::span<const T> x, std::span<T> y, int period, ema_seed seed) noexcept {
  for_each_clean_run(
      x,
      [&](std::size_t b, std::size_t e) {
        ema_clean_run(x.data() + b, y.data() + b, e - b, period, seed);
      },
      [&](std::size_t i) { y[i] = nan_v<T>; });
}

}  // namespace detail

template <series In, output_series Out>
void ema(const In& in, Out&& out, int period = 30, ema_seed seed = ema_seed::sma) {
  detail::check_period("ema", period);
  auto [x, y] = detail::in_out_spans("ema", in, out);
  detail::ema_kernel(x, y, period, seed);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ema(const In& in, int period = 30,
                                                  ema_seed seed = ema_seed::sma) {
  return detail::output_vector(in, [&](auto& out) { ema(in, out, period, seed); });
}

template <class T>
class ema_stream : public detail::core_stream<T, detail::ema_state> {
 public:
  explicit ema_stream(int period = 30, ema_seed seed = ema_seed::sma)
      : detail::core_stream<T, detail::ema_state>(
            detail::ema_state(detail::check_period("ema_stream", period),
                              seed == ema_seed::first_value),
            ema_lookback(period, seed)) {}
  [[nodiscard]] int period() const noexcept { return this->core_.period; }
};

}  // namespace taspan
