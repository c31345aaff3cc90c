#pragma once
// Axis ticks for the examples' SVG charts: "nice" values (1, 2 or 5 times a power of ten) inside
// [lo, hi], at most about `max_ticks` of them, whatever the data's magnitude (a fixed 250-point
// grid drew millions of lines for prices near 1e9 and never ended near 1e307).

#include <cmath>
#include <vector>

namespace taspan_examples {

[[nodiscard]] inline std::vector<double> nice_ticks(double lo, double hi, int max_ticks = 10) {
  std::vector<double> ticks;
  const double span = hi - lo;
  if (!std::isfinite(span) || !(span > 0) || max_ticks < 1) return ticks;
  const double raw = span / max_ticks;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = 10 * magnitude;
  for (const double m : {1.0, 2.0, 5.0}) {
    if (raw <= m * magnitude) {
      step = m * magnitude;
      break;
    }
  }
  const double first = std::ceil(lo / step);
  for (int k = 0; k <= max_ticks + 1; ++k) {  // counted, so rounding cannot make it endless
    const double v = (first + k) * step;
    if (v > hi) break;
    if (v >= lo) ticks.push_back(v);
  }
  return ticks;
}

}  // namespace taspan_examples
