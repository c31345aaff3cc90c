#pragma once
// Reusable pieces of rolling max/min/argmax/argmin (not for users; stoch, willr, aroon, donchian
// and breakouts build on them):
//   max_order / min_order      which of two values is strictly better, and the better of two;
//   extremum_window<T, Order>  streaming state: a monotonic deque of (value, bar) in a fixed ring,
//                              O(1) amortised per bar, plus TA-Lib's MAXINDEX/MININDEX tie rule
//                              (argmax/argmin, aroon);
//   block_extremum_window      streaming best value only by van Herk/Gil-Werman blocks: faster
//                              than the deque on noisy data (no data-dependent branch);
//   vhgw_kernel<Order>         batch van Herk/Gil-Werman: 3 comparisons per bar whatever the
//   window.
//
// NaN: NaN bars never enter the deque; a window holding a NaN is reported invalid (callers output
// NaN), so a NaN affects exactly the windows that contain it.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "../../core/concepts.hpp"
#include "../../core/detail/ring.hpp"
#include "../../core/error.hpp"
#include "../../core/numeric.hpp"
#include "../../core/series_io.hpp"

namespace taspan::detail {

struct max_order {
  template <real T>
  [[nodiscard]] static constexpr bool better(T a, T b) noexcept {
    return a > b;
  }
  template <real T>
  [[nodiscard]] static constexpr T best(T a, T b) noexcept {
    return b > a ? b : a;  // maxsd; NaN handling is the caller's business
  }
  template <real T>
  [[nodiscard]] static constexpr T worst() noexcept {
    return -std::numeric_limits<T>::infinity();
  }
};

struct min_order {
  template <real T>
  [[nodiscard]] static constexpr bool better(T a, T b) noexcept {
    return a < b;
  }
  template <real T>
  [[nodiscard]] static constexpr T best(T a, T b) noexcept {
    return b < a ? b : a;
  }
  template <real T>
  [[nodiscard]] static constexpr T worst() noexcept {
    return std::numeric_limits<T>::infinity();
  }
};

// One bar's answer: the best value of the window, the absolute bar index TA-Lib's MAXINDEX /
// MININDEX report for it, and whether the window is full and free of NaN.
template <real T>
struct extremum {
  T value;
  std::int64_t index;
  bool valid;
};

// Streaming rolling extremum over the last `period` bars (bar indices count from 0 at
// construction or reset()). Index = false skips TA-Lib's index bookkeeping (value only; the
// reported index is then -1).
//
// Tie rule, from TA-Lib ta_MAXINDEX.c (ta_MININDEX.c mirrored): TA-Lib keeps the index of the
// current best; when it leaves the window it rescans the window oldest first with a strict
// comparison (so the OLDEST of equal bests wins), otherwise a new bar equal to or better than
// the current best takes over (so the NEWEST wins). The deque keeps equal values (it pops only
// strictly worse ones), so its front is the oldest best: TA-Lib's rescan result in O(1).
template <real T, class Order, bool Index = true>
class extremum_window {
 public:
  explicit extremum_window(int period)
      : buf_(window_buffer<entry>(std::bit_ceil(static_cast<std::size_t>(period)))),
        mask_(buf_.size() - 1),
        period_(period) {}

  // What push(x) would return, without changing state.
  [[nodiscard]] extremum<T> peek(T x) const noexcept {
    const std::int64_t i = today_;
    const std::int64_t trailing = i - period_ + 1;
    const entry* f = front_after_expiry(trailing);
    const bool x_ok = !is_nan(x);
    const bool x_best = x_ok && (f == nullptr || Order::better(x, f->value));
    extremum<T> r{x_best ? x : (f != nullptr ? f->value : nan_v<T>), -1, false};
    if (trailing >= 0) {
      if constexpr (Index) {
        if (held_ < trailing) {  // TA-Lib rescans: oldest best
          r.index = x_best ? i : (f != nullptr ? f->index : -1);
        } else {  // a new bar >= the held best takes over
          r.index = (x_ok && !Order::better(held_value_, x)) ? i : held_;
        }
      }
      r.valid = x_ok && last_nan_ < trailing;
    }
    return r;
  }

