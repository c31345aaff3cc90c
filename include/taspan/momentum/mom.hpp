#pragma once
// MOM, momentum (TA-Lib MOM): default period 10, lookback period.
//
//   MOM_i = x_i - x_{i-period}
//
// NaN: a NaN at bar k makes exactly bars k and k + period NaN. Batch == streaming bitwise.

#include "detail/lag.hpp"

namespace taspan {

namespace detail {
struct mom_fn {
  template <real T>
  T operator()(T x, T old) const noexcept {
    return static_cast<T>(static_cast<double>(x) - static_cast<double>(old));
  }
};
}  // namespace detail

[[nodiscard]] constexpr int mom_lookback(int period = 10) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <series In, output_series Out>
void mom(const In& in, Out&& out, int period = 10) {
  detail::check_period("mom", period);
  auto [x, y] = detail::in_out_spans("mom", in, out);
  detail::lag_kernel(x, y, period, detail::mom_fn{});
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> mom(const In& in, int period = 10) {
  return detail::output_vector(in, [&](auto& out) { mom(in, out, period); });
}

template <class T>
class mom_stream : public detail::lag_stream<T, detail::mom_fn> {
 public:
  explicit mom_stream(int period = 10)
      : detail::lag_stream<T, detail::mom_fn>(period, "mom_stream") {}
};

}  // namespace taspan
