#pragma once
// Rolling sum over the last `period` bars.
//
// Numerics: a running sum re-seeded exactly (window summed afresh) every `period` outputs, so
// rounding error stays flat however long the series. Accumulates in double for float and double.
// NaN: an input NaN makes exactly the `period` windows that contain it NaN. Infinities: a window
// holding +inf (-inf) sums to +inf (-inf), one holding both is NaN; other windows are unaffected.
// A running sum that overflows is re-seeded on the spot, and a re-seed that overflows sums again
// scaled down (detail::window_sum_from): a window's sum is infinite only if its exact sum is.
// Rounding: each slide adds a few ulps of the largest value since the last re-seed (at most 2 *
// period - 1 bars back), so until the next re-seed a window's sum has a relative error of about
// 1e-16 times the ratio of that value to the sum (1e-8 after values 1e8 times larger: a bad tick).
// The variance, whose squares widen such gaps, re-seeds at once instead
// (rolling/detail/moments.hpp). Batch and streaming perform the same operations in the same order:
// bit-identical results.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_sum_lookback(int period) noexcept { return period - 1; }

namespace detail {

// Running sum of a window with NaNs and infinities counted apart, so they leave the sum when they
// leave the window (a running sum that held an inf would otherwise turn into inf - inf = NaN).
// Users that read the fields directly (mfi, vwma, ultosc): `nans` counts every non-finite value,
// so `nans != 0` means "this window holds a NaN or an infinity".
struct window_sum {
  double sum = 0.0;  // of the finite values
  int nans = 0;      // non-finite values: NaN, +inf, -inf
  int pos_infs = 0;
  int neg_infs = 0;
  double peak = 0.0;  // largest finite |value| that entered the sum since it was seeded: the
                      // sum's rounding error is a few ulps of peak times the slides made

