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
// however long the series. Between re-seeds, a slide whose M2 falls below 2^-12 of the largest
// S2 since the last re-seed (detail::moments_stale_ratio: huge values left the window, or a
// volatile stretch gave way to a quiet one) re-seeds on the spot, so the rounding that values
// which left the window put into the sums never outweighs the window's own deviations. A window
// of p equal values (tracked as a run length) gives exactly 0; M2 is clamped at 0. Accumulates
// in double for float and double.
// NaN: a window holding a NaN is reported invalid; the first window after the NaN leaves is
// re-seeded, so the NaN affects exactly the windows that contain it. Infinities and values beyond
// +-1e150 (detail::window_max_magnitude, where squares start to overflow) count as NaN, so an
// infinity or an overflow leaves nothing behind once out of the window.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../../core/concepts.hpp"
#include "../../core/detail/ring.hpp"
#include "../../core/detail/window.hpp"
#include "../../core/numeric.hpp"

namespace taspan::detail {

// A slide is stale when M2 < moments_stale_ratio * (largest S2 since the re-seed): the sums'
// rounding is a few ulps of that S2 per slide, so M2 keeps at least ~40 good bits.
inline constexpr double moments_stale_ratio = 0x1p-12;

struct window_moments {
  double shift = 0.0;
  double s1 = 0.0;
  double s2 = 0.0;
  double peak = 0.0;      // largest s2 since the last seed
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
    peak = b;
  }
  template <real T>
  void replace(T oldest, T x) noexcept {
    const double yo = static_cast<double>(oldest) - shift;
    const double yn = static_cast<double>(x) - shift;
    const double d = yn - yo;
    s1 += d;
    s2 += d * (yn + yo);
    peak = peak < s2 ? s2 : peak;
  }
  // M2 after a slide may be mostly rounding left by values that have left the window.
  [[nodiscard]] bool stale(double inv_p) const noexcept {
    return s2 - s1 * (s1 * inv_p) < peak * moments_stale_ratio;
  }
  // Sum of squared deviations / divisor, never negative; 0 for a constant window.
  [[nodiscard]] double variance(double inv_p, double divisor) const noexcept {
    if (constant) return 0.0;
    const double m2 = s2 - s1 * (s1 * inv_p);
    return m2 > 0.0 ? m2 / divisor : 0.0;
  }
};

// The schedule shared by batch and streaming: per bar that completes a window, re-seed at every
// output index that is a multiple of p (a fixed grid, so blocks of p outputs are independent) and
// on the first window after a NaN window; else slide, and re-seed if the slide is stale.
struct moments_state {
  window_moments m;
  std::size_t phase = 0;  // output index modulo p
  bool valid = false;     // the last window was free of NaN

  // `at(k)`: the k-th value (oldest first) of the window that x completes, x = at(p-1);
  // `oldest`: the value that left the window; `run`: equal bars ending at x; inv_p = 1.0 / p.
  template <real T, class At>
  void advance(bool holds_nan, T oldest, T x, std::size_t run, std::size_t p, double inv_p,
               At&& at) noexcept {
    const bool seed = phase == 0 || !valid;
    phase = phase + 1 == p ? 0 : phase + 1;
    if (holds_nan) {
      valid = false;
      return;
    }
    if (seed) {
      m.seed(at, p);
    } else {
      m.replace(oldest, x);
      if (m.stale(inv_p)) m.seed(at, p);
    }
    m.constant = run >= p;
    valid = true;
  }
};

// Calls emit(i, const window_moments&, bool valid) for every bar i in [first, last); first - (p-1)
// must be a multiple of p (a re-seed point of the grid), so any such range computes exactly what
// a pass over the whole series computes there.
template <real T, class Emit>
void for_each_window_moments(std::span<const T> x, std::size_t period, Emit&& emit,
                             std::size_t first, std::size_t last) noexcept {
  std::int64_t last_nan = -1;  // index of the last NaN at or before i
  std::size_t run = 0;         // equal bars ending at i (counted within the first window is enough)
  for (std::size_t i = first + 1 - period; i < first; ++i) {
    if (!in_window_range(static_cast<double>(x[i]))) last_nan = static_cast<std::int64_t>(i);
    run = i > first + 1 - period && x[i] == x[i - 1] ? run + 1 : 1;
  }
  const double inv_p = 1.0 / static_cast<double>(period);
  moments_state s;
  for (std::size_t i = first; i < last; ++i) {
    if (!in_window_range(static_cast<double>(x[i]))) last_nan = static_cast<std::int64_t>(i);
    run = i > first + 1 - period && x[i] == x[i - 1] ? run + 1 : 1;
    const std::size_t lo = i + 1 - period;
    const bool holds_nan = last_nan >= static_cast<std::int64_t>(lo);
    const T oldest = lo > 0 ? x[lo - 1] : T(0);
    s.advance(holds_nan, oldest, x[i], run, period, inv_p,
              [&](std::size_t k) noexcept { return x[lo + k]; });
    emit(i, s.m, s.valid);
  }
}
template <real T, class Emit>
void for_each_window_moments(std::span<const T> x, std::size_t period, Emit&& emit) noexcept {
  if (x.size() >= period) for_each_window_moments(x, period, emit, period - 1, x.size());
}

