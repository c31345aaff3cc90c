#pragma once
// The glue every batch function uses: check sizes, then hand spans to a noexcept kernel.

#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "concepts.hpp"
#include "error.hpp"

namespace taspan::detail {

// Spans for one input and one output of the same length and value type.
template <series In, output_series Out>
auto in_out_spans(std::string_view function, const In& in, Out&& out) {
  static_assert(same_value_v<In, Out>, "taspan: output series must hold the input's value type");
  auto x = input_span(in);
  auto y = output_span(out);
  check_size(function, "out", y.size(), "input", x.size());
  return std::pair{x, y};
}

// Several inputs (high, low, close, volume ...) of one length.
template <series First, series... Rest>
void check_same_sizes(std::string_view function, std::initializer_list<std::string_view> names,
                      const First& first, const Rest&... rest) {
  static_assert((std::is_same_v<series_value_t<First>, series_value_t<Rest>> && ...),
                "taspan: all input series of one call must hold the same value type");
  const auto n = std::ranges::size(first);
  const auto* name = names.begin();
  const std::string_view first_name = *name;
  ((++name, check_size(function, *name, std::ranges::size(rest), first_name, n)), ...);
}

}  // namespace taspan::detail
