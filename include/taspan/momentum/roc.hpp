#pragma once
// ROC, rate of change in percent (TA-Lib ROC): default period 10, lookback period.
//
//   ROC_i = (x_i / x_{i-period} - 1) * 100, and 0 when x_{i-period} == 0 (as TA-Lib)
//
// NaN: a NaN at bar k makes exactly bars k and k + period NaN. Batch == streaming bitwise.

#include "detail/lag.hpp"

namespace taspan {

namespace detail {
struct roc_fn {
  template <real T>
  T operator()(T x, T old) const noexcept {
    const auto o = static_cast<double>(old);
    return static_cast<T>((o != 0.0 || is_nan(x)) ? (static_cast<double>(x) / o - 1.0) * 100.0
                                                  : 0.0);
  }
};
}  // namespace detail

[[nodiscard]] constexpr int roc_lookback(int period = 10) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <series In, output_series Out>
void roc(const In& in, Out&& out, int period = 10) {
  detail::check_period("roc", period);
  auto [x, y] = detail::in_out_spans("roc", in, out);
  detail::lag_kernel(x, y, period, detail::roc_fn{});
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> roc(const In& in, int period = 10) {
  return detail::output_vector(in, [&](auto& out) { roc(in, out, period); });
}

template <class T>
class roc_stream : public detail::lag_stream<T, detail::roc_fn> {
 public:
  explicit roc_stream(int period = 10)
      : detail::lag_stream<T, detail::roc_fn>(period, "roc_stream") {}
};

}  // namespace taspan
