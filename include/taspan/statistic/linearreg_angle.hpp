#pragma once
// Linear regression angle: atan(slope) in degrees (TA-Lib LINEARREG_ANGLE): default period 14,
// lookback period-1; see detail/linreg.hpp.

#include "detail/linreg.hpp"

namespace taspan {

[[nodiscard]] constexpr int linearreg_angle_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void linearreg_angle(const In& in, Out&& out, int period = 14) {
  detail::linreg_batch("linearreg_angle", in, out, period, detail::linreg_output::angle);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> linearreg_angle(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { linearreg_angle(in, out, period); });
}

template <class T>
class linearreg_angle_stream : public detail::linreg_stream<T, detail::linreg_output::angle> {
 public:
  explicit linearreg_angle_stream(int period = 14)
      : detail::linreg_stream<T, detail::linreg_output::angle>("linearreg_angle_stream", period) {}
};

}  // namespace taspan