  extremum<T> push(T x) noexcept {
    const std::int64_t i = today_;
    const std::int64_t trailing = i - period_ + 1;
    extremum<T> r{};
    if constexpr (Index) r = peek(x);
    if (head_ != tail_ && buf_[head_ & mask_].index < trailing) ++head_;
    if (is_nan(x)) {
      last_nan_ = i;
    } else {
      while (tail_ != head_ && Order::better(x, buf_[(tail_ - 1) & mask_].value)) --tail_;
      buf_[tail_ & mask_] = entry{x, i};
      ++tail_;
    }
    if constexpr (Index) {
      if (trailing >= 0) {
        held_ = r.index;
        held_value_ = r.value;
      }
    } else {
      r.value = head_ != tail_ ? buf_[head_ & mask_].value : nan_v<T>;
      r.index = -1;
      r.valid = trailing >= 0 && last_nan_ < trailing;
    }
    ++today_;
    return r;
  }

  // Bars pushed since construction or reset().
  [[nodiscard]] std::int64_t bars() const noexcept { return today_; }
  [[nodiscard]] bool full() const noexcept { return today_ >= period_; }
  [[nodiscard]] int period() const noexcept { return period_; }

  void reset() noexcept {
    head_ = tail_ = 0;
    today_ = 0;
    last_nan_ = -1;
    held_ = -1;
    held_value_ = T(0);
  }

 private:
  struct entry {
    T value;
    std::int64_t index;
  };

  [[nodiscard]] const entry* front_after_expiry(std::int64_t trailing) const noexcept {
    if (head_ == tail_) return nullptr;
    const entry* f = &buf_[head_ & mask_];
    if (f->index >= trailing) return f;
    return tail_ - head_ > 1 ? &buf_[(head_ + 1) & mask_] : nullptr;
  }

  // Ring of a power-of-two capacity >= period; head_/tail_ only grow (masked on access). At most
  // `period` entries are ever live: one per bar of the window.
  std::vector<entry> buf_;
  std::size_t mask_;
  std::size_t head_ = 0;
  std::size_t tail_ = 0;
  int period_;
  std::int64_t today_ = 0;
  std::int64_t last_nan_ = -1;
  std::int64_t held_ = -1;  // TA-Lib's highestIdx / lowestIdx (Index only)
  T held_value_ = T(0);
};

// Streaming rolling best (value only) by van Herk/Gil-Werman blocks: bars are grouped in blocks
// of p counted from the first bar; the window ending at position t of a block is the suffix of
// the previous block from t+1 (precomputed when that block completed) plus the prefix of the
// current one. Per update: two comparisons and no data-dependent branch (a deque's pop loop
// mispredicts on noisy data); every p-th update also computes the p suffix bests, so O(1)
// amortised. NaN bars count as the order's worst value and make their windows invalid.
// Same block grid and comparison order as vhgw_kernel: bit-identical values.
template <real T, class Order>
class block_extremum_window {
 public:
  explicit block_extremum_window(int period)
      : cur_(window_buffer<T>(static_cast<std::size_t>(period))),
        suf_(window_buffer<T>(static_cast<std::size_t>(period) + 1, Order::template worst<T>())),
        p_(static_cast<std::size_t>(period)) {}

  [[nodiscard]] extremum<T> peek(T x) const noexcept {
    const T v = is_nan(x) ? Order::template worst<T>() : x;
    const T pre = t_ == 0 ? v : Order::best(prefix_, v);
    const std::int64_t trailing = today_ - static_cast<std::int64_t>(p_) + 1;
    return {Order::best(suf_[t_ + 1], pre), -1,
            trailing >= 0 && !is_nan(x) && last_nan_ < trailing};
  }

  extremum<T> push(T x) noexcept {
    const extremum<T> r = peek(x);
    const T v = is_nan(x) ? Order::template worst<T>() : x;
    prefix_ = t_ == 0 ? v : Order::best(prefix_, v);
    cur_[t_] = v;
    if (is_nan(x)) last_nan_ = today_;
    ++today_;
    if (++t_ == p_) {  // block complete: its suffix bests serve the next p windows
      t_ = 0;
      T s = cur_[p_ - 1];
      for (std::size_t k = p_; k-- > 0;) {
        s = Order::best(s, cur_[k]);
        suf_[k] = s;
      }
    }
    return r;
  }

  [[nodiscard]] bool full() const noexcept { return today_ >= static_cast<std::int64_t>(p_); }
  [[nodiscard]] int period() const noexcept { return static_cast<int>(p_); }
  void reset() noexcept {
    std::fill(suf_.begin(), suf_.end(), Order::template worst<T>());
    t_ = 0;
    today_ = 0;
    last_nan_ = -1;
    prefix_ = T(0);
  }

