#pragma once
// ADXR, average directional movement index rating (TA-Lib ADXR): default period 14 (>= 2),
// lookback 3 * period - 2.
//
//   ADXR_i = (ADX_i + ADX_{i - (period - 1)}) / 2
//
// NaN: a bar with a NaN input restarts the ADX warm-up, and ADXR needs period - 1 more ADX values
// after it, so ADXR restarts with its full lookback. Batch == streaming bitwise (the ADX values
// are rounded to T before averaging in both).

#include "../core/detail/core_stream.hpp"
#include "../core/detail/ring.hpp"
#include "adx.hpp"

namespace taspan {

[[nodiscard]] constexpr int adxr_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 3 * period - 2;
}

namespace detail {

template <real T>
[[nodiscard]] T adxr_value(T now, T earlier) noexcept {
  return static_cast<T>((static_cast<double>(now) + static_cast<double>(earlier)) / 2.0);
}

// ADX into y, then y[i] = (y[i] + y[i - (period - 1)]) / 2 from the end backwards.
template <real T>
void adxr_kernel(std::span<const T> h, std::span<const T> l, std::span<const T> c, std::span<T> y,
                 int period) noexcept {
  run_core(adx_core(period), y, h, l, c);
  const auto lag = static_cast<std::size_t>(period - 1);
  for (std::size_t i = y.size(); i-- > 0;)
    y[i] = i >= lag ? adxr_value(y[i], y[i - lag]) : nan_v<T>;
}

}  // namespace detail

template <series H, series L, series C, output_series Out>
void adxr(const H& high, const L& low, const C& close, Out&& out, int period = 14) {
  detail::check_period("adxr", period, 2);
  auto [h, l, c, y] = detail::hlc_spans("adxr", high, low, close, out);
  detail::adxr_kernel(h, l, c, y, period);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> adxr(const H& high, const L& low, const C& close,
                                                  int period = 14) {
  return detail::output_vector(high, [&](auto& out) { adxr(high, low, close, out, period); });
}

template <class T>
class adxr_stream {
  static_assert(is_real_v<T>, "taspan::adxr_stream<T>: T must be float or double");

 public:
  explicit adxr_stream(int period = 14)
      : adx_(detail::check_period("adxr_stream", period, 2)),
        initial_(adx_),
        history_(static_cast<std::size_t>(period)),
        period_(period) {}

  T update(T high, T low, T close) noexcept {
    const T a = adx_.template step<T>(high, low, close);
    const T v = value(a);
    history_.push(a);
    run_ = detail::is_nan(a) ? 0 : (run_ < period_ ? run_ + 1 : run_);
    return v;
  }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    detail::adx_core copy = adx_;
    return value(copy.template step<T>(high, low, close));
  }
  // True once `period` ADX values in a row exist, the first period - 1 of them ADXR's history.
  [[nodiscard]] bool ready() const noexcept { return run_ >= period_; }
  void reset() noexcept {
    adx_ = initial_;
    history_.clear();
    run_ = 0;
  }
  [[nodiscard]] int lookback() const noexcept { return adxr_lookback(period_); }

 private:
  // history_ holds the last `period` ADX values; the one period - 1 bars before the new one is
  // history_[1] once full (history_[0] leaves when the new value is pushed).
  [[nodiscard]] T value(T a) const noexcept {
    if (history_.size() + 1 < static_cast<std::size_t>(period_)) return nan_v<T>;
    const std::size_t back = static_cast<std::size_t>(period_) - 1;  // bars back
    return detail::adxr_value(a, history_[history_.size() - back]);
  }

  detail::adx_core adx_;
  detail::adx_core initial_;
  detail::ring<T> history_;
  int period_;
  int run_ = 0;  // consecutive non-NaN ADX values, saturating at period
};

}  // namespace taspan
