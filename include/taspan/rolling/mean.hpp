#pragma once
// Rolling arithmetic mean over the last `period` bars: the rolling sum divided by period.

#include "sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_mean_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void rolling_mean(const In& in, Out&& out, int period) {
  detail::check_period("rolling_mean", period);
  auto [x, y] = detail::in_out_spans("rolling_mean", in, out);
  detail::rolling_sum_kernel(x, y, period, static_cast<double>(period));
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_mean(const In& in, int period) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  rolling_mean(in, out, period);
  return out;
}

template <class T>
class rolling_mean_stream : public detail::rolling_sum_stream_as<T> {
 public:
  explicit rolling_mean_stream(int period)
      : detail::rolling_sum_stream_as<T>("rolling_mean_stream", period, 1, true) {}
};

}  // namespace taspan
