#pragma once
// HT_DCPHASE, Hilbert transform dominant cycle phase (TA-Lib HT_DCPHASE, John Ehlers), lookback 63
// (TA-Lib's fixed warm-up). Degrees, in (-45, 315]: the phase of a one-cycle DFT of the last
// int(period + 0.5) smoothed prices, turned as TA-Lib turns it (+90, + 360 / period, +180 when the
// cosine sum is negative). Computed on the Hilbert engine of core/detail/hilbert.hpp with TA-Lib's
// arithmetic. NaN: restarts the warm-up (the values are those of the series that starts after it);
// a non-finite value once ready (an overflowed state) restarts it too. Batch runs the stream's
// shell bar by bar: bit-identical.

#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/hilbert.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int ht_dcphase_lookback() noexcept { return 63; }

namespace detail {
using ht_dcphase_pick = ht_pick<&ht_values::phase>;
}  // namespace detail

template <class T>
class ht_dcphase_stream : public detail::ht_shell<T, detail::ht_cycle, detail::ht_dcphase_pick> {
 public:
  ht_dcphase_stream() noexcept
      : detail::ht_shell<T, detail::ht_cycle, detail::ht_dcphase_pick>(detail::ht_cycle(63),
                                                                       ht_dcphase_lookback()) {}
};

template <series In, output_series Out>
void ht_dcphase(const In& in, Out&& out) {
  auto [x, y] = detail::in_out_spans("ht_dcphase", in, out);
  detail::ht_run(ht_dcphase_stream<series_value_t<In>>(), x, y);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ht_dcphase(const In& in) {
  return detail::output_vector(in, [&](auto& out) { ht_dcphase(in, out); });
}

}  // namespace taspan
