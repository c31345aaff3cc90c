#pragma once
// TEMA, triple exponential moving average (TA-Lib TEMA): default period 30.
// tema = ema3 + (3*ema1 - 3*ema2), ema3 = EMA(ema2); each EMA seeded with the SMA of its first
// `period` inputs (each starts on the first value of the one before), as TA-Lib does. Lookback
// 3*(period-1). NaN: restarts the warm-up. Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int tema_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 3 * (period - 1);
}

namespace detail {

struct tema_core {
  static constexpr bool restarts_on_overflow = true;
  ema_state e1, e2, e3;
  explicit tema_core(int period) noexcept : e1(period), e2(period), e3(period) {}
  double step(double x) noexcept {
    const double a = e1.step(x);
    if (!e1.ready()) return nan_v<double>;
    const double b = e2.step(a);
    if (!e2.ready()) return nan_v<double>;
    const double c = e3.step(b);
    if (!e3.ready()) return nan_v<double>;
    return c + (3.0 * a - 3.0 * b);  // TA-Lib's order
  }
  [[nodiscard]] bool ready() const noexcept { return e3.ready(); }
  void reset() noexcept {
    e1.reset();
    e2.reset();
    e3.reset();
  }
};

}  // namespace detail

template <series In, output_series Out>
void tema(const In& in, Out&& out, int period = 30) {
  detail::check_period("tema", period);
  auto [x, y] = detail::in_out_spans("tema", in, out);
  detail::run_core(detail::tema_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> tema(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { tema(in, out, period); });
}

template <class T>
class tema_stream : public detail::core_stream<T, detail::tema_core> {
 public:
  explicit tema_stream(int period = 30)
      : detail::core_stream<T, detail::tema_core>(
            detail::tema_core(detail::check_period("tema_stream", period)), tema_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
