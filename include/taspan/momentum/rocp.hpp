#pragma once
// ROCP, rate of change as a fraction (TA-Lib ROCP): default period 10, lookback period.
//
//   ROCP_i = (x_i - x_{i-period}) / x_{i-period}, and 0 when x_{i-period} == 0 (as TA-Lib)
//
// NaN: a NaN at bar k makes exactly bars k and k + period NaN. Batch == streaming bitwise.

#include "detail/lag.hpp"

namespace taspan {

namespace detail {
struct rocp_fn {
  template <real T>
  T operator()(T x, T old) const noexcept {
    const auto o = static_cast<double>(old);
    return static_cast<T>((o != 0.0 || is_nan(x)) ? (static_cast<double>(x) - o) / o : 0.0);
  }
};
}  // namespace detail

[[nodiscard]] constexpr int rocp_lookback(int period = 10) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <series In, output_series Out>
void rocp(const In& in, Out&& out, int period = 10) {
  detail::check_period("rocp", period);
  auto [x, y] = detail::in_out_spans("rocp", in, out);
  detail::lag_kernel(x, y, period, detail::rocp_fn{});
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rocp(const In& in, int period = 10) {
  return detail::output_vector(in, [&](auto& out) { rocp(in, out, period); });
}

template <class T>
class rocp_stream : public detail::lag_stream<T, detail::rocp_fn> {
 public:
  explicit rocp_stream(int period = 10)
      : detail::lag_stream<T, detail::rocp_fn>(period, "rocp_stream") {}
};

}  // namespace taspan
