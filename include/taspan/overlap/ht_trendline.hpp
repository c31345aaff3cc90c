#pragma once
// HT_TRENDLINE, Hilbert transform instantaneous trendline (TA-Lib HT_TRENDLINE, John Ehlers),
// lookback 63 (TA-Lib's fixed warm-up). A 4-3-2-1 weighted average of the last four means of the
// latest int(period + 0.5) prices, period being the smoothed dominant cycle period (HT_DCPERIOD).
// Computed on the Hilbert engine of core/detail/hilbert.hpp with TA-Lib's arithmetic.
// NaN: restarts the warm-up (the values are those of the series that starts after it); a
// non-finite value once ready (an overflowed state) restarts it too. Batch runs the stream's
// shell bar by bar: bit-identical.

#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/hilbert.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int ht_trendline_lookback() noexcept { return 63; }

namespace detail {
using ht_trendline_pick = ht_pick<&ht_values::trendline>;
}  // namespace detail

template <class T>
class ht_trendline_stream
    : public detail::ht_shell<T, detail::ht_cycle, detail::ht_trendline_pick> {
 public:
  ht_trendline_stream() noexcept
      : detail::ht_shell<T, detail::ht_cycle, detail::ht_trendline_pick>(detail::ht_cycle(63),
                                                                         ht_trendline_lookback()) {}
};

template <series In, output_series Out>
void ht_trendline(const In& in, Out&& out) {
  auto [x, y] = detail::in_out_spans("ht_trendline", in, out);
  detail::ht_run(ht_trendline_stream<series_value_t<In>>(), x, y);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ht_trendline(const In& in) {
  return detail::output_vector(in, [&](auto& out) { ht_trendline(in, out); });
}

}  // namespace taspan
