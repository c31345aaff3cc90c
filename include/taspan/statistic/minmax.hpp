#pragma once
// MINMAX (TA-Lib MINMAX): lowest and highest values over the last `period` bars, in TA-Lib's
// output order (outMin, outMax). TA-Lib default period 30 (>= 2), lookback period-1. Same numbers
// and NaN rule as taspan::rolling_minmax; the stream returns a minmax_value<T>{min, max}.

#include <vector>

#include "../rolling/minmax.hpp"

namespace taspan {

[[nodiscard]] constexpr int minmax_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <class T>
using minmax_result = rolling_minmax_result<T>;

template <series In, output_series OutMin, output_series OutMax>
void minmax(const In& in, OutMin&& out_min, OutMax&& out_max, int period = 30) {
  detail::check_period("minmax", period, 2);
  auto [x, lo, hi] =
      detail::spans_of("minmax", detail::inputs(in), {"out", "out_max"}, out_min, out_max);
  detail::rolling_minmax_kernel(x, lo, hi, period);
}

template <series In>
[[nodiscard]] minmax_result<series_value_t<In>> minmax(const In& in, int period = 30) {
  minmax_result<series_value_t<In>> r;
  r.min.resize(std::ranges::size(in));
  r.max.resize(std::ranges::size(in));
  minmax(in, r.min, r.max, period);
  return r;
}

template <class T>
class minmax_stream : public rolling_minmax_stream<T> {
 public:
  explicit minmax_stream(int period = 30) : rolling_minmax_stream<T>(period, "minmax_stream", 2) {}
};

}  // namespace taspan
