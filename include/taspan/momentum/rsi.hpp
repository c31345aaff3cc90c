#pragma once
// RSI, Wilder's relative strength index (TA-Lib RSI): default period 14, lookback period.
//
//   change_i = x_i - x_{i-1};  gain/loss = Wilder averages of max(change, 0) / max(-change, 0)
//   RSI = 100 * gain / (gain + loss), and 0 when gain + loss == 0 (a flat series)
//
// Seeding as TA-Lib: the first averages are the simple means of the changes of bars 1..period,
// so the first value is at bar `period`. TradingView's ta.rsi seeds its RMA the same way (its
// first change is na at bar 0, so the SMA seed covers bars 1..period): there is no TradingView
// option because there is no difference. TA-Lib tests gain + loss against +-1e-8 in older versions
// and against exactly 0 since 0.6.x; taspan tests exactly 0.
// NaN: a NaN price yields NaN and restarts the warm-up: from bar k+1 on the output equals RSI of
// the series that starts at bar k+1.
// Batch and streaming share the step code; the batch loop advances two bars per iteration
// (detail::gain_loss_core::run_pairs), so every other value may differ from streaming in the
// last bit (well within 1e-14 relative; tested to 1e-12).

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/gain_loss.hpp"

namespace taspan {

[[nodiscard]] constexpr int rsi_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

namespace detail {

struct rsi_value {
  static constexpr bool two_bar_batch = true;  // gain / (gain + loss) does not cancel
  [[nodiscard]] static double of(double gain, double loss) noexcept {
    const double s = gain + loss;
    return s > 0.0 ? 100.0 * (gain / s) : 0.0;
  }
};
using rsi_core = gain_loss_indicator<rsi_value>;

}  // namespace detail

template <series In, output_series Out>
void rsi(const In& in, Out&& out, int period = 14) {
  detail::check_period("rsi", period, 2);
  auto [x, y] = detail::in_out_spans("rsi", in, out);
  detail::rsi_core(period).run(x, y);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rsi(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { rsi(in, out, period); });
}

template <class T>
class rsi_stream : public detail::core_stream<T, detail::rsi_core> {
 public:
  explicit rsi_stream(int period = 14)
      : detail::core_stream<T, detail::rsi_core>(
            detail::rsi_core(detail::check_period("rsi_stream", period, 2)), rsi_lookback(period)) {
  }
};

}  // namespace taspan
