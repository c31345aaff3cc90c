#pragma once
// Rolling standard deviation over the last `period` bars: the square root of rolling_var
// (population by default, ddof = 1 for the sample statistic). Same numerics and NaN rule as
// rolling_var; exactly 0 on a constant window.
// TA-Lib's STDDEV (stddev: default period 5, period >= 2, nbdev 1) is the same function under its
// name: the population standard deviation times nbdev (any finite value, negative included, as
// TA-Lib).

#include <vector>

#include "var.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_stddev_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}
[[nodiscard]] constexpr int stddev_lookback(int period = 5) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void rolling_stddev(const In& in, Out&& out, int period, int ddof = 0) {
  detail::checked_var("rolling_stddev", period, ddof);
  detail::rolling_variance_as("rolling_stddev", in, out, period,
                              detail::variance_of(period, ddof, true, 1.0));
}

template <series In, output_series Out>
void stddev(const In& in, Out&& out, int period = 5, double nbdev = 1.0) {
  detail::checked_talib_var("stddev", period, nbdev, 2);
  detail::rolling_variance_as("stddev", in, out, period,
                              detail::variance_of(period, 0, true, nbdev));
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_stddev(const In& in, int period,
                                                             int ddof = 0) {
  return detail::output_vector(in, [&](auto& out) { rolling_stddev(in, out, period, ddof); });
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> stddev(const In& in, int period = 5,
                                                     double nbdev = 1.0) {
  return detail::output_vector(in, [&](auto& out) { stddev(in, out, period, nbdev); });
}

template <class T>
class rolling_stddev_stream : public detail::variance_stream<T> {
 public:
  explicit rolling_stddev_stream(int period, int ddof = 0)
      : detail::variance_stream<T>(detail::checked_var("rolling_stddev_stream", period, ddof),
                                   detail::variance_of(period, ddof, true, 1.0)) {}
};

template <class T>
class stddev_stream : public detail::variance_stream<T> {
 public:
  explicit stddev_stream(int period = 5, double nbdev = 1.0)
      : detail::variance_stream<T>(detail::checked_talib_var("stddev_stream", period, nbdev, 2),
                                   detail::variance_of(period, 0, true, nbdev)) {}
};

}  // namespace taspan
