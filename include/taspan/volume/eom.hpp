#pragma once
// EOM, ease of movement (not in TA-Lib; Richard Arms). Reference: TradingView's built-in "Ease of
// Movement" (Pine v5): eom = ta.sma(divisor * ta.change(hl2) * (high - low) / volume, length).
// Defaults are TradingView's: period 14, divisor 10000. Lookback period (the first change is on
// bar 1). A bar with zero volume has no ease of movement (a division by zero): it counts as NaN.
// NaN: windowed; a NaN in any input (or zero volume) on bar j affects exactly the windows that
// contain bar j (its own ease and the next bar's change use it: the values of bars j .. j+period).
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int eom_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

namespace detail {

inline void check_eom(std::string_view function, int period, double divisor) {
  check_period(function, period);
  check_positive(function, "divisor", divisor);
}

class eom_core {
 public:
  static constexpr bool nan_aware = true;  // NaN enters the window sum
  eom_core(int period, double divisor)
      : mean_(period, static_cast<double>(period)), divisor_(divisor) {}
  double step(double h, double l, double v) noexcept {
    const double mid = 0.5 * (h + l);
    const bool first = !has_prev_;
    const double e = ease(h, l, v, mid);
    prev_mid_ = v != 0.0 ? mid : nan_v<double>;
    has_prev_ = true;
    return first ? nan_v<double> : mean_.step(e);
  }
  [[nodiscard]] double peek(double h, double l, double v) const noexcept {
    return has_prev_ ? mean_.peek(ease(h, l, v, 0.5 * (h + l))) : nan_v<double>;
  }
  [[nodiscard]] bool ready() const noexcept { return mean_.ready(); }
  void reset() noexcept {
    mean_.reset();
    has_prev_ = false;
  }

 private:
  [[nodiscard]] double ease(double h, double l, double v, double mid) const noexcept {
    if (v == 0.0) return nan_v<double>;
    return divisor_ * (mid - prev_mid_) * (h - l) / v;
  }
  rolling_sum_core<double> mean_;
  double divisor_;
  double prev_mid_ = 0.0;
  bool has_prev_ = false;
};

}  // namespace detail

template <series H, series L, series V, output_series Out>
void eom(const H& high, const L& low, const V& volume, Out&& out, int period = 14,
         double divisor = 10000.0) {
  detail::check_eom("eom", period, divisor);
  detail::check_same_sizes("eom", {"high", "low", "volume"}, high, low, volume);
  auto [h, l, v, y] = detail::spans_of("eom", detail::inputs(high, low, volume), {"out"}, out);
  if (detail::warmup_only(eom_lookback(period), y)) return;  // no state sized by the periods
  detail::run_core(detail::eom_core(period, divisor), y, h, l, v);
}

template <series H, series L, series V>
[[nodiscard]] std::vector<series_value_t<H>> eom(const H& high, const L& low, const V& volume,
                                                 int period = 14, double divisor = 10000.0) {
  return detail::output_vector(high,
                               [&](auto& out) { eom(high, low, volume, out, period, divisor); });
}

template <class T>
class eom_stream : public detail::core_stream<T, detail::eom_core> {
 public:
  explicit eom_stream(int period = 14, double divisor = 10000.0)
      : detail::core_stream<T, detail::eom_core>(checked(period, divisor), eom_lookback(period)) {}
  T update(T high, T low, T volume) noexcept { return this->step(high, low, volume); }
  [[nodiscard]] T peek(T high, T low, T volume) const noexcept {
    return this->peek_step(high, low, volume);
  }

 private:
  static detail::eom_core checked(int period, double divisor) {
    detail::check_eom("eom_stream", period, divisor);
    return {period, divisor};
  }
};

}  // namespace taspan
