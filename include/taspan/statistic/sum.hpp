#pragma once
// SUM (TA-Lib SUM): the sum of the last `period` bars. TA-Lib default period 30 (>= 2),
// lookback period-1. Same numbers, NaN rule and streaming behaviour as taspan::rolling_sum.

#include <vector>

#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int sum_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void sum(const In& in, Out&& out, int period = 30) {
  detail::check_period("sum", period, 2);
  auto [x, y] = detail::in_out_spans("sum", in, out);
  detail::rolling_sum_kernel(x, y, period, 1.0);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> sum(const In& in, int period = 30) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  sum(in, out, period);
  return out;
}

template <class T>
class sum_stream : public detail::rolling_sum_stream_as<T> {
 public:
  explicit sum_stream(int period = 30)
      : detail::rolling_sum_stream_as<T>("sum_stream", period, 2, false) {}
};

}  // namespace taspan
