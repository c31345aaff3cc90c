#pragma once
// SMA, simple moving average (TA-Lib SMA): default period 30, lookback period-1.

#include "../rolling/mean.hpp"

namespace taspan {

[[nodiscard]] constexpr int sma_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series In, output_series Out>
void sma(const In& in, Out&& out, int period = 30) {
  detail::check_period("sma", period);
  auto [x, y] = detail::in_out_spans("sma", in, out);
  detail::rolling_sum_kernel(x, y, period, static_cast<double>(period));
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> sma(const In& in, int period = 30) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  sma(in, out, period);
  return out;
}

template <class T>
class sma_stream : public detail::rolling_sum_stream_as<T> {
 public:
  explicit sma_stream(int period = 30)
      : detail::rolling_sum_stream_as<T>("sma_stream", period, 1, true) {}
};

}  // namespace taspan
