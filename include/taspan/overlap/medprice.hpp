#pragma once
// MEDPRICE, median price (TA-Lib MEDPRICE): (high + low) / 2, bar by bar; lookback 0.
// Computed in double in (high + low) / 2. NaN in any input gives NaN on that bar only.
// Batch and streaming share medprice_value: bit-identical.

#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int medprice_lookback() noexcept { return 0; }

namespace detail {
[[nodiscard]] constexpr double medprice_value(double high, double low) noexcept {
  return (high + low) / 2.0;
}
}  // namespace detail

template <series High, series Low, output_series Out>
void medprice(const High& high, const Low& low, Out&& out) {
  detail::check_same_sizes("medprice", {"high", "low"}, high, low);
  auto [high_, low_, y] = detail::spans_of("medprice", detail::inputs(high, low), {"out"}, out);
  for (std::size_t i = 0; i < y.size(); ++i) {
    y[i] = static_cast<series_value_t<High>>(
        detail::medprice_value(static_cast<double>(high_[i]), static_cast<double>(low_[i])));
  }
}

template <series High, series Low>
[[nodiscard]] std::vector<series_value_t<High>> medprice(const High& high, const Low& low) {
  return detail::output_vector(high, [&](auto& out) { medprice(high, low, out); });
}

// Stateless: update and peek are the same; always ready.
template <class T>
class medprice_stream {
  static_assert(is_real_v<T>, "taspan::medprice_stream<T>: T must be float or double");

 public:
  [[nodiscard]] T update(T high, T low) const noexcept { return peek(high, low); }
  [[nodiscard]] T peek(T high, T low) const noexcept {
    return static_cast<T>(
        detail::medprice_value(static_cast<double>(high), static_cast<double>(low)));
  }
  [[nodiscard]] bool ready() const noexcept { return true; }
  void reset() noexcept {}
  [[nodiscard]] int lookback() const noexcept { return medprice_lookback(); }
};

}  // namespace taspan
