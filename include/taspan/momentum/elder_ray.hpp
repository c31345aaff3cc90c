#pragma once
// Elder ray index (not in TA-Lib; Alexander Elder). Reference: TradingView's built-in "Bull Bear
// Power" / Elder's definition: bull power = high - EMA(close, period), bear power = low -
// EMA(close, period). The EMA is Pine's ta.ema (k = 2/(period+1), started at the first close), so
// there is no warm-up: lookback 0. Default period 13.
// NaN: a NaN close restarts the EMA (that bar is NaN on both outputs, the next bar starts again
// from its close); a NaN high or low makes its own output NaN on that bar only. An overflowed EMA
// restarts the same way.
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/ema.hpp"
#include "../core/detail/multi_core.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int elder_ray_lookback(int period = 13) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 0;
}

template <class T>
struct elder_ray_result {
  std::vector<T> bull_power, bear_power;
};

namespace detail {

class elder_ray_core {
 public:
  static constexpr bool nan_aware = true;  // only a NaN close (or EMA overflow) restarts the EMA
  explicit elder_ray_core(int period) : ema_(period, true) {}
  values<2> step(double h, double l, double c) noexcept {
    if (is_nan(c)) {
      ema_.reset();
      return nan_values<2>();
    }
    const double e = ema_.step(c);
    if (!(e - e == 0.0)) {
      ema_.reset();
      return nan_values<2>();
    }
    return {h - e, l - e};
  }
  [[nodiscard]] values<2> peek(double h, double l, double c) const noexcept {
    if (is_nan(c)) return nan_values<2>();
    ema_state e = ema_;
    const double m = e.step(c);
    if (!(m - m == 0.0)) return nan_values<2>();
    return {h - m, l - m};
  }
  [[nodiscard]] bool ready() const noexcept { return ema_.ready(); }
  void reset() noexcept { ema_.reset(); }

 private:
  ema_state ema_;
};

}  // namespace detail

template <series H, series L, series C, output_series Bull, output_series Bear>
void elder_ray(const H& high, const L& low, const C& close, Bull&& bull_power, Bear&& bear_power,
               int period = 13) {
  detail::check_period("elder_ray", period);
  detail::check_same_sizes("elder_ray", {"high", "low", "close"}, high, low, close);
  auto [h, l, c, bull, bear] = detail::spans_of("elder_ray", detail::inputs(high, low, close),
                                                {"out", "out"}, bull_power, bear_power);
  using T = series_value_t<C>;
  detail::run_multi_core(detail::elder_ray_core(period), std::array<std::span<T>, 2>{bull, bear}, h,
                         l, c);
}

template <series H, series L, series C>
[[nodiscard]] elder_ray_result<series_value_t<C>> elder_ray(const H& high, const L& low,
                                                            const C& close, int period = 13) {
  using T = series_value_t<C>;
  const auto n = std::ranges::size(close);
  elder_ray_result<T> r{std::vector<T>(n), std::vector<T>(n)};
  elder_ray(high, low, close, r.bull_power, r.bear_power, period);
  return r;
}

template <class T>
class elder_ray_stream : public detail::multi_core_stream<T, detail::elder_ray_core> {
 public:
  struct value {
    T bull_power, bear_power;
  };
  explicit elder_ray_stream(int period = 13)
      : detail::multi_core_stream<T, detail::elder_ray_core>(
            detail::elder_ray_core(detail::check_period("elder_ray_stream", period)),
            elder_ray_lookback(period)) {}
  value update(T high, T low, T close) noexcept {
    const auto v = this->step(high, low, close);
    return {v[0], v[1]};
  }
  [[nodiscard]] value peek(T high, T low, T close) const noexcept {
    const auto v = this->peek_step(high, low, close);
    return {v[0], v[1]};
  }
};

}  // namespace taspan
