#pragma once
// HT_SINE, Hilbert transform sine wave (TA-Lib HT_SINE, John Ehlers), lookback 63 (TA-Lib's fixed
// warm-up). sine = sin(phase), leadsine = sin(phase + 45 degrees), phase being HT_DCPHASE's.
// Computed on the Hilbert engine of core/detail/hilbert.hpp with TA-Lib's arithmetic.
// NaN: restarts the warm-up (the values are those of the series that starts after it); a
// non-finite value once ready (an overflowed state) restarts it too. Batch runs the stream's
// shell bar by bar: bit-identical.

#include <cmath>
#include <cstddef>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/hilbert.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

template <class T>
struct ht_sine_point {
  T sine, leadsine;
};

template <class T>
struct ht_sine_result {
  std::vector<T> sine, leadsine;
};

[[nodiscard]] constexpr int ht_sine_lookback() noexcept { return 63; }

namespace detail {
struct ht_sine_pick {
  template <class T>
  static ht_sine_point<T> of(const ht_cycle& c) noexcept {
    return {static_cast<T>(c.values().sine), static_cast<T>(c.values().leadsine)};
  }
  template <class T>
  static ht_sine_point<T> none() noexcept {
    return {nan_v<T>, nan_v<T>};
  }
  template <class T>
  static bool finite(const ht_sine_point<T>& p) noexcept {
    return std::isfinite(p.sine) && std::isfinite(p.leadsine);
  }
};
}  // namespace detail

template <class T>
class ht_sine_stream : public detail::ht_shell<T, detail::ht_cycle, detail::ht_sine_pick> {
 public:
  ht_sine_stream() noexcept
      : detail::ht_shell<T, detail::ht_cycle, detail::ht_sine_pick>(detail::ht_cycle(63),
                                                                    ht_sine_lookback()) {}
};

template <series In, output_series A, output_series B>
void ht_sine(const In& in, A&& out_sine, B&& out_leadsine) {
  ht_sine_stream<series_value_t<In>> s;
  const auto spans =
      detail::spans_of("ht_sine", detail::inputs(in), {"out", "out"}, out_sine, out_leadsine);
  const auto x = spans.input(0);
  const auto ysine = spans.output(0);
  const auto yleadsine = spans.output(1);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const auto p = s.update(x[i]);
    ysine[i] = p.sine, yleadsine[i] = p.leadsine;
  }
}

template <series In>
[[nodiscard]] ht_sine_result<series_value_t<In>> ht_sine(const In& in) {
  const auto n = std::ranges::size(in);
  ht_sine_result<series_value_t<In>> r{std::vector<series_value_t<In>>(n),
                                       std::vector<series_value_t<In>>(n)};
  ht_sine(in, r.sine, r.leadsine);
  return r;
}

}  // namespace taspan
