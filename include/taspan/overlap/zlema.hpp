#pragma once
// ZLEMA, zero-lag exponential moving average (not in TA-Lib; Ehlers and Way, "Zero Lag (Well,
// Almost)", TASC November 2010, in the form tulip indicators and TradingView scripts use):
//   lag = (period - 1) / 2 (rounded down);  zlema = EMA(2 x[t] - x[t - lag], period)
// The EMA is taspan::ema (k = 2/(period+1), seeded with the SMA of its first `period` inputs).
// Default period 20 (no TA-Lib default exists). Lookback lag + period - 1.
// NaN: recursive; a NaN input gives NaN and restarts the warm-up (lag bars, then the EMA seed).
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int zlema_lag(int period) noexcept { return (period - 1) / 2; }

[[nodiscard]] constexpr int zlema_lookback(int period = 20) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return zlema_lag(period) + period - 1;
}

namespace detail {

class zlema_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  explicit zlema_core(int period)
      : past_(static_cast<std::size_t>(zlema_lag(period))), ema_(period) {}

  double step(double x) noexcept {
    const double d = delagged(x);
    if (past_.capacity() > 0) past_.push(x);
    return is_nan(d) ? d : ema_.step(d);
  }
  [[nodiscard]] double peek(double x) const noexcept {
    const double d = delagged(x);
    ema_state e = ema_;
    return is_nan(d) ? d : e.step(d);
  }
  [[nodiscard]] bool ready() const noexcept { return ema_.ready(); }
  void reset() noexcept {
    past_.clear();
    ema_.reset();
  }

 private:
  // 2 x - x[t - lag], NaN until lag bars have passed.
  [[nodiscard]] double delagged(double x) const noexcept {
    if (past_.capacity() == 0) return x;
    return past_.full() ? 2.0 * x - past_.front() : nan_v<double>;
  }
  ring<double> past_;  // the last `lag` inputs
  ema_state ema_;
};

}  // namespace detail

template <series In, output_series Out>
void zlema(const In& in, Out&& out, int period = 20) {
  detail::check_period("zlema", period);
  auto [x, y] = detail::in_out_spans("zlema", in, out);
  if (detail::warmup_only(zlema_lookback(period), y)) return;  // no state sized by the periods
  detail::run_core(detail::zlema_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> zlema(const In& in, int period = 20) {
  return detail::output_vector(in, [&](auto& out) { zlema(in, out, period); });
}

template <class T>
class zlema_stream : public detail::core_stream<T, detail::zlema_core> {
 public:
  explicit zlema_stream(int period = 20)
      : detail::core_stream<T, detail::zlema_core>(
            detail::zlema_core(detail::check_period("zlema_stream", period)),
            zlema_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
