#pragma once
// MIDPOINT (TA-Lib MIDPOINT): (highest + lowest) / 2 of one series over the last `period` bars.
// TA-Lib default period 14 (>= 2), lookback period-1. Computed in double, rounded once to T.
// NaN: a window holding a NaN gives NaN. The batch form allocates one scratch series (the
// window minima); the stream does not allocate after construction.

#include <vector>

#include "../rolling/minmax.hpp"

namespace taspan {

[[nodiscard]] constexpr int midpoint_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

template <real T>
[[nodiscard]] constexpr T mid(T lo, T hi) noexcept {
  return static_cast<T>((static_cast<double>(hi) + static_cast<double>(lo)) / 2.0);
}

struct midpoint_report {
  template <real T>
  [[nodiscard]] static T of(T lo, T hi) noexcept {
    return mid(lo, hi);
  }
};

}  // namespace detail

template <series In, output_series Out>
void midpoint(const In& in, Out&& out, int period = 14) {
  detail::check_period("midpoint", period, 2);
  auto [x, y] = detail::in_out_spans("midpoint", in, out);
  using T = series_value_t<In>;
  std::vector<T> lo(x.size());
  detail::rolling_minmax_kernel(x, std::span<T>(lo), y, period);
  for (std::size_t i = 0; i < y.size(); ++i) y[i] = detail::mid(lo[i], y[i]);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> midpoint(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { midpoint(in, out, period); });
}

template <class T>
class midpoint_stream : public detail::extremum_pair_stream<T, false, detail::midpoint_report> {
 public:
  explicit midpoint_stream(int period = 14)
      : detail::extremum_pair_stream<T, false, detail::midpoint_report>(period, "midpoint_stream",
                                                                        2) {}
};

}  // namespace taspan
