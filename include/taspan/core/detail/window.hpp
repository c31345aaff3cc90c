#pragma once
// Windowed accumulators with exact re-seeding, shared by batch and streaming forms.
//
// An accumulator `Acc` holds the state of one window of `period` samples:
//   Acc(std::size_t period)              empty window
//   void add(const Sample&)              append while filling (the k-th sample added is bar k)
//   void replace(const Sample& oldest, const Sample& s)   slide by one bar
// The first full window and every `period`-th one after it are summed afresh from the samples
// (re-seeded), the rest are slid: rounding error stays flat however long the series, and batch
// and streaming perform the same operations in the same order, so their results are identical.
// Optionally `bool stale() const`: after a slide, the state may be mostly rounding (say, a variance
// that huge values left behind near zero). Both drivers then re-seed on the spot, so the result is
// that of the window alone, whatever has left the window.

#include <cstddef>

#include "ring.hpp"

namespace taspan::detail {

// Accumulators of products (regression, co-moments) treat samples beyond this magnitude like NaN
// and infinities: counted apart, and a window holding one gives NaN. Below it no sum of products
// over a window can overflow (squares overflow near 1.3e154), so a window's state never depends on
// values that have left it. NaN compares false: out of range.
inline constexpr double window_max_magnitude = 1e150;
[[nodiscard]] constexpr bool in_window_range(double x) noexcept {
  return x >= -window_max_magnitude && x <= window_max_magnitude;
}

template <class Acc>
[[nodiscard]] constexpr bool window_stale(const Acc& acc) noexcept {
  if constexpr (requires { acc.stale(); }) {
    return acc.stale();
  } else {
    return false;
  }
}

// Calls emit(i, acc) for every bar i >= period-1; sample(i) gives bar i's sample.
template <class Acc, class Sample, class Emit>
void for_each_window(std::size_t n, std::size_t period, Sample&& sample, Emit&& emit) noexcept {
  const auto seed = [&](std::size_t last) {
    Acc acc(period);
    for (std::size_t j = last + 1 - period; j <= last; ++j) acc.add(sample(j));
    return acc;
  };
  for (std::size_t i = period - 1; i < n;) {
    Acc acc = seed(i);
    emit(i, acc);
    const std::size_t reseed = i + period < n ? i + period : n;
    for (++i; i < reseed; ++i) {
      acc.replace(sample(i - period), sample(i));
      if (window_stale(acc)) acc = seed(i);
      emit(i, acc);
    }
  }
}

// Streaming twin of for_each_window: next() is what the window would hold after one more
// sample (const, for peek), commit() makes it so.
template <class Acc, class S>
class window_stream {
 public:
  explicit window_stream(std::size_t period) : window_(period), acc_(period) {}

  [[nodiscard]] Acc next(const S& s) const noexcept {
    const std::size_t period = window_.capacity();
    if (!window_.full()) {
      Acc a = acc_;
      a.add(s);
      return a;
    }
    if (outputs_ % period == 0) return seed(s);
    Acc a = acc_;
    a.replace(window_.front(), s);
    return window_stale(a) ? seed(s) : a;
  }
  void commit(const S& s, const Acc& a) noexcept {
    window_.push(s);
    if (window_.full()) ++outputs_;
    acc_ = a;
  }
  [[nodiscard]] bool full() const noexcept { return window_.full(); }
  [[nodiscard]] bool full_after_next() const noexcept {
    return window_.size() + 1 >= window_.capacity();
  }
  void reset() noexcept {
    window_.clear();
    acc_ = Acc(window_.capacity());
    outputs_ = 0;
  }

 private:
  [[nodiscard]] Acc seed(const S& s) const noexcept {  // the window that s completes, oldest first
    const std::size_t period = window_.capacity();
    Acc a(period);
    for (std::size_t i = 1; i < period; ++i) a.add(window_[i]);
    a.add(s);
    return a;
  }
  ring<S> window_;
  Acc acc_;
  std::size_t outputs_ = 0;  // updates so far that completed a full window
};

}  // namespace taspan::detail