// Streaming twin of for_each_window_moments: the same operations in the same order.
template <real T>
class window_moments_stream {
 public:
  explicit window_moments_stream(int period)
      : window_(static_cast<std::size_t>(period)), inv_p_(1.0 / static_cast<double>(period)) {}

  // The state after x, without changing this one; `valid` is false while warming up or if the
  // window holds a NaN.
  [[nodiscard]] moments_state next(T x) const noexcept {
    moments_state s = state_;
    advance(s, x);
    return s;
  }
  // Feeds x; returns the new state.
  const moments_state& update(T x) noexcept {
    advance(state_, x);
    if (!in_window_range(static_cast<double>(x))) last_nan_ = bars_;
    run_ = next_run(x);
    window_.push(x);
    ++bars_;
    return state_;
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
  void advance(moments_state& s, T x) const noexcept {
    const std::size_t p = window_.capacity();
    if (window_.size() + 1 < p) return;  // still warming up: nothing to compute
    const bool holds_nan = !in_window_range(static_cast<double>(x)) ||
                           last_nan_ >= bars_ + 1 - static_cast<std::int64_t>(p);
    const bool full = window_.full();
    const T oldest = full ? window_.front() : T(0);
    const std::size_t skip = full ? 1 : 0;
    s.advance(holds_nan, oldest, x, next_run(x), p, inv_p_,
              [&](std::size_t k) noexcept { return k + 1 == p ? x : window_[k + skip]; });
  }
  [[nodiscard]] std::size_t next_run(T x) const noexcept {
    return window_.size() > 0 && x == window_.back() ? run_ + 1 : 1;
  }
  ring<T> window_;
  double inv_p_;  // 1.0 / period, for the stale test
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

// y[i] = finish(m2[i]) for a run of doubles holding clamped M2 values: the same operations as
// variance_finish::apply (division, then sqrt and scale), two lanes at a time with SSE2 (sqrt is
// not auto-vectorised without -fno-math-errno), scalar tail. Correctly rounded: bit-identical.
inline void finish_in_place(double* y, std::size_t count, const variance_finish& f) noexcept {
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128d div = _mm_set1_pd(f.divisor);
  const __m128d scale = _mm_set1_pd(f.scale);
  for (; i + 2 <= count; i += 2) {
    __m128d v = _mm_div_pd(_mm_loadu_pd(y + i), div);
    if (f.root) v = _mm_mul_pd(_mm_sqrt_pd(v), scale);
    _mm_storeu_pd(y + i, v);
  }
#endif
  for (; i < count; ++i) {
    const double v = y[i] / f.divisor;
    y[i] = f.root ? std::sqrt(v) * f.scale : v;
  }
}

// Batch kernel: kLanes re-seeded blocks of p outputs in lockstep (lane k walks its own contiguous
// share of the blocks), each performing exactly the operations of for_each_window_moments and
// the stream, so results are bit-identical to streaming. A NaN or infinity entering or leaving
// makes the lane's sums non-finite to the block's end, and so may an overflow; such a block, one
// that reads a value beyond window_max_magnitude, or one with a stale slide, is recomputed by the
// NaN-aware path (which re-seeds where the stream does).
template <real T>
// NOLINTNEXTLINE(readability-function-cognitive-complexity): lanes in lockstep; split, they spill
void rolling_variance_kernel(std::span<const T> x, std::span<T> y, int period,
                             variance_finish finish) noexcept {
  fill_warmup(y, period - 1);
  const std::size_t n = x.size();
  const auto p = static_cast<std::size_t>(period);
  if (n < p) return;
  const auto put = [&](std::size_t i, const window_moments& m, bool valid) {
    y[i] = finish.apply<T>(m, valid);
  };
  constexpr std::size_t kLanes = 4;
  const std::size_t per_lane = (n - (p - 1)) / p / kLanes;
  const std::size_t stride = per_lane * p;
  const double inv_p = finish.inv_p;
  for (std::size_t b = 0; b < per_lane; ++b) {
    std::size_t i0[kLanes];
    double c[kLanes];
    double s1[kLanes];
    double s2[kLanes];
    double low[kLanes];   // smallest M2 after a slide
    double high[kLanes];  // largest S2
    std::size_t run[kLanes];
    for (std::size_t k = 0; k < kLanes; ++k) {
      i0[k] = p - 1 + k * stride + b * p;
      c[k] = static_cast<double>(x[i0[k]]);
      s1[k] = 0.0;
      s2[k] = 0.0;
      low[k] = std::numeric_limits<double>::infinity();
      std::size_t r = 1;
      for (std::size_t j = i0[k]; j + p > i0[k] + 1 && x[j] == x[j - 1]; --j) ++r;
      run[k] = r;
    }
    for (std::size_t j = 0; j < p; ++j) {
      for (std::size_t k = 0; k < kLanes; ++k) {
        const double d = static_cast<double>(x[i0[k] + 1 - p + j]) - c[k];
        s1[k] += d;
        s2[k] += d * d;
      }
    }
    for (std::size_t k = 0; k < kLanes; ++k) high[k] = s2[k];
    // window_moments::replace for bar i of lane k; returns M2 (clamped; 0 for a constant window).
    const auto slide = [&](std::size_t k, std::size_t i) noexcept {
      const double yo = static_cast<double>(x[i - p]) - c[k];
      const double yn = static_cast<double>(x[i]) - c[k];
      const double d = yn - yo;
      s1[k] += d;
      s2[k] += d * (yn + yo);
      run[k] = x[i] == x[i - 1] ? run[k] + 1 : 1;
      const double m2 = s2[k] - s1[k] * (s1[k] * inv_p);
      low[k] = low[k] < m2 ? low[k] : m2;
      high[k] = high[k] < s2[k] ? s2[k] : high[k];
      return run[k] >= p ? 0.0 : (m2 > 0.0 ? m2 : 0.0);
    };
    // The lane performed the stream's operations if no slide was stale (every M2 at least the
    // stale ratio of the largest S2, so of the peak at each slide; else the NaN-aware path
    // re-seeds where the stream does), its sums are finite and every value read is within range
    // (a NaN makes the sums NaN; max ignores it).
    const auto lane_ok = [&](std::size_t k) noexcept {
      if (!(s1[k] - s1[k] == 0.0 && s2[k] - s2[k] == 0.0)) return false;
      if (low[k] < high[k] * moments_stale_ratio) return false;
      if constexpr (std::is_same_v<T, float>) return true;  // floats never exceed the range
      double m = 0.0;
      for (std::size_t i = i0[k] + 1 - p; i < i0[k] + p; ++i) {
        const double a = std::abs(static_cast<double>(x[i]));
        m = m < a ? a : m;
      }
      return m <= window_max_magnitude;
    };
    const auto m2_of = [&](std::size_t k) noexcept {
      if (run[k] >= p) return 0.0;
      const double m2 = s2[k] - s1[k] * (s1[k] * inv_p);
      return m2 > 0.0 ? m2 : 0.0;
    };
    if constexpr (std::is_same_v<T, double>) {
      for (std::size_t k = 0; k < kLanes; ++k) y[i0[k]] = m2_of(k);
      for (std::size_t t = 1; t < p; ++t) {
        for (std::size_t k = 0; k < kLanes; ++k) y[i0[k] + t] = slide(k, i0[k] + t);
      }
      for (std::size_t k = 0; k < kLanes; ++k)
        if (lane_ok(k)) finish_in_place(&y[i0[k]], p, finish);
    } else {
      const auto out = [&](double m2) noexcept {
        const double v = m2 / finish.divisor;
        return static_cast<T>(finish.root ? std::sqrt(v) * finish.scale : v);
      };
      for (std::size_t k = 0; k < kLanes; ++k) y[i0[k]] = out(m2_of(k));
      for (std::size_t t = 1; t < p; ++t)
        for (std::size_t k = 0; k < kLanes; ++k) y[i0[k] + t] = out(slide(k, i0[k] + t));
    }
    for (std::size_t k = 0; k < kLanes; ++k)
      if (!lane_ok(k)) for_each_window_moments(x, p, put, i0[k], i0[k] + p);
  }
  for_each_window_moments(x, p, put, p - 1 + kLanes * stride, n);
}

// Body of rolling_var_stream, rolling_stddev_stream, var_stream, stddev_stream.
template <class T>
class variance_stream {
  static_assert(is_real_v<T>, "taspan: a rolling stream's T must be float or double");

 public:
  T update(T x) noexcept {
    const moments_state& s = w_.update(x);
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
