#pragma once
// Time series forecast: the fitted line extended one bar ahead (TA-Lib TSF): default period 14,
// lookback period-1; see detail/linreg.hpp.

#include "detail/linreg.hpp"

namespace taspan {

[[nodiscard]] constexpr int tsf_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void tsf(const In& in, Out&& out, int period = 14) {
  detail::linreg_batch("tsf", in, out, period, detail::linreg_output::forecast);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> tsf(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { tsf(in, out, period); });
}

template <class T>
class tsf_stream : public detail::linreg_stream<T, detail::linreg_output::forecast> {
 public:
  explicit tsf_stream(int period = 14)
      : detail::linreg_stream<T, detail::linreg_output::forecast>("tsf_stream", period) {}
};

}  // namespace taspan
