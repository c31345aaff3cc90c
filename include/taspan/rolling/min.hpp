#pragma once
// Rolling minimum over the last `period` bars (period >= 1).
// rolling_min and TA-Lib's MIN (min, default period 30, period >= 2) are one
// implementation under two names (detail::rolling_extremum_as).
// out[i] = minimum of in[i-period+1 .. i]; the first period-1 entries are NaN.
// NaN: a window holding a NaN gives NaN (exactly the period windows that contain it).
// Batch: van Herk/Gil-Werman blocks, O(1) per bar for any window and any data (the
// streaming form if the input holds NaN). Streaming: the same blocks, one block behind
// (detail::block_extremum_window), O(1) amortised per update with no data-dependent branch. Both
// select an input value, so batch and streaming agree bitwise. out must not overlap in.

#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/extremum.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_min_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}
[[nodiscard]] constexpr int min_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void rolling_min(const In& in, Out&& out, int period) {
  detail::rolling_extremum_as<detail::min_order, false>("rolling_min", 1, in, out, period);
}

template <series In, output_series Out>
void min(const In& in, Out&& out, int period = 30) {
  detail::rolling_extremum_as<detail::min_order, false>("min", 2, in, out, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_min(const In& in, int period) {
  return detail::output_vector(in, [&](auto& out) { rolling_min(in, out, period); });
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> min(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { min(in, out, period); });
}

template <class T>
class rolling_min_stream : public detail::extremum_stream<T, detail::min_order, false> {
 public:
  explicit rolling_min_stream(int period)
      : detail::extremum_stream<T, detail::min_order, false>(period, "rolling_min_stream") {}
};

template <class T>
class min_stream : public detail::extremum_stream<T, detail::min_order, false> {
 public:
  explicit min_stream(int period = 30)
      : detail::extremum_stream<T, detail::min_order, false>(period, "min_stream", 2) {}
};

}  // namespace taspan
