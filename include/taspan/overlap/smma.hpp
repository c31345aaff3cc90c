#pragma once
// SMMA, smoothed moving average: Wilder's moving average as a public function (RMA; not in
// TA-Lib, where it lives inside RSI and ATR). Reference: Pine v5 ta.rma(source, length):
//   alpha = 1/length;  smma = SMA of the first `length` inputs, then smma + alpha (x - smma).
// Default period 14 (Wilder's RSI and ATR period). Lookback period - 1.
// Arithmetic: s*keep + x*take (core/detail/wilder.hpp), in double for float and double.
// NaN: recursive; a NaN input gives NaN and restarts the warm-up (so does an overflowed state).
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/wilder.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int smma_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

// Wilder's average seeded with the mean of its first `period` inputs; shared by the indicators
// that smooth with an RMA.
class smma_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  explicit smma_core(int period) : w_(period), period_(period) {}
  double step(double x) noexcept {
    if (count_ >= period_) return value_ = w_.avg(value_, x);
    sum_ += x;
    if (++count_ < period_) return nan_v<double>;
    return value_ = sum_ / static_cast<double>(period_);
  }
  [[nodiscard]] bool ready() const noexcept { return count_ >= period_; }
  void reset() noexcept {
    count_ = 0;
    sum_ = value_ = 0.0;
  }

 private:
  wilder_weights w_;
  int period_;
  int count_ = 0;
  double sum_ = 0.0;
  double value_ = 0.0;
};

}  // namespace detail

template <series In, output_series Out>
void smma(const In& in, Out&& out, int period = 14) {
  detail::check_period("smma", period);
  auto [x, y] = detail::in_out_spans("smma", in, out);
  detail::run_core(detail::smma_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> smma(const In& in, int period = 14) {
  return detail::output_vector(in, [&](auto& out) { smma(in, out, period); });
}

template <class T>
class smma_stream : public detail::core_stream<T, detail::smma_core> {
 public:
  explicit smma_stream(int period = 14)
      : detail::core_stream<T, detail::smma_core>(
            detail::smma_core(detail::check_period("smma_stream", period)), smma_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
