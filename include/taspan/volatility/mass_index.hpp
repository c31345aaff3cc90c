#pragma once
// Mass index (not in TA-Lib; Donald Dorsey, 1992). Reference: TradingView's built-in "Mass Index"
// (Pine v5): span = high - low;  mi = sum(ta.ema(span, 9) / ta.ema(ta.ema(span, 9), 9), period).
// Pine's ta.ema starts at its first input (k = 2/(n+1)). Where both EMAs are 0 (no range at
// all) the ratio is taken as 1 (no expansion). Defaults: period 10 (TradingView's; Dorsey summed
// 25), ema_period 9. Lookback period - 1.
// NaN: recursive; a NaN in either input gives NaN and restarts the EMAs and the sum (so does an
// overflowed state).
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int mass_index_lookback(int period = 10, int ema_period = 9) noexcept {
  if (!detail::lookback_args_ok(period, ema_period)) return -1;
  return period - 1;
}

namespace detail {

inline void check_mass_index(std::string_view function, int period, int ema_period) {
  check_period(function, period);
  check_min(function, "ema_period", ema_period, 1);
}

class mass_index_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  mass_index_core(int period, int ema_period)
      : single_(ema_period, true), double_(ema_period, true), sum_(period, 1.0) {}
  double step(double h, double l) noexcept { return sum_.step(ratio(single_, double_, h - l)); }
  [[nodiscard]] double peek(double h, double l) const noexcept {
    ema_state a = single_;
    ema_state b = double_;
    return sum_.peek(ratio(a, b, h - l));
  }
  [[nodiscard]] bool ready() const noexcept { return sum_.ready(); }
  void reset() noexcept {
    single_.reset();
    double_.reset();
    sum_.reset();
  }

 private:
  static double ratio(ema_state& single, ema_state& twice, double span) noexcept {
    const double a = single.step(span);
    const double b = twice.step(a);
    return a == 0.0 && b == 0.0 ? 1.0 : a / b;
  }
  ema_state single_, double_;
  rolling_sum_core<double> sum_;
};

}  // namespace detail

template <series H, series L, output_series Out>
void mass_index(const H& high, const L& low, Out&& out, int period = 10, int ema_period = 9) {
  detail::check_mass_index("mass_index", period, ema_period);
  detail::check_same_sizes("mass_index", {"high", "low"}, high, low);
  auto [h, l, y] = detail::spans_of("mass_index", detail::inputs(high, low), {"out"}, out);
  if (detail::warmup_only(mass_index_lookback(period, ema_period), y))
    return;  // no state sized by the periods
  detail::run_core(detail::mass_index_core(period, ema_period), y, h, l);
}

template <series H, series L>
[[nodiscard]] std::vector<series_value_t<H>> mass_index(const H& high, const L& low,
                                                        int period = 10, int ema_period = 9) {
  return detail::output_vector(high,
                               [&](auto& out) { mass_index(high, low, out, period, ema_period); });
}

template <class T>
class mass_index_stream : public detail::core_stream<T, detail::mass_index_core> {
 public:
  explicit mass_index_stream(int period = 10, int ema_period = 9)
      : detail::core_stream<T, detail::mass_index_core>(checked(period, ema_period),
                                                        mass_index_lookback(period, ema_period)) {}
  T update(T high, T low) noexcept { return this->step(high, low); }
  [[nodiscard]] T peek(T high, T low) const noexcept { return this->peek_step(high, low); }

 private:
  static detail::mass_index_core checked(int period, int ema_period) {
    detail::check_mass_index("mass_index_stream", period, ema_period);
    return {period, ema_period};
  }
};

}  // namespace taspan
