#pragma once
// SAREXT, parabolic SAR with every rule a parameter (TA-Lib SAREXT), lookback 1:
//   startvalue             0 (TA-Lib's default): the first direction from bar 1's -DM, as SAR;
//                          > 0: start long with the stop at startvalue; < 0: short at -startvalue
//   offsetonreverse        0: on a reversal the new stop moves by offset * stop away from price
//   accelerationinitlong   0.02, accelerationlong 0.02, accelerationmaxlong 0.2: the long side's
//                          factor at a reversal, its step at each new extreme, its maximum
//   accelerationinitshort  0.02, accelerationshort 0.02, accelerationmaxshort 0.2: the same short
// An initial factor or a step above its side's maximum is lowered to it (TA-Lib).
// TA-Lib's output convention is kept: a short stop is reported NEGATIVE (-stop), a long one
// positive, so the sign says the side; |sarext| with the defaults is sar(). SAR and SAREXT are
// one core (overlap/sar.hpp, detail::sar_rules).
// NaN: a bar with a NaN high or low yields NaN and restarts the warm-up.
// Batch and streaming run the same core: bit-identical.

#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "sar.hpp"

namespace taspan {

[[nodiscard]] constexpr int sarext_lookback(
    double /*startvalue*/ = 0.0, double /*offsetonreverse*/ = 0.0,
    double /*accelerationinitlong*/ = 0.02, double /*accelerationlong*/ = 0.02,
    double /*accelerationmaxlong*/ = 0.2, double /*accelerationinitshort*/ = 0.02,
    double /*accelerationshort*/ = 0.02, double /*accelerationmaxshort*/ = 0.2) noexcept {
  return 1;
}

namespace detail {
inline sar_core make_sarext(std::string_view function, double start, double offset,
                            double init_long, double step_long, double max_long, double init_short,
                            double step_short, double max_short) {
  check_finite(function, "startvalue", start);
  check_non_negative(function, "offsetonreverse", offset);
  check_non_negative(function, "accelerationinitlong", init_long);
  check_non_negative(function, "accelerationlong", step_long);
  check_non_negative(function, "accelerationmaxlong", max_long);
  check_non_negative(function, "accelerationinitshort", init_short);
  check_non_negative(function, "accelerationshort", step_short);
  check_non_negative(function, "accelerationmaxshort", max_short);
  return sar_core(sar_rules{start, offset, init_long, step_long, max_long, init_short, step_short,
                            max_short, true});
}
}  // namespace detail

template <series H, series L, output_series Out>
void sarext(const H& high, const L& low, Out&& out, double startvalue = 0.0,
            double offsetonreverse = 0.0, double accelerationinitlong = 0.02,
            double accelerationlong = 0.02, double accelerationmaxlong = 0.2,
            double accelerationinitshort = 0.02, double accelerationshort = 0.02,
            double accelerationmaxshort = 0.2) {
  auto core = detail::make_sarext("sarext", startvalue, offsetonreverse, accelerationinitlong,
                                  accelerationlong, accelerationmaxlong, accelerationinitshort,
                                  accelerationshort, accelerationmaxshort);
  auto [h, l, y] = detail::hl_spans("sarext", high, low, out);
  detail::run_core(core, y, h, l);
}

template <series H, series L>
[[nodiscard]] std::vector<series_value_t<H>> sarext(
    const H& high, const L& low, double startvalue = 0.0, double offsetonreverse = 0.0,
    double accelerationinitlong = 0.02, double accelerationlong = 0.02,
    double accelerationmaxlong = 0.2, double accelerationinitshort = 0.02,
    double accelerationshort = 0.02, double accelerationmaxshort = 0.2) {
  return detail::output_vector(high, [&](auto& out) {
    sarext(high, low, out, startvalue, offsetonreverse, accelerationinitlong, accelerationlong,
           accelerationmaxlong, accelerationinitshort, accelerationshort, accelerationmaxshort);
  });
}

template <class T>
class sarext_stream : public detail::core_stream<T, detail::sar_core> {
 public:
  explicit sarext_stream(double startvalue = 0.0, double offsetonreverse = 0.0,
                         double accelerationinitlong = 0.02, double accelerationlong = 0.02,
                         double accelerationmaxlong = 0.2, double accelerationinitshort = 0.02,
                         double accelerationshort = 0.02, double accelerationmaxshort = 0.2)
      : detail::core_stream<T, detail::sar_core>(
            detail::make_sarext("sarext_stream", startvalue, offsetonreverse, accelerationinitlong,
                                accelerationlong, accelerationmaxlong, accelerationinitshort,
                                accelerationshort, accelerationmaxshort),
            1) {}
  T update(T high, T low) noexcept { return this->step(high, low); }
  [[nodiscard]] T peek(T high, T low) const noexcept { return this->peek_step(high, low); }
};

}  // namespace taspan
