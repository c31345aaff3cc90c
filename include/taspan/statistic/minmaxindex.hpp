#pragma once
// MINMAXINDEX (TA-Lib MINMAXINDEX): absolute bar indices (as T) of the lowest and highest values
// over the last `period` bars, in TA-Lib's output order (outMinIdx, outMaxIdx), with the tie rules
// of MININDEX / MAXINDEX (see taspan::rolling_argmin / rolling_argmax). TA-Lib default period 30
// (>= 2), lookback period-1. NaN: a window holding a NaN gives NaN in both outputs.
// Note: the batch form allocates two rings of `period` entries.

#include <vector>

#include "../rolling/argmax.hpp"
#include "../rolling/argmin.hpp"

namespace taspan {

[[nodiscard]] constexpr int minmaxindex_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <class T>
struct minmaxindex_result {
  std::vector<T> minidx, maxidx;
};

// One bar's streaming answer.
template <class T>
struct minmaxindex_value {
  T minidx, maxidx;
};

template <series In, output_series OutMin, output_series OutMax>
void minmaxindex(const In& in, OutMin&& out_minidx, OutMax&& out_maxidx, int period = 30) {
  detail::check_period("minmaxindex", period, 2);
  auto [x, lo, hi] = detail::spans_of("minmaxindex", detail::inputs(in), {"out", "out_maxidx"},
                                      out_minidx, out_maxidx);
  detail::rolling_best_index_kernel<detail::min_order>(x, lo, period);
  detail::rolling_best_index_kernel<detail::max_order>(x, hi, period);
}

template <series In>
[[nodiscard]] minmaxindex_result<series_value_t<In>> minmaxindex(const In& in, int period = 30) {
  minmaxindex_result<series_value_t<In>> r;
  r.minidx.resize(std::ranges::size(in));
  r.maxidx.resize(std::ranges::size(in));
  minmaxindex(in, r.minidx, r.maxidx, period);
  return r;
}

template <class T>
class minmaxindex_stream
    : public detail::extremum_pair_stream<T, true, detail::as_pair<minmaxindex_value>> {
 public:
  explicit minmaxindex_stream(int period = 30)
      : detail::extremum_pair_stream<T, true, detail::as_pair<minmaxindex_value>>(
            period, "minmaxindex_stream", 2) {}
};

}  // namespace taspan
