#pragma once
// MIDPRICE (TA-Lib MIDPRICE): (highest high + lowest low) / 2 over the last `period` bars.
// TA-Lib default period 14 (>= 2), lookback period-1. Computed in double, rounded once to T.
// NaN: a window holding a NaN in high or low gives NaN. The batch form allocates one scratch
// series (the window lows); the stream does not allocate after construction.

#include <vector>

#include "../rolling/max.hpp"
#include "../rolling/min.hpp"
#include "midpoint.hpp"

namespace taspan {

[[nodiscard]] constexpr int midprice_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <series High, series Low, output_series Out>
void midprice(const High& high, const Low& low, Out&& out, int period = 14) {
  detail::check_period("midprice", period, 2);
  detail::check_same_sizes("midprice", {"high", "low"}, high, low);
  auto [h, l, y] = detail::spans_of("midprice", detail::inputs(high, low), {"out"}, out);
  using T = series_value_t<High>;
  std::vector<T> lo(l.size());
  detail::rolling_best_kernel<detail::max_order>(h, y, period);
  detail::rolling_best_kernel<detail::min_order>(l, std::span<T>(lo), period);
  for (std::size_t i = 0; i < y.size(); ++i) y[i] = detail::mid(lo[i], y[i]);
}

template <series High, series Low>
[[nodiscard]] std::vector<series_value_t<High>> midprice(const High& high, const Low& low,
                                                         int period = 14) {
  return detail::output_vector(high, [&](auto& out) { midprice(high, low, out, period); });
}

template <class T>
class midprice_stream {
  static_assert(is_real_v<T>, "taspan::midprice_stream<T>: T must be float or double");

 public:
  explicit midprice_stream(int period = 14)
      : hi_(detail::check_period("midprice_stream", period, 2)), lo_(period) {}

  T update(T high, T low) noexcept { return report(hi_.push(high), lo_.push(low)); }
  [[nodiscard]] T peek(T high, T low) const noexcept {
    return report(hi_.peek(high), lo_.peek(low));
  }
  [[nodiscard]] bool ready() const noexcept { return hi_.full(); }
  void reset() noexcept {
    hi_.reset();
    lo_.reset();
  }
  [[nodiscard]] int period() const noexcept { return hi_.period(); }
  [[nodiscard]] int lookback() const noexcept { return midprice_lookback(period()); }

 private:
  [[nodiscard]] static T report(const detail::extremum<T>& hi,
                                const detail::extremum<T>& lo) noexcept {
    return hi.valid && lo.valid ? detail::mid(lo.value, hi.value) : nan_v<T>;
  }
  detail::block_extremum_window<T, detail::max_order> hi_;
  detail::block_extremum_window<T, detail::min_order> lo_;
};

}  // namespace taspan
