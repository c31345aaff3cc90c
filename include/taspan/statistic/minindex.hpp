#pragma once
// MININDEX (TA-Lib MININDEX): the absolute bar index (as T) of the lowest value over the last
// `period` bars. TA-Lib default period 30 (>= 2), lookback period-1. Same numbers, NaN rule and
// streaming behaviour as taspan::rolling_argmin.

#include <vector>

#include "../rolling/argmin.hpp"

namespace taspan {

[[nodiscard]] constexpr int minindex_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void minindex(const In& in, Out&& out, int period = 30) {
  detail::check_period("minindex", period, 2);
  auto [x, y] = detail::in_out_spans("minindex", in, out);
  detail::rolling_best_index_kernel<detail::min_order>(x, y, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> minindex(const In& in, int period = 30) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  minindex(in, out, period);
  return out;
}

template <class T>
class minindex_stream : public detail::extremum_stream<T, detail::min_order, true> {
 public:
  explicit minindex_stream(int period = 30)
      : detail::extremum_stream<T, detail::min_order, true>(period, "minindex_stream", 2) {}
};

}  // namespace taspan
