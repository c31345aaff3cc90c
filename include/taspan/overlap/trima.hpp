#pragma once
// TRIMA, triangular moving average (TA-Lib TRIMA): default period 30, lookback period-1.
// Weights 1, 2, ..., peak, ..., 2, 1 over `period` bars (TA-Lib's weights: odd n peaks once at
// (n+1)/2; even n repeats n/2 twice). Computed as the SMA of an SMA, which has exactly those
// weights: windows (n+1)/2 and (n+1)/2 for odd n, n/2 and n/2+1 for even n.
// Numerics: both SMAs are window sums made of their windows' values only (rolling/sum.hpp).
// NaN: affects exactly the `period` windows that contain it. Batch == streaming, bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int trima_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

class trima_core {
 public:
  explicit trima_core(int period)
      : a_(period % 2 == 1 ? (period + 1) / 2 : period / 2),
        b_(period % 2 == 1 ? (period + 1) / 2 : period / 2 + 1),
        first_(a_),
        second_(b_) {}

  double step(double x) noexcept {
    const window_sum w1 = first_.advance(x);
    if (!first_.full()) return nan_v<double>;
    const auto m = w1.value<double>(a_);
    const window_sum w2 = second_.advance(m);
    return second_.full() ? w2.value<double>(b_) : nan_v<double>;
  }
  [[nodiscard]] double peek(double x) const noexcept {
    if (!first_.full_after_next() || !second_.full_after_next()) return nan_v<double>;
    const auto m = first_.next(x).value<double>(a_);
    return second_.next(m).value<double>(b_);
  }
  [[nodiscard]] bool ready() const noexcept { return second_.full(); }
  void reset() noexcept {
    first_.reset();
    second_.reset();
  }

 private:
  int a_, b_;
  window_sum_stream<double> first_, second_;
};

}  // namespace detail

template <series In, output_series Out>
void trima(const In& in, Out&& out, int period = 30) {
  detail::check_period("trima", period);
  auto [x, y] = detail::in_out_spans("trima", in, out);
  if (detail::warmup_only(trima_lookback(period), y)) return;
  detail::run_core(detail::trima_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> trima(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { trima(in, out, period); });
}

template <class T>
class trima_stream : public detail::core_stream<T, detail::trima_core> {
 public:
  explicit trima_stream(int period = 30)
      : detail::core_stream<T, detail::trima_core>(detail::trima_core(checked(period)),
                                                   trima_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  static int checked(int period) {
    detail::check_period("trima_stream", period);
    return period;
  }
  int period_;
};

}  // namespace taspan
