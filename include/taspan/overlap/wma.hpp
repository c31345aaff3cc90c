#pragma once
// WMA, linearly weighted moving average (TA-Lib WMA): default period 30, lookback period-1.
// wma = sum_{i=1..n} i * x[t-n+i] / (n(n+1)/2): the newest bar weighs n, the oldest 1.
//
// Numerics: running sum and weighted sum (W' = W - S + n*x), re-seeded exactly every `period`
// outputs so rounding error stays flat (TA-Lib keeps the running sums forever). Double
// accumulation for float and double.
// NaN: affects exactly the `period` windows that contain it (the state restarts after it).
// Infinities: a window holding +inf (-inf) gives +inf (-inf), one holding both gives NaN; they
// are counted apart from the running sums, so windows without them are unaffected. Running sums
// that overflow are re-seeded on the spot.
// Batch and streaming run the same core: bit-identical.

#include <cstddef>
#include <limits>
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
    return window_.full() ? value(s) : nan_v<double>;
  }
  [[nodiscard]] double peek(double x) const noexcept {
    return window_.size() + 1 >= window_.capacity() ? value(next(x)) : nan_v<double>;
  }
  [[nodiscard]] bool ready() const noexcept { return window_.full(); }
  void reset() noexcept {
    window_.clear();
    sums_ = {};
    outputs_ = 0;
  }

 private:
  // Sums of the window's finite values; non-finite ones are counted apart, so an infinity leaves
  // no NaN behind when it leaves the window (inf - inf).
  struct sums {
    double plain = 0.0;
    double weighted = 0.0;
    int bad = 0;  // non-finite values in the window: NaN, +inf, -inf
    int pos = 0;  // +inf
    int neg = 0;  // -inf

    void add(double x, double weight) noexcept {
      if (x - x == 0.0) {
        plain += x;
        weighted += weight * x;
      } else {
        count(x, 1);
      }
    }
    void count(double x, int d) noexcept {
      bad += x - x == 0.0 ? 0 : d;
      pos += x == std::numeric_limits<double>::infinity() ? d : 0;
      neg += x == -std::numeric_limits<double>::infinity() ? d : 0;
    }
    // The finite part overflowed (or cancelled an overflow): the window is summed afresh.
    [[nodiscard]] bool overflowed() const noexcept {
      return !(plain - plain == 0.0 && weighted - weighted == 0.0);
    }
  };
  // Weights are positive: a window holding +inf (-inf) weighs to +inf (-inf), both or NaN: NaN.
  [[nodiscard]] double value(const sums& s) const noexcept {
    if (s.bad != 0) {
      if (s.bad != s.pos + s.neg || (s.pos != 0 && s.neg != 0)) return nan_v<double>;
      return s.pos != 0 ? std::numeric_limits<double>::infinity()
                        : -std::numeric_limits<double>::infinity();
    }
    return s.weighted / divisor_;
  }
  [[nodiscard]] sums seed(double x) const noexcept {  // the window that x completes, oldest first
    sums s;
    const std::size_t n = window_.capacity();
    for (std::size_t i = 1; i < n; ++i) s.add(window_[i], static_cast<double>(i));
    s.add(x, n_);
    return s;
  }
  [[nodiscard]] sums next(double x) const noexcept {
    sums s = sums_;
    if (!window_.full()) {  // warming up: x takes weight size+1
      s.add(x, static_cast<double>(window_.size() + 1));
      return s;
    }
    if (outputs_ % window_.capacity() == 0) return seed(x);  // exact re-seed
    const double oldest = window_.front();
    if (x - x == 0.0 && oldest - oldest == 0.0) {  // the hot path: finite in, finite out
      s.weighted = s.weighted - s.plain + n_ * x;
      s.plain = s.plain - oldest + x;
    } else {
      const double in = x - x == 0.0 ? x : 0.0;
      const double out = oldest - oldest == 0.0 ? oldest : 0.0;
      s.weighted = s.weighted - s.plain + n_ * in;
      s.plain = s.plain - out + in;
      s.count(x, 1);
      s.count(oldest, -1);
    }
    return s.overflowed() ? seed(x) : s;
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
