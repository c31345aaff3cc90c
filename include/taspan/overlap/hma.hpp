#pragma once
// HMA, Hull moving average (not in TA-Lib; Alan Hull's definition, as TradingView's ta.hma):
//   hma = WMA(2 * WMA(x, n/2) - WMA(x, n), floor(sqrt(n)))     (n/2 rounded down)
// Default period 9 (no TA-Lib default exists). Period must be >= 2.
// Lookback: (n - 1) + (floor(sqrt(n)) - 1): the inner WMA(n) needs n bars, the outer WMA
// floor(sqrt(n)) values of the difference.
// NaN: affects exactly the lookback+1 windows that contain it (the state restarts after it).
// Batch and streaming run the same core: bit-identical.

#include <cmath>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "wma.hpp"

namespace taspan {

[[nodiscard]] constexpr int hma_sqrt_period(int period) noexcept {
  int r = 0;
  while ((r + 1) * (r + 1) <= period) ++r;
  return r;
}

[[nodiscard]] constexpr int hma_lookback(int period = 9) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return (period - 1) + (hma_sqrt_period(period) - 1);
}

namespace detail {

class hma_core {
 public:
  explicit hma_core(int period)
      : half_(period / 2), full_(period), outer_(hma_sqrt_period(period)) {}

  double step(double x) noexcept {
    const double a = half_.step(x);
    const double b = full_.step(x);
    if (!full_.ready()) return nan_v<double>;
    return outer_.step(2.0 * a - b);
  }
  [[nodiscard]] double peek(double x) const noexcept {
    const double b = full_.peek(x);
    if (is_nan(b)) return nan_v<double>;
    return outer_.peek(2.0 * half_.peek(x) - b);
  }
  [[nodiscard]] bool ready() const noexcept { return outer_.ready(); }
  void reset() noexcept {
    half_.reset();
    full_.reset();
    outer_.reset();
  }

 private:
  wma_core half_, full_, outer_;
};

}  // namespace detail

template <series In, output_series Out>
void hma(const In& in, Out&& out, int period = 9) {
  detail::check_period("hma", period, 2);
  auto [x, y] = detail::in_out_spans("hma", in, out);
  if (detail::warmup_only(hma_lookback(period), y)) return;
  detail::run_core(detail::hma_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> hma(const In& in, int period = 9) {
  return detail::output_vector(in, [&](auto& out) { hma(in, out, period); });
}

template <class T>
class hma_stream : public detail::core_stream<T, detail::hma_core> {
 public:
  explicit hma_stream(int period = 9)
      : detail::core_stream<T, detail::hma_core>(detail::hma_core(checked(period)),
                                                 hma_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  static int checked(int period) {
    detail::check_period("hma_stream", period, 2);
    return period;
  }
  int period_;
};

}  // namespace taspan
