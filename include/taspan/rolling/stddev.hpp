#pragma once
// Rolling standard deviation over the last `period` bars: the square root of rolling_var
// (population by default, ddof = 1 for the sample statistic). Same numerics and NaN rule as
// rolling_var; exactly 0 on a constant window.

#include <vector>

#include "var.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_stddev_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void rolling_stddev(const In& in, Out&& out, int period, int ddof = 0) {
  detail::check_period("rolling_stddev", period);
  detail::check_ddof("rolling_stddev", period, ddof);
  auto [x, y] = detail::in_out_spans("rolling_stddev", in, out);
  detail::rolling_variance_kernel(x, y, period,
                                  {1.0 / period, static_cast<double>(period - ddof), true, 1.0});
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_stddev(const In& in, int period,
                                                             int ddof = 0) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  rolling_stddev(in, out, period, ddof);
  return out;
}

template <class T>
class rolling_stddev_stream : public detail::variance_stream<T> {
 public:
  explicit rolling_stddev_stream(int period, int ddof = 0)
      : detail::variance_stream<T>(checked(period, ddof),
                                   {1.0 / period, static_cast<double>(period - ddof), true, 1.0}) {}

 private:
  static int checked(int period, int ddof) {
    detail::check_period("rolling_stddev_stream", period);
    detail::check_ddof("rolling_stddev_stream", period, ddof);
    return period;
  }
};

}  // namespace taspan
