#pragma once
// TA-Lib's Math Operators on two series, bar by bar: ADD, SUB, MULT, DIV (real0 op real1).
// Lookback 0. One line of detail::elementwise each (math/detail/elementwise.hpp): computed in
// double, rounded to T once; IEEE results as in TA-Lib's C (division by zero gives +-inf, 0 / 0
// NaN); NaN in either input gives NaN on that bar only. Batch == streaming bitwise. TA-Lib's
// other Math Operators (MAX, MIN, SUM, MINMAX, MAXINDEX, ...) are in statistic/.

#include <string_view>
#include <vector>

#include "detail/elementwise.hpp"

namespace taspan {

namespace detail {
struct add_fn {
  static constexpr std::string_view name = "add";
  [[nodiscard]] static double apply(double a, double b) noexcept { return a + b; }
};
struct sub_fn {
  static constexpr std::string_view name = "sub";
  [[nodiscard]] static double apply(double a, double b) noexcept { return a - b; }
};
struct mult_fn {
  static constexpr std::string_view name = "mult";
  [[nodiscard]] static double apply(double a, double b) noexcept { return a * b; }
};
struct div_fn {
  static constexpr std::string_view name = "div";
  [[nodiscard]] static double apply(double a, double b) noexcept { return a / b; }
};
}  // namespace detail

// ADD: real0 + real1.
[[nodiscard]] constexpr int add_lookback() noexcept { return 0; }
template <series Real0, series Real1, output_series Out>
void add(const Real0& real0, const Real1& real1, Out&& out) {
  detail::elementwise_into<detail::add_fn>(std::forward<Out>(out), real0, real1);
}
template <series Real0, series Real1>
[[nodiscard]] std::vector<series_value_t<Real0>> add(const Real0& real0, const Real1& real1) {
  return detail::elementwise_vector<detail::add_fn>(real0, real1);
}
template <class T>
using add_stream = detail::binary_stream<T, detail::add_fn>;

// SUB: real0 - real1.
[[nodiscard]] constexpr int sub_lookback() noexcept { return 0; }
template <series Real0, series Real1, output_series Out>
void sub(const Real0& real0, const Real1& real1, Out&& out) {
  detail::elementwise_into<detail::sub_fn>(std::forward<Out>(out), real0, real1);
}
template <series Real0, series Real1>
[[nodiscard]] std::vector<series_value_t<Real0>> sub(const Real0& real0, const Real1& real1) {
  return detail::elementwise_vector<detail::sub_fn>(real0, real1);
}
template <class T>
using sub_stream = detail::binary_stream<T, detail::sub_fn>;

// MULT: real0 * real1.
[[nodiscard]] constexpr int mult_lookback() noexcept { return 0; }
template <series Real0, series Real1, output_series Out>
void mult(const Real0& real0, const Real1& real1, Out&& out) {
  detail::elementwise_into<detail::mult_fn>(std::forward<Out>(out), real0, real1);
}
template <series Real0, series Real1>
[[nodiscard]] std::vector<series_value_t<Real0>> mult(const Real0& real0, const Real1& real1) {
  return detail::elementwise_vector<detail::mult_fn>(real0, real1);
}
template <class T>
using mult_stream = detail::binary_stream<T, detail::mult_fn>;

// DIV: real0 / real1 (IEEE: x / 0 is +-inf, 0 / 0 NaN).
[[nodiscard]] constexpr int div_lookback() noexcept { return 0; }
template <series Real0, series Real1, output_series Out>
void div(const Real0& real0, const Real1& real1, Out&& out) {
  detail::elementwise_into<detail::div_fn>(std::forward<Out>(out), real0, real1);
}
template <series Real0, series Real1>
[[nodiscard]] std::vector<series_value_t<Real0>> div(const Real0& real0, const Real1& real1) {
  return detail::elementwise_vector<detail::div_fn>(real0, real1);
}
template <class T>
using div_stream = detail::binary_stream<T, detail::div_fn>;

}  // namespace taspan
