#pragma once
// Wilder average gain and loss (RSI, CMO) and the per-bar state machine that batch and streaming
// both run.
//
// NaN: a bar with a NaN input restarts the state machine: that bar yields NaN and the next bar is
// treated as the first bar of a new series (so the warm-up starts over). So does a bar whose
// averages overflow (prices near DBL_MAX or +-inf). The cores handle NaN
// themselves (nan_aware) and run through core/detail/core_stream.hpp.

#include <cstddef>
#include <span>

#include "../../core/concepts.hpp"
#include "../../core/detail/wilder.hpp"
#include "../../core/numeric.hpp"

namespace taspan::detail {

// Wilder average gain and loss of a price series (RSI, CMO). TA-Lib seeding: the first averages
// are the simple means of the first n changes (bars 1..n), so the first value is at bar n.
class gain_loss_core {
 public:
  explicit gain_loss_core(int period) noexcept : w_(period), period_(period) {}

  // Feeds one price; true when gain()/loss() hold the averages of this bar.
  bool step(double x) noexcept {
    if (is_nan(x)) {
      count_ = -1;
      return false;
    }
    if (count_ < 0) {
      prev_ = x;
      count_ = 0;
      gain_ = loss_ = 0.0;
      return false;
    }
    const double change = x - prev_;
    prev_ = x;
    const double g = positive_part(change);
    const double l = positive_part(-change);
    if (count_ >= period_) {
      gain_ = w_.avg(gain_, g);
      loss_ = w_.avg(loss_, l);
      return restart_if_overflowed();
    }
    gain_ += g;
    loss_ += l;
    if (!restart_if_overflowed()) return false;
    if (++count_ < period_) return false;
    gain_ /= static_cast<double>(period_);
    loss_ /= static_cast<double>(period_);
    return true;
  }
  // An overflow (prices near DBL_MAX, or +-inf) restarts as a NaN price does; false then.
  bool restart_if_overflowed() noexcept {
    if (gain_ - gain_ + (loss_ - loss_) == 0.0) return true;
    count_ = -1;
    return false;
  }
  [[nodiscard]] double gain() const noexcept { return gain_; }
  [[nodiscard]] double loss() const noexcept { return loss_; }
  [[nodiscard]] bool ready() const noexcept { return count_ >= period_; }

  // Batch fast path, once ready(): consumes bars i, i+1, ... two at a time while they are not
  // NaN, calling emit(j, gain, loss) for each, and returns the first bar it did not consume.
  // The second bar of a pair uses the two-step recursion s2 = s*keep^2 + (x1*take*keep + x2*take)
  // (mathematically the same as two steps), which halves the loop-carried dependency; the first
  // bar is exactly step()'s arithmetic. Results differ from step() by rounding only (~1e-16
  // relative per pair, not accumulating: the recursion contracts).
  template <real T, class Emit>
  std::size_t run_pairs(std::span<const T> x, std::size_t i, Emit&& emit) noexcept {
    const double keep = w_.keep;
    const double take = w_.take;
    const double keep2 = keep * keep;
    const double take_keep = take * keep;
    double g = gain_;
    double l = loss_;
    double prev = prev_;
    for (; i + 1 < x.size(); i += 2) {
      const auto x1 = static_cast<double>(x[i]);
      const auto x2 = static_cast<double>(x[i + 1]);
      if (any_nan(x1, x2)) break;
      const double c1 = x1 - prev;
      const double c2 = x2 - x1;
      const double g1 = positive_part(c1);
      const double l1 = positive_part(-c1);
      const double g2 = positive_part(c2);
      const double l2 = positive_part(-c2);
      const double gn = g * keep2 + (g1 * take_keep + g2 * take);
      const double ln = l * keep2 + (l1 * take_keep + l2 * take);
      if (!(gn - gn + (ln - ln) == 0.0 && c1 - c1 == 0.0)) break;  // overflow: step() restarts
      emit(i, g * keep + g1 * take, l * keep + l1 * take);
      g = gn;
      l = ln;
      emit(i + 1, g, l);
      prev = x2;
    }
    gain_ = g;
    loss_ = l;
    prev_ = prev;
    return i;
  }

 private:
  wilder_weights w_;
  int period_;
  int count_ = -1;  // -1: no previous price; else changes seen (saturates at period)
  double prev_ = 0.0;
  double gain_ = 0.0;
  double loss_ = 0.0;
};

// A gain/loss indicator (RSI, CMO): Value::of(gain, loss) is the bar's output.
template <class Value>
class gain_loss_indicator {
 public:
  static constexpr bool nan_aware = true;
  explicit gain_loss_indicator(int period) noexcept : gl_(period) {}
  template <real T>
  T step(T x) noexcept {
    if (!gl_.step(static_cast<double>(x))) return nan_v<T>;
    return static_cast<T>(Value::of(gl_.gain(), gl_.loss()));
  }
  [[nodiscard]] bool ready() const noexcept { return gl_.ready(); }

  // Batch: step() through warm-ups and NaN bars, the two-bar fast path in between (when
  // Value::two_bar_batch: results within rounding of step(), not bitwise).
  template <real T>
  void run(std::span<const T> x, std::span<T> y) noexcept {
    std::size_t i = 0;
    while (i < x.size()) {
      if (Value::two_bar_batch && gl_.ready()) {
        i = gl_.run_pairs(x, i, [y](std::size_t j, double g, double l) {
          y[j] = static_cast<T>(Value::of(g, l));
        });
        if (i >= x.size()) break;
      }
      y[i] = step(x[i]);
      ++i;
    }
  }

 private:
  gain_loss_core gl_;
};

}  // namespace taspan::detail
