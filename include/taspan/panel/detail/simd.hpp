#pragma once
// Explicit SIMD for the row-major panel kernels, on Eigen's packet types (SSE2 by default, AVX /
// AVX-512 / NEON when the compiler targets them), because GCC does not if-convert the NaN
// selects of these loops into vector code. Every lane computes exactly what the scalar
// single-series code computes (same IEEE operations in the same order, no -ffast-math), and the
// scalar tail uses the scalar code, so results are bit-identical to it.
//
// Kernels work in double, like the single-series kernels (which accumulate float series in
// double): float lanes are widened on load and narrowed on store.
//
// Loop shape: bar by bar, and across the symbols of a bar in packets (state per symbol in small
// contiguous arrays that stay in L1). Tiling several bars per packet to keep the state in
// registers was measured slower: rows of a 512-symbol panel are 4 KiB apart, so a tile's rows
// all map to the same L1 sets.

#include <Eigen/Core>
#include <cstddef>
#include <type_traits>

#include "../../core/concepts.hpp"
#include "../../core/detail/window.hpp"
#include "../../core/numeric.hpp"

// GCC 12 reports -Wmaybe-uninitialized inside its own AVX-512 intrinsics (the deliberately
// undefined upper lanes of _mm512_extractf64x4_pd, _mm512_cvtps_pd, ...: GCC bug 105593, fixed in
// 13) wherever they are inlined, which breaks -march=native -Werror builds. GCC checks the
// pragma state along the inlining chain, so the panel headers that call packet functions wrap
// their code in these two macros.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#define TASPAN_PANEL_SIMD_BEGIN \
  _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
#define TASPAN_PANEL_SIMD_END _Pragma("GCC diagnostic pop")
#else
#define TASPAN_PANEL_SIMD_BEGIN
#define TASPAN_PANEL_SIMD_END
#endif

TASPAN_PANEL_SIMD_BEGIN
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
[[nodiscard]] inline pd le_mask(const pd& a, const pd& b) noexcept { return ei::pcmp_le(a, b); }
[[nodiscard]] inline pd lt_mask(const pd& a, const pd& b) noexcept { return ei::pcmp_lt(a, b); }
[[nodiscard]] inline pd min(const pd& a, const pd& b) noexcept { return ei::pmin(a, b); }
[[nodiscard]] inline pd max(const pd& a, const pd& b) noexcept { return ei::pmax(a, b); }
[[nodiscard]] inline pd mask_and(const pd& a, const pd& b) noexcept { return ei::pand(a, b); }
[[nodiscard]] inline pd mask_or(const pd& a, const pd& b) noexcept { return ei::por(a, b); }
// All-ones lanes where a is not NaN.
[[nodiscard]] inline pd number_mask(const pd& a) noexcept { return ei::pcmp_eq(a, a); }
[[nodiscard]] inline pd eq_mask(const pd& a, const pd& b) noexcept { return ei::pcmp_eq(a, b); }
// All-ones lanes where a is finite (a - a == 0, as taspan::detail::window_sum::clean tests it).
[[nodiscard]] inline pd finite_mask(const pd& a) noexcept {
  return ei::pcmp_eq(ei::psub(a, a), ei::pset1<pd>(0.0));
}
// mask ? a : b, lane by lane (mask lanes all-ones or all-zeros).
[[nodiscard]] inline pd select(const pd& mask, const pd& a, const pd& b) noexcept {
  return ei::por(ei::pand(a, mask), ei::pandnot(b, mask));
}
// a where mask, +0.0 elsewhere.
[[nodiscard]] inline pd keep(const pd& a, const pd& mask) noexcept { return ei::pand(a, mask); }
// a where not mask, +0.0 elsewhere.
[[nodiscard]] inline pd drop(const pd& a, const pd& mask) noexcept { return ei::pandnot(a, mask); }

