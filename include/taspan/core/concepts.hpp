#pragma once
// What taspan accepts as a price series: any contiguous, sized range of float or double.

#include <concepts>
#include <cstddef>
#include <ranges>
#include <span>
#include <type_traits>

namespace taspan {

template <class T>
inline constexpr bool is_real_v = std::is_same_v<T, float> || std::is_same_v<T, double>;

template <class T>
concept real = is_real_v<T>;

// vector, array, span, C array, string of values...; Eigen vectors go through std::span.
template <class R>
concept series = std::ranges::contiguous_range<R> && std::ranges::sized_range<R>;

template <class R>
concept output_series =
    series<R> && !std::is_const_v<std::remove_reference_t<std::ranges::range_reference_t<R>>>;

template <series R>
using series_value_t = std::remove_cv_t<std::ranges::range_value_t<R>>;

template <series R>
[[nodiscard]] constexpr auto input_span(const R& r) noexcept {
  using T = series_value_t<R>;
  static_assert(is_real_v<T>, "taspan: a series must hold float or double values");
  return std::span<const T>(std::ranges::data(r), std::ranges::size(r));
}

template <output_series R>
[[nodiscard]] constexpr auto output_span(R&& r) noexcept {
  using T = series_value_t<R>;
  static_assert(is_real_v<T>, "taspan: an output series must hold float or double values");
  return std::span<T>(std::ranges::data(r), std::ranges::size(r));
}

// Output spans of a batch call hold the same value type as its inputs.
template <class In, class Out>
inline constexpr bool same_value_v = std::is_same_v<series_value_t<In>, series_value_t<Out>>;

// What every public indicator stream offers, fed bars of type Bar... (one T, or high/low/close...):
// update() consumes a bar and returns its value(s), peek() returns the same without changing state,
// ready() says update() now returns values, reset() goes back to the state after construction,
// lookback() is the number of bars before the first value (the batch form's lookback). All but
// construction are noexcept: streams never allocate after construction. Parameters are not part
// of the contract (period() exists where a stream has exactly one window; macd has three).
template <class S, class... Bar>
concept indicator_stream = std::copy_constructible<S> && requires(S& s, const S& cs, Bar... bar) {
  { s.update(bar...) }
  noexcept;
  { cs.peek(bar...) }
  noexcept->std::same_as<decltype(s.update(bar...))>;
  { cs.ready() }
  noexcept->std::same_as<bool>;
  { s.reset() }
  noexcept;
  { cs.lookback() }
  noexcept->std::same_as<int>;
};

}  // namespace taspan
