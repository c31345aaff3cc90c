#pragma once
// VWMA, volume-weighted moving average (not in TA-Lib; TradingView's ta.vwma):
//   vwma = sum(close * volume) / sum(volume) over the last `period` bars; NaN when sum(volume) ==
//   0.
// Default period 20 (TradingView's). Lookback period-1.
// Numerics: two drift-free running sums in double (rolling/sum.hpp, re-seeded every window).
// NaN in close or volume: affects exactly the `period` windows that contain it.
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int vwma_lookback(int period = 20) noexcept { return period - 1; }

namespace detail {

class vwma_core {
 public:
  explicit vwma_core(int period) : pv_(period), v_(period) {}

  double step(double close, double volume) noexcept {
    if (is_nan(close) || is_nan(volume)) {
      reset();
      return nan_v<double>;
    }
    const double p = close * volume;
    const window_sum a = pv_.next(p);
    const window_sum b = v_.next(volume);
    pv_.commit(p, a);
    v_.commit(volume, b);
    return v_.full() ? ratio(a, b) : nan_v<double>;
  }
  [[nodiscard]] double peek(double close, double volume) const noexcept {
    if (is_nan(close) || is_nan(volume) || !v_.full_after_next()) return nan_v<double>;
    return ratio(pv_.next(close * volume), v_.next(volume));
  }
  [[nodiscard]] bool ready() const noexcept { return v_.full(); }
  void reset() noexcept {
    pv_.reset();
    v_.reset();
  }

 private:
  static double ratio(const window_sum& a, const window_sum& b) noexcept {
    return b.sum == 0.0 ? nan_v<double> : a.sum / b.sum;
  }
  window_sum_stream<double> pv_, v_;
};

}  // namespace detail

template <series Close, series Volume, output_series Out>
void vwma(const Close& close, const Volume& volume, Out&& out, int period = 20) {
  detail::check_period("vwma", period);
  detail::check_same_sizes("vwma", {"close", "volume"}, close, volume);
  auto [c, y] = detail::in_out_spans("vwma", close, out);
  const auto v = input_span(volume);
  detail::vwma_core core(period);
  for (std::size_t i = 0; i < c.size(); ++i)
    y[i] = static_cast<series_value_t<Close>>(
        core.step(static_cast<double>(c[i]), static_cast<double>(v[i])));
}

template <series Close, series Volume>
[[nodiscard]] std::vector<series_value_t<Close>> vwma(const Close& close, const Volume& volume,
                                                      int period = 20) {
  std::vector<series_value_t<Close>> out(std::ranges::size(close));
  vwma(close, volume, out, period);
  return out;
}

template <class T>
class vwma_stream {
  static_assert(is_real_v<T>, "taspan::vwma_stream<T>: T must be float or double");

 public:
  explicit vwma_stream(int period = 20) : period_(checked(period)), core_(period) {}
  T update(T close, T volume) noexcept {
    return static_cast<T>(core_.step(static_cast<double>(close), static_cast<double>(volume)));
  }
  [[nodiscard]] T peek(T close, T volume) const noexcept {
    return static_cast<T>(core_.peek(static_cast<double>(close), static_cast<double>(volume)));
  }
  [[nodiscard]] bool ready() const noexcept { return core_.ready(); }
  void reset() noexcept { core_.reset(); }
  [[nodiscard]] int period() const noexcept { return period_; }
  [[nodiscard]] int lookback() const noexcept { return vwma_lookback(period_); }

 private:
  static int checked(int period) {
    detail::check_period("vwma_stream", period);
    return period;
  }
  int period_;
  detail::vwma_core core_;
};

}  // namespace taspan
