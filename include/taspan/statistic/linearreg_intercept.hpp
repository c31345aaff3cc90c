#pragma once
// Linear regression intercept: the fitted value at the window's oldest bar (TA-Lib
// LINEARREG_INTERCEPT): default period 14, lookback period-1; see detail/linreg.hpp.

#include "detail/linreg.hpp"

namespace taspan {

[[nodiscard]] constexpr int linearreg_intercept_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void linearreg_intercept(const In& in, Out&& out, int period = 14) {
  detail::linreg_batch("linearreg_intercept", in, out, period, detail::linreg_output::intercept);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> linearreg_intercept(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { linearreg_intercept(in, out, period); });
}

template <class T>
class linearreg_intercept_stream
    : public detail::linreg_stream<T, detail::linreg_output::intercept> {
 public:
  explicit linearreg_intercept_stream(int period = 14)
      : detail::linreg_stream<T, detail::linreg_output::intercept>("linearreg_intercept_stream",
                                                                   period) {}
};

}  // namespace taspan
