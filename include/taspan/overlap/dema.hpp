#pragma once
// DEMA, double exponential moving average (TA-Lib DEMA): default period 30.
// dema = 2 * ema1 - ema2, ema1 = EMA(x), ema2 = EMA(ema1), each seeded with the SMA of its first
// `period` inputs (ema2 starts on ema1's first value), as TA-Lib does. Lookback 2*(period-1).
// NaN: restarts the warm-up. Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int dema_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 2 * (period - 1);
}

namespace detail {

struct dema_core {
  static constexpr bool restarts_on_overflow = true;
  ema_state e1, e2;
  explicit dema_core(int period) noexcept : e1(period), e2(period) {}
  double step(double x) noexcept {
    const double a = e1.step(x);
    if (!e1.ready()) return nan_v<double>;
    const double b = e2.step(a);
    if (!e2.ready()) return nan_v<double>;
    return 2.0 * a - b;
  }
  [[nodiscard]] bool ready() const noexcept { return e2.ready(); }
  void reset() noexcept {
    e1.reset();
    e2.reset();
  }
};

}  // namespace detail

template <series In, output_series Out>
void dema(const In& in, Out&& out, int period = 30) {
  detail::check_period("dema", period);
  auto [x, y] = detail::in_out_spans("dema", in, out);
  detail::run_core(detail::dema_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> dema(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { dema(in, out, period); });
}

template <class T>
class dema_stream : public detail::core_stream<T, detail::dema_core> {
 public:
  explicit dema_stream(int period = 30)
      : detail::core_stream<T, detail::dema_core>(
            detail::dema_core(detail::check_period("dema_stream", period)), dema_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
