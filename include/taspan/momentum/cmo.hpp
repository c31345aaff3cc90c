#pragma once
// CMO, Chande momentum oscillator (TA-Lib CMO): default period 14, lookback period.
//
//   CMO = 100 * (gain - loss) / (gain + loss), and 0 when gain + loss == 0
//
// TA-Lib's CMO is not Chande's plain sums: it uses RSI's Wilder-smoothed average gain and loss
// with the same seeding (simple means of the changes of bars 1..period), so taspan does too; the
// two share detail::gain_loss_core. Values lie in [-100, 100].
// NaN: a NaN price yields NaN and restarts the warm-up (as RSI). Batch == streaming bitwise (the
// batch takes the streaming step: RSI's two-bar loop rounds differently where gain - loss cancels).

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/gain_loss.hpp"

namespace taspan {

[[nodiscard]] constexpr int cmo_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

namespace detail {

struct cmo_value {
  // gain - loss cancels when the two are close: the two-bar batch path's rounding (1e-16 of the
  // averages) would show as up to 1e-4 of CMO, so the batch takes the streaming step (fuzzing).
  static constexpr bool two_bar_batch = false;
  [[nodiscard]] static double of(double gain, double loss) noexcept {
    const double s = gain + loss;
    return s > 0.0 ? 100.0 * ((gain - loss) / s) : 0.0;
  }
};
using cmo_core = gain_loss_indicator<cmo_value>;

}  // namespace detail

template <series In, output_series Out>
void cmo(const In& in, Out&& out, int period = 14) {
  detail::check_period("cmo", period, 2);
  auto [x, y] = detail::in_out_spans("cmo", in, out);
  detail::cmo_core(period).run(x, y);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> cmo(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { cmo(in, out, period); });
}

template <class T>
class cmo_stream : public detail::core_stream<T, detail::cmo_core> {
 public:
  explicit cmo_stream(int period = 14)
      : detail::core_stream<T, detail::cmo_core>(
            detail::cmo_core(detail::check_period("cmo_stream", period, 2)), cmo_lookback(period)) {
  }
};

}  // namespace taspan
