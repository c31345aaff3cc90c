#pragma once
// SAR, Wilder's parabolic stop-and-reverse (TA-Lib SAR): acceleration 0.02, maximum 0.2,
// lookback 1.
//
// TA-Lib's conventions (ta_SAR.c): the first direction is short when bar 1's -DM (period 1) is
// positive, else long; the first SAR is bar 0's low (long) or high (short) and the first extreme
// point bar 1's high (long) or low (short). On a reversal the SAR jumps to the extreme point,
// kept outside the last two bars' range. An acceleration above the maximum is lowered to it.
// NaN: a bar with a NaN high or low yields NaN and restarts the warm-up.
// SAREXT (overlap/sarext.hpp) runs the same core with its own rules (detail::sar_rules).
// Batch and streaming run the same step code: bit-identical.

#include <algorithm>
#include <cmath>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/wilder.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int sar_lookback(double /*acceleration*/ = 0.02,
                                         double /*maximum*/ = 0.2) noexcept {
  return 1;
}

namespace detail {

// The rules of one parabolic SAR: SAR's (one acceleration, one maximum) or SAREXT's (a start
// value, an offset on reversals, an initial acceleration, step and maximum per side, and short
// stops reported negative).
struct sar_rules {
  double start = 0.0;   // 0: TA-Lib's direction from bar 1's -DM; > 0 long at it; < 0 short at -it
  double offset = 0.0;  // a reversal moves the new stop by offset * stop, away from the price
  double init_long = 0.02, step_long = 0.02, max_long = 0.2;
  double init_short = 0.02, step_short = 0.02, max_short = 0.2;
  bool signed_short = false;  // SAREXT: a short stop is reported as -stop

  // TA-Lib lowers an initial acceleration or a step above its maximum to the maximum.
  [[nodiscard]] sar_rules clamped() const noexcept {
    sar_rules r = *this;
    r.init_long = std::min(init_long, max_long);
    r.step_long = std::min(step_long, max_long);
    r.init_short = std::min(init_short, max_short);
    r.step_short = std::min(step_short, max_short);
    return r;
  }
  static sar_rules of_sar(double acceleration, double maximum) noexcept {
    return sar_rules{0.0,          0.0,          acceleration, acceleration, maximum,
                     acceleration, acceleration, maximum,      false}
        .clamped();
  }
};

class sar_core {
 public:
  static constexpr bool nan_aware = true;
  explicit sar_core(const sar_rules& rules) noexcept : r_(rules.clamped()) {}

  template <real T>
  T step(T high, T low) noexcept {
    if (any_nan(high, low)) {
      bars_ = 0;
      return nan_v<T>;
    }
    const auto h = static_cast<double>(high);
    const auto l = static_cast<double>(low);
    if (bars_ == 0) {
      ++bars_;
      prev_high_ = h;
      prev_low_ = l;
      return nan_v<T>;
    }
    if (bars_ == 1) {
      ++bars_;
      start(h, l);
      prev_high_ = h;  // TA-Lib compares the first SAR bar with itself
      prev_low_ = l;
    }
    const double out = advance(h, l);
    prev_high_ = h;
    prev_low_ = l;
    return static_cast<T>(out);
  }
  [[nodiscard]] bool ready() const noexcept { return bars_ >= 2; }

 private:
  void start(double h, double l) noexcept {
    if (r_.start == 0.0) {
      const dm_pair dm = directional_movement(h - prev_high_, prev_low_ - l);
      long_ = !(dm.minus > 0.0);
      sar_ = long_ ? prev_low_ : prev_high_;
    } else {
      long_ = r_.start > 0.0;
      sar_ = std::abs(r_.start);
    }
    ep_ = long_ ? h : l;
    af_long_ = r_.init_long;
    af_short_ = r_.init_short;
  }
  // One bar of Wilder's rule: returns the bar's SAR and prepares the next one.
  double advance(double h, double l) noexcept {
    if (long_ && l <= sar_) {  // reverse to short
      long_ = false;
      sar_ = above(ep_, h);
      if (r_.offset != 0.0) sar_ += sar_ * r_.offset;
      const double out = short_value(sar_);
      af_short_ = r_.init_short;
      ep_ = l;
      sar_ = above(sar_ + af_short_ * (ep_ - sar_), h);
      return out;
    }
    if (!long_ && h >= sar_) {  // reverse to long
      long_ = true;
      sar_ = below(ep_, l);
      if (r_.offset != 0.0) sar_ -= sar_ * r_.offset;
      const double out = sar_;
      af_long_ = r_.init_long;
      ep_ = h;
      sar_ = below(sar_ + af_long_ * (ep_ - sar_), l);
      return out;
    }
    if (long_) {
      const double out = sar_;
      if (h > ep_) {
        ep_ = h;
        af_long_ = std::min(af_long_ + r_.step_long, r_.max_long);
      }
      sar_ = below(sar_ + af_long_ * (ep_ - sar_), l);
      return out;
    }
    const double out = short_value(sar_);
    if (l < ep_) {
      ep_ = l;
      af_short_ = std::min(af_short_ + r_.step_short, r_.max_short);
    }
    sar_ = above(sar_ + af_short_ * (ep_ - sar_), h);
    return out;
  }
  [[nodiscard]] double short_value(double s) const noexcept { return r_.signed_short ? -s : s; }
  // A short SAR stays at or above the last two highs; a long one at or below the last two lows.
  [[nodiscard]] double above(double s, double h) const noexcept {
    s = s < prev_high_ ? prev_high_ : s;
    return s < h ? h : s;
  }
  [[nodiscard]] double below(double s, double l) const noexcept {
    s = s > prev_low_ ? prev_low_ : s;
    return s > l ? l : s;
  }

  sar_rules r_;
  int bars_ = 0;
  bool long_ = true;
  double sar_ = 0.0, ep_ = 0.0, af_long_ = 0.0, af_short_ = 0.0;
  double prev_high_ = 0.0, prev_low_ = 0.0;
};

inline void check_sar(std::string_view function, double acceleration, double maximum) {
  check_non_negative(function, "acceleration", acceleration);
  check_non_negative(function, "maximum", maximum);
}

}  // namespace detail

template <series H, series L, output_series Out>
void sar(const H& high, const L& low, Out&& out, double acceleration = 0.02, double maximum = 0.2) {
  detail::check_sar("sar", acceleration, maximum);
  auto [h, l, y] = detail::hl_spans("sar", high, low, out);
  detail::run_core(detail::sar_core(detail::sar_rules::of_sar(acceleration, maximum)), y, h, l);
}

template <series H, series L>
[[nodiscard]] std::vector<series_value_t<H>> sar(const H& high, const L& low,
                                                 double acceleration = 0.02, double maximum = 0.2) {
  return detail::output_vector(high,
                               [&](auto& out) { sar(high, low, out, acceleration, maximum); });
}

template <class T>
class sar_stream : public detail::core_stream<T, detail::sar_core> {
 public:
  explicit sar_stream(double acceleration = 0.02, double maximum = 0.2)
      : detail::core_stream<T, detail::sar_core>(checked(acceleration, maximum), 1) {}
  T update(T high, T low) noexcept { return this->step(high, low); }
  [[nodiscard]] T peek(T high, T low) const noexcept { return this->peek_step(high, low); }

 private:
  static detail::sar_core checked(double acceleration, double maximum) {
    detail::check_sar("sar_stream", acceleration, maximum);
    return detail::sar_core(detail::sar_rules::of_sar(acceleration, maximum));
  }
};

}  // namespace taspan
