#pragma once
// Rolling maximum over the last `period` bars (period >= 1).
// out[i] = maximum of in[i-period+1 .. i]; the first period-1 entries are NaN.
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

[[nodiscard]] constexpr int rolling_max_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void rolling_max(const In& in, Out&& out, int period) {
  detail::check_period("rolling_max", period);
  auto [x, y] = detail::in_out_spans("rolling_max", in, out);
  detail::rolling_best_kernel<detail::max_order>(x, y, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_max(const In& in, int period) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  rolling_max(in, out, period);
  return out;
}

template <class T>
class rolling_max_stream : public detail::extremum_stream<T, detail::max_order, false> {
 public:
  explicit rolling_max_stream(int period)
      : detail::extremum_stream<T, detail::max_order, false>(period, "rolling_max_stream") {}
};

}  // namespace taspan
