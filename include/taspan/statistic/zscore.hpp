#pragma once
// Z-score (not in TA-Lib): zscore = (x - mean) / stddev over the last `period` bars, with the
// population standard deviation (Pine's ta.stdev default, TA-Lib's STDDEV). 0 when the window is
// constant (stddev exactly 0: taspan's rolling variance is exact there). Default period 20.
// Lookback period - 1. Mean and deviation are taspan::rolling_mean and rolling_stddev.
// NaN: windowed; a NaN affects exactly the `period` windows that contain it.
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/mean.hpp"
#include "../rolling/stddev.hpp"

namespace taspan {

[[nodiscard]] constexpr int zscore_lookback(int period = 20) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

class zscore_core {
 public:
  static constexpr bool nan_aware = true;  // the window statistics count NaN themselves
  explicit zscore_core(int period) : mean_(period), sd_(period) {}
  double step(double x) noexcept {
    const double m = mean_.update(x);
    return score(x, m, sd_.update(x));
  }
  [[nodiscard]] double peek(double x) const noexcept {
    return score(x, mean_.peek(x), sd_.peek(x));
  }
  [[nodiscard]] bool ready() const noexcept { return mean_.ready(); }
  void reset() noexcept {
    mean_.reset();
    sd_.reset();
  }

 private:
  static double score(double x, double m, double sd) noexcept {
    return sd == 0.0 ? 0.0 * (x - m) : (x - m) / sd;
  }
  rolling_mean_stream<double> mean_;
  rolling_stddev_stream<double> sd_;
};

}  // namespace detail

template <series In, output_series Out>
void zscore(const In& in, Out&& out, int period = 20) {
  detail::check_period("zscore", period);
  auto [x, y] = detail::in_out_spans("zscore", in, out);
  if (detail::warmup_only(zscore_lookback(period), y)) return;  // no state sized by the periods
  detail::run_core(detail::zscore_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> zscore(const In& in, int period = 20) {
  return detail::output_vector(in, [&](auto& out) { zscore(in, out, period); });
}

template <class T>
class zscore_stream : public detail::core_stream<T, detail::zscore_core> {
 public:
  explicit zscore_stream(int period = 20)
      : detail::core_stream<T, detail::zscore_core>(
            detail::zscore_core(detail::check_period("zscore_stream", period)),
            zscore_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
