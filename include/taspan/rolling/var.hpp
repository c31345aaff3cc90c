#pragma once
// Rolling variance over the last `period` bars: population (ddof = 0, divisor period, TA-Lib VAR)
// by default; ddof = 1 gives the sample variance (divisor period - 1). 0 <= ddof < period.
// TA-Lib's VAR (var: default period 5, nbdev 1) is the same function under its name. TA-Lib's
// VAR takes optInNbDev and ignores it (ta_VAR.c never reads it: the output is unscaled); taspan
// keeps the parameter for call compatibility and ignores it the same way; it must be finite.
//
// Numerics (see detail/moments.hpp): sums of deviations from a pivot (an input value of the
// window) made of the window's own values (block suffix + prefix sums), in double. Accurate where
// E[x^2]-E[x]^2 fails (prices near 1e5 moving by cents), exactly 0 on a constant window, never
// negative, error flat over any length. Unlike TA-Lib's running sums of x and x^2, which lose
// every digit there, so values match TA-Lib only as far as TA-Lib itself is accurate
// (docs/design.md, Numerics).
// NaN: a window holding a NaN gives NaN (exactly the windows that contain it). Batch and
// streaming perform the same operations in the same order: bit-identical results.

#include <cmath>
#include <string>
#include <string_view>
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
[[nodiscard]] constexpr int var_lookback(int period = 5) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

inline void check_ddof(std::string_view function, int period, int ddof) {
  check_min(function, "ddof", ddof, 0);
  if (ddof >= period) fail(function, "ddof", "< period (" + std::to_string(period) + ")", ddof);
}

inline void check_nbdev(std::string_view function, double nbdev) {
  if (!std::isfinite(nbdev)) fail(function, "nbdev", "finite", nbdev);
}

// What the variance kernel and stream report: the variance with divisor period - ddof, or its
// square root times `scale` (root).
[[nodiscard]] inline variance_finish variance_of(int period, int ddof, bool root,
                                                 double scale) noexcept {
  return {1.0 / period, static_cast<double>(period - ddof), root, scale};
}

// The batch rolling variance / standard deviation under a given name, parameters checked by the
// caller: rolling_var, var, rolling_stddev and stddev are this one function.
template <series In, output_series Out>
void rolling_variance_as(std::string_view function, const In& in, Out&& out, int period,
                         variance_finish finish) {
  auto [x, y] = in_out_spans(function, in, out);
  rolling_variance_kernel(x, y, period, finish);
}

inline int checked_var(const char* function, int period, int ddof) {
  check_period(function, period);
  check_ddof(function, period, ddof);
  return period;
}

inline int checked_talib_var(const char* function, int period, double nbdev, int min_period) {
  check_period(function, period, min_period);
  check_nbdev(function, nbdev);
  return period;
}

}  // namespace detail

template <series In, output_series Out>
void rolling_var(const In& in, Out&& out, int period, int ddof = 0) {
  detail::checked_var("rolling_var", period, ddof);
  detail::rolling_variance_as("rolling_var", in, out, period,
                              detail::variance_of(period, ddof, false, 1.0));
}

template <series In, output_series Out>
void var(const In& in, Out&& out, int period = 5, double nbdev = 1.0) {
  detail::checked_talib_var("var", period, nbdev, 1);
  detail::rolling_variance_as("var", in, out, period, detail::variance_of(period, 0, false, 1.0));
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_var(const In& in, int period, int ddof = 0) {
  return detail::output_vector(in, [&](auto& out) { rolling_var(in, out, period, ddof); });
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> var(const In& in, int period = 5,
                                                  double nbdev = 1.0) {
  return detail::output_vector(in, [&](auto& out) { var(in, out, period, nbdev); });
}

template <class T>
class rolling_var_stream : public detail::variance_stream<T> {
 public:
  explicit rolling_var_stream(int period, int ddof = 0)
      : detail::variance_stream<T>(detail::checked_var("rolling_var_stream", period, ddof),
                                   detail::variance_of(period, ddof, false, 1.0)) {}
};

template <class T>
class var_stream : public detail::variance_stream<T> {
 public:
  explicit var_stream(int period = 5, double nbdev = 1.0)
      : detail::variance_stream<T>(detail::checked_talib_var("var_stream", period, nbdev, 1),
                                   detail::variance_of(period, 0, false, 1.0)) {}
};

}  // namespace taspan
