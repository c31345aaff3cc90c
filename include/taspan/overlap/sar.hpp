#pragma once
// SAR, Wilder's parabolic stop-and-reverse (TA-Lib SAR): acceleration 0.02, maximum 0.2,
// lookback 1.
//
// TA-Lib's conventions (ta_SAR.c): the first direction is short when bar 1's -DM (period 1) is
// positive, else long; the first SAR is bar 0's low (long) or high (short) and the first extreme
// point bar 1's high (long) or low (short). On a reversal the SAR jumps to the extreme point,
// kept outside the last two bars' range. An acceleration above the maximum is lowered to it.
// NaN: a bar with a NaN high or low yields NaN and restarts the warm-up.
// Batch and streaming run the same step code: bit-identical.

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

class sar_core {
 public:
  static constexpr bool nan_aware = true;
  sar_core(double acceleration, double maximum) noexcept
      : step_(acceleration < maximum ? acceleration : maximum), max_(maximum) {}

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
    const dm_pair dm = directional_movement(h - prev_high_, prev_low_ - l);
    long_ = !(dm.minus > 0.0);
    sar_ = long_ ? prev_low_ : prev_high_;
    ep_ = long_ ? h : l;
    af_ = step_;
  }
  // One bar of Wilder's rule: returns the bar's SAR and prepares the next one.
  double advance(double h, double l) noexcept {
    double out = 0.0;
    if (long_ && l <= sar_) {
      long_ = false;
      out = sar_ = above(ep_, h);
      af_ = step_;
      ep_ = l;
      sar_ = above(sar_ + af_ * (ep_ - sar_), h);
    } else if (!long_ && h >= sar_) {
      long_ = true;
      out = sar_ = below(ep_, l);
      af_ = step_;
      ep_ = h;
      sar_ = below(sar_ + af_ * (ep_ - sar_), l);
    } else if (long_) {
      out = sar_;
      if (h > ep_) extend(h);
      sar_ = below(sar_ + af_ * (ep_ - sar_), l);
    } else {
      out = sar_;
      if (l < ep_) extend(l);
      sar_ = above(sar_ + af_ * (ep_ - sar_), h);
    }
    return out;
  }
  void extend(double ep) noexcept {
    ep_ = ep;
    af_ = af_ + step_ > max_ ? max_ : af_ + step_;
  }
  // A short SAR stays at or above the last two highs; a long one at or below the last two lows.
  [[nodiscard]] double above(double s, double h) const noexcept {
    s = s < prev_high_ ? prev_high_ : s;
    return s < h ? h : s;
  }
  [[nodiscard]] double below(double s, double l) const noexcept {
    s = s > prev_low_ ? prev_low_ : s;
    return s > l ? l : s;
  }

  double step_, max_;
  int bars_ = 0;
  bool long_ = true;
  double sar_ = 0.0, ep_ = 0.0, af_ = 0.0;
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
  detail::run_core(detail::sar_core(acceleration, maximum), y, h, l);
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
    return {acceleration, maximum};
  }
};

}  // namespace taspan
