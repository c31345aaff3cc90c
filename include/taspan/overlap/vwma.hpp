#pragma once
// VWMA, volume-weighted moving average (not in TA-Lib; TradingView's ta.vwma):
//   vwma = sum(close * volume) / sum(volume) over the last `period` bars; NaN when sum(volume) ==
//   0.
// Default period 20 (TradingView's). Lookback period-1.
// Numerics: two window sums in double (rolling/sum.hpp), each made of its window's values only.
// NaN in close or volume: affects exactly the `period` windows that contain it. Infinities: the
// window sums hold them (+inf, -inf, or NaN for both), then divide; other windows are unaffected.
// Huge volumes or prices leave no trace once out of the window (a zero-volume window is exactly 0).
// Batch and streaming run the same core: bit-identical.

#include <cmath>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int vwma_lookback(int period = 20) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

class vwma_core {
 public:
  static constexpr bool nan_aware = true;
  explicit vwma_core(int period) : pv_(period), v_(period) {}

  double step(double close, double volume) noexcept {
    if (is_nan(close) || is_nan(volume)) {
      reset();
      return nan_v<double>;
    }
    const double p = close * volume;
    const sums s = next(p, volume);
    pv_.commit(p, s.pv);
    v_.commit(volume, s.v);
    return v_.full() ? ratio(s) : nan_v<double>;
  }
  [[nodiscard]] double peek(double close, double volume) const noexcept {
    if (is_nan(close) || is_nan(volume) || !v_.full_after_next()) return nan_v<double>;
    return ratio(next(close * volume, volume));
  }
  [[nodiscard]] bool ready() const noexcept { return v_.full(); }
  void reset() noexcept {
    pv_.reset();
    v_.reset();
  }

 private:
  struct sums {
    window_sum pv, v;
  };
  [[nodiscard]] sums next(double p, double volume) const noexcept {
    return {pv_.next(p), v_.next(volume)};
  }
  // The window sums with their infinities (counted apart by window_sum), then IEEE division.
  static double ratio(const sums& s) noexcept {
    const auto den = s.v.value<double>();
    return den == 0.0 ? nan_v<double> : s.pv.value<double>() / den;
  }
  window_sum_stream<double> pv_, v_;
};

}  // namespace detail

template <series Close, series Volume, output_series Out>
void vwma(const Close& close, const Volume& volume, Out&& out, int period = 20) {
  detail::check_period("vwma", period);
  detail::check_same_sizes("vwma", {"close", "volume"}, close, volume);
  auto [c, v, y] = detail::spans_of("vwma", detail::inputs(close, volume), {"out"}, out);
  if (detail::warmup_only(vwma_lookback(period), y)) return;
  detail::vwma_core core(period);
  for (std::size_t i = 0; i < c.size(); ++i)
    y[i] = static_cast<series_value_t<Close>>(
        core.step(static_cast<double>(c[i]), static_cast<double>(v[i])));
}

template <series Close, series Volume>
[[nodiscard]] std::vector<series_value_t<Close>> vwma(const Close& close, const Volume& volume,
                                                      int period = 20) {
  return detail::output_vector(close, [&](auto& out) { vwma(close, volume, out, period); });
}

template <class T>
class vwma_stream : public detail::core_stream<T, detail::vwma_core> {
 public:
  explicit vwma_stream(int period = 20)
      : detail::core_stream<T, detail::vwma_core>(
            detail::vwma_core(detail::check_period("vwma_stream", period)), vwma_lookback(period)),
        period_(period) {}
  T update(T close, T volume) noexcept { return this->step(close, volume); }
  [[nodiscard]] T peek(T close, T volume) const noexcept { return this->peek_step(close, volume); }
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
