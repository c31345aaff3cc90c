#pragma once
// Shared by the Wilder family (RSI, CMO, ATR, NATR, PLUS_DM ... ADXR): Wilder smoothing, true
// range, directional movement, and the per-bar state machines that batch and streaming both run.
//
// Arithmetic: everything runs in double (also for float series), like TA-Lib's float variants.
// Wilder smoothing s' = s + (x - s)/n is computed as s*keep + x*take with keep = (n-1)/n and
// take = 1/n (TA-Lib writes (s*(n-1) + x)/n): the same recursion, rounded differently by about
// one ulp per step, so results agree with TA-Lib to ~1e-14 relative, while the loop-carried
// dependency is one multiply and one add instead of a division.
//
// NaN: a bar with a NaN input restarts the state machine: that bar yields NaN and the next bar is
// treated as the first bar of a new series (so the warm-up starts over). The per-bar cores handle
// NaN themselves (nan_aware) and run through core/detail/core_stream.hpp.

#include <cstddef>
#include <span>
#include <string_view>
#include <tuple>
#include <vector>

#include "../concepts.hpp"
#include "../error.hpp"
#include "../numeric.hpp"
#include "../series_io.hpp"

namespace taspan {

// How a Wilder average is seeded. talib: the SMA of the first n values, with the first true range
// at bar 1 (TA-Lib ATR/NATR). tradingview: Pine's ta.atr, whose true range at bar 0 is high - low,
// so the seed is the SMA of bars 0..n-1 and the first value comes one bar earlier.
enum class wilder_seed { talib, tradingview };

namespace detail {

struct wilder_weights {
  double keep;
  double take;
  explicit wilder_weights(int n) noexcept
      : keep(static_cast<double>(n - 1) / static_cast<double>(n)),
        take(1.0 / static_cast<double>(n)) {}
  // Average form (RSI, CMO, ATR, ADX): s + (x - s)/n.
  [[nodiscard]] double avg(double s, double x) const noexcept { return s * keep + x * take; }
  // Sum form (DM and TR inside DI/DX/ADX): s - s/n + x.
  [[nodiscard]] double sum(double s, double x) const noexcept { return s * keep + x; }
};

// True when any input of the bar is NaN (one compare: a sum is NaN iff a term is NaN or inf-inf).
template <class... X>
[[nodiscard]] constexpr bool any_nan(X... x) noexcept {
  const double s = (static_cast<double>(x) + ...);
  return is_nan(s);
}

// max(x, 0) without a data-dependent branch (GCC turns `x > 0 ? x : 0` into a branch on the sign
// of a price change, which mispredicts half the time). Exact: x + |x| is 2x or 0, no rounding.
[[nodiscard]] inline double positive_part(double x) noexcept { return 0.5 * (x + std::abs(x)); }
[[nodiscard]] inline double larger(double a, double b) noexcept { return a > b ? a : b; }

// TA-Lib TRANGE of a bar: max(high - low, |high - prev_close|, |low - prev_close|).
[[nodiscard]] inline double true_range(double h, double l, double prev_close) noexcept {
  const double r = h - l;
  const double a = std::abs(h - prev_close);
  const double b = std::abs(l - prev_close);
  return larger(b, larger(a, r));
}

// One-bar directional movement (Wilder): up = high - prev_high, down = prev_low - low; +DM = up
// if up > down and up > 0, -DM = down if down > up and down > 0, else 0.
struct dm_pair {
  double plus;
  double minus;
};
// Branch-free: a positive part times a 0/1 flag (exact: x * 1.0 == x, x * 0.0 == +0.0 for x >= 0).
[[nodiscard]] inline dm_pair directional_movement(double up, double down) noexcept {
  return {positive_part(up) * static_cast<double>(up > down),
          positive_part(down) * static_cast<double>(down > up)};
}

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
      return true;
    }
    gain_ += g;
    loss_ += l;
    if (++count_ < period_) return false;
    gain_ /= static_cast<double>(period_);
    loss_ /= static_cast<double>(period_);
    return true;
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
      emit(i, g * keep + g1 * take, l * keep + l1 * take);
      g = g * keep2 + (g1 * take_keep + g2 * take);
      l = l * keep2 + (l1 * take_keep + l2 * take);
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

// Wilder-smoothed +DM, -DM and TR the way TA-Lib's PLUS_DM/MINUS_DM/PLUS_DI/MINUS_DI/DX/ADX do it:
// the one-bar values of bars 1..n-1 are summed, and every later bar applies s = s - s/n + x.
// count() is the number of one-bar values consumed since the (re)start: bar k of a segment has
// count k.
class directional_core {
 public:
  explicit directional_core(int period) noexcept : w_(period), period_(period) {}

  // Feeds one bar; false when the bar restarted the state (first bar or a NaN input).
  bool step(double h, double l, double c) noexcept {
    if (any_nan(h, l, c)) {
      count_ = -1;
      return false;
    }
    if (count_ < 0) {
      ph_ = h;
      pl_ = l;
      pc_ = c;
      count_ = 0;
      plus_ = minus_ = tr_ = 0.0;
      return false;
    }
    const dm_pair dm = directional_movement(h - ph_, pl_ - l);
    const double tr = true_range(h, l, pc_);
    ph_ = h;
    pl_ = l;
    pc_ = c;
    if (count_ >= period_ - 1) {
      plus_ = w_.sum(plus_, dm.plus);
      minus_ = w_.sum(minus_, dm.minus);
      tr_ = w_.sum(tr_, tr);
    } else {
      plus_ += dm.plus;
      minus_ += dm.minus;
      tr_ += tr;
    }
    if (count_ < max_count_) ++count_;
    return true;
  }
  [[nodiscard]] int count() const noexcept { return count_; }
  [[nodiscard]] double plus() const noexcept { return plus_; }
  [[nodiscard]] double minus() const noexcept { return minus_; }
  [[nodiscard]] double tr() const noexcept { return tr_; }
  // +DI and -DI (0 when the smoothed true range is 0, as TA-Lib).
  [[nodiscard]] double plus_di() const noexcept { return tr_ != 0.0 ? 100.0 * (plus_ / tr_) : 0.0; }
  [[nodiscard]] double minus_di() const noexcept {
    return tr_ != 0.0 ? 100.0 * (minus_ / tr_) : 0.0;
  }
  // DX of this bar, or false when it is undefined (TR or +DI + -DI is 0).
  [[nodiscard]] bool dx(double& out) const noexcept {
    if (tr_ == 0.0) return false;
    const double m = 100.0 * (minus_ / tr_);
    const double p = 100.0 * (plus_ / tr_);
    const double s = m + p;
    if (s == 0.0) return false;
    out = 100.0 * (std::abs(m - p) / s);
    return true;
  }

 private:
  static constexpr int max_count_ = 1 << 30;
  wilder_weights w_;
  int period_;
  int count_ = -1;
  double ph_ = 0.0, pl_ = 0.0, pc_ = 0.0;
  double plus_ = 0.0, minus_ = 0.0, tr_ = 0.0;
};

}  // namespace detail
}  // namespace taspan
