#pragma once
// VAR (TA-Lib VAR): population variance of the last `period` bars. TA-Lib defaults period 5
// (>= 1), nbdev 1; lookback period-1.
//
// nbdev: TA-Lib's VAR takes optInNbDev and ignores it (ta_VAR.c never reads it: the output is
// E[x^2] - E[x]^2 unscaled). taspan keeps the parameter for call compatibility and ignores it
// the same way; it must still be finite.
// Numerics: unlike TA-Lib's running sums of x and x^2 (which lose every digit on prices near 1e5
// moving by cents and can go negative), taspan uses rolling_var's shifted, re-seeded sums: exact
// to ~1e-15 relative on ordinary data, exactly 0 on constant windows, never negative. So values
// match TA-Lib only as far as TA-Lib itself is accurate (see design.md, Compatibility).

#include <cmath>
#include <vector>

#include "../rolling/var.hpp"

namespace taspan {

[[nodiscard]] constexpr int var_lookback(int period = 5) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

inline void check_nbdev(std::string_view function, double nbdev) {
  if (!std::isfinite(nbdev)) fail(function, "nbdev", "finite", nbdev);
}

}  // namespace detail

template <series In, output_series Out>
void var(const In& in, Out&& out, int period = 5, double nbdev = 1.0) {
  detail::check_period("var", period);
  detail::check_nbdev("var", nbdev);
  auto [x, y] = detail::in_out_spans("var", in, out);
  detail::rolling_variance_kernel(x, y, period,
                                  {1.0 / period, static_cast<double>(period), false, 1.0});
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> var(const In& in, int period = 5,
                                                  double nbdev = 1.0) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  var(in, out, period, nbdev);
  return out;
}

template <class T>
class var_stream : public detail::variance_stream<T> {
 public:
  explicit var_stream(int period = 5, double nbdev = 1.0)
      : detail::variance_stream<T>(checked(period, nbdev),
                                   {1.0 / period, static_cast<double>(period), false, 1.0}) {}

 private:
  static int checked(int period, double nbdev) {
    detail::check_period("var_stream", period);
    detail::check_nbdev("var_stream", nbdev);
    return period;
  }
};

}  // namespace taspan
