#pragma once
// Rolling minimum and maximum together over the last `period` bars (period >= 1).
// out_min[i] / out_max[i] as rolling_min / rolling_max (same values, bitwise): the first period-1
// entries are NaN, a window holding a NaN gives NaN in both. Batch: van Herk/Gil-Werman for each
// order (two passes); streaming: two block windows (detail::block_extremum_window).
// Outputs must not overlap the input.

#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/extremum.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_minmax_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <class T>
struct rolling_minmax_result {
  std::vector<T> min, max;
};

// One bar's streaming answer.
template <class T>
struct minmax_value {
  T min, max;
};

template <series In, output_series OutMin, output_series OutMax>
void rolling_minmax(const In& in, OutMin&& out_min, OutMax&& out_max, int period) {
  detail::check_period("rolling_minmax", period);
  auto [x, lo, hi] =
      detail::spans_of("rolling_minmax", detail::inputs(in), {"out", "out_max"}, out_min, out_max);
  detail::rolling_minmax_kernel(x, lo, hi, period);
}

template <series In>
[[nodiscard]] rolling_minmax_result<series_value_t<In>> rolling_minmax(const In& in, int period) {
  rolling_minmax_result<series_value_t<In>> r;
  r.min.resize(std::ranges::size(in));
  r.max.resize(std::ranges::size(in));
  rolling_minmax(in, r.min, r.max, period);
  return r;
}

template <class T>
class rolling_minmax_stream
    : public detail::extremum_pair_stream<T, false, detail::as_pair<minmax_value>> {
 public:
  explicit rolling_minmax_stream(int period)
      : rolling_minmax_stream(period, "rolling_minmax_stream") {}

 protected:
  rolling_minmax_stream(int period, const char* function, int min_period = 1)
      : detail::extremum_pair_stream<T, false, detail::as_pair<minmax_value>>(period, function,
                                                                              min_period) {}
};

}  // namespace taspan
