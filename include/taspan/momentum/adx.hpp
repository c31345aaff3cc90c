#pragma once
// ADX, Wilder's average directional movement index (TA-Lib ADX): default period 14 (>= 2),
// lookback 2 * period - 1.
//
//   DX as in dx.hpp on bars n, n+1, ...; the first ADX (bar 2n-1) is the mean of the DX of bars
//   n..2n-1, then ADX = ADX + (DX - ADX)/n.
//
// As TA-Lib: an undefined DX (TR_n == 0 or +DI + -DI == 0) adds 0 to the first mean and leaves
// the ADX unchanged afterwards. Values lie in [0, 100].
// NaN: a bar with a NaN input yields NaN and restarts the warm-up. Batch == streaming bitwise.

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/wilder.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/directional.hpp"

namespace taspan {

[[nodiscard]] constexpr int adx_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 2 * period - 1;
}

namespace detail {

class adx_core {
 public:
  static constexpr bool nan_aware = true;
  explicit adx_core(int period) noexcept : dm_(period), w_(period), period_(period) {}
  template <real T>
  T step(T h, T l, T c) noexcept {
    if (!dm_.step(static_cast<double>(h), static_cast<double>(l), static_cast<double>(c)))
      return nan_v<T>;
    const int k = dm_.count();
    if (k < period_) return nan_v<T>;
    double d = 0.0;
    const bool defined = dm_.dx(d);
    if (k < 2 * period_ - 1) {
      if (k == period_) sum_ = 0.0;
      if (defined) sum_ += d;
      return nan_v<T>;
    }
    if (k == 2 * period_ - 1) {
      if (defined) sum_ += d;
      adx_ = sum_ / static_cast<double>(period_);
    } else if (defined) {
      adx_ = w_.avg(adx_, d);
    }
    return static_cast<T>(adx_);
  }
  [[nodiscard]] bool ready() const noexcept { return dm_.count() >= 2 * period_ - 1; }

 private:
  directional_core dm_;
  wilder_weights w_;
  int period_;
  double sum_ = 0.0;
  double adx_ = 0.0;
};

}  // namespace detail

template <series H, series L, series C, output_series Out>
void adx(const H& high, const L& low, const C& close, Out&& out, int period = 14) {
  detail::check_period("adx", period, 2);
  auto [h, l, c, y] = detail::hlc_spans("adx", high, low, close, out);
  detail::run_core(detail::adx_core(period), y, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> adx(const H& high, const L& low, const C& close,
                                                 int period = 14) {
  return detail::output_vector(high, [&](auto& out) { adx(high, low, close, out, period); });
}

template <class T>
class adx_stream : public detail::core_stream<T, detail::adx_core> {
 public:
  explicit adx_stream(int period = 14)
      : detail::core_stream<T, detail::adx_core>(
            detail::adx_core(detail::check_period("adx_stream", period, 2)), adx_lookback(period)) {
  }
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }
};

}  // namespace taspan
