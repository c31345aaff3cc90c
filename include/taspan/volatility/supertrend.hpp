#pragma once
// Supertrend (not in TA-Lib; Olivier Seban's indicator as TradingView's ta.supertrend computes
// it): bands at (high + low)/2 +- multiplier * ATR(period). The upper band only falls and the
// lower band only rises while price stays inside them; the trend turns up when close crosses above
// the upper band and down when it crosses below the lower band. value is the lower band in an
// uptrend and the upper band in a downtrend; direction is +1 (up) or -1 (down).
// Defaults period 10, multiplier 3. The ATR is taspan::atr (TA-Lib seeding), so the lookback is
// period; like TradingView, the first bar with an ATR starts in a downtrend.
// NaN: a bar with a NaN input yields NaN and restarts the warm-up.

#include <vector>

#include "atr.hpp"

namespace taspan {

[[nodiscard]] constexpr int supertrend_lookback(int period = 10,
                                                double /*multiplier*/ = 3.0) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return atr_lookback(period);
}

template <class T>
struct supertrend_result {
  std::vector<T> value, direction;
};

namespace detail {

class supertrend_core {
 public:
  supertrend_core(int period, double multiplier) noexcept
      : atr_(period, wilder_seed::talib), multiplier_(multiplier) {}

  template <real T>
  supertrend_core& step(T high, T low, T close) noexcept {
    const T range = atr_.step(high, low, close);
    if (is_nan(range)) {
      started_ = false;
      value_ = direction_ = std::numeric_limits<double>::quiet_NaN();
      return *this;
    }
    const double mid = (static_cast<double>(high) + static_cast<double>(low)) / 2.0;
    const double w = multiplier_ * static_cast<double>(range);
    const double upper = mid + w;
    const double lower = mid - w;
    const auto c = static_cast<double>(close);
    if (!started_) {
      started_ = true;
      upper_ = upper;
      lower_ = lower;
      up_ = false;
    } else {
      upper_ = (upper < upper_ || prev_close_ > upper_) ? upper : upper_;
      lower_ = (lower > lower_ || prev_close_ < lower_) ? lower : lower_;
      up_ = up_ ? !(c < lower_) : c > upper_;
    }
    prev_close_ = c;
    value_ = up_ ? lower_ : upper_;
    direction_ = up_ ? 1.0 : -1.0;
    return *this;
  }
  [[nodiscard]] bool ready() const noexcept { return started_; }
  [[nodiscard]] double value() const noexcept { return value_; }
  [[nodiscard]] double direction() const noexcept { return direction_; }

 private:
  atr_core atr_;
  double multiplier_;
  bool started_ = false;
  bool up_ = false;
  double upper_ = 0.0, lower_ = 0.0, prev_close_ = 0.0;
  double value_ = 0.0, direction_ = 0.0;
};

inline void check_supertrend(std::string_view function, int period, double multiplier) {
  check_period(function, period);
  check_non_negative(function, "multiplier", multiplier);
}

}  // namespace detail

template <series H, series L, series C, output_series V, output_series D>
void supertrend(const H& high, const L& low, const C& close, V&& value, D&& direction,
                int period = 10, double multiplier = 3.0) {
  detail::check_supertrend("supertrend", period, multiplier);
  detail::check_same_sizes("supertrend", {"high", "low", "close"}, high, low, close);
  auto [h, l, c, v, d] = detail::spans_of("supertrend", detail::inputs(high, low, close),
                                          {"out", "out"}, value, direction);
  using T = series_value_t<C>;
  detail::supertrend_core core(period, multiplier);
  for (std::size_t i = 0; i < c.size(); ++i) {
    core.step(h[i], l[i], c[i]);
    v[i] = static_cast<T>(core.value());
    d[i] = static_cast<T>(core.direction());
  }
}

template <series H, series L, series C>
[[nodiscard]] supertrend_result<series_value_t<C>> supertrend(const H& high, const L& low,
                                                              const C& close, int period = 10,
                                                              double multiplier = 3.0) {
  const auto n = std::ranges::size(close);
  supertrend_result<series_value_t<C>> r{std::vector<series_value_t<C>>(n),
                                         std::vector<series_value_t<C>>(n)};
  supertrend(high, low, close, r.value, r.direction, period, multiplier);
  return r;
}

template <class T>
class supertrend_stream {
  static_assert(is_real_v<T>, "taspan::supertrend_stream<T>: T must be float or double");

 public:
  struct value {
    T value, direction;
  };
  explicit supertrend_stream(int period = 10, double multiplier = 3.0)
      : core_((detail::check_supertrend("supertrend_stream", period, multiplier), period),
              multiplier),
        initial_(core_),
        lookback_(supertrend_lookback(period)) {}

  value update(T high, T low, T close) noexcept { return read(core_.step(high, low, close)); }
  [[nodiscard]] value peek(T high, T low, T close) const noexcept {
    detail::supertrend_core c = core_;
    return read(c.step(high, low, close));
  }
  [[nodiscard]] bool ready() const noexcept { return core_.ready(); }
  void reset() noexcept { core_ = initial_; }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }

 private:
  static value read(const detail::supertrend_core& c) noexcept {
    return {static_cast<T>(c.value()), static_cast<T>(c.direction())};
  }
  detail::supertrend_core core_;
  detail::supertrend_core initial_;
  int lookback_;
};

}  // namespace taspan