 private:
  std::vector<T> cur_;  // the current block so far
  std::vector<T> suf_;  // suffix bests of the previous block; suf_[p] = worst
  std::size_t p_;
  std::size_t t_ = 0;  // position of the next bar in its block
  std::int64_t today_ = 0;
  std::int64_t last_nan_ = -1;
  T prefix_ = T(0);
};

// Batch rolling best by van Herk/Gil-Werman, written straight into y (no scratch memory):
// split x into blocks of p; the window ending at i spans the tail of one block (a suffix best)
// and the head of the next (a prefix best). Each block's suffix pass writes its suffix bests
// p-1 places ahead, where the next block's prefix pass combines them. Per bar: two running bests
// (independent chains, one loop) and one combine, for any p.
// Returns false if x holds a NaN (y is then unspecified): the caller falls back to the deque.
// y must not overlap x. Warm-up entries are left untouched.
template <class Order, real T>
[[nodiscard]] bool vhgw_kernel(std::span<const T> x, std::span<T> y, std::size_t p) noexcept {
  const std::size_t n = x.size();
  if (n < p) {
    bool nan = false;
    for (T v : x) nan |= is_nan(v);
    return !nan;
  }
  bool nan = false;
  std::size_t b = 0;
  // Full blocks. Block b's prefix pass finishes y[b .. b+p-2] (suffixes of block b-p were put
  // there); its suffix pass writes y[b+p-1 .. b+2p-2] (clipped to n).
  for (; b + p <= n; b += p) {
    const std::size_t last = b + p - 1;
    T pre = x[b];
    T suf = x[last];
    if (last + p - 1 < n) {
      if (b == 0) {
        for (std::size_t t = 0; t < p; ++t) {
          const std::size_t j = last - t;
          suf = Order::best(suf, x[j]);
          nan |= is_nan(x[j]);
          y[j + p - 1] = suf;
        }
      } else {
        for (std::size_t t = 0; t + 1 < p; ++t) {
          const std::size_t i = b + t;
          const std::size_t j = last - t;
          pre = Order::best(pre, x[i]);
          suf = Order::best(suf, x[j]);
          nan |= is_nan(x[j]);
          y[i] = Order::best(y[i], pre);
          y[j + p - 1] = suf;
        }
        suf = Order::best(suf, x[b]);
        nan |= is_nan(x[b]);
        y[b + p - 1] = suf;
      }
    } else {  // the last full block: its suffixes feed only the outputs that exist
      if (b != 0) {
        for (std::size_t i = b; i < last; ++i) {
          pre = Order::best(pre, x[i]);
          y[i] = Order::best(y[i], pre);
        }
      }
      for (std::size_t t = 0; t < p; ++t) {
        const std::size_t j = last - t;
        suf = Order::best(suf, x[j]);
        nan |= is_nan(x[j]);
        if (j + p - 1 < n) y[j + p - 1] = suf;
      }
    }
  }
  // A partial last block: prefix pass only.
  if (b < n) {
    T pre = x[b];
    for (std::size_t i = b; i < n; ++i) {
      pre = Order::best(pre, x[i]);
      nan |= is_nan(x[i]);
      y[i] = Order::best(y[i], pre);
    }
  }
  return !nan;
}

// Batch rolling best (value) for a series: van Herk/Gil-Werman, or the deque if x holds NaN.
// Not noexcept: the NaN fallback allocates the deque.
template <class Order, real T>
void rolling_best_kernel(std::span<const T> x, std::span<T> y, int period) {
  const std::size_t start = fill_warmup(y, period - 1);
  if (start >= y.size()) return;
  if (vhgw_kernel<Order>(x, y, static_cast<std::size_t>(period))) return;
  block_extremum_window<T, Order> w(period);  // NaN present: the streaming form handles it
  for (std::size_t i = 0; i < x.size(); ++i) {
    const extremum<T> r = w.push(x[i]);
    if (i >= start) y[i] = r.valid ? r.value : nan_v<T>;
  }
}

// Batch rolling min and max of one series.
template <real T>
void rolling_minmax_kernel(std::span<const T> x, std::span<T> lo, std::span<T> hi, int period) {
  const std::size_t start = fill_warmup(lo, period - 1);
  fill_warmup(hi, period - 1);
  if (start >= x.size()) return;
  const auto p = static_cast<std::size_t>(period);
  if (vhgw_kernel<min_order>(x, lo, p) && vhgw_kernel<max_order>(x, hi, p)) return;
  block_extremum_window<T, min_order> wl(period);
  block_extremum_window<T, max_order> wh(period);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const extremum<T> a = wl.push(x[i]);
    const extremum<T> b = wh.push(x[i]);
    if (i >= start) {
      lo[i] = a.valid ? a.value : nan_v<T>;
      hi[i] = b.valid ? b.value : nan_v<T>;
    }
  }
}