  template <real T>
  [[nodiscard]] static double clean(T x) noexcept {
    return x - x == T(0) ? static_cast<double>(x) : 0.0;  // finite, else counted apart
  }
  template <real T>
  void count(T x, int d) noexcept {
    nans += x - x == T(0) ? 0 : d;
    pos_infs += x == std::numeric_limits<T>::infinity() ? d : 0;
    neg_infs += x == -std::numeric_limits<T>::infinity() ? d : 0;
  }
  template <real T>
  void add(T x) noexcept {
    const double c = clean(x);
    sum += c;
    peak = std::max(peak, std::abs(c));
    count(x, 1);
  }
  template <real T>
  void replace(T oldest, T x) noexcept {
    const double c = clean(x);
    sum += c - clean(oldest);
    peak = std::max(peak, std::abs(c));
    count(x, 1);
    count(oldest, -1);
  }
  // The finite part overflowed (or cancelled an overflow): recompute the window from scratch.
  [[nodiscard]] bool overflowed() const noexcept { return !(sum - sum == 0.0); }
  template <real T>
  [[nodiscard]] T value(double divisor = 1.0) const noexcept {
    if (nans != 0) {
      if (nans != pos_infs + neg_infs || (pos_infs != 0 && neg_infs != 0)) return nan_v<T>;
      return pos_infs != 0 ? std::numeric_limits<T>::infinity()
                           : -std::numeric_limits<T>::infinity();
    }
    return static_cast<T>(sum / divisor);
  }
};

// Finite values are summed again scaled by this when their plain sum overflowed: no partial sum of
// scaled doubles can overflow, and powers of two scale exactly.
inline constexpr double window_sum_rescue_scale = 0x1p-64;

// The window at(0) .. at(p-1) summed afresh, oldest first, from 0.0 (every path's order). If that
// sum overflowed, the finite values are summed again scaled down, so the sum is infinite only when
// the window's own sum is beyond double's range, never because of the order of the additions.
template <class At>
[[nodiscard]] window_sum window_sum_from(At&& at, std::size_t p) noexcept {
  window_sum w;
  for (std::size_t k = 0; k < p; ++k) w.add(at(k));
  if (w.overflowed()) {
    double s = 0.0;
    for (std::size_t k = 0; k < p; ++k) s += window_sum::clean(at(k)) * window_sum_rescue_scale;
    w.sum = s / window_sum_rescue_scale;
  }
  return w;
}
template <real T>
[[nodiscard]] window_sum window_sum_of(std::span<const T> window) noexcept {
  return window_sum_from([&](std::size_t k) noexcept { return window[k]; }, window.size());
}

// Calls emit(i, window_sum) for every bar i in [first, last) (first >= period-1), re-seeding at
// every output index i - (period-1) that is a multiple of period (first must be one).
template <real T, class Emit>
void for_each_window_sum(std::span<const T> x, std::size_t period, Emit&& emit, std::size_t first,
                         std::size_t last) noexcept {
  for (std::size_t i = first; i < last;) {
    window_sum w = window_sum_of(x.subspan(i + 1 - period, period));
    emit(i, w);
    const std::size_t reseed = std::min(last, i + period);
    for (++i; i < reseed; ++i) {
      w.replace(x[i - period], x[i]);
      if (w.overflowed()) w = window_sum_of(x.subspan(i + 1 - period, period));
      emit(i, w);
    }
  }
}
template <real T, class Emit>
void for_each_window_sum(std::span<const T> x, std::size_t period, Emit&& emit) noexcept {
  for_each_window_sum(x, period, emit, period - 1, x.size());
}

// Batch kernel. The re-seeded blocks of `period` outputs are independent, so kLanes of them run in
// lockstep: kLanes add chains overlap instead of one. Lane k walks its own contiguous quarter of
// the blocks, so memory is read as kLanes long sequential streams. Each block performs exactly the
// operations of for_each_window_sum (and of the stream) in the same order, so results are
// bit-identical to streaming. Finite blocks need no NaN/inf count: a NaN or inf entering, or an
// overflow, leaves the running sum non-finite to the block's end, and such a block is recomputed
// by the counting path.
template <real T>
// NOLINTNEXTLINE(readability-function-cognitive-complexity): lanes in lockstep; split, they spill
void rolling_sum_kernel(std::span<const T> x, std::span<T> y, int period, double divisor) noexcept {
  const std::size_t start = fill_warmup(y, rolling_sum_lookback(period));
  const std::size_t n = x.size();
  const auto p = static_cast<std::size_t>(period);
  if (start >= n) return;
  const auto put = [&](std::size_t i, const window_sum& w) { y[i] = w.value<T>(divisor); };
  constexpr std::size_t kLanes = 4;
  const std::size_t per_lane = (n - (p - 1)) / p / kLanes;  // whole blocks per lane
  const std::size_t stride = per_lane * p;                  // outputs per lane
  for (std::size_t b = 0; b < per_lane; ++b) {
    std::size_t i0[kLanes];
    double s[kLanes] = {};
    for (std::size_t k = 0; k < kLanes; ++k) i0[k] = p - 1 + k * stride + b * p;
    for (std::size_t j = 0; j < p; ++j)
      for (std::size_t k = 0; k < kLanes; ++k) s[k] += static_cast<double>(x[i0[k] + 1 - p + j]);
    if constexpr (std::is_same_v<T, double>) {
      // Sums first, then a vectorisable division pass (the same correctly rounded
      // sum / divisor as window_sum::value; scalar divisions would bound the loop).
      for (std::size_t k = 0; k < kLanes; ++k) y[i0[k]] = s[k];
      for (std::size_t t = 1; t < p; ++t) {
        for (std::size_t k = 0; k < kLanes; ++k) {
          const std::size_t i = i0[k] + t;
          s[k] += x[i] - x[i - p];
          y[i] = s[k];
        }
      }
      if (divisor != 1.0)
        for (const std::size_t k : i0)
          for (std::size_t i = k; i < k + p; ++i) y[i] = y[i] / divisor;
    } else {
      for (std::size_t k = 0; k < kLanes; ++k) y[i0[k]] = static_cast<T>(s[k] / divisor);
      for (std::size_t t = 1; t < p; ++t) {
        for (std::size_t k = 0; k < kLanes; ++k) {
          const std::size_t i = i0[k] + t;
          s[k] += static_cast<double>(x[i]) - static_cast<double>(x[i - p]);
          y[i] = static_cast<T>(s[k] / divisor);
        }
      }
    }
    for (std::size_t k = 0; k < kLanes; ++k)  // NaN, inf or overflow met: the counting path
      if (!(s[k] - s[k] == 0.0)) for_each_window_sum(x, p, put, i0[k], i0[k] + p);
  }
  for_each_window_sum(x, p, put, p - 1 + kLanes * stride, n);
}

// Streaming twin of for_each_window_sum: same additions, same re-seeding points.
template <real T>
class window_sum_stream {
 public:
  explicit window_sum_stream(int period) : window_(static_cast<std::size_t>(period)) {}

