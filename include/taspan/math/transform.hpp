#pragma once
// TA-Lib's Math Transform functions: ACOS, ASIN, ATAN, CEIL, COS, COSH, EXP, FLOOR, LN, LOG10,
// SIN, SINH, SQRT, TAN, TANH, bar by bar (std:: functions of <cmath>, radians). Lookback 0.
// Each is one line of detail::elementwise (math/detail/elementwise.hpp): computed in double,
// rounded to T once; outside a function's domain the value is IEEE's, as in TA-Lib's C (acos(2),
// ln(-1) and sqrt(-1) are NaN, ln(0) is -inf, exp(1000) is +inf); NaN gives NaN on its bar only.
// Batch == streaming bitwise. Call them qualified (taspan::sin(series)): inside namespace taspan
// these names hide <cmath>'s, so library code calls std::sin and friends.

#include <cmath>
#include <string_view>
#include <vector>

#include "detail/elementwise.hpp"

namespace taspan {

namespace detail {
struct acos_fn {  // arc cosine (radians)
  static constexpr std::string_view name = "acos";
  [[nodiscard]] static double apply(double x) noexcept { return std::acos(x); }
};
struct asin_fn {  // arc sine (radians)
  static constexpr std::string_view name = "asin";
  [[nodiscard]] static double apply(double x) noexcept { return std::asin(x); }
};
struct atan_fn {  // arc tangent (radians)
  static constexpr std::string_view name = "atan";
  [[nodiscard]] static double apply(double x) noexcept { return std::atan(x); }
};
struct ceil_fn {  // smallest integer >= x
  static constexpr std::string_view name = "ceil";
  [[nodiscard]] static double apply(double x) noexcept { return std::ceil(x); }
};
struct cos_fn {  // cosine
  static constexpr std::string_view name = "cos";
  [[nodiscard]] static double apply(double x) noexcept { return std::cos(x); }
};
struct cosh_fn {  // hyperbolic cosine
  static constexpr std::string_view name = "cosh";
  [[nodiscard]] static double apply(double x) noexcept { return std::cosh(x); }
};
struct exp_fn {  // e to the power x
  static constexpr std::string_view name = "exp";
  [[nodiscard]] static double apply(double x) noexcept { return std::exp(x); }
};
struct floor_fn {  // largest integer <= x
  static constexpr std::string_view name = "floor";
  [[nodiscard]] static double apply(double x) noexcept { return std::floor(x); }
};
struct ln_fn {  // natural logarithm
  static constexpr std::string_view name = "ln";
  [[nodiscard]] static double apply(double x) noexcept { return std::log(x); }
};
struct log10_fn {  // base-10 logarithm
  static constexpr std::string_view name = "log10";
  [[nodiscard]] static double apply(double x) noexcept { return std::log10(x); }
};
struct sin_fn {  // sine
  static constexpr std::string_view name = "sin";
  [[nodiscard]] static double apply(double x) noexcept { return std::sin(x); }
};
struct sinh_fn {  // hyperbolic sine
  static constexpr std::string_view name = "sinh";
  [[nodiscard]] static double apply(double x) noexcept { return std::sinh(x); }
};
struct sqrt_fn {  // square root
  static constexpr std::string_view name = "sqrt";
  [[nodiscard]] static double apply(double x) noexcept { return std::sqrt(x); }
};
struct tan_fn {  // tangent
  static constexpr std::string_view name = "tan";
  [[nodiscard]] static double apply(double x) noexcept { return std::tan(x); }
};
struct tanh_fn {  // hyperbolic tangent
  static constexpr std::string_view name = "tanh";
  [[nodiscard]] static double apply(double x) noexcept { return std::tanh(x); }
};
}  // namespace detail

// ACOS: arc cosine (radians).
[[nodiscard]] constexpr int acos_lookback() noexcept { return 0; }
template <series In, output_series Out>
void acos(const In& in, Out&& out) {
  detail::elementwise_into<detail::acos_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> acos(const In& in) {
  return detail::elementwise_vector<detail::acos_fn>(in);
}
template <class T>
using acos_stream = detail::unary_stream<T, detail::acos_fn>;

// ASIN: arc sine (radians).
[[nodiscard]] constexpr int asin_lookback() noexcept { return 0; }
template <series In, output_series Out>
void asin(const In& in, Out&& out) {
  detail::elementwise_into<detail::asin_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> asin(const In& in) {
  return detail::elementwise_vector<detail::asin_fn>(in);
}
template <class T>
using asin_stream = detail::unary_stream<T, detail::asin_fn>;

// ATAN: arc tangent (radians).
[[nodiscard]] constexpr int atan_lookback() noexcept { return 0; }
template <series In, output_series Out>
void atan(const In& in, Out&& out) {
  detail::elementwise_into<detail::atan_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> atan(const In& in) {
  return detail::elementwise_vector<detail::atan_fn>(in);
}
template <class T>
using atan_stream = detail::unary_stream<T, detail::atan_fn>;

// CEIL: smallest integer >= x.
[[nodiscard]] constexpr int ceil_lookback() noexcept { return 0; }
template <series In, output_series Out>
void ceil(const In& in, Out&& out) {
  detail::elementwise_into<detail::ceil_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ceil(const In& in) {
  return detail::elementwise_vector<detail::ceil_fn>(in);
}
template <class T>
using ceil_stream = detail::unary_stream<T, detail::ceil_fn>;

// COS: cosine.
[[nodiscard]] constexpr int cos_lookback() noexcept { return 0; }
template <series In, output_series Out>
void cos(const In& in, Out&& out) {
  detail::elementwise_into<detail::cos_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> cos(const In& in) {
  return detail::elementwise_vector<detail::cos_fn>(in);
}
template <class T>
using cos_stream = detail::unary_stream<T, detail::cos_fn>;

// COSH: hyperbolic cosine.
[[nodiscard]] constexpr int cosh_lookback() noexcept { return 0; }
template <series In, output_series Out>
void cosh(const In& in, Out&& out) {
  detail::elementwise_into<detail::cosh_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> cosh(const In& in) {
  return detail::elementwise_vector<detail::cosh_fn>(in);
}
template <class T>
using cosh_stream = detail::unary_stream<T, detail::cosh_fn>;

// EXP: e to the power x.
[[nodiscard]] constexpr int exp_lookback() noexcept { return 0; }
template <series In, output_series Out>
void exp(const In& in, Out&& out) {
  detail::elementwise_into<detail::exp_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> exp(const In& in) {
  return detail::elementwise_vector<detail::exp_fn>(in);
}
template <class T>
using exp_stream = detail::unary_stream<T, detail::exp_fn>;

// FLOOR: largest integer <= x.
[[nodiscard]] constexpr int floor_lookback() noexcept { return 0; }
template <series In, output_series Out>
void floor(const In& in, Out&& out) {
  detail::elementwise_into<detail::floor_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> floor(const In& in) {
  return detail::elementwise_vector<detail::floor_fn>(in);
}
template <class T>
using floor_stream = detail::unary_stream<T, detail::floor_fn>;

// LN: natural logarithm.
[[nodiscard]] constexpr int ln_lookback() noexcept { return 0; }
template <series In, output_series Out>
void ln(const In& in, Out&& out) {
  detail::elementwise_into<detail::ln_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ln(const In& in) {
  return detail::elementwise_vector<detail::ln_fn>(in);
}
template <class T>
using ln_stream = detail::unary_stream<T, detail::ln_fn>;

// LOG10: base-10 logarithm.
[[nodiscard]] constexpr int log10_lookback() noexcept { return 0; }
template <series In, output_series Out>
void log10(const In& in, Out&& out) {
  detail::elementwise_into<detail::log10_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> log10(const In& in) {
  return detail::elementwise_vector<detail::log10_fn>(in);
}
template <class T>
using log10_stream = detail::unary_stream<T, detail::log10_fn>;

// SIN: sine.
[[nodiscard]] constexpr int sin_lookback() noexcept { return 0; }
template <series In, output_series Out>
void sin(const In& in, Out&& out) {
  detail::elementwise_into<detail::sin_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> sin(const In& in) {
  return detail::elementwise_vector<detail::sin_fn>(in);
}
template <class T>
using sin_stream = detail::unary_stream<T, detail::sin_fn>;

// SINH: hyperbolic sine.
[[nodiscard]] constexpr int sinh_lookback() noexcept { return 0; }
template <series In, output_series Out>
void sinh(const In& in, Out&& out) {
  detail::elementwise_into<detail::sinh_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> sinh(const In& in) {
  return detail::elementwise_vector<detail::sinh_fn>(in);
}
template <class T>
using sinh_stream = detail::unary_stream<T, detail::sinh_fn>;

// SQRT: square root.
[[nodiscard]] constexpr int sqrt_lookback() noexcept { return 0; }
template <series In, output_series Out>
void sqrt(const In& in, Out&& out) {
  detail::elementwise_into<detail::sqrt_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> sqrt(const In& in) {
  return detail::elementwise_vector<detail::sqrt_fn>(in);
}
template <class T>
using sqrt_stream = detail::unary_stream<T, detail::sqrt_fn>;

// TAN: tangent.
[[nodiscard]] constexpr int tan_lookback() noexcept { return 0; }
template <series In, output_series Out>
void tan(const In& in, Out&& out) {
  detail::elementwise_into<detail::tan_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> tan(const In& in) {
  return detail::elementwise_vector<detail::tan_fn>(in);
}
template <class T>
using tan_stream = detail::unary_stream<T, detail::tan_fn>;

// TANH: hyperbolic tangent.
[[nodiscard]] constexpr int tanh_lookback() noexcept { return 0; }
template <series In, output_series Out>
void tanh(const In& in, Out&& out) {
  detail::elementwise_into<detail::tanh_fn>(std::forward<Out>(out), in);
}
template <series In>
[[nodiscard]] std::vector<series_value_t<In>> tanh(const In& in) {
  return detail::elementwise_vector<detail::tanh_fn>(in);
}
template <class T>
using tanh_stream = detail::unary_stream<T, detail::tanh_fn>;

}  // namespace taspan
