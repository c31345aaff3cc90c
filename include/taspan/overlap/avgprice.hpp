#pragma once
// AVGPRICE, average price (TA-Lib AVGPRICE): (open + high + low + close) / 4, bar by bar; lookback
// 0. Computed in double in TA-Lib's order: (high + low + close + open) / 4. NaN in any input gives
// NaN on that bar only. Batch and streaming share avgprice_value: bit-identical.

#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int avgprice_lookback() noexcept { return 0; }

namespace detail {
[[nodiscard]] constexpr double avgprice_value(double open, double high, double low,
                                              double close) noexcept {
  return (high + low + close + open) / 4.0;
}
}  // namespace detail

template <series Open, series High, series Low, series Close, output_series Out>
void avgprice(const Open& open, const High& high, const Low& low, const Close& close, Out&& out) {
  detail::check_same_sizes("avgprice", {"open", "high", "low", "close"}, open, high, low, close);
  auto [open_, high_, low_, close_, y] =
      detail::spans_of("avgprice", detail::inputs(open, high, low, close), {"out"}, out);
  for (std::size_t i = 0; i < y.size(); ++i) {
    y[i] = static_cast<series_value_t<Open>>(
        detail::avgprice_value(static_cast<double>(open_[i]), static_cast<double>(high_[i]),
                               static_cast<double>(low_[i]), static_cast<double>(close_[i])));
  }
}

template <series Open, series High, series Low, series Close>
[[nodiscard]] std::vector<series_value_t<Open>> avgprice(const Open& open, const High& high,
                                                         const Low& low, const Close& close) {
  return detail::output_vector(open, [&](auto& out) { avgprice(open, high, low, close, out); });
}

// Stateless: update and peek are the same; always ready.
template <class T>
class avgprice_stream {
  static_assert(is_real_v<T>, "taspan::avgprice_stream<T>: T must be float or double");

 public:
  [[nodiscard]] T update(T open, T high, T low, T close) const noexcept {
    return peek(open, high, low, close);
  }
  [[nodiscard]] T peek(T open, T high, T low, T close) const noexcept {
    return static_cast<T>(
        detail::avgprice_value(static_cast<double>(open), static_cast<double>(high),
                               static_cast<double>(low), static_cast<double>(close)));
  }
  [[nodiscard]] bool ready() const noexcept { return true; }
  void reset() noexcept {}
  [[nodiscard]] int lookback() const noexcept { return avgprice_lookback(); }
};

}  // namespace taspan
