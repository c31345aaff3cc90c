#pragma once
// WMA, linearly weighted moving average (TA-Lib WMA): default period 30, lookback period-1.
// wma = sum_{i=1..n} i * x[t-n+i] / (n(n+1)/2): the newest bar weighs n, the oldest 1.
//
// Numerics: running sum and weighted sum (W' = W - S + n*x), re-seeded exactly every `period`
// outputs so rounding error stays flat (TA-Lib keeps the running sums forever). Double
// accumulation for float and double.
// NaN: affects exactly the `period` windows that contain it (the state restarts after it).
// Batch and streaming run the same core: bit-identical.

#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "detail/recursive.hpp"

namespace taspan {

[[nodiscard]] constexpr int wma_lookback(int period = 30) noexcept { return period - 1; }

namespace detail {

class wma_core {
 public:
  explicit wma_core(int period)
      : window_(static_cast<std::size_t>(period)),
        n_(static_cast<double>(period)),
        divisor_(static_cast<double>(period) * (static_cast<double>(period) + 1.0) / 2.0) {}

  double step(double x) noexcept {
    const sums s = next(x);
    window_.push(x);
    if (window_.full()) ++outputs_;
    sums_ = s;
    return window_.full() ? s.weighted / divisor_ : nan_v<double>;
  }
  [[nodiscard]] double peek(double x) const noexcept {
    return window_.size() + 1 >= window_.capacity() ? next(x).weighted / divisor_ : nan_v<double>;
  }
  [[nodiscard]] bool ready() const noexcept { return window_.full(); }
  void reset() noexcept {
    window_.clear();
    sums_ = {};
    outputs_ = 0;
  }

 private:
  struct sums {
    double plain = 0.0;
    double weighted = 0.0;
  };
  [[nodiscard]] sums next(double x) const noexcept {
    sums s = sums_;
    if (!window_.full()) {  // warming up: x takes weight size+1
      s.plain += x;
      s.weighted += static_cast<double>(window_.size() + 1) * x;
      return s;
    }
    const std::size_t n = window_.capacity();
    if (outputs_ % n == 0) {  // exact re-seed over the window that x completes
      s = {};
      for (std::size_t i = 1; i < n; ++i) {
        s.plain += window_[i];
        s.weighted += static_cast<double>(i) * window_[i];
      }
      s.plain += x;
      s.weighted += n_ * x;
      return s;
    }
    s.weighted = s.weighted - s.plain + n_ * x;
    s.plain = s.plain - window_.front() + x;
    return s;
  }

  ring<double> window_;
  double n_;
  double divisor_;
  sums sums_;
  std::size_t outputs_ = 0;
};

}  // namespace detail

template <series In, output_series Out>
void wma(const In& in, Out&& out, int period = 30) {
  detail::check_period("wma", period);
  auto [x, y] = detail::in_out_spans("wma", in, out);
  detail::wma_core core(period);
  detail::run_core(core, x, y);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> wma(const In& in, int period = 30) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  wma(in, out, period);
  return out;
}

template <class T>
class wma_stream : public detail::core_stream<T, detail::wma_core> {
 public:
  explicit wma_stream(int period = 30)
      : detail::core_stream<T, detail::wma_core>(detail::wma_core(checked(period))),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }
  [[nodiscard]] int lookback() const noexcept { return wma_lookback(period_); }

 private:
  static int checked(int period) {
    detail::check_period("wma_stream", period);
    return period;
  }
  int period_;
};

}  // namespace taspan
