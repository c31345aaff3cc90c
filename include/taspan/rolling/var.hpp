#pragma once
// Rolling variance over the last `period` bars: population (ddof = 0, divisor period, TA-Lib VAR)
// by default; ddof = 1 gives the sample variance (divisor period - 1). 0 <= ddof < period.
//
// Numerics (see detail/moments.hpp): sums of deviations from a shifted origin (an input value
// of the window), re-seeded exactly every `period` outputs, in double. Accurate where E[x^2]-E[x]^2
// fails (prices near 1e5 moving by cents), exactly 0 on a constant window, never negative, error
// flat over any length. NaN: a window holding a NaN gives NaN (exactly the windows that contain
// it). Batch and streaming perform the same operations in the same order: bit-identical results.

#include <string>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/moments.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_var_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

inline void check_ddof(std::string_view function, int period, int ddof) {
  check_min(function, "ddof", ddof, 0);
  if (ddof >= period) fail(function, "ddof", "< period (" + std::to_string(period) + ")", ddof);
}

}  // namespace detail

template <series In, output_series Out>
void rolling_var(const In& in, Out&& out, int period, int ddof = 0) {
  detail::check_period("rolling_var", period);
  detail::check_ddof("rolling_var", period, ddof);
  auto [x, y] = detail::in_out_spans("rolling_var", in, out);
  detail::rolling_variance_kernel(x, y, period,
                                  {1.0 / period, static_cast<double>(period - ddof), false, 1.0});
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_var(const In& in, int period, int ddof = 0) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  rolling_var(in, out, period, ddof);
  return out;
}

template <class T>
class rolling_var_stream : public detail::variance_stream<T> {
 public:
  explicit rolling_var_stream(int period, int ddof = 0)
      : detail::variance_stream<T>(checked(period, ddof),
                                   {1.0 / period, static_cast<double>(period - ddof), false, 1.0}) {
  }

 private:
  static int checked(int period, int ddof) {
    detail::check_period("rolling_var_stream", period);
    detail::check_ddof("rolling_var_stream", period, ddof);
    return period;
  }
};

}  // namespace taspan