// Batch TA-Lib MAXINDEX/MININDEX: absolute bar index as T, NaN for warm-up and NaN windows.
// Not noexcept: allocates the deque (period entries).
template <class Order, real T>
void rolling_best_index_kernel(std::span<const T> x, std::span<T> y, int period) {
  const std::size_t start = fill_warmup(y, period - 1);
  if (start >= y.size()) return;
  extremum_window<T, Order> w(period);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const extremum<T> r = w.push(x[i]);
    if (i >= start) y[i] = r.valid ? static_cast<T>(r.index) : nan_v<T>;
  }
}

// What a stream reports of one order: Index = false, the best value (from a block window); true,
// TA-Lib's MAXINDEX/MININDEX bar index as T (from the deque window, which tracks it).
template <class T, class Order, bool Index>
using stream_window =
    std::conditional_t<Index, extremum_window<T, Order, true>, block_extremum_window<T, Order>>;

template <bool Index, real T>
[[nodiscard]] T reported(const extremum<T>& r) noexcept {
  if constexpr (Index) {
    return static_cast<T>(r.index);
  } else {
    return r.value;
  }
}

// A report of the two-extremum streams below: the aggregate Pair<T>{min, max}.
template <template <class> class Pair>
struct as_pair {
  template <real T>
  [[nodiscard]] static Pair<T> of(T lo, T hi) noexcept {
    return {lo, hi};
  }
};

// The streaming classes rolling_max_stream, rolling_argmax_stream, ... share this body.
template <class T, class Order, bool Index>
class extremum_stream {
  static_assert(is_real_v<T>, "taspan: a rolling stream's T must be float or double");

 public:
  T update(T x) noexcept { return report(w_.push(x)); }
  [[nodiscard]] T peek(T x) const noexcept { return report(w_.peek(x)); }
  [[nodiscard]] bool ready() const noexcept { return w_.full(); }
  void reset() noexcept { w_.reset(); }
  [[nodiscard]] int period() const noexcept { return w_.period(); }
  [[nodiscard]] int lookback() const noexcept { return w_.period() - 1; }

 protected:
  extremum_stream(int period, const char* function, int min_period = 1)
      : w_(check_period(function, period, min_period)) {}

 private:
  [[nodiscard]] static T report(const extremum<T>& r) noexcept {
    return r.valid ? reported<Index>(r) : nan_v<T>;
  }
  stream_window<T, Order, Index> w_;
};

// rolling_minmax_stream, minmax_stream, minmaxindex_stream and midpoint_stream share this body: a
// min and a max window over the same bars, reported together as Report::of(min, max) (Index as
// above), or as Report::of(NaN, NaN) while the windows are not full or hold a NaN.
template <class T, bool Index, class Report>
class extremum_pair_stream {
  static_assert(is_real_v<T>, "taspan: a rolling stream's T must be float or double");

 public:
  using value = decltype(Report::of(T{}, T{}));
  value update(T x) noexcept { return report(lo_.push(x), hi_.push(x)); }
  [[nodiscard]] value peek(T x) const noexcept { return report(lo_.peek(x), hi_.peek(x)); }
  [[nodiscard]] bool ready() const noexcept { return lo_.full(); }
  void reset() noexcept {
    lo_.reset();
    hi_.reset();
  }
  [[nodiscard]] int period() const noexcept { return lo_.period(); }
  [[nodiscard]] int lookback() const noexcept { return lo_.period() - 1; }

 protected:
  extremum_pair_stream(int period, const char* function, int min_period = 1)
      : lo_(check_period(function, period, min_period)), hi_(period) {}

 private:
  [[nodiscard]] static value report(const extremum<T>& lo, const extremum<T>& hi) noexcept {
    if (!lo.valid) return Report::of(nan_v<T>, nan_v<T>);
    return Report::of(reported<Index>(lo), reported<Index>(hi));
  }
  stream_window<T, min_order, Index> lo_;
  stream_window<T, max_order, Index> hi_;
};

// Batch rolling best value (Index false) or its bar index (Index true) under a public name and
// smallest period: rolling_max and TA-Lib's max, rolling_argmin and minindex, ... are this one
// function with two names each.
template <class Order, bool Index, series In, output_series Out>
void rolling_extremum_as(std::string_view function, int min_period, const In& in, Out&& out,
                         int period) {
  check_period(function, period, min_period);
  auto [x, y] = in_out_spans(function, in, out);
  if constexpr (Index) {
    rolling_best_index_kernel<Order>(x, y, period);
  } else {
    rolling_best_kernel<Order>(x, y, period);
  }
}

}  // namespace taspan::detail
