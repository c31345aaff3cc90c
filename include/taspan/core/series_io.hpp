#pragma once
// The glue every batch function uses: check sizes, then hand spans to a noexcept kernel.
//
// In place: an output may be one of the inputs (f(x, x)), or overlap it partly. The result is
// the out-of-place result: an output that overlaps an input is computed into a scratch buffer
// and copied to its place when the call returns, so kernels never see their inputs change.
// Outputs of one call that overlap each other are an error (taspan::error): which value would
// win is not defined.

#include <algorithm>
#include <array>
#include <cstddef>
#include <exception>
#include <functional>
#include <initializer_list>
#include <span>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "concepts.hpp"
#include "error.hpp"

namespace taspan::detail {

// True when the two spans share at least one element.
template <class A, class B>
[[nodiscard]] bool overlaps(std::span<A> a, std::span<B> b) noexcept {
  if (a.empty() || b.empty()) return false;
  // std::less gives pointers into different arrays a total order (the built-in < does not).
  const std::less<> before;
  const auto addr = [](const auto* p) { return static_cast<const void*>(p); };
  return before(addr(a.data()), addr(b.data() + b.size())) &&
         before(addr(b.data()), addr(a.data() + a.size()));
}

// The spans of one batch call: NI inputs, then NO outputs, bound with `auto [x..., y...]`.
// Outputs that overlap an input are scratch buffers, copied out when this object is destroyed
// (unless an exception is on its way: a failed call leaves its outputs unspecified).
template <real T, std::size_t NI, std::size_t NO>
class call_spans {
 public:
  call_spans(std::string_view function, std::array<std::span<const T>, NI> in,
             std::array<std::span<T>, NO> out)
      : in_(in), dest_(out), work_(out), exceptions_(std::uncaught_exceptions()) {
    for (std::size_t j = 0; j < NO; ++j) {
      for (std::size_t k = 0; k < j; ++k)
        if (overlaps(out[j], out[k]))
          fail(function, "out", "disjoint from the call's other outputs", "an overlap");
      if (std::ranges::any_of(in, [&](auto x) { return overlaps(x, out[j]); })) {
        scratch_[j].assign(out[j].begin(),
                           out[j].end());  // resize(): GCC 12 -O3 false -Wstringop-overflow
        work_[j] = scratch_[j];
      }
    }
  }
  call_spans(const call_spans&) = delete;
  call_spans& operator=(const call_spans&) = delete;
  ~call_spans() {
    if (std::uncaught_exceptions() > exceptions_) return;
    for (std::size_t j = 0; j < NO; ++j)
      if (!scratch_[j].empty()) std::ranges::copy(scratch_[j], dest_[j].begin());
  }

  [[nodiscard]] std::span<const T> input(std::size_t i) const noexcept { return in_[i]; }
  [[nodiscard]] std::span<T> output(std::size_t j) const noexcept { return work_[j]; }
  template <std::size_t I>
  [[nodiscard]] auto get() const noexcept {
    if constexpr (I < NI) {
      return in_[I];
    } else {
      return work_[I - NI];
    }
  }

 private:
  std::array<std::span<const T>, NI> in_;
  std::array<std::span<T>, NO> dest_;
  std::array<std::span<T>, NO> work_;
  std::array<std::vector<T>, NO> scratch_;
  int exceptions_;
};

// Several inputs of one call, already of one length (check_same_sizes).
template <series First, series... Rest>
[[nodiscard]] auto inputs(const First& first, const Rest&... rest) noexcept {
  using T = series_value_t<First>;
  static_assert((std::is_same_v<T, series_value_t<Rest>> && ...),
                "taspan: all input series of one call must hold the same value type");
  return std::array<std::span<const T>, 1 + sizeof...(Rest)>{input_span(first),
                                                             input_span(rest)...};
}

// The spans of a call: the inputs (inputs(...)), then each output named in `names` (for its size
// message) and checked to have the inputs' length.
template <real T, std::size_t NI, output_series... Out>
[[nodiscard]] call_spans<T, NI, sizeof...(Out)> spans_of(
    std::string_view function, std::array<std::span<const T>, NI> in,
    std::array<std::string_view, sizeof...(Out)> names, Out&&... out) {
  static_assert((std::is_same_v<T, series_value_t<Out>> && ...),
                "taspan: output series must hold the input's value type");
  std::array<std::span<T>, sizeof...(Out)> o{output_span(out)...};
  for (std::size_t j = 0; j < o.size(); ++j)
    check_size(function, names[j], o[j].size(), "input", in[0].size());
  return {function, in, o};
}

// Spans for one input and one output of the same length and value type.
template <series In, output_series Out>
auto in_out_spans(std::string_view function, const In& in, Out&& out) {
  return spans_of(function, inputs(in), {"out"}, std::forward<Out>(out));
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

// Input spans of a high/low/close call and its output, sizes checked: auto [h, l, c, y].
template <series H, series L, series C, output_series Out>
auto hlc_spans(std::string_view function, const H& high, const L& low, const C& close, Out&& out) {
  check_same_sizes(function, {"high", "low", "close"}, high, low, close);
  return spans_of(function, inputs(high, low, close), {"out"}, std::forward<Out>(out));
}

// Input spans of a high/low call and its output, sizes checked: auto [h, l, y].
template <series H, series L, output_series Out>
auto hl_spans(std::string_view function, const H& high, const L& low, Out&& out) {
  check_same_sizes(function, {"high", "low"}, high, low);
  return spans_of(function, inputs(high, low), {"out"}, std::forward<Out>(out));
}

}  // namespace taspan::detail

template <taspan::real T, std::size_t NI, std::size_t NO>
struct std::tuple_size<taspan::detail::call_spans<T, NI, NO>>
    : std::integral_constant<std::size_t, NI + NO> {};

template <std::size_t I, taspan::real T, std::size_t NI, std::size_t NO>
struct std::tuple_element<I, taspan::detail::call_spans<T, NI, NO>> {
  using type = std::conditional_t<(I < NI), std::span<const T>, std::span<T>>;
};
