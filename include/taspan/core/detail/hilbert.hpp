#pragma once
// The Hilbert-transform engine of John Ehlers' cycle indicators as TA-Lib computes them
// (ta_MAMA.c, ta_HT_*.c, ta_utility.h), shared by overlap/ (HT_TRENDLINE, MAMA) and cycle/
// (HT_DCPERIOD, HT_DCPHASE, HT_PHASOR, HT_SINE, HT_TRENDMODE). Per bar:
//   smoothed = (4 x + 3 x[-1] + 2 x[-2] + x[-3]) / 10 (TA-Lib's running sums, times 0.1)
//   detrender, Q1, jI, jQ: Hilbert FIRs (0.0962 y + 0.5769 y[-2] - 0.5769 y[-4] - 0.0962 y[-6])
//     scaled by 0.075 period + 0.54, kept per bar parity (TA-Lib's odd and even buffers)
//   I1 = detrender 3 bars ago (of the same parity chain); I2, Q2, Re, Im smoothed by 0.2 / 0.8
//   period = 360 / atan(Im / Re) in degrees, limited to [0.67, 1.5] times the last one and to
//     [6, 50], then smoothed 0.2 / 0.8
// On top of it, ht_cycle adds what the lookback-63 functions share: the smoothed period
// (0.33 / 0.67), the dominant cycle phase from a DFT of the last int(period + 0.5) smoothed
// prices, its sine and lead sine, the trendline (a 4-3-2-1 WMA of means of the last
// int(period + 0.5) prices) and the trend mode; ht_stream is the NaN and overflow shell that
// batch and streaming forms of all of them run.
// Warm-up as TA-Lib's: bars 0..2 seed the price WMA, the next `wma_bars` bars only advance it
// (9 for the lookback-32 functions, 34 for the lookback-63 ones), then the transform runs. The
// bar parity is counted from the first bar (TA-Lib's `today % 2` with start index 0), so after a
// reset the values are those of the series that starts there. Arithmetic is TA-Lib's, in its
// order: results agree with TA-Lib to rounding of the compiler's floating-point contraction.

#include <array>
#include <cmath>
#include <cstddef>
#include <numbers>
#include <span>
#include <utility>

#include "../concepts.hpp"
#include "../numeric.hpp"

namespace taspan::detail {

inline constexpr double ht_rad2deg = 180.0 / std::numbers::pi;  // TA-Lib: 45 / atan(1)
inline constexpr double ht_deg2rad = 1.0 / ht_rad2deg;
inline constexpr double ht_two_pi = 2.0 * std::numbers::pi;  // TA-Lib: atan(1) * 8

// One Hilbert FIR over the odd or even bars (TA-Lib's DO_HILBERT_TRANSFORM).
class hilbert_fir {
 public:
  double step(double input, bool even, std::size_t idx, double adjusted_period) noexcept {
    side& s = sides_[even ? 1 : 0];
    const double t = 0.0962 * input;
    double v = -s.ring[idx];
    s.ring[idx] = t;
    v += t;
    v -= s.prev;
    s.prev = 0.5769 * s.prev_input;
    v += s.prev;
    s.prev_input = input;
    return v * adjusted_period;
  }

 private:
  struct side {
    std::array<double, 3> ring{};
    double prev = 0.0, prev_input = 0.0;
  };
  std::array<side, 2> sides_{};
};

// What one bar of the transform gives its indicators.
struct hilbert_bar {
  double price;     // the input
  double smoothed;  // the 4-bar WMA of the price
  double q1, i1;    // quadrature and in-phase (HT_PHASOR)
  double period;    // the smoothed dominant cycle period after this bar
};

class hilbert_engine {
 public:
  explicit hilbert_engine(int wma_bars) noexcept : wma_bars_(static_cast<std::size_t>(wma_bars)) {}

