#pragma once
// align: maps values computed on higher-time-frame bars (one per period of a resample_result)
// back onto the base bars, using only completed periods.
//
// out[i] = values[k] for the latest period k with closed_at[k] <= i; NaN while no period has
// closed. So a base bar sees a weekly value from the bar at which that week was known to be
// complete (under close_rule::last_weekday, its own last bar when that is a Friday: the weekly
// bar is final at that day's close) and never earlier; a partial last period (closed_at ==
// not_closed) is never used. A value computed from periods 0..k (a weekly SMA, say) therefore
// reaches the base bars without look-ahead.
//
// NaN: a NaN value is copied to the bars it covers.

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "resample.hpp"

namespace taspan {
namespace detail {

inline void check_closed_at(std::string_view function, std::span<const std::size_t> closed_at) {
  for (std::size_t k = 1; k < closed_at.size(); ++k) {
    if (closed_at[k] < closed_at[k - 1])
      fail(function, "closed_at", "non-decreasing",
           std::to_string(closed_at[k]) + " after " + std::to_string(closed_at[k - 1]) +
               " at index " + std::to_string(k));
  }
}

template <real T>
void align_kernel(std::span<const std::size_t> closed_at, std::span<const T> values,
                  std::span<T> out) noexcept {
  std::size_t k = 0;  // periods closed so far
  for (std::size_t i = 0; i < out.size(); ++i) {
    while (k < closed_at.size() && closed_at[k] <= i) ++k;
    out[i] = k == 0 ? nan_v<T> : values[k - 1];
  }
}

}  // namespace detail

// out has one entry per base bar; values one per period, closed_at as in resample_result.
template <series V, output_series Out>
void align(std::span<const std::size_t> closed_at, const V& values, Out&& out) {
  static_assert(same_value_v<V, Out>, "taspan::align: out must hold the values' type");
  const auto spans =
      detail::call_spans("align", std::array{input_span(values)}, std::array{output_span(out)});
  const auto x = spans.input(0);
  const auto y = spans.output(0);
  detail::check_size("align", "values", x.size(), "closed_at", closed_at.size());
  detail::check_closed_at("align", closed_at);
  detail::align_kernel(closed_at, x, y);
}

template <series V>
[[nodiscard]] std::vector<series_value_t<V>> align(std::span<const std::size_t> closed_at,
                                                   const V& values, std::size_t base_bars) {
  std::vector<series_value_t<V>> out(base_bars);
  align(closed_at, values, out);
  return out;
}

// Values of the periods of `periods` onto `base_bars` base bars (the series it came from).
template <class P, series V>
[[nodiscard]] std::vector<series_value_t<V>> align(const resample_result<P>& periods,
                                                   const V& values, std::size_t base_bars) {
  return align(std::span<const std::size_t>(periods.closed_at), values, base_bars);
}

}  // namespace taspan
