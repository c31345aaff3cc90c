#pragma once
// Ulcer index (not in TA-Lib; Peter Martin, 1987, as StockCharts computes it):
//   drawdown = 100 * (x - max(x, period)) / max(x, period)      (percent below the period high)
//   ulcer = sqrt(sum(drawdown^2, period) / period)
// Default period 14. Lookback 2 (period - 1). Never negative; 0 on rising or flat prices.
// NaN: windowed; a NaN affects exactly the windows that contain it (the 2 period - 1 bars of the
// two nested windows).
// Batch and streaming run the same core: bit-identical.

#include <cmath>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/max.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int ulcer_index_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 2 * (period - 1);
}

namespace detail {

class ulcer_index_core {
 public:
  static constexpr bool nan_aware = true;  // the window max and sum count NaN themselves
  explicit ulcer_index_core(int period) : high_(period), squares_(period, period) {}
  double step(double x) noexcept {
    const double m = high_.update(x);
    if (!high_.ready()) return nan_v<double>;
    return std::sqrt(squares_.step(squared_drawdown(x, m)));
  }
  [[nodiscard]] double peek(double x) const noexcept {
    const double m = high_.peek(x);
    if (is_nan(m) && !high_.ready()) return nan_v<double>;
    return std::sqrt(squares_.peek(squared_drawdown(x, m)));
  }
  [[nodiscard]] bool ready() const noexcept { return squares_.ready(); }
  void reset() noexcept {
    high_.reset();
    squares_.reset();
  }

 private:
  static double squared_drawdown(double x, double high) noexcept {
    const double d = 100.0 * (x - high) / high;
    return d * d;
  }
  rolling_max_stream<double> high_;
  rolling_sum_core<double> squares_;
};

}  // namespace detail

template <series In, output_series Out>
void ulcer_index(const In& in, Out&& out, int period = 14) {
  detail::check_period("ulcer_index", period);
  auto [x, y] = detail::in_out_spans("ulcer_index", in, out);
  if (detail::warmup_only(ulcer_index_lookback(period), y))
    return;  // no state sized by the periods
  detail::run_core(detail::ulcer_index_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ulcer_index(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { ulcer_index(in, out, period); });
}

template <class T>
class ulcer_index_stream : public detail::core_stream<T, detail::ulcer_index_core> {
 public:
  explicit ulcer_index_stream(int period = 14)
      : detail::core_stream<T, detail::ulcer_index_core>(
            detail::ulcer_index_core(detail::check_period("ulcer_index_stream", period)),
            ulcer_index_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
