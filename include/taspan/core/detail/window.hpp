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

#include <cstddef>

#include "ring.hpp"

namespace taspan::detail {

// Calls emit(i, acc) for every bar i >= period-1; sample(i) gives bar i's sample.
template <class Acc, class Sample, class Emit>
void for_each_window(std::size_t n, std::size_t period, Sample&& sample, Emit&& emit) noexcept {
  for (std::size_t i = period - 1; i < n;) {
    Acc acc(period);
    for (std::size_t j = i + 1 - period; j <= i; ++j) acc.add(sample(j));
    emit(i, acc);
    const std::size_t reseed = i + period < n ? i + period : n;
    for (++i; i < reseed; ++i) {
      acc.replace(sample(i - period), sample(i));
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
    if (outputs_ % period == 0) {  // re-seed: the window that s completes, oldest first
      Acc a(period);
      for (std::size_t i = 1; i < period; ++i) a.add(window_[i]);
      a.add(s);
      return a;
    }
    Acc a = acc_;
    a.replace(window_.front(), s);
    return a;
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
  ring<S> window_;
  Acc acc_;
  std::size_t outputs_ = 0;  // updates so far that completed a full window
};

}  // namespace taspan::detail
