#pragma once
// HT_DCPERIOD, Hilbert transform dominant cycle period (TA-Lib HT_DCPERIOD, John Ehlers), lookback
// 32 (TA-Lib's fixed warm-up). The period (bars) from the phase advance of the Hilbert transform's
// analytic signal, limited to [6, 50] and 0.67..1.5 times the last one, smoothed 0.2 / 0.8 and then
// 0.33 / 0.67. Computed on the Hilbert engine of core/detail/hilbert.hpp with TA-Lib's arithmetic.
// NaN: restarts the warm-up (the values are those of the series that starts after it); a
// non-finite value once ready (an overflowed state) restarts it too. Batch runs the stream's
// shell bar by bar: bit-identical.

#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/hilbert.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int ht_dcperiod_lookback() noexcept { return 32; }

namespace detail {
using ht_dcperiod_pick = ht_pick<&ht_values::period>;
}  // namespace detail

template <class T>
class ht_dcperiod_stream : public detail::ht_shell<T, detail::ht_cycle, detail::ht_dcperiod_pick> {
 public:
  ht_dcperiod_stream() noexcept
      : detail::ht_shell<T, detail::ht_cycle, detail::ht_dcperiod_pick>(detail::ht_cycle(32),
                                                                        ht_dcperiod_lookback()) {}
};

template <series In, output_series Out>
void ht_dcperiod(const In& in, Out&& out) {
  auto [x, y] = detail::in_out_spans("ht_dcperiod", in, out);
  detail::ht_run(ht_dcperiod_stream<series_value_t<In>>(), x, y);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ht_dcperiod(const In& in) {
  return detail::output_vector(in, [&](auto& out) { ht_dcperiod(in, out); });
}

}  // namespace taspan
