#pragma once
// Rolling arithmetic mean over the last `period` bars: the rolling sum divided by period.
// TA-Lib's SMA (sma: default period 30) is the same function under its name; both are the
// rolling sum of rolling/sum.hpp with a divisor (detail::rolling_sum_as).

#include <vector>

#include "sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int rolling_mean_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}
[[nodiscard]] constexpr int sma_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void rolling_mean(const In& in, Out&& out, int period) {
  detail::rolling_sum_as("rolling_mean", 1, true, in, out, period);
}

template <series In, output_series Out>
void sma(const In& in, Out&& out, int period = 30) {
  detail::rolling_sum_as("sma", 1, true, in, out, period);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> rolling_mean(const In& in, int period) {
  return detail::output_vector(in, [&](auto& out) { rolling_mean(in, out, period); });
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> sma(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { sma(in, out, period); });
}

template <class T>
class rolling_mean_stream : public detail::rolling_sum_stream_as<T> {
 public:
  explicit rolling_mean_stream(int period)
      : detail::rolling_sum_stream_as<T>("rolling_mean_stream", period, 1, true) {}
};

template <class T>
class sma_stream : public detail::rolling_sum_stream_as<T> {
 public:
  explicit sma_stream(int period = 30)
      : detail::rolling_sum_stream_as<T>("sma_stream", period, 1, true) {}
};

}  // namespace taspan
