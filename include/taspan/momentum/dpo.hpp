#pragma once
// DPO, detrended price oscillator (not in TA-Lib). Reference: TradingView's built-in "Detrended
// Price Oscillator" (Pine v5) with isCentered = false, the form that does not look ahead:
//   shift = period / 2 + 1 (rounded down);  dpo = x - SMA(x, period)[shift]
// (the centred form, x[shift] - SMA, is the same line drawn `shift` bars back). Default period
// 21. Lookback period - 1 + shift.
// NaN: the state restarts (NaN on that bar and the lookback bars after it).
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int dpo_shift(int period) noexcept { return period / 2 + 1; }

[[nodiscard]] constexpr int dpo_lookback(int period = 21) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1 + dpo_shift(period);
}

namespace detail {

class dpo_core {
 public:
  explicit dpo_core(int period)
      : mean_(period, static_cast<double>(period)),
        means_(static_cast<std::size_t>(dpo_shift(period))) {}
  double step(double x) noexcept {
    const double v = peek(x);
    const double m = mean_.step(x);
    if (!is_nan(m)) means_.push(m);
    ready_ = !is_nan(v);
    return v;
  }
  // The mean `shift` bars back is the oldest the ring holds once it is full.
  [[nodiscard]] double peek(double x) const noexcept {
    return means_.full() ? x - means_.front() : nan_v<double>;
  }
  [[nodiscard]] bool ready() const noexcept { return ready_; }
  void reset() noexcept {
    mean_.reset();
    means_.clear();
    ready_ = false;
  }

 private:
  rolling_sum_core<double> mean_;
  ring<double> means_;
  bool ready_ = false;
};

}  // namespace detail

template <series In, output_series Out>
void dpo(const In& in, Out&& out, int period = 21) {
  detail::check_period("dpo", period);
  auto [x, y] = detail::in_out_spans("dpo", in, out);
  if (detail::warmup_only(dpo_lookback(period), y)) return;  // no state sized by the periods
  detail::run_core(detail::dpo_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> dpo(const In& in, int period = 21) {
  return detail::output_vector(in, [&](auto& out) { dpo(in, out, period); });
}

template <class T>
class dpo_stream : public detail::core_stream<T, detail::dpo_core> {
 public:
  explicit dpo_stream(int period = 21)
      : detail::core_stream<T, detail::dpo_core>(
            detail::dpo_core(detail::check_period("dpo_stream", period)), dpo_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
