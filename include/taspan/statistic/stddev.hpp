#pragma once
// STDDEV (TA-Lib STDDEV): population standard deviation of the last `period` bars times nbdev.
// TA-Lib defaults period 5 (>= 2), nbdev 1 (any finite value, negative included, as TA-Lib);
// lookback period-1. Output = sqrt(population variance) * nbdev, computed as taspan::var (exact
// where TA-Lib's running sums are not; see var.hpp). A constant window gives exactly 0.

#include <vector>

#include "var.hpp"

namespace taspan {

[[nodiscard]] constexpr int stddev_lookback(int period = 5) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void stddev(const In& in, Out&& out, int period = 5, double nbdev = 1.0) {
  detail::check_period("stddev", period, 2);
  detail::check_nbdev("stddev", nbdev);
  auto [x, y] = detail::in_out_spans("stddev", in, out);
  detail::rolling_variance_kernel(x, y, period,
                                  {1.0 / period, static_cast<double>(period), true, nbdev});
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> stddev(const In& in, int period = 5,
                                                     double nbdev = 1.0) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  stddev(in, out, period, nbdev);
  return out;
}

template <class T>
class stddev_stream : public detail::variance_stream<T> {
 public:
  explicit stddev_stream(int period = 5, double nbdev = 1.0)
      : detail::variance_stream<T>(checked(period, nbdev),
                                   {1.0 / period, static_cast<double>(period), true, nbdev}) {}

 private:
  static int checked(int period, double nbdev) {
    detail::check_period("stddev_stream", period, 2);
    detail::check_nbdev("stddev_stream", nbdev);
    return period;
  }
};

}  // namespace taspan