  // Feeds one price; true when the transform ran on it (then bar() holds its values).
  bool step(double x) noexcept {
    const std::size_t today = bars_++;
    if (today < 3) {  // the WMA's seed: weights 1, 2, 3
      sub_ += x;
      sum_ += x * static_cast<double>(today + 1);
      recent_[today] = x;
      return false;
    }
    const double smoothed = price_wma(x);
    if (today < 3 + wma_bars_) return false;
    transform(x, smoothed, today % 2 == 0);
    return true;
  }
  [[nodiscard]] const hilbert_bar& bar() const noexcept { return bar_; }
  // Bars fed since construction or reset (the next bar's index).
  [[nodiscard]] std::size_t bars() const noexcept { return bars_; }
  void reset() noexcept { *this = hilbert_engine(static_cast<int>(wma_bars_)); }

 private:
  // TA-Lib's DO_PRICE_WMA: running sums of the last four prices.
  double price_wma(double x) noexcept {
    sub_ += x;
    sub_ -= trailing_;
    sum_ += x * 4.0;
    trailing_ = recent_[oldest_];  // the price three bars before this one
    recent_[oldest_] = x;
    oldest_ = oldest_ == 2 ? 0 : oldest_ + 1;
    const double smoothed = sum_ * 0.1;
    sum_ -= sub_;
    return smoothed;
  }

  void transform(double x, double smoothed, bool even) noexcept {
    const double adjusted = (0.075 * period_) + 0.54;
    const double detrender = detrender_.step(smoothed, even, idx_, adjusted);
    const double q1 = q1_.step(detrender, even, idx_, adjusted);
    const double i1 = even ? i1_even_prev3_ : i1_odd_prev3_;
    const double ji = ji_.step(i1, even, idx_, adjusted);
    const double jq = jq_.step(q1, even, idx_, adjusted);
    if (even && ++idx_ == 3) idx_ = 0;
    const double q2 = (0.2 * (q1 + ji)) + (0.8 * prev_q2_);
    const double i2 = (0.2 * (i1 - jq)) + (0.8 * prev_i2_);
    if (even) {
      i1_odd_prev3_ = i1_odd_prev2_;
      i1_odd_prev2_ = detrender;
    } else {
      i1_even_prev3_ = i1_even_prev2_;
      i1_even_prev2_ = detrender;
    }
    re_ = (0.2 * ((i2 * prev_i2_) + (q2 * prev_q2_))) + (0.8 * re_);
    im_ = (0.2 * ((i2 * prev_q2_) - (q2 * prev_i2_))) + (0.8 * im_);
    prev_q2_ = q2;
    prev_i2_ = i2;
    period_ = next_period(period_);
    bar_ = {x, smoothed, q1, i1, period_};
  }

  [[nodiscard]] double next_period(double last) const noexcept {
    double p = last;
    if (im_ != 0.0 && re_ != 0.0) p = 360.0 / (std::atan(im_ / re_) * ht_rad2deg);
    if (p > 1.5 * last) p = 1.5 * last;
    if (p < 0.67 * last) p = 0.67 * last;
    if (p < 6) {
      p = 6;
    } else if (p > 50) {
      p = 50;
    }
    return (0.2 * p) + (0.8 * last);
  }

  std::size_t wma_bars_;
  std::size_t bars_ = 0;
  double sub_ = 0.0, sum_ = 0.0, trailing_ = 0.0;
  std::array<double, 3> recent_{};
  std::size_t oldest_ = 0;
  hilbert_fir detrender_, q1_, ji_, jq_;
  std::size_t idx_ = 0;
  double i1_odd_prev2_ = 0.0, i1_odd_prev3_ = 0.0, i1_even_prev2_ = 0.0, i1_even_prev3_ = 0.0;
  double prev_i2_ = 0.0, prev_q2_ = 0.0, re_ = 0.0, im_ = 0.0, period_ = 0.0;
  hilbert_bar bar_{};
};

// A ring of the last 50 values (TA-Lib's SMOOTH_PRICE_SIZE), zero before the first ones.
class ht_ring {
 public:
  void push(double x) noexcept {
    next_ = next_ + 1 == size ? 0 : next_ + 1;
    v_[next_] = x;
  }
  // The value k bars back (0: the last pushed).
  [[nodiscard]] double back(std::size_t k) const noexcept {
    return v_[next_ >= k ? next_ - k : next_ + size - k];
  }

