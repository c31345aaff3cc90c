#pragma once
// A window of the last `period` bars whose statistic is computed afresh on every bar, O(period)
// a bar, as TA-Lib computes AVGDEV and IMI: nothing carries from one window to the next, so a
// window's value is the same whatever came before it, and NaN affects exactly the windows that
// hold it. A core for run_core / core_stream (core_stream.hpp), NaN-aware.
//   Fn::value(x...)   one bar's inputs as the double the window keeps
//   Fn::of(w)         the statistic of a full window w (w.period(), w.newest_first(f))

#include <cstddef>

#include "../numeric.hpp"
#include "ring.hpp"

namespace taspan::detail {

// A full window: the ring's values, or (peek) the ring's newest period-1 and one more value.
class window_view {
 public:
  window_view(const ring<double>& r, const double* next) noexcept : r_(r), next_(next) {}
  [[nodiscard]] std::size_t period() const noexcept { return r_.capacity(); }
  template <class F>
  void newest_first(F&& f) const noexcept {
    if (next_ == nullptr) {
      r_.for_each_reverse(f);
      return;
    }
    f(*next_);
    for (std::size_t i = r_.size(); i-- > r_.size() + 1 - r_.capacity();) f(r_[i]);
  }

 private:
  const ring<double>& r_;
  const double* next_;
};

template <class Fn>
class recomputed_window_core {
 public:
  static constexpr bool nan_aware = true;
  explicit recomputed_window_core(int period) : ring_(static_cast<std::size_t>(period)) {}

  template <class... X>
  double step(X... x) noexcept {
    ring_.push(Fn::value(static_cast<double>(x)...));
    return ring_.full() ? Fn::of(window_view(ring_, nullptr)) : nan_v<double>;
  }
  template <class... X>
  [[nodiscard]] double peek(X... x) const noexcept {
    if (ring_.size() + 1 < ring_.capacity()) return nan_v<double>;
    const double next = Fn::value(static_cast<double>(x)...);
    return Fn::of(window_view(ring_, &next));
  }
  [[nodiscard]] bool ready() const noexcept { return ring_.full(); }
  void reset() noexcept { ring_.clear(); }

 private:
  ring<double> ring_;
};

}  // namespace taspan::detail
