#pragma once
// TYPPRICE, typical price (TA-Lib TYPPRICE): (high + low + close) / 3, bar by bar; lookback 0.
// Computed in double in (high + low + close) / 3. NaN in any input gives NaN on that bar only.
// Batch and streaming share typprice_value: bit-identical.

#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int typprice_lookback() noexcept { return 0; }

namespace detail {
[[nodiscard]] constexpr double typprice_value(double high, double low, double close) noexcept {
  return (high + low + close) / 3.0;
}
}  // namespace detail

template <series High, series Low, series Close, output_series Out>
void typprice(const High& high, const Low& low, const Close& close, Out&& out) {
  detail::check_same_sizes("typprice", {"high", "low", "close"}, high, low, close);
  auto [high_, low_, close_, y] =
      detail::spans_of("typprice", detail::inputs(high, low, close), {"out"}, out);
  for (std::size_t i = 0; i < y.size(); ++i) {
    y[i] = static_cast<series_value_t<High>>(
        detail::typprice_value(static_cast<double>(high_[i]), static_cast<double>(low_[i]),
                               static_cast<double>(close_[i])));
  }
}

template <series High, series Low, series Close>
[[nodiscard]] std::vector<series_value_t<High>> typprice(const High& high, const Low& low,
                                                         const Close& close) {
  return detail::output_vector(high, [&](auto& out) { typprice(high, low, close, out); });
}

// Stateless: update and peek are the same; always ready.
template <class T>
class typprice_stream {
  static_assert(is_real_v<T>, "taspan::typprice_stream<T>: T must be float or double");

 public:
  [[nodiscard]] T update(T high, T low, T close) const noexcept { return peek(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return static_cast<T>(detail::typprice_value(
        static_cast<double>(high), static_cast<double>(low), static_cast<double>(close)));
  }
  [[nodiscard]] bool ready() const noexcept { return true; }
  void reset() noexcept {}
  [[nodiscard]] int lookback() const noexcept { return typprice_lookback(); }
};

}  // namespace taspan
