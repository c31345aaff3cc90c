#pragma once
// Linear regression: the fitted value at the current bar (TA-Lib LINEARREG): default period 14,
// lookback period-1; see detail/linreg.hpp.

#include "detail/linreg.hpp"

namespace taspan {

[[nodiscard]] constexpr int linearreg_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void linearreg(const In& in, Out&& out, int period = 14) {
  detail::linreg_batch("linearreg", in, out, period, detail::linreg_output::value);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> linearreg(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { linearreg(in, out, period); });
}

template <class T>
class linearreg_stream : public detail::linreg_stream<T, detail::linreg_output::value> {
 public:
  explicit linearreg_stream(int period = 14)
      : detail::linreg_stream<T, detail::linreg_output::value>("linearreg_stream", period) {}
};

}  // namespace taspan
