#pragma once
// BOP, balance of power (TA-Lib BOP): lookback 0.
//
//   BOP = (close - open) / (high - low), and 0 when high - low <= 0 (as TA-Lib)
//
// NaN: a NaN in any input makes exactly that bar NaN. Stateless; batch == streaming bitwise.

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int bop_lookback() noexcept { return 0; }

namespace detail {

template <real T>
[[nodiscard]] T bop_value(T open, T high, T low, T close) noexcept {
  if (any_nan(open, high, low, close)) return nan_v<T>;
  const double range = static_cast<double>(high) - static_cast<double>(low);
  return static_cast<T>(
      range > 0.0 ? (static_cast<double>(close) - static_cast<double>(open)) / range : 0.0);
}

}  // namespace detail

template <series O, series H, series L, series C, output_series Out>
void bop(const O& open, const H& high, const L& low, const C& close, Out&& out) {
  detail::check_same_sizes("bop", {"open", "high", "low", "close"}, open, high, low, close);
  auto [o, h, l, c, y] =
      detail::spans_of("bop", detail::inputs(open, high, low, close), {"out"}, out);
  for (std::size_t i = 0; i < c.size(); ++i) y[i] = detail::bop_value(o[i], h[i], l[i], c[i]);
}

template <series O, series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> bop(const O& open, const H& high, const L& low,
                                                 const C& close) {
  return detail::output_vector(close, [&](auto& out) { bop(open, high, low, close, out); });
}

template <class T>
class bop_stream {
  static_assert(is_real_v<T>, "taspan::bop_stream<T>: T must be float or double");

 public:
  T update(T open, T high, T low, T close) noexcept {
    ready_ = true;
    return detail::bop_value(open, high, low, close);
  }
  [[nodiscard]] T peek(T open, T high, T low, T close) const noexcept {
    return detail::bop_value(open, high, low, close);
  }
  [[nodiscard]] bool ready() const noexcept { return ready_; }
  void reset() noexcept { ready_ = false; }
  [[nodiscard]] int lookback() const noexcept { return 0; }

 private:
  bool ready_ = false;
};

}  // namespace taspan
