#pragma once
// ROCR, rate of change ratio (TA-Lib ROCR), and ROCR100 (TA-Lib ROCR100): default period
// 10, lookback period.
//
//   ROCR_i = x_i / x_{i-period};  ROCR100_i = (x_i / x_{i-period}) * 100;
//   both 0 when x_{i-period} == 0 (as TA-Lib)
//
// NaN: a NaN at bar k makes exactly bars k and k + period NaN. Batch == streaming bitwise.

#include "detail/lag.hpp"

namespace taspan {

namespace detail {
struct rocr_fn {
  template <real T>
  T operator()(T x, T old) const noexcept {
    const auto o = static_cast<double>(old);
    return static_cast<T>((o != 0.0 || is_nan(x)) ? static_cast<double>(x) / o : 0.0);
  }
};
}  // namespace detail

[[nodiscard]] constexpr int rocr_lookback(int period = 10) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <series In, output_series Out>
void rocr(const In& in, Out&& out, int period = 10) {
  detail::check_period("rocr", period);
  auto [x, y] = detail::in_out_spans("rocr", in, out);
  detail::lag_kernel(x, y, period, detail::rocr_fn{});
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rocr(const In& in, int period = 10) {
  return detail::output_vector(in, [&](auto& out) { rocr(in, out, period); });
}

template <class T>
class rocr_stream : public detail::lag_stream<T, detail::rocr_fn> {
 public:
  explicit rocr_stream(int period = 10)
      : detail::lag_stream<T, detail::rocr_fn>(period, "rocr_stream") {}
};

namespace detail {
struct rocr100_fn {
  template <real T>
  T operator()(T x, T old) const noexcept {
    const auto o = static_cast<double>(old);
    return static_cast<T>((o != 0.0 || is_nan(x)) ? (static_cast<double>(x) / o) * 100.0 : 0.0);
  }
};
}  // namespace detail

[[nodiscard]] constexpr int rocr100_lookback(int period = 10) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <series In, output_series Out>
void rocr100(const In& in, Out&& out, int period = 10) {
  detail::check_period("rocr100", period);
  auto [x, y] = detail::in_out_spans("rocr100", in, out);
  detail::lag_kernel(x, y, period, detail::rocr100_fn{});
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rocr100(const In& in, int period = 10) {
  return detail::output_vector(in, [&](auto& out) { rocr100(in, out, period); });
}

template <class T>
class rocr100_stream : public detail::lag_stream<T, detail::rocr100_fn> {
 public:
  explicit rocr100_stream(int period = 10)
      : detail::lag_stream<T, detail::rocr100_fn>(period, "rocr100_stream") {}
};

}  // namespace taspan
