#pragma once
// Explicit SIMD for the row-major panel kernels, on Eigen's packet types (SSE2 by default, AVX /
// AVX-512 / NEON when the compiler targets them), because GCC does not if-convert the NaN
// selects of these loops into vector code. Every lane computes exactly what the scalar
// single-series code computes (same IEEE operations in the same order, no -ffast-math), and the
// scalar tail uses the scalar code, so results are bit-identical to it.
//
// Kernels work in double, like the single-series kernels (which accumulate float series in
// double): float rows are widened into a double scratch row first and narrowed on output.

#include <Eigen/Core>
#include <cstddef>
#include <type_traits>

#include "../../core/concepts.hpp"
#include "../../core/numeric.hpp"

namespace taspan::panel::detail::simd {

using Eigen::Index;
namespace ei = Eigen::internal;

using pd = typename ei::packet_traits<double>::type;
inline constexpr Index width = ei::packet_traits<double>::size;

[[nodiscard]] inline pd load(const double* p) noexcept { return ei::ploadu<pd>(p); }
inline void store(double* p, const pd& v) noexcept { ei::pstoreu<double>(p, v); }
[[nodiscard]] inline pd set1(double v) noexcept { return ei::pset1<pd>(v); }
[[nodiscard]] inline pd add(const pd& a, const pd& b) noexcept { return ei::padd(a, b); }
[[nodiscard]] inline pd sub(const pd& a, const pd& b) noexcept { return ei::psub(a, b); }
[[nodiscard]] inline pd mul(const pd& a, const pd& b) noexcept { return ei::pmul(a, b); }
[[nodiscard]] inline pd div(const pd& a, const pd& b) noexcept { return ei::pdiv(a, b); }
// All-ones lanes where a is not NaN.
[[nodiscard]] inline pd number_mask(const pd& a) noexcept { return ei::pcmp_eq(a, a); }
[[nodiscard]] inline pd eq_mask(const pd& a, const pd& b) noexcept { return ei::pcmp_eq(a, b); }
// mask ? a : b, lane by lane (mask lanes all-ones or all-zeros).
[[nodiscard]] inline pd select(const pd& mask, const pd& a, const pd& b) noexcept {
  return ei::por(ei::pand(a, mask), ei::pandnot(b, mask));
}
// a where mask, +0.0 elsewhere.
[[nodiscard]] inline pd keep(const pd& a, const pd& mask) noexcept { return ei::pand(a, mask); }
// a where not mask, +0.0 elsewhere.
[[nodiscard]] inline pd drop(const pd& a, const pd& mask) noexcept { return ei::pandnot(a, mask); }

// A row of T as doubles: zero-copy for double, widened into `scratch` for float.
template <real T>
[[nodiscard]] inline const double* widen(const T* x, double* scratch, Index n) noexcept {
  if constexpr (std::is_same_v<T, double>) {
    (void)scratch;
    (void)n;
    return x;
  } else {
    for (Index j = 0; j < n; ++j) scratch[j] = static_cast<double>(x[j]);
    return scratch;
  }
}

// Where to compute an output row of T in double: `y` itself for double, else `scratch`.
template <real T>
[[nodiscard]] inline double* out_row(T* y, double* scratch) noexcept {
  if constexpr (std::is_same_v<T, double>) {
    (void)scratch;
    return y;
  } else {
    return scratch;
  }
}

// Narrows a row computed by out_row into y (no-op for double). static_cast<float>(double)
// rounds exactly as the single-series kernels' static_cast<T> does; NaN stays NaN.
template <real T>
inline void narrow(const double* d, T* y, Index n) noexcept {
  if constexpr (!std::is_same_v<T, double>) {
    for (Index j = 0; j < n; ++j) y[j] = static_cast<T>(d[j]);
  } else {
    (void)d;
    (void)y;
    (void)n;
  }
}

}  // namespace taspan::panel::detail::simd
