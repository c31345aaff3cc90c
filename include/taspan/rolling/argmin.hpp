#pragma once
// Rolling argmin: the bar index of the minimum over the last `period` bars (period >= 1).
// rolling_argmin and TA-Lib's MININDEX (minindex, default period 30, period >= 2) are one
// implementation under two names (detail::rolling_extremum_as).
// out[i] = the absolute bar index (0 = in[0]) of the minimum of in[i-period+1 .. i], as T, like
// TA-Lib's MININDEX. Ties follow TA-Lib exactly (see
// detail::extremum_window): the oldest of equal extremes after the previous one left the window,
// else the newest bar equal to the held extreme. float holds indices exactly up to 2^24.
// The first period-1 entries are NaN; a window holding a NaN gives NaN.
// Batch and streaming run the same deque: bit-identical results. O(1) amortised per bar.
// Note: the batch form allocates a ring of `period` entries.

#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/extremum.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_argmin_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}
[[nodiscard]] constexpr int minindex_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void rolling_argmin(const In& in, Out&& out, int period) {
  detail::rolling_extremum_as<detail::min_order, true>("rolling_argmin", 1, in, out, period);
}

template <series In, output_series Out>
void minindex(const In& in, Out&& out, int period = 30) {
  detail::rolling_extremum_as<detail::min_order, true>("minindex", 2, in, out, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_argmin(const In& in, int period) {
  return detail::output_vector(in, [&](auto& out) { rolling_argmin(in, out, period); });
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> minindex(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { minindex(in, out, period); });
}

template <class T>
class rolling_argmin_stream : public detail::extremum_stream<T, detail::min_order, true> {
 public:
  explicit rolling_argmin_stream(int period)
      : detail::extremum_stream<T, detail::min_order, true>(period, "rolling_argmin_stream") {}
};

template <class T>
class minindex_stream : public detail::extremum_stream<T, detail::min_order, true> {
 public:
  explicit minindex_stream(int period = 30)
      : detail::extremum_stream<T, detail::min_order, true>(period, "minindex_stream", 2) {}
};

}  // namespace taspan
