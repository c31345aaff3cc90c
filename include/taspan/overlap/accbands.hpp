#pragma once
// ACCBANDS, acceleration bands (TA-Lib ACCBANDS, Price Headley): period 20, lookback period - 1.
//   w = 4 (high - low) / (high + low)      (w = 0 where |high + low| < 1e-8: TA-Lib's TA_IS_ZERO)
//   upperband  = SMA(high (1 + w), period)
//   middleband = SMA(close, period)
//   lowerband  = SMA(low (1 - w), period)
// The three SMAs are rolling sums of each window (rolling/sum.hpp: no drift), in double.
// NaN: windowed; a NaN high or low makes the upper and lower bands' windows that hold its bar
// NaN, a NaN close the middle band's.
// Batch runs the stream's state bar by bar: bit-identical.

#include <cmath>
#include <cstddef>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

template <class T>
struct accbands_result {
  std::vector<T> upper, middle, lower;
};

[[nodiscard]] constexpr int accbands_lookback(int period = 20) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <class T>
class accbands_stream {
  static_assert(is_real_v<T>, "taspan::accbands_stream<T>: T must be float or double");

 public:
  struct value {
    T upper, middle, lower;
  };
  explicit accbands_stream(int period = 20)
      : upper_(detail::check_period("accbands_stream", period, 2), period),
        middle_(period, period),
        lower_(period, period),
        lookback_(accbands_lookback(period)) {}

  value update(T high, T low, T close) noexcept {
    const auto [hi, lo] = widened(high, low);
    return {cast(upper_.step(hi)), cast(middle_.step(static_cast<double>(close))),
            cast(lower_.step(lo))};
  }
  [[nodiscard]] value peek(T high, T low, T close) const noexcept {
    const auto [hi, lo] = widened(high, low);
    return {cast(upper_.peek(hi)), cast(middle_.peek(static_cast<double>(close))),
            cast(lower_.peek(lo))};
  }
  [[nodiscard]] bool ready() const noexcept { return middle_.ready(); }
  void reset() noexcept {
    upper_.reset();
    middle_.reset();
    lower_.reset();
  }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }

 private:
  struct band_inputs {
    double upper, lower;
  };
  static band_inputs widened(T high, T low) noexcept {
    const auto h = static_cast<double>(high);
    const auto l = static_cast<double>(low);
    const double sum = h + l;
    if (std::abs(sum) < 1e-8) return {h, l};  // TA_IS_ZERO; NaN goes on and poisons the window
    const double w = 4.0 * (h - l) / sum;
    return {h * (1.0 + w), l * (1.0 - w)};
  }
  static T cast(double v) noexcept { return static_cast<T>(v); }
  detail::rolling_sum_core<double> upper_, middle_, lower_;
  int lookback_;
};

template <series High, series Low, series Close, output_series Upper, output_series Middle,
          output_series Lower>
void accbands(const High& high, const Low& low, const Close& close, Upper&& upper, Middle&& middle,
              Lower&& lower, int period = 20) {
  detail::check_period("accbands", period, 2);
  detail::check_same_sizes("accbands", {"high", "low", "close"}, high, low, close);
  const auto spans = detail::spans_of("accbands", detail::inputs(high, low, close),
                                      {"out", "out", "out"}, upper, middle, lower);
  const auto h = spans.input(0);
  const auto l = spans.input(1);
  const auto c = spans.input(2);
  const auto u = spans.output(0);
  const auto m = spans.output(1);
  const auto w = spans.output(2);
  if (detail::warmup_only(accbands_lookback(period), u, m, w)) return;
  accbands_stream<series_value_t<High>> s(period);
  for (std::size_t i = 0; i < h.size(); ++i) {
    const auto v = s.update(h[i], l[i], c[i]);
    u[i] = v.upper, m[i] = v.middle, w[i] = v.lower;
  }
}

template <series High, series Low, series Close>
[[nodiscard]] accbands_result<series_value_t<High>> accbands(const High& high, const Low& low,
                                                             const Close& close, int period = 20) {
  const auto n = std::ranges::size(high);
  accbands_result<series_value_t<High>> r{std::vector<series_value_t<High>>(n),
                                          std::vector<series_value_t<High>>(n),
                                          std::vector<series_value_t<High>>(n)};
  accbands(high, low, close, r.upper, r.middle, r.lower, period);
  return r;
}

}  // namespace taspan