 private:
  static constexpr std::size_t size = 50;
  std::array<double, size> v_{};
  std::size_t next_ = 0;
};

// Every value of one bar of the cycle functions (those of `lookback` 32 or 63 only).
struct ht_values {
  double period = 0.0;  // HT_DCPERIOD: the smoothed period
  double phase = 0.0;   // HT_DCPHASE, degrees
  double sine = 0.0, leadsine = 0.0;
  double trendline = 0.0;
  double trend = 0.0;  // HT_TRENDMODE: 1 trend, 0 cycle
  double inphase = 0.0, quadrature = 0.0;
};

class ht_cycle {
 public:
  static constexpr bool restarts_on_overflow = true;
  // lookback 32: HT_DCPERIOD, HT_PHASOR (no phase); 63: HT_DCPHASE, HT_SINE, HT_TRENDLINE,
  // HT_TRENDMODE.
  explicit ht_cycle(int lookback) noexcept
      : engine_(lookback == 63 ? 34 : 9), lookback_(static_cast<std::size_t>(lookback)) {}

  // Feeds one price; true when this bar has values (bar index >= lookback).
  bool step(double x) noexcept {
    prices_.push(x);
    if (!engine_.step(x)) return false;
    const hilbert_bar& b = engine_.bar();
    v_.inphase = b.i1;
    v_.quadrature = b.q1;
    v_.period = (0.33 * b.period) + (0.67 * v_.period);
    if (lookback_ == 63) {
      smoothed_.push(b.smoothed);
      // TA-Lib: (int)(p + 0.5), p within the engine's [6, 50]; NaN (overflowed state) gives 0.
      const int n =
          v_.period >= 0.0 && v_.period <= 50.0 ? static_cast<int>(std::floor(v_.period + 0.5)) : 0;
      const double prev_phase = v_.phase;
      v_.phase = dc_phase(n);
      const double prev_sine = v_.sine;
      const double prev_lead = v_.leadsine;
      v_.sine = std::sin(v_.phase * ht_deg2rad);
      v_.leadsine = std::sin((v_.phase + 45) * ht_deg2rad);
      v_.trendline = trendline(n);
      v_.trend = trend_mode(prev_phase, prev_sine, prev_lead, b.smoothed);
    }
    return engine_.bars() > lookback_;
  }
  [[nodiscard]] const ht_values& values() const noexcept { return v_; }
  [[nodiscard]] bool ready() const noexcept { return engine_.bars() > lookback_; }
  void reset() noexcept { *this = ht_cycle(static_cast<int>(lookback_)); }

