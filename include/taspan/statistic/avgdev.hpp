#pragma once
// AVGDEV, average (mean absolute) deviation (TA-Lib AVGDEV): period 14 (>= 2), lookback
// period - 1.
//   mean = sum(x over the window) / period;  avgdev = sum(|x - mean|) / period
// Each window is summed afresh, newest bar first, as TA-Lib does (O(period) a bar; no running
// sum to drift). NaN: windowed, a NaN makes exactly the windows that hold it NaN.
// Batch and streaming run the same core (core/detail/recomputed_window.hpp): bit-identical.

#include <cmath>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/recomputed_window.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int avgdev_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {
struct avgdev_fn {
  static double value(double x) noexcept { return x; }
  static double of(const window_view& w) noexcept {
    const auto p = static_cast<double>(w.period());
    double sum = 0.0;
    w.newest_first([&](double x) { sum += x; });
    const double mean = sum / p;
    double dev = 0.0;
    w.newest_first([&](double x) { dev += std::abs(x - mean); });
    return dev / p;
  }
};
using avgdev_core = recomputed_window_core<avgdev_fn>;
}  // namespace detail

template <series In, output_series Out>
void avgdev(const In& in, Out&& out, int period = 14) {
  detail::check_period("avgdev", period, 2);
  auto [x, y] = detail::in_out_spans("avgdev", in, out);
  if (detail::warmup_only(avgdev_lookback(period), y)) return;
  detail::run_core(detail::avgdev_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> avgdev(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { avgdev(in, out, period); });
}

template <class T>
class avgdev_stream : public detail::core_stream<T, detail::avgdev_core> {
 public:
  explicit avgdev_stream(int period = 14)
      : detail::core_stream<T, detail::avgdev_core>(
            detail::avgdev_core(detail::check_period("avgdev_stream", period, 2)),
            avgdev_lookback(period)) {}
  [[nodiscard]] int period() const noexcept { return this->lookback() + 1; }
};

}  // namespace taspan
