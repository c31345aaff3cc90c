#pragma once
// HT_PHASOR, Hilbert transform phasor components (TA-Lib HT_PHASOR, John Ehlers), lookback 32
// (TA-Lib's fixed warm-up). inphase: I1, the detrended smoothed price three bars back (of its bar
// parity); quadrature: Q1, the Hilbert transform of the detrended price. Computed on the Hilbert
// engine of core/detail/hilbert.hpp with TA-Lib's arithmetic. NaN: restarts the warm-up (the values
// are those of the series that starts after it); a non-finite value once ready (an overflowed
// state) restarts it too. Batch runs the stream's shell bar by bar: bit-identical.

#include <cmath>
#include <cstddef>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/hilbert.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

template <class T>
struct ht_phasor_point {
  T inphase, quadrature;
};

template <class T>
struct ht_phasor_result {
  std::vector<T> inphase, quadrature;
};

[[nodiscard]] constexpr int ht_phasor_lookback() noexcept { return 32; }

namespace detail {
struct ht_phasor_pick {
  template <class T>
  static ht_phasor_point<T> of(const ht_cycle& c) noexcept {
    return {static_cast<T>(c.values().inphase), static_cast<T>(c.values().quadrature)};
  }
  template <class T>
  static ht_phasor_point<T> none() noexcept {
    return {nan_v<T>, nan_v<T>};
  }
  template <class T>
  static bool finite(const ht_phasor_point<T>& p) noexcept {
    return std::isfinite(p.inphase) && std::isfinite(p.quadrature);
  }
};
}  // namespace detail

template <class T>
class ht_phasor_stream : public detail::ht_shell<T, detail::ht_cycle, detail::ht_phasor_pick> {
 public:
  ht_phasor_stream() noexcept
      : detail::ht_shell<T, detail::ht_cycle, detail::ht_phasor_pick>(detail::ht_cycle(32),
                                                                      ht_phasor_lookback()) {}
};

template <series In, output_series A, output_series B>
void ht_phasor(const In& in, A&& out_inphase, B&& out_quadrature) {
  ht_phasor_stream<series_value_t<In>> s;
  const auto spans = detail::spans_of("ht_phasor", detail::inputs(in), {"out", "out"}, out_inphase,
                                      out_quadrature);
  const auto x = spans.input(0);
  const auto yinphase = spans.output(0);
  const auto yquadrature = spans.output(1);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const auto p = s.update(x[i]);
    yinphase[i] = p.inphase, yquadrature[i] = p.quadrature;
  }
}

template <series In>
[[nodiscard]] ht_phasor_result<series_value_t<In>> ht_phasor(const In& in) {
  const auto n = std::ranges::size(in);
  ht_phasor_result<series_value_t<In>> r{std::vector<series_value_t<In>>(n),
                                         std::vector<series_value_t<In>>(n)};
  ht_phasor(in, r.inphase, r.quadrature);
  return r;
}

}  // namespace taspan