 private:
  // The phase of a one-cycle DFT of the last n smoothed prices (n <= 50), as TA-Lib turns it.
  [[nodiscard]] double dc_phase(int n) const noexcept {
    double re = 0.0;
    double im = 0.0;
    for (int i = 0; i < n; ++i) {
      const double angle = (static_cast<double>(i) * ht_two_pi) / static_cast<double>(n);
      const double y = smoothed_.back(static_cast<std::size_t>(i));
      re += std::sin(angle) * y;
      im += std::cos(angle) * y;
    }
    double phase = v_.phase;  // the last phase, moved by 90 degrees when im is exactly 0 (TA-Lib)
    const double magnitude = std::abs(im);
    if (magnitude > 0.0) {
      phase = std::atan(re / im) * ht_rad2deg;
    } else if (magnitude <= 0.01) {
      if (re < 0.0) {
        phase -= 90.0;
      } else if (re > 0.0) {
        phase += 90.0;
      }
    }
    phase += 90.0;
    phase += 360.0 / v_.period;
    if (im < 0.0) phase += 180.0;
    if (phase > 315.0) phase -= 360.0;
    return phase;
  }
  // The 4-3-2-1 WMA of the means of the last n prices (TA-Lib's iTrend).
  double trendline(int n) noexcept {
    double mean = 0.0;
    for (int i = 0; i < n; ++i) mean += prices_.back(static_cast<std::size_t>(i));
    if (n > 0) mean = mean / static_cast<double>(n);
    const double t = (4.0 * mean + 3.0 * trend1_ + 2.0 * trend2_ + trend3_) / 10.0;
    trend3_ = trend2_;
    trend2_ = trend1_;
    trend1_ = mean;
    return t;
  }
  double trend_mode(double prev_phase, double prev_sine, double prev_lead,
                    double smoothed) noexcept {
    int trend = 1;
    if ((v_.sine > v_.leadsine && prev_sine <= prev_lead) ||
        (v_.sine < v_.leadsine && prev_sine >= prev_lead)) {
      days_in_trend_ = 0;
      trend = 0;
    }
    ++days_in_trend_;
    if (days_in_trend_ < 0.5 * v_.period) trend = 0;
    const double delta = v_.phase - prev_phase;
    if (v_.period != 0.0 && delta > 0.67 * 360.0 / v_.period && delta < 1.5 * 360.0 / v_.period)
      trend = 0;
    if (v_.trendline != 0.0 && std::abs((smoothed - v_.trendline) / v_.trendline) >= 0.015)
      trend = 1;
    return trend;
  }

  hilbert_engine engine_;
  std::size_t lookback_;
  ht_ring prices_, smoothed_;
  ht_values v_;
  double trend1_ = 0.0, trend2_ = 0.0, trend3_ = 0.0;
  double days_in_trend_ = 0.0;
};

// The batch and streaming shell of a Hilbert core (ht_cycle, mama_core), in T: Pick maps the
// core to the indicator's result (Pick::of<T>, a value or a point of two) and gives its NaN
// (Pick::none<T>) and finiteness. A NaN input or a non-finite result once ready (an overflowed
// state) restarts the core, as core_stream.hpp does. peek() steps a copy (the cores hold fixed
// arrays: no allocation). Batch forms run this shell bar by bar: bit-identical to the stream.
template <class T, class Core, class Pick>
class ht_shell {
  static_assert(is_real_v<T>, "taspan: Hilbert streams hold float or double values");

 public:
  using result = decltype(Pick::template of<T>(std::declval<const Core&>()));
  ht_shell(Core core, int lookback) noexcept : core_(core), initial_(core), lookback_(lookback) {}
  result update(T x) noexcept {
    if (is_nan(x)) {
      core_ = initial_;
      return Pick::template none<T>();
    }
    if (!core_.step(static_cast<double>(x))) return Pick::template none<T>();
    const auto r = Pick::template of<T>(core_);
    if (!Pick::finite(r)) {
      core_ = initial_;
      return Pick::template none<T>();
    }
    return r;
  }
  [[nodiscard]] result peek(T x) const noexcept {
    ht_shell copy = *this;
    return copy.update(x);
  }
  [[nodiscard]] bool ready() const noexcept { return core_.ready(); }
  void reset() noexcept { core_ = initial_; }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }

 private:
  Core core_, initial_;
  int lookback_;
};

// Pick of one ht_values member.
template <double ht_values::*Member>
struct ht_pick {
  template <class T>
  static T of(const ht_cycle& c) noexcept {
    return static_cast<T>(c.values().*Member);
  }
  template <class T>
  static T none() noexcept {
    return nan_v<T>;
  }
  template <class T>
  static bool finite(T v) noexcept {
    return std::isfinite(v);
  }
};

// Runs a one-output shell over a batch.
template <class T, class Core, class Pick>
void ht_run(ht_shell<T, Core, Pick> shell, std::span<const T> x, std::span<T> y) noexcept {
  for (std::size_t i = 0; i < x.size(); ++i) y[i] = shell.update(x[i]);
}

}  // namespace taspan::detail
