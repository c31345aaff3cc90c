#pragma once
// Reusable windowed-variance state (not for users; bbands, beta, correl, stddev-based bands build
// on it).
//
// Numerics: sums of deviations from a shifted origin c, never raw E[x^2]-E[x]^2:
//   y = x - c,  S1 = sum y,  S2 = sum y^2,  M2 = S2 - S1^2/p  (= sum of squared deviations)
// with c an input value of the window (the newest one at the last re-seed), so y is exact
// (Sterbenz) and small for prices near c, and S1^2/p cancels only as far as the window's mean
// sits from c. Slides add the new bar and remove the oldest; every `period` outputs (and after a
// NaN window) the sums are re-seeded exactly from the window with a fresh c, so error stays flat
// however long the series. A window of p equal values (tracked as a run length) gives exactly 0;
// M2 is clamped at 0. Accumulates in double for float and double.
// NaN: a window holding a NaN is reported invalid; the first window after the NaN leaves is
// re-seeded, so the NaN affects exactly the windows that contain it.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>

#include "../../core/concepts.hpp"
#include "../../core/detail/ring.hpp"
#include "../../core/numeric.hpp"

namespace taspan::detail {

struct window_moments {
  double shift = 0.0;
  double s1 = 0.0;
  double s2 = 0.0;
  bool constant = false;  // the window holds p equal values: variance exactly 0

  // Seed from the p values at(0) .. at(p-1), oldest first; the origin is the newest value.
  template <class At>
  void seed(At&& at, std::size_t p) noexcept {
    shift = static_cast<double>(at(p - 1));
    double a = 0.0;
    double b = 0.0;
    for (std::size_t k = 0; k < p; ++k) {
      const double y = static_cast<double>(at(k)) - shift;
      a += y;
      b += y * y;
    }
    s1 = a;
    s2 = b;
  }
  template <real T>
  void replace(T oldest, T x) noexcept {
    const double yo = static_cast<double>(oldest) - shift;
    const double yn = static_cast<double>(x) - shift;
    const double d = yn - yo;
    s1 += d;
    s2 += d * (yn + yo);
  }
  // Sum of squared deviations / divisor, never negative; 0 for a constant window.
  [[nodiscard]] double variance(double inv_p, double divisor) const noexcept {
    if (constant) return 0.0;
    const double m2 = s2 - s1 * (s1 * inv_p);
    return m2 > 0.0 ? m2 / divisor : 0.0;
  }
};

// The schedule shared by batch and streaming: per bar that completes a window, re-seed when
// `age` reached p (every p outputs, and after a NaN window), else slide.
struct moments_state {
  window_moments m;
  std::size_t age = 0;  // outputs since the last seed; 0 = must seed
  bool valid = false;   // this window is free of NaN

  // `at(k)`: the k-th value (oldest first) of the window that x completes, x = at(p-1);
  // `oldest`: the value that left the window; `run`: equal bars ending at x.
  template <real T, class At>
  [[nodiscard]] moments_state next(bool holds_nan, T oldest, T x, std::size_t run, std::size_t p,
                                   At&& at) const noexcept {
    moments_state s = *this;
    if (holds_nan) {
      s.age = 0;
      s.valid = false;
      return s;
    }
    if (s.age == 0 || s.age >= p) {
      s.m.seed(at, p);
      s.age = 1;
    } else {
      s.m.replace(oldest, x);
      ++s.age;
    }
    s.m.constant = run >= p;
    s.valid = true;
    return s;
  }
};

// Calls emit(i, const window_moments&, bool valid) for every bar i >= period-1 of x.
template <real T, class Emit>
void for_each_window_moments(std::span<const T> x, std::size_t period, Emit&& emit) noexcept {
  const std::size_t n = x.size();
  if (n < period) return;
  std::int64_t last_nan = -1;  // index of the last NaN at or before i
  std::size_t run = 0;         // equal bars ending at i
  for (std::size_t i = 0; i + 1 < period; ++i) {
    if (is_nan(x[i])) last_nan = static_cast<std::int64_t>(i);
    run = i > 0 && x[i] == x[i - 1] ? run + 1 : 1;
  }
  moments_state s;
  for (std::size_t i = period - 1; i < n; ++i) {
    if (is_nan(x[i])) last_nan = static_cast<std::int64_t>(i);
    run = i > 0 && x[i] == x[i - 1] ? run + 1 : 1;
    const std::size_t first = i + 1 - period;
    const bool holds_nan = last_nan >= static_cast<std::int64_t>(first);
    const T oldest = first > 0 ? x[first - 1] : T(0);
    s = s.next(holds_nan, oldest, x[i], run, period,
               [&](std::size_t k) noexcept { return x[first + k]; });
    emit(i, s.m, s.valid);
  }
}

// Streaming twin of for_each_window_moments: the same operations in the same order.
template <real T>
class window_moments_stream {
 public:
  explicit window_moments_stream(int period) : window_(static_cast<std::size_t>(period)) {}