  [[nodiscard]] window_sum next(T x) const noexcept {
    if (!window_.full()) {
      window_sum w = sum_;
      w.add(x);
      // The first window, as window_sum_of sums it (summed again if it overflowed).
      return w.overflowed() && full_after_next() ? seed(x) : w;
    }
    if (phase_ == 0) return seed(x);  // re-seed on the fixed grid
    window_sum w = sum_;
    w.replace(window_.front(), x);
    return w.overflowed() ? seed(x) : w;  // as for_each_window_sum: re-seed on the spot
  }
  // The window that x completes, summed afresh, oldest first.
  [[nodiscard]] window_sum seed(T x) const noexcept {
    const std::size_t p = window_.capacity();
    const std::size_t skip = window_.full() ? 1 : 0;
    return window_sum_from(
        [&](std::size_t k) noexcept { return k + 1 < p ? window_[k + skip] : x; }, p);
  }
  // next() re-seeds: the window is full and the next update is on the re-seed grid.
  [[nodiscard]] bool reseeds_next() const noexcept { return window_.full() && phase_ == 0; }
  void commit(T x, const window_sum& w) noexcept {
    window_.push(x);
    if (window_.full()) phase_ = phase_ + 1 == window_.capacity() ? 0 : phase_ + 1;
    sum_ = w;
  }
  [[nodiscard]] bool full() const noexcept { return window_.full(); }
  [[nodiscard]] bool full_after_next() const noexcept {
    return window_.size() + 1 >= window_.capacity();
  }
  void reset() noexcept {
    window_.clear();
    sum_ = {};
    phase_ = 0;
  }

 private:
  ring<T> window_;
  window_sum sum_;
  std::size_t phase_ = 0;  // full-window updates so far, modulo period (0: re-seed next)
};

}  // namespace detail

namespace detail {

// The rolling sum divided by a fixed divisor, one bar at a time: the core of rolling_sum_stream,
// of the streams that rename or scale it (sum_stream, rolling_mean_stream, sma_stream) and of
// ma_stream's SMA. A NaN enters the window (it affects exactly the windows that hold it).
template <real T>
class rolling_sum_core {
 public:
  static constexpr bool nan_aware = true;
  rolling_sum_core(int period, double divisor) : sum_(period), divisor_(divisor) {}
  T step(T x) noexcept {
    const window_sum w = sum_.next(x);
    sum_.commit(x, w);
    return sum_.full() ? w.value<T>(divisor_) : nan_v<T>;
  }
  [[nodiscard]] T peek(T x) const noexcept {
    return sum_.full_after_next() ? sum_.next(x).template value<T>(divisor_) : nan_v<T>;
  }
  [[nodiscard]] bool ready() const noexcept { return sum_.full(); }
  void reset() noexcept { sum_.reset(); }

 private:
  window_sum_stream<T> sum_;
  double divisor_;
};

// The batch rolling sum under a given name (see rolling_sum_stream_as): rolling_sum, sum,
// rolling_mean and sma are this one function.
template <series In, output_series Out>
void rolling_sum_as(std::string_view function, int min_period, bool mean, const In& in, Out&& out,
                    int period) {
  check_period(function, period, min_period);
  auto [x, y] = in_out_spans(function, in, out);
  rolling_sum_kernel(x, y, period, mean ? static_cast<double>(period) : 1.0);
}

// The stream of a rolling sum under a given name: `function` names it in error messages,
// `min_period` is its smallest period (TA-Lib's SUM wants 2), `mean` divides by the period.
template <class T>
class rolling_sum_stream_as : public core_stream<T, rolling_sum_core<T>> {
 public:
  [[nodiscard]] int period() const noexcept { return period_; }

 protected:
  rolling_sum_stream_as(const char* function, int period, int min_period, bool mean)
      : core_stream<T, rolling_sum_core<T>>(
            rolling_sum_core<T>(check_period(function, period, min_period),
                                mean ? static_cast<double>(period) : 1.0),
            rolling_sum_lookback(period)),
        period_(period) {}

 private:
  int period_;
};

}  // namespace detail

// out[i] = sum of in[i-period+1 .. i]; the first period-1 entries are NaN. TA-Lib's SUM (sum:
// default period 30, period >= 2) is the same function under its name.
[[nodiscard]] constexpr int sum_lookback(int period = 30) noexcept { return period - 1; }

template <series In, output_series Out>
void rolling_sum(const In& in, Out&& out, int period) {
  detail::rolling_sum_as("rolling_sum", 1, false, in, out, period);
}

template <series In, output_series Out>
void sum(const In& in, Out&& out, int period = 30) {
  detail::rolling_sum_as("sum", 2, false, in, out, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_sum(const In& in, int period) {
  return detail::output_vector(in, [&](auto& out) { rolling_sum(in, out, period); });
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> sum(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { sum(in, out, period); });
}

template <class T>
class rolling_sum_stream : public detail::rolling_sum_stream_as<T> {
 public:
  explicit rolling_sum_stream(int period)
      : detail::rolling_sum_stream_as<T>("rolling_sum_stream", period, 1, false) {}
};

template <class T>
class sum_stream : public detail::rolling_sum_stream_as<T> {
 public:
  explicit sum_stream(int period = 30)
      : detail::rolling_sum_stream_as<T>("sum_stream", period, 2, false) {}
};

}  // namespace taspan
