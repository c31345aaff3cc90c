#pragma once
// The glue every batch function uses: check sizes, then hand spans to a noexcept kernel.

#include <initializer_list>
#include <string_view>
#include <tuple>
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

// The convenience form of a one-output batch call: a vector the size of `in`, filled by fill(out).
template <series In, class Fill>
[[nodiscard]] std::vector<series_value_t<In>> output_vector(const In& in, Fill&& fill) {
  std::vector<series_value_t<In>> out(std::ranges::size(in));
  fill(out);
  return out;
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

// Input spans of a high/low/close call and its output, sizes checked.
template <series H, series L, series C, output_series Out>
auto hlc_spans(std::string_view function, const H& high, const L& low, const C& close, Out&& out) {
  check_same_sizes(function, {"high", "low", "close"}, high, low, close);
  auto [c, y] = in_out_spans(function, close, out);
  return std::tuple{input_span(high), input_span(low), c, y};
}

// Input spans of a high/low call and its output, sizes checked.
template <series H, series L, output_series Out>
auto hl_spans(std::string_view function, const H& high, const L& low, Out&& out) {
  check_same_sizes(function, {"high", "low"}, high, low);
  auto [l, y] = in_out_spans(function, low, out);
  return std::tuple{input_span(high), l, y};
}

}  // namespace taspan::detail
