#pragma once
// MAXINDEX (TA-Lib MAXINDEX): the absolute bar index (as T) of the highest value over the last
// `period` bars. TA-Lib default period 30 (>= 2), lookback period-1. Same numbers, NaN rule and
// streaming behaviour as taspan::rolling_argmax.

#include <vector>

#include "../rolling/argmax.hpp"

namespace taspan {

[[nodiscard]] constexpr int maxindex_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void maxindex(const In& in, Out&& out, int period = 30) {
  detail::check_period("maxindex", period, 2);
  auto [x, y] = detail::in_out_spans("maxindex", in, out);
  detail::rolling_best_index_kernel<detail::max_order>(x, y, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> maxindex(const In& in, int period = 30) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  maxindex(in, out, period);
  return out;
}

template <class T>
class maxindex_stream : public detail::extremum_stream<T, detail::max_order, true> {
 public:
  explicit maxindex_stream(int period = 30)
      : detail::extremum_stream<T, detail::max_order, true>(period, "maxindex_stream", 2) {}
};

}  // namespace taspan