// `width` values of T at p, as a packet of doubles (float is widened exactly).
template <real T>
[[nodiscard]] inline pd load_wide(const T* p) noexcept {
  if constexpr (std::is_same_v<T, double>) {
    return ei::ploadu<pd>(p);
  } else {
#if defined(EIGEN_VECTORIZE_AVX512)
    return _mm512_cvtps_pd(_mm256_loadu_ps(p));
#elif defined(EIGEN_VECTORIZE_AVX)
    return _mm256_cvtps_pd(_mm_loadu_ps(p));
#elif defined(EIGEN_VECTORIZE_SSE2)
    return _mm_cvtps_pd(_mm_castsi128_ps(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p))));
#else
    alignas(64) double lanes[width];
    for (Index k = 0; k < width; ++k) lanes[k] = static_cast<double>(p[k]);
    return ei::ploadu<pd>(lanes);
#endif
  }
}

// Stores a packet of doubles as `width` values of T (static_cast<float>: round to nearest, as
// the single-series kernels' static_cast<T>; NaN stays NaN).
template <real T>
inline void store_narrow(T* p, const pd& v) noexcept {
  if constexpr (std::is_same_v<T, double>) {
    ei::pstoreu<double>(p, v);
  } else {
#if defined(EIGEN_VECTORIZE_AVX512)
    _mm256_storeu_ps(p, _mm512_cvtpd_ps(v));
#elif defined(EIGEN_VECTORIZE_AVX)
    _mm_storeu_ps(p, _mm256_cvtpd_ps(v));
#elif defined(EIGEN_VECTORIZE_SSE2)
    _mm_storel_epi64(reinterpret_cast<__m128i*>(p), _mm_castps_si128(_mm_cvtpd_ps(v)));
#else
    alignas(64) double lanes[width];
    ei::pstoreu<double>(lanes, v);
    for (Index k = 0; k < width; ++k) p[k] = static_cast<T>(lanes[k]);
#endif
  }
}

// Whether mask(v) is false for any of x[0 .. n) (one pass, no early exit: branch-free over the
// row; the tail goes through the same mask, one value broadcast).
template <real T, class Mask>
[[nodiscard]] inline bool any_outside(const T* x, Index n, Mask mask) noexcept {
  const pd one = set1(1.0);
  pd lanes = set1(0.0);
  Index j = 0;
  for (; j + width <= n; j += width) lanes = ei::por(lanes, drop(one, mask(load_wide(x + j))));
  for (; j < n; ++j) lanes = ei::por(lanes, drop(one, mask(set1(static_cast<double>(x[j])))));
  return ei::predux(lanes) != 0.0;
}

// Lanes within +-window_max_magnitude (false for NaN, +-inf and values whose squares may
// overflow): what the single-series variance treats as a number.
[[nodiscard]] inline pd in_range_mask(const pd& a) noexcept {
  const pd m = set1(taspan::detail::window_max_magnitude);
  return mask_and(le_mask(a, m), le_mask(set1(-taspan::detail::window_max_magnitude), a));
}

// Whether any of x[0 .. n) is NaN; NaN or +-inf; out of the variance's range.
template <real T>
[[nodiscard]] inline bool has_nan(const T* x, Index n) noexcept {
  return any_outside(x, n, number_mask);
}
template <real T>
[[nodiscard]] inline bool has_nonfinite(const T* x, Index n) noexcept {
  return any_outside(x, n, finite_mask);
}
template <real T>
[[nodiscard]] inline bool has_out_of_range(const T* x, Index n) noexcept {
  return any_outside(x, n, in_range_mask);
}

// Whether any lane of a mask is set.
[[nodiscard]] inline bool any_lane(const pd& mask) noexcept {
  return ei::predux(keep(set1(1.0), mask)) != 0.0;
}

// Whether any lane of v is not finite.
[[nodiscard]] inline bool any_nonfinite(const pd& v) noexcept {
  return ei::predux(drop(set1(1.0), finite_mask(v))) != 0.0;
}

}  // namespace taspan::panel::detail::simd

TASPAN_PANEL_SIMD_END
