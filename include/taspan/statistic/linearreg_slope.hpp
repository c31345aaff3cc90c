#pragma once
// Linear regression slope per bar (TA-Lib LINEARREG_SLOPE): default period 14, lookback period-1;
// see detail/linreg.hpp.

#include "detail/linreg.hpp"

namespace taspan {

[[nodiscard]] constexpr int linearreg_slope_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void linearreg_slope(const In& in, Out&& out, int period = 14) {
  detail::linreg_batch("linearreg_slope", in, out, period, detail::linreg_output::slope);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> linearreg_slope(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { linearreg_slope(in, out, period); });
}

template <class T>
class linearreg_slope_stream : public detail::linreg_stream<T, detail::linreg_output::slope> {
 public:
  explicit linearreg_slope_stream(int period = 14)
      : detail::linreg_stream<T, detail::linreg_output::slope>("linearreg_slope_stream", period) {}
};

}  // namespace taspan
