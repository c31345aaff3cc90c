#pragma once
// MAX (TA-Lib MAX): the highest value over the last `period` bars. TA-Lib default period 30 (>= 2),
// lookback period-1. Same numbers, NaN rule and streaming behaviour as taspan::rolling_max.

#include <vector>

#include "../rolling/max.hpp"

namespace taspan {

[[nodiscard]] constexpr int max_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void max(const In& in, Out&& out, int period = 30) {
  detail::check_period("max", period, 2);
  auto [x, y] = detail::in_out_spans("max", in, out);
  detail::rolling_best_kernel<detail::max_order>(x, y, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> max(const In& in, int period = 30) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  max(in, out, period);
  return out;
}

template <class T>
class max_stream : public detail::extremum_stream<T, detail::max_order, false> {
 public:
  explicit max_stream(int period = 30)
      : detail::extremum_stream<T, detail::max_order, false>(period, "max_stream", 2) {}
};

}  // namespace taspan
