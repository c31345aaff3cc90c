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
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int wma_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

class wma_core {
 public:
  explicit wma_core(int period)
      : window_(static_cast<std::size_t>(period)),
        n_(static_cast<double>(period)),
        divisor_(static_cast<double>(period) * (static_cast<double>(period) + 1.0) / 2.0) {}

  double step(double x) noexcept {
    counts c = counts_;
    const sums s = next(x, c);
    window_.push(x);
    if (window_.full()) ++outputs_;
    sums_ = s;
    counts_ = c;
    return window_.full() ? value(s, c) : nan_v<double>;
  }
  [[nodiscard]] double peek(double x) const noexcept {
    if (window_.size() + 1 < window_.capacity()) return nan_v<double>;
    counts c = counts_;
    const sums s = next(x, c);
    return value(s, c);
  }
  [[nodiscard]] bool ready() const noexcept { return window_.full(); }
  void reset() noexcept {
    window_.clear();
    sums_ = {};
    counts_ = {};
    outputs_ = 0;
  }

 private:
  // Sums of the window's finite values; non-finite ones are counted apart, so an infinity leaves
  // no NaN behind when it leaves the window (inf - inf).
  struct sums {
    double plain = 0.0;
    double weighted = 0.0;
    // The finite part overflowed (or cancelled an overflow): the window is summed afresh.
    [[nodiscard]] bool overflowed() const noexcept {
      return !(plain - plain == 0.0 && weighted - weighted == 0.0);
    }
  };
  struct counts {
    int bad = 0;  // non-finite values in the window: NaN, +inf, -inf
    int pos = 0;  // +inf
    int neg = 0;  // -inf
    void count(double x, int d) noexcept {
      bad += x - x == 0.0 ? 0 : d;
      pos += x == std::numeric_limits<double>::infinity() ? d : 0;
      neg += x == -std::numeric_limits<double>::infinity() ? d : 0;
    }
  };
  static void add(sums& s, counts& c, double x, double weight) noexcept {
    if (x - x == 0.0) {
      s.plain += x;
      s.weighted += weight * x;
    } else {
      c.count(x, 1);
    }
  }
  // Weights are positive: a window holding +inf (-inf) weighs to +inf (-inf), both or NaN: NaN.
  [[nodiscard]] double value(const sums& s, const counts& c) const noexcept {
    if (c.bad != 0) {
      if (c.bad != c.pos + c.neg || (c.pos != 0 && c.neg != 0)) return nan_v<double>;
      return c.pos != 0 ? std::numeric_limits<double>::infinity()
                        : -std::numeric_limits<double>::infinity();
    }
    return s.weighted / divisor_;
  }
  // The window that x completes, summed afresh, oldest first.
  [[nodiscard]] sums seed(double x, counts& c) const noexcept {
    sums s;
    c = {};
    const std::size_t n = window_.capacity();
    for (std::size_t i = 1; i < n; ++i) add(s, c, window_[i], static_cast<double>(i));
    add(s, c, x, n_);
    return s;
  }
  // The sums after x; c: the counts, updated alike.
  [[nodiscard]] sums next(double x, counts& c) const noexcept {
    if (!window_.full()) {  // warming up: x takes weight size+1
      sums s = sums_;
      add(s, c, x, static_cast<double>(window_.size() + 1));
      return s;
    }
    if (outputs_ % window_.capacity() == 0) return seed(x, c);  // exact re-seed
    sums s = sums_;
    const double oldest = window_.front();
    s.weighted = s.weighted - s.plain + n_ * x;
    s.plain = s.plain - oldest + x;
    // The hot path: no non-finite value in the window and finite sums after the slide mean x was
    // finite and nothing overflowed (an inf or NaN x makes the sums non-finite).
    if (c.bad == 0 && !s.overflowed()) [[likely]]
      return s;
    return slide_counted(x, c);
  }
  // The slide with non-finite values counted apart; an overflow re-seeds.
  [[nodiscard]] sums slide_counted(double x, counts& c) const noexcept {
    sums s = sums_;
    const double oldest = window_.front();
    const double in = x - x == 0.0 ? x : 0.0;
    const double out = oldest - oldest == 0.0 ? oldest : 0.0;
    s.weighted = s.weighted - s.plain + n_ * in;
    s.plain = s.plain - out + in;
    c.count(x, 1);
    c.count(oldest, -1);
    return s.overflowed() ? seed(x, c) : s;
  }

  ring<double> window_;
  double n_;
  double divisor_;
  sums sums_;
  counts counts_;
  std::size_t outputs_ = 0;
};

}  // namespace detail

template <series In, output_series Out>
void wma(const In& in, Out&& out, int period = 30) {
  detail::check_period("wma", period);
  auto [x, y] = detail::in_out_spans("wma", in, out);
  if (detail::warmup_only(wma_lookback(period), y)) return;
  detail::run_core(detail::wma_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> wma(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { wma(in, out, period); });
}

template <class T>
class wma_stream : public detail::core_stream<T, detail::wma_core> {
 public:
  explicit wma_stream(int period = 30)
      : detail::core_stream<T, detail::wma_core>(detail::wma_core(checked(period)),
                                                 wma_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  static int checked(int period) {
    detail::check_period("wma_stream", period);
    return period;
  }
  int period_;
};

}  // namespace taspan
