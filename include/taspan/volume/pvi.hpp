#pragma once
// PVI, positive volume index (not in TA-Lib; Fosback, "Stock Market Logic", 1976): starts at 1000;
// on a bar whose volume is above the previous bar's, pvi += pvi * (close - prev_close) /
// prev_close; otherwise unchanged. The twin of nvi.hpp (one core serves both): no parameter,
// lookback 0, the same NaN rule (NaN, then a fresh start at 1000), batch == streaming bitwise.

#include "nvi.hpp"

namespace taspan {

[[nodiscard]] constexpr int pvi_lookback() noexcept { return 0; }

template <series C, series V, output_series Out>
void pvi(const C& close, const V& volume, Out&& out) {
  detail::volume_index("pvi", false, close, volume, out);
}

template <series C, series V>
[[nodiscard]] std::vector<series_value_t<C>> pvi(const C& close, const V& volume) {
  return detail::output_vector(close, [&](auto& out) { pvi(close, volume, out); });
}

template <class T>
class pvi_stream : public detail::volume_index_stream<T> {
 public:
  pvi_stream() : detail::volume_index_stream<T>(false) {}
};

}  // namespace taspan
