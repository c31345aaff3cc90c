#pragma once
// HT_TRENDMODE, Hilbert transform trend vs cycle mode (TA-Lib HT_TRENDMODE, John Ehlers), lookback
// 63 (TA-Lib's fixed warm-up). 1 in a trend, 0 in a cycle (TA-Lib's integer output, as a real
// series here): 0 when the sine and lead sine cross, in the first half period after a crossing, or
// when the phase advances at the cycle's rate; 1 anyway when the smoothed price is 1.5% or more
// away from the trendline. Computed on the Hilbert engine of core/detail/hilbert.hpp with TA-Lib's
// arithmetic. NaN: restarts the warm-up (the values are those of the series that starts after it);
// a non-finite value once ready (an overflowed state) restarts it too. Batch runs the stream's
// shell bar by bar: bit-identical.

#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/hilbert.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int ht_trendmode_lookback() noexcept { return 63; }

namespace detail {
using ht_trendmode_pick = ht_pick<&ht_values::trend>;
}  // namespace detail

template <class T>
class ht_trendmode_stream
    : public detail::ht_shell<T, detail::ht_cycle, detail::ht_trendmode_pick> {
 public:
  ht_trendmode_stream() noexcept
      : detail::ht_shell<T, detail::ht_cycle, detail::ht_trendmode_pick>(detail::ht_cycle(63),
                                                                         ht_trendmode_lookback()) {}
};

template <series In, output_series Out>
void ht_trendmode(const In& in, Out&& out) {
  auto [x, y] = detail::in_out_spans("ht_trendmode", in, out);
  detail::ht_run(ht_trendmode_stream<series_value_t<In>>(), x, y);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ht_trendmode(const In& in) {
  return detail::output_vector(in, [&](auto& out) { ht_trendmode(in, out); });
}

}  // namespace taspan
