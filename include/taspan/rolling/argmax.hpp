#pragma once
// Rolling argmax: the bar index of the maximum over the last `period` bars (period >= 1).
// rolling_argmax and TA-Lib's MAXINDEX (maxindex, default period 30, period >= 2) are one
// implementation under two names (detail::rolling_extremum_as).
// out[i] = the absolute bar index (0 = in[0]) of the maximum of in[i-period+1 .. i], as T, like
// TA-Lib's MAXINDEX. Ties follow TA-Lib exactly (see
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

[[nodiscard]] constexpr int rolling_argmax_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}
[[nodiscard]] constexpr int maxindex_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void rolling_argmax(const In& in, Out&& out, int period) {
  detail::rolling_extremum_as<detail::max_order, true>("rolling_argmax", 1, in, out, period);
}

template <series In, output_series Out>
void maxindex(const In& in, Out&& out, int period = 30) {
  detail::rolling_extremum_as<detail::max_order, true>("maxindex", 2, in, out, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_argmax(const In& in, int period) {
  return detail::output_vector(in, [&](auto& out) { rolling_argmax(in, out, period); });
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> maxindex(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { maxindex(in, out, period); });
}

template <class T>
class rolling_argmax_stream : public detail::extremum_stream<T, detail::max_order, true> {
 public:
  explicit rolling_argmax_stream(int period)
      : detail::extremum_stream<T, detail::max_order, true>(period, "rolling_argmax_stream") {}
};

template <class T>
class maxindex_stream : public detail::extremum_stream<T, detail::max_order, true> {
 public:
  explicit maxindex_stream(int period = 30)
      : detail::extremum_stream<T, detail::max_order, true>(period, "maxindex_stream", 2) {}
};

}  // namespace taspan
