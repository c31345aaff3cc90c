#pragma once
// The one piece behind every math function (TA-Lib's Math Transform and Math Operator groups):
// a function of one bar's values, applied bar by bar. Each function is a small struct `Fn` with
// `name` and `static double apply(double...)`; batch (elementwise) and stream (elementwise_stream)
// both call Fn::apply, so they agree bitwise. Arithmetic is in double, rounded to T once (TA-Lib's
// float variants also compute in double). Lookback 0. Domain errors follow IEEE as TA-Lib's C
// does: acos(2) and ln(-1) are NaN, exp(1000) is +inf; NaN in gives NaN on that bar only.

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "../../core/concepts.hpp"
#include "../../core/series_io.hpp"

namespace taspan::detail {

template <class Fn, series First, series... Rest, output_series Out>
void elementwise_into(Out&& out, const First& first, const Rest&... rest) {
  if constexpr (sizeof...(Rest) > 0) check_same_sizes(Fn::name, {"real0", "real1"}, first, rest...);
  auto spans = spans_of(Fn::name, inputs(first, rest...), {"out"}, std::forward<Out>(out));
  const auto y = spans.output(0);
  using T = series_value_t<First>;
  for (std::size_t i = 0; i < y.size(); ++i) {
    [&]<std::size_t... K>(std::index_sequence<K...>) {
      y[i] = static_cast<T>(Fn::apply(static_cast<double>(spans.input(K)[i])...));
    }
    (std::make_index_sequence<1 + sizeof...(Rest)>{});
  }
}

template <class Fn, series First, series... Rest>
[[nodiscard]] std::vector<series_value_t<First>> elementwise_vector(const First& first,
                                                                    const Rest&... rest) {
  return output_vector(first, [&](auto& out) { elementwise_into<Fn>(out, first, rest...); });
}

// Stateless: update and peek are the same; always ready. One value per input of Fn::apply.
template <class T, class Fn, class... Inputs>
class elementwise_stream_of {
  static_assert(is_real_v<T>, "taspan math streams: T must be float or double");

 public:
  [[nodiscard]] T update(Inputs... x) const noexcept { return peek(x...); }
  [[nodiscard]] T peek(Inputs... x) const noexcept {
    return static_cast<T>(Fn::apply(static_cast<double>(x)...));
  }
  [[nodiscard]] bool ready() const noexcept { return true; }
  void reset() noexcept {}
  [[nodiscard]] int lookback() const noexcept { return 0; }
};

template <class T, class Fn>
using unary_stream = elementwise_stream_of<T, Fn, T>;
template <class T, class Fn>
using binary_stream = elementwise_stream_of<T, Fn, T, T>;

}  // namespace taspan::detail