  // State after x; `valid` is false while warming up or if the window holds a NaN.
  [[nodiscard]] moments_state next(T x) const noexcept {
    const std::size_t p = window_.capacity();
    if (window_.size() + 1 < p) return state_;  // still warming up: nothing to compute
    const bool holds_nan = is_nan(x) || last_nan_ >= bars_ + 1 - static_cast<std::int64_t>(p);
    const bool full = window_.full();
    const T oldest = full ? window_.front() : T(0);
    const std::size_t skip = full ? 1 : 0;
    return state_.next(holds_nan, oldest, x, next_run(x), p,
                       [&](std::size_t k) noexcept { return k + 1 == p ? x : window_[k + skip]; });
  }
  void commit(T x, const moments_state& s) noexcept {
    if (is_nan(x)) last_nan_ = bars_;
    run_ = next_run(x);
    window_.push(x);
    ++bars_;
    state_ = s;
  }
  [[nodiscard]] bool full() const noexcept { return window_.full(); }
  [[nodiscard]] bool full_after_next() const noexcept {
    return window_.size() + 1 >= window_.capacity();
  }
  [[nodiscard]] std::size_t period() const noexcept { return window_.capacity(); }
  void reset() noexcept {
    window_.clear();
    state_ = {};
    bars_ = 0;
    last_nan_ = -1;
    run_ = 0;
  }

 private:
  [[nodiscard]] std::size_t next_run(T x) const noexcept {
    return window_.size() > 0 && x == window_.back() ? run_ + 1 : 1;
  }
  ring<T> window_;
  moments_state state_;
  std::int64_t bars_ = 0;       // bars committed
  std::int64_t last_nan_ = -1;  // index of the last NaN committed
  std::size_t run_ = 0;         // equal bars ending at the last one committed
};

// How a window's moments become an output: variance M2/divisor, optionally its square root times
// a scale (stddev, TA-Lib's nbdev).
struct variance_finish {
  double inv_p = 1.0;
  double divisor = 1.0;
  bool root = false;
  double scale = 1.0;

  template <real T>
  [[nodiscard]] T apply(const window_moments& m, bool valid) const noexcept {
    if (!valid) return nan_v<T>;
    const double v = m.variance(inv_p, divisor);
    return static_cast<T>(root ? std::sqrt(v) * scale : v);
  }
};

template <real T>
void rolling_variance_kernel(std::span<const T> x, std::span<T> y, int period,
                             variance_finish finish) noexcept {
  fill_warmup(y, period - 1);
  for_each_window_moments(x, static_cast<std::size_t>(period),
                          [&](std::size_t i, const window_moments& m, bool valid) {
                            y[i] = finish.apply<T>(m, valid);
                          });
}

// Body of rolling_var_stream, rolling_stddev_stream, var_stream, stddev_stream.
template <class T>
class variance_stream {
  static_assert(is_real_v<T>, "taspan: a rolling stream's T must be float or double");

 public:
  T update(T x) noexcept {
    const moments_state s = w_.next(x);
    w_.commit(x, s);
    return w_.full() ? finish_.apply<T>(s.m, s.valid) : nan_v<T>;
  }
  [[nodiscard]] T peek(T x) const noexcept {
    if (!w_.full_after_next()) return nan_v<T>;
    const moments_state s = w_.next(x);
    return finish_.apply<T>(s.m, s.valid);
  }
  [[nodiscard]] bool ready() const noexcept { return w_.full(); }
  void reset() noexcept { w_.reset(); }
  [[nodiscard]] int period() const noexcept { return static_cast<int>(w_.period()); }
  [[nodiscard]] int lookback() const noexcept { return period() - 1; }

 protected:
  variance_stream(int period, variance_finish finish) : w_(period), finish_(finish) {}

 private:
  window_moments_stream<T> w_;
  variance_finish finish_;
};

}  // namespace taspan::detail
