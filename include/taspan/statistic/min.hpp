#pragma once
// MIN (TA-Lib MIN): the lowest value over the last `period` bars. TA-Lib default period 30 (>= 2),
// lookback period-1. Same numbers, NaN rule and streaming behaviour as taspan::rolling_min.

#include <vector>

#include "../rolling/min.hpp"

namespace taspan {

[[nodiscard]] constexpr int min_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void min(const In& in, Out&& out, int period = 30) {
  detail::check_period("min", period, 2);
  auto [x, y] = detail::in_out_spans("min", in, out);
  detail::rolling_best_kernel<detail::min_order>(x, y, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> min(const In& in, int period = 30) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  min(in, out, period);
  return out;
}

template <class T>
class min_stream : public detail::extremum_stream<T, detail::min_order, false> {
 public:
  explicit min_stream(int period = 30)
      : detail::extremum_stream<T, detail::min_order, false>(period, "min_stream", 2) {}
};

}  // namespace taspan
