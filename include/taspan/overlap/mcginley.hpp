#pragma once
// McGinley dynamic (not in TA-Lib; John McGinley, 1990). Reference: TradingView's built-in
// "McGinley Dynamic" (Pine v5), which drops McGinley's 0.6 constant:
//   md = x[0] on the first bar (Pine's ta.ema on its first bar), then
//   md = md + (x - md) / (period * (x / md)^4)
// Default period 14 (TradingView's). Lookback 0. Meant for positive prices: the ratio x / md is
// what makes it adapt, so it scales with prices but does not move with a shift of them.
// NaN: recursive; a NaN input gives NaN and the next bar starts again from its price. A state
// that stops being finite (overflow) gives NaN and restarts the same way. A price of 0 pins it
// at 0 (every later ratio is infinite), as in the script.
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int mcginley_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 0;
}

namespace detail {

class mcginley_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  explicit mcginley_core(int period) : n_(static_cast<double>(period)) {}
  double step(double x) noexcept {
    value_ = peek(x);
    started_ = true;
    return value_;
  }
  [[nodiscard]] double peek(double x) const noexcept {
    if (!started_) return x;
    const double r = x / value_;
    const double r2 = r * r;
    return value_ + (x - value_) / (n_ * (r2 * r2));
  }
  [[nodiscard]] bool ready() const noexcept { return started_; }
  void reset() noexcept { started_ = false; }

 private:
  double n_;
  double value_ = 0.0;
  bool started_ = false;
};

}  // namespace detail

template <series In, output_series Out>
void mcginley(const In& in, Out&& out, int period = 14) {
  detail::check_period("mcginley", period);
  auto [x, y] = detail::in_out_spans("mcginley", in, out);
  detail::run_core(detail::mcginley_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> mcginley(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { mcginley(in, out, period); });
}

template <class T>
class mcginley_stream : public detail::core_stream<T, detail::mcginley_core> {
 public:
  explicit mcginley_stream(int period = 14)
      : detail::core_stream<T, detail::mcginley_core>(
            detail::mcginley_core(detail::check_period("mcginley_stream", period)),
            mcginley_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
