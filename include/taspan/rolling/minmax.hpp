#pragma once
// Rolling minimum and maximum together over the last `period` bars (period >= 1).
// out_min[i] / out_max[i] as rolling_min / rolling_max (same values, bitwise): the first period-1
// entries are NaN, a window holding a NaN gives NaN in both. Batch: van Herk/Gil-Werman for each
// order (two passes); streaming: two block windows (detail::block_extremum_window).
// Outputs must not overlap the input.

#include <string_view>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/extremum.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_minmax_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <class T>
struct rolling_minmax_result {
  std::vector<T> min, max;
};

// TA-Lib's MINMAX (minmax: default period 30, period >= 2, outputs in TA-Lib's order outMin,
// outMax) is rolling_minmax under its name.
[[nodiscard]] constexpr int minmax_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}
template <class T>
using minmax_result = rolling_minmax_result<T>;

// One bar's streaming answer.
template <class T>
struct minmax_value {
  T min, max;
};

namespace detail {

// The batch rolling min and max under a given name: rolling_minmax and TA-Lib's minmax.
template <series In, output_series OutMin, output_series OutMax>
void rolling_minmax_as(std::string_view function, int min_period, const In& in, OutMin&& out_min,
                       OutMax&& out_max, int period) {
  check_period(function, period, min_period);
  auto [x, lo, hi] = spans_of(function, inputs(in), {"out", "out_max"}, out_min, out_max);
  rolling_minmax_kernel(x, lo, hi, period);
}

// The convenience form: both vectors the size of `in`, filled by fill(min, max).
template <series In, class Fill>
[[nodiscard]] rolling_minmax_result<series_value_t<In>> minmax_vectors(const In& in, Fill&& fill) {
  using T = series_value_t<In>;
  rolling_minmax_result<T> r{std::vector<T>(std::ranges::size(in)),
                             std::vector<T>(std::ranges::size(in))};
  fill(r.min, r.max);
  return r;
}

template <class T>
using minmax_stream_base = extremum_pair_stream<T, false, as_pair<minmax_value>>;

}  // namespace detail

template <series In, output_series OutMin, output_series OutMax>
void rolling_minmax(const In& in, OutMin&& out_min, OutMax&& out_max, int period) {
  detail::rolling_minmax_as("rolling_minmax", 1, in, out_min, out_max, period);
}

template <series In, output_series OutMin, output_series OutMax>
void minmax(const In& in, OutMin&& out_min, OutMax&& out_max, int period = 30) {
  detail::rolling_minmax_as("minmax", 2, in, out_min, out_max, period);
}

template <series In>
[[nodiscard]] rolling_minmax_result<series_value_t<In>> rolling_minmax(const In& in, int period) {
  return detail::minmax_vectors(in,
                                [&](auto& lo, auto& hi) { rolling_minmax(in, lo, hi, period); });
}

template <series In>
[[nodiscard]] minmax_result<series_value_t<In>> minmax(const In& in, int period = 30) {
  return detail::minmax_vectors(in, [&](auto& lo, auto& hi) { minmax(in, lo, hi, period); });
}

template <class T>
class rolling_minmax_stream : public detail::minmax_stream_base<T> {
 public:
  explicit rolling_minmax_stream(int period)
      : detail::minmax_stream_base<T>(period, "rolling_minmax_stream", 1) {}
};

template <class T>
class minmax_stream : public detail::minmax_stream_base<T> {
 public:
  explicit minmax_stream(int period = 30)
      : detail::minmax_stream_base<T>(period, "minmax_stream", 2) {}
};

}  // namespace taspan
