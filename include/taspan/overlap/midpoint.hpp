#pragma once
// MIDPOINT (TA-Lib MIDPOINT): (highest + lowest) / 2 of one series over the last `period` bars.
// TA-Lib default period 14 (>= 2), lookback period-1. Computed in double, rounded once to T.
// NaN: a window holding a NaN gives NaN. The batch form allocates one scratch series (the
// window minima); the stream does not allocate after construction.

#include <vector>

#include "../rolling/minmax.hpp"

namespace taspan {

[[nodiscard]] constexpr int midpoint_lookback(int period = 14) noexcept { return period - 1; }

namespace detail {

template <real T>
[[nodiscard]] constexpr T mid(T lo, T hi) noexcept {
  return static_cast<T>((static_cast<double>(hi) + static_cast<double>(lo)) / 2.0);
}

}  // namespace detail

template <series In, output_series Out>
void midpoint(const In& in, Out&& out, int period = 14) {
  detail::check_period("midpoint", period, 2);
  auto [x, y] = detail::in_out_spans("midpoint", in, out);
  using T = series_value_t<In>;
  std::vector<T> lo(x.size());
  detail::rolling_minmax_kernel(x, std::span<T>(lo), y, period);
  for (std::size_t i = 0; i < y.size(); ++i) y[i] = detail::mid(lo[i], y[i]);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> midpoint(const In& in, int period = 14) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  midpoint(in, out, period);
  return out;
}

template <class T>
class midpoint_stream {
  static_assert(is_real_v<T>, "taspan::midpoint_stream<T>: T must be float or double");

 public:
  explicit midpoint_stream(int period = 14)
      : lo_(detail::check_period("midpoint_stream", period, 2)), hi_(period) {}

  T update(T x) noexcept { return report(lo_.push(x), hi_.push(x)); }
  [[nodiscard]] T peek(T x) const noexcept { return report(lo_.peek(x), hi_.peek(x)); }
  [[nodiscard]] bool ready() const noexcept { return lo_.full(); }
  void reset() noexcept {
    lo_.reset();
    hi_.reset();
  }
  [[nodiscard]] int period() const noexcept { return lo_.period(); }
  [[nodiscard]] int lookback() const noexcept { return midpoint_lookback(period()); }

 private:
  [[nodiscard]] static T report(const detail::extremum<T>& lo,
                                const detail::extremum<T>& hi) noexcept {
    return lo.valid ? detail::mid(lo.value, hi.value) : nan_v<T>;
  }
  detail::block_extremum_window<T, detail::min_order> lo_;
  detail::block_extremum_window<T, detail::max_order> hi_;
};

}  // namespace taspan
