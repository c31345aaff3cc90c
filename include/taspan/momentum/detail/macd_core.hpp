#pragma once
// The MACD shape shared by macd and macdext: a fast and a slow moving average, fed so that both
// produce their first value on the same bar (TA-Lib starts each MA `lookback` bars before the
// first MACD bar, so the fast EMA is seeded from the fast-period window that ends where the slow
// seed window ends), their difference (the MACD line), a signal MA of that line, and the
// histogram. Finite inputs only; the caller resets on NaN.

#include <algorithm>
#include <cstddef>
#include <utility>

#include "../../core/concepts.hpp"
#include "../../core/detail/core_stream.hpp"
#include "../../core/numeric.hpp"

namespace taspan {

// One bar of MACD output.
template <class T>
struct macd_point {
  T macd, signal, hist;
};

namespace detail {

// Core: step / ready / reset on doubles, peek optional as in core_stream.hpp (ema_state or
// ma_core).
template <class Core>
class macd_lines {
 public:
  // lookbacks of the three MAs; fast/slow are already ordered (slow is the slower one).
  macd_lines(Core fast, int lb_fast, Core slow, int lb_slow, Core signal, int lb_signal)
      : fast_(std::move(fast)),
        slow_(std::move(slow)),
        signal_(std::move(signal)),
        lb_lines_(static_cast<std::size_t>(std::max(lb_fast, lb_slow))),
        fast_from_(lb_lines_ - static_cast<std::size_t>(lb_fast)),
        slow_from_(lb_lines_ - static_cast<std::size_t>(lb_slow)),
        lb_total_(lb_lines_ + static_cast<std::size_t>(lb_signal)) {}

  macd_point<double> step(double x) noexcept {
    const std::size_t bar = bar_++;
    const double f = bar >= fast_from_ ? fast_.step(x) : 0.0;
    const double s = bar >= slow_from_ ? slow_.step(x) : 0.0;
    if (bar < lb_lines_) return none();
    const double m = f - s;
    const double g = signal_.step(m);
    if (bar < lb_total_) return none();
    // An overflow in a recursive line (core_stream.hpp): restart. ma_core lines restart their
    // recursive types themselves and let a windowed type recover, as a window does.
    if constexpr (overflow_restarting_core<Core>) {
      if (!(m - g - (m - g) == 0.0)) {
        reset();
        return none();
      }
    }
    return {m, g, m - g};
  }
  [[nodiscard]] macd_point<double> peek(double x) const noexcept {
    const std::size_t bar = bar_;
    if (bar < lb_total_) return none();
    const double m = peek_value(fast_, x) - peek_value(slow_, x);
    const double g = peek_value(signal_, m);
    if constexpr (overflow_restarting_core<Core>) {
      if (!(m - g - (m - g) == 0.0)) return none();
    }
    return {m, g, m - g};
  }
  [[nodiscard]] bool ready() const noexcept { return bar_ > lb_total_; }
  void reset() noexcept {
    fast_.reset();
    slow_.reset();
    signal_.reset();
    bar_ = 0;
  }

 private:
  static macd_point<double> none() noexcept {
    return {nan_v<double>, nan_v<double>, nan_v<double>};
  }
  Core fast_, slow_, signal_;
  std::size_t lb_lines_, fast_from_, slow_from_, lb_total_;
  std::size_t bar_ = 0;  // bars fed since the last reset
};

// The streaming shell of MACD and MACDEXT (they differ in their lines' core and parameters):
// a NaN input resets the lines, as the batch drivers do.
template <class T, class Core>
class macd_stream_base {
  static_assert(is_real_v<T>, "taspan: MACD streams take T = float or double");

 public:
  macd_point<T> update(T x) noexcept {
    if (is_nan(x)) {
      lines_.reset();
      return cast(nan_point());
    }
    return cast(lines_.step(static_cast<double>(x)));
  }
  [[nodiscard]] macd_point<T> peek(T x) const noexcept {
    return cast(is_nan(x) ? nan_point() : lines_.peek(static_cast<double>(x)));
  }
  [[nodiscard]] bool ready() const noexcept { return lines_.ready(); }
  void reset() noexcept { lines_.reset(); }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }

 protected:
  macd_stream_base(macd_lines<Core> lines, int lookback)
      : lines_(std::move(lines)), lookback_(lookback) {}

 private:
  static macd_point<double> nan_point() noexcept {
    return {nan_v<double>, nan_v<double>, nan_v<double>};
  }
  static macd_point<T> cast(macd_point<double> p) noexcept {
    return {static_cast<T>(p.macd), static_cast<T>(p.signal), static_cast<T>(p.hist)};
  }
  macd_lines<Core> lines_;
  int lookback_;
};

}  // namespace detail
}  // namespace taspan
