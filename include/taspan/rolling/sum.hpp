#pragma once
// Rolling sum over the last `period` bars.
//
// Numerics: a running sum re-seeded exactly (window summed afresh) every `period` outputs, so
// rounding error stays flat however long the series. Accumulates in double for float and double.
// NaN: an input NaN makes exactly the `period` windows that contain it NaN. Infinities: a window
// holding +inf (-inf) sums to +inf (-inf), one holding both is NaN; other windows are unaffected.
// Batch and streaming perform the same operations in the same order: bit-identical results.

#include <cstddef>
#include <limits>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
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
  std::size_t age = 0;  // streaming: outputs since the sum was last computed afresh

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
    sum += clean(x);
    count(x, 1);
  }
  template <real T>
  void replace(T oldest, T x) noexcept {
    sum += clean(x) - clean(oldest);
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

// Calls emit(i, window_sum) for every bar i >= period-1, re-seeding every `period` outputs, and at
// once if the running sum overflows.
template <real T, class Emit>
void for_each_window_sum(std::span<const T> x, std::size_t period, Emit&& emit) noexcept {
  const std::size_t n = x.size();
  for (std::size_t i = period - 1; i < n;) {
    window_sum w;
    for (std::size_t j = i + 1 - period; j <= i; ++j) w.add(x[j]);
    emit(i, w);
    const std::size_t reseed = std::min(n, i + period);
    for (++i; i < reseed; ++i) {
      w.replace(x[i - period], x[i]);
      if (w.overflowed()) break;  // re-seed at this i
      emit(i, w);
    }
  }
}

template <real T>
void rolling_sum_kernel(std::span<const T> x, std::span<T> y, int period, double divisor) noexcept {
  fill_warmup(y, rolling_sum_lookback(period));
  for_each_window_sum(x, static_cast<std::size_t>(period),
                      [&](std::size_t i, const window_sum& w) { y[i] = w.value<T>(divisor); });
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
      w.age = 1;
      return w;
    }
    const auto period = window_.capacity();
    if (sum_.age < period) {
      window_sum w = sum_;
      w.replace(window_.front(), x);
      ++w.age;
      if (!w.overflowed()) return w;
    }
    window_sum w;  // re-seed: sum the window that x completes, oldest first
    for (std::size_t i = 1; i < period; ++i) w.add(window_[i]);
    w.add(x);
    w.age = 1;
    return w;
  }
  void commit(T x, const window_sum& w) noexcept {
    window_.push(x);
    sum_ = w;
  }
  [[nodiscard]] bool full() const noexcept { return window_.full(); }
  [[nodiscard]] bool full_after_next() const noexcept {
    return window_.size() + 1 >= window_.capacity();
  }
  void reset() noexcept {
    window_.clear();
    sum_ = {};
  }

 private:
  ring<T> window_;
  window_sum sum_;
};

}  // namespace detail

// out[i] = sum of in[i-period+1 .. i]; the first period-1 entries are NaN.
template <series In, output_series Out>
void rolling_sum(const In& in, Out&& out, int period) {
  detail::check_period("rolling_sum", period);
  auto [x, y] = detail::in_out_spans("rolling_sum", in, out);
  detail::rolling_sum_kernel(x, y, period, 1.0);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_sum(const In& in, int period) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  rolling_sum(in, out, period);
  return out;
}

template <class T>
class rolling_sum_stream {
  static_assert(is_real_v<T>, "taspan::rolling_sum_stream<T>: T must be float or double");

 public:
  explicit rolling_sum_stream(int period) : period_(checked(period)), sum_(period) {}

  T update(T x) noexcept {
    const detail::window_sum w = sum_.next(x);
    sum_.commit(x, w);
    return sum_.full() ? w.value<T>(divisor_) : nan_v<T>;
  }
  [[nodiscard]] T peek(T x) const noexcept {
    return sum_.full_after_next() ? sum_.next(x).template value<T>(divisor_) : nan_v<T>;
  }
  [[nodiscard]] bool ready() const noexcept { return sum_.full(); }
  void reset() noexcept { sum_.reset(); }
  [[nodiscard]] int period() const noexcept { return period_; }
  [[nodiscard]] int lookback() const noexcept { return rolling_sum_lookback(period_); }

 protected:
  rolling_sum_stream(int period, double divisor, const char* function)
      : period_(checked(period, function)), sum_(period), divisor_(divisor) {}

 private:
  static int checked(int period, const char* function = "rolling_sum_stream") {
    detail::check_period(function, period);
    return period;
  }
  int period_;
  detail::window_sum_stream<T> sum_;
  double divisor_ = 1.0;
};

}  // namespace taspan
