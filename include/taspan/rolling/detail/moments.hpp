#pragma once
// Reusable windowed-variance state (not for users; bbands, stddev-based bands and the panel build
// on it).
//
// Numerics: sums of deviations from a pivot c, never raw E[x^2]-E[x]^2:
//   y = x - c,  S1 = sum y,  S2 = sum y^2,  M2 = S2 - S1^2/p  (= sum of squared deviations)
// on the block schedule of the rolling sums (rolling/sum.hpp): bars are cut into blocks of p from
// bar 0; the window ending at bar (j+1)p-1+t (phase t) is block j from its offset t plus the
// first t bars of block j+1, and its sums are block j's suffix sums from t plus block j+1's
// prefix sums to t, both taken about the pivot c = the last bar of block j. Every window of that
// output block holds c, so
//   - a window's sums are made of its own values only: a huge value leaves no trace once it has
//     left the window (no running sum, no re-seeding, no drift);
//   - S2 = M2 + p (mean - c)^2 <= (p + 1) M2: the cancellation in M2 costs at most log2(p + 1)
//     bits (on prices near 1e5 moving by cents, y is exact and small);
//   - a window of p equal values gives y = 0 throughout: exactly 0.
// M2 is clamped at 0. A window whose S2 overflows is summed again scaled (m2_rescued).
// Accumulates in double for float and double.
// The suffix sums have no dependency between blocks and the prefix chains none either, so the
// batch runs many blocks (or panel columns) as vector lanes; the stream computes a block's suffix
// sums once per p bars and extends the prefix sums bar by bar: the same operations in the same
// order, bit-identical results.
// NaN: a NaN, an infinity or a value beyond +-1e150 (detail::window_max_magnitude, where squares
// start to overflow) makes y NaN, so exactly the windows that hold it are NaN.

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <type_traits>
#include <vector>

#if defined(__AVX512F__) || defined(__AVX__) || defined(__SSE2__)
#include <immintrin.h>
#endif

#include "../../core/concepts.hpp"
#include "../../core/detail/ring.hpp"
#include "../../core/detail/window.hpp"
#include "../../core/numeric.hpp"

// Non-aliasing pointers for the lane loops (a compiler extension where available).
#if defined(__GNUC__) || defined(__clang__) || defined(_MSC_VER)
#define TASPAN_RESTRICT __restrict
#else
#define TASPAN_RESTRICT
#endif

namespace taspan::detail {

// x - c for a value in range; NaN for NaN, infinities and values beyond window_max_magnitude.
// Both written with integer masks, not `?:` on doubles: GCC does not if-convert a select whose
// condition is a floating-point comparison (it may trap), which left the lane loops scalar.
inline constexpr std::uint64_t window_range_bits =
    std::bit_cast<std::uint64_t>(window_max_magnitude);

// x - c for a value in range; NaN for NaN, infinities and values beyond window_max_magnitude.
[[nodiscard]] inline double shifted(double x, double c) noexcept {
  const std::uint64_t magnitude = std::bit_cast<std::uint64_t>(x) & ~(std::uint64_t{1} << 63);
  const std::uint64_t out =
      std::uint64_t{0} - static_cast<std::uint64_t>(magnitude > window_range_bits);
  const auto nan = std::bit_cast<std::uint64_t>(std::numeric_limits<double>::quiet_NaN());
  return std::bit_cast<double>(std::bit_cast<std::uint64_t>(x - c) | (out & nan));
}

// How many values of x are NaN, infinite or beyond window_max_magnitude (integer compares on the
// bits: a loop the compiler vectorises).
template <real T>
[[nodiscard]] std::size_t out_of_window_range(std::span<const T> x) noexcept {
  std::size_t bad = 0;
  for (const T v : x) {
    const std::uint64_t magnitude =
        std::bit_cast<std::uint64_t>(static_cast<double>(v)) & ~(std::uint64_t{1} << 63);
    bad += magnitude > window_range_bits ? 1U : 0U;
  }
  return bad;
}

// M2 from the shifted sums a = S1, b = S2: b - a^2/p, clamped at 0 (NaN stays NaN).
[[nodiscard]] inline double m2_of(double a, double b, double inv_p) noexcept {
  const double m2 = b - a * (a * inv_p);
  const std::uint64_t negative = std::uint64_t{0} - static_cast<std::uint64_t>(m2 < 0.0);
  return std::bit_cast<double>(std::bit_cast<std::uint64_t>(m2) & ~negative);
}

// M2 of the window at(0) .. at(p-1) (oldest first) about c, with the deviations scaled down by a
// power of two (exact) so that S2 cannot overflow: for windows whose plain S2 did.
template <class At>
[[nodiscard]] double m2_rescued(At&& at, std::size_t p, double c, double inv_p) noexcept {
  constexpr double down = 0x1p-256;
  double a = 0.0;
  double b = 0.0;
  for (std::size_t k = 0; k < p; ++k) {
    const double y = shifted(static_cast<double>(at(k)), c) * down;
    a = y + a;
    b = y * y + b;
  }
  return m2_of(a, b, inv_p) * 0x1p512;
}

// One window's moments: its pivot, S1 about it and M2 (NaN: the window holds a NaN, an infinity
// or a value beyond window_max_magnitude).
struct window_moments {
  double shift = 0.0;
  double s1 = std::numeric_limits<double>::quiet_NaN();
  double m2 = std::numeric_limits<double>::quiet_NaN();

  [[nodiscard]] bool valid() const noexcept { return s1 == s1; }
  [[nodiscard]] double mean(double inv_p) const noexcept { return shift + s1 * inv_p; }
};

// How a window's M2 becomes an output: M2/divisor, optionally its square root times a scale
// (stddev, TA-Lib's nbdev).
struct variance_finish {
  double inv_p = 1.0;
  double divisor = 1.0;
  bool root = false;
  double scale = 1.0;

  [[nodiscard]] double of(double m2) const noexcept {
    const double v = m2 / divisor;
    return root ? std::sqrt(v) * scale : v;
  }
  template <real T>
  [[nodiscard]] T apply(const window_moments& m) const noexcept {
    return static_cast<T>(of(m.m2));
  }
};

// v[k] = sqrt(v[k]) for k < count, packed (GCC does not vectorise std::sqrt while it may set
// errno); correctly rounded either way, so bit-identical to std::sqrt. GCC 12's _mm512_sqrt_pd
// trips -Wmaybe-uninitialized where it is inlined (GCC bug 105593, as in panel/detail/simd.hpp).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
inline void sqrt_in_place(double* v, std::size_t count) noexcept {
  std::size_t k = 0;
#if defined(__AVX512F__)
  for (; k + 8 <= count; k += 8) _mm512_storeu_pd(v + k, _mm512_sqrt_pd(_mm512_loadu_pd(v + k)));
#endif
#if defined(__AVX__)
  for (; k + 4 <= count; k += 4) _mm256_storeu_pd(v + k, _mm256_sqrt_pd(_mm256_loadu_pd(v + k)));
#endif
#if defined(__SSE2__)
  for (; k + 2 <= count; k += 2) _mm_storeu_pd(v + k, _mm_sqrt_pd(_mm_loadu_pd(v + k)));
#endif
  for (; k < count; ++k) v[k] = std::sqrt(v[k]);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// v[k] = finish.of(v[k]) for a row of M2 values: the same operations, packed.
inline void finish_in_place(double* v, std::size_t count, const variance_finish& f) noexcept {
  for (std::size_t k = 0; k < count; ++k) v[k] = v[k] / f.divisor;
  if (!f.root) return;
  sqrt_in_place(v, count);
  for (std::size_t k = 0; k < count; ++k) v[k] = v[k] * f.scale;
}

// The block schedule on `lanes` lanes at once (lane k: one output block of a series, or one
// column of a panel). row(r)[k] is lane k's value at position r in [0, p - 1 + outputs) of its
// window data (block j then block j+1); lane k's outputs t in [0, outputs) are its windows
// [t, t + p). For every t, emit(t, a, m2, c) receives rows of `lanes` doubles: S1 about c and M2
// (clamped; rescued where S2 overflowed: at(k, t, i) is value i of lane k's window t). scratch:
// at least moments_scratch(lanes, p) doubles.
[[nodiscard]] constexpr std::size_t moments_scratch(std::size_t lanes, std::size_t p) noexcept {
  return (3 + 2 * p) * lanes;
}
// Lanes is the lane count when known at compile time (0: `lanes`), so the lane loops become a
// few vector instructions.
template <std::size_t Lanes = 0, class Row, class At, class Emit>
void block_moments(std::size_t lanes, std::size_t p, std::size_t outputs, double inv_p, Row&& row,
                   At&& at, double* scratch, Emit&& emit) noexcept {
  const std::size_t L = Lanes != 0 ? Lanes : lanes;
  double* TASPAN_RESTRICT c = scratch;
  double* TASPAN_RESTRICT q1 = c + L;
  double* TASPAN_RESTRICT q2 = q1 + L;
  double* const s1 = q2 + L;
  double* const s2 = s1 + p * L;
  {
    const auto* TASPAN_RESTRICT r = row(p - 1);
    for (std::size_t k = 0; k < L; ++k) {
      c[k] = static_cast<double>(r[k]);
      q1[k] = 0.0;
      q2[k] = 0.0;
    }
  }
  for (std::size_t t = p; t-- > 0;) {  // block j's suffix sums, newest first
    const auto* TASPAN_RESTRICT r = row(t);
    double* TASPAN_RESTRICT a = s1 + t * L;
    double* TASPAN_RESTRICT b = s2 + t * L;
    for (std::size_t k = 0; k < L; ++k) {
      const double y = shifted(static_cast<double>(r[k]), c[k]);
      q1[k] = y + q1[k];
      q2[k] = y * y + q2[k];
      a[k] = q1[k];
      b[k] = q2[k];
    }
  }
  for (std::size_t k = 0; k < L; ++k) {
    q1[k] = 0.0;
    q2[k] = 0.0;
  }
  for (std::size_t t = 0; t < outputs; ++t) {
    double* TASPAN_RESTRICT a = s1 + t * L;
    double* TASPAN_RESTRICT b = s2 + t * L;
    if (t != 0) {  // block j+1's prefix sums, added to block j's suffix sums
      const auto* TASPAN_RESTRICT r = row(p - 1 + t);
      for (std::size_t k = 0; k < L; ++k) {
        const double y = shifted(static_cast<double>(r[k]), c[k]);
        q1[k] = q1[k] + y;
        q2[k] = q2[k] + y * y;
        a[k] = a[k] + q1[k];
        b[k] = b[k] + q2[k];
      }
    }
    bool overflow = false;
    for (std::size_t k = 0; k < L; ++k) {
      overflow |= b[k] == std::numeric_limits<double>::infinity();
      b[k] = m2_of(a[k], b[k], inv_p);
    }
    if (overflow) {
      for (std::size_t k = 0; k < L; ++k) {
        if (b[k] != std::numeric_limits<double>::infinity()) continue;
        b[k] = m2_rescued([&](std::size_t i) noexcept { return at(k, t, i); }, p, c[k], inv_p);
      }
    }
    emit(t, a, b, c);
  }
}

// Lanes of the single-series batch: this many adjacent output blocks at once, one vector register
// of doubles (wider vectors are lowered piecewise, their comparisons element by element).
#if defined(__AVX512F__)
inline constexpr std::size_t moments_lanes = 8;
#elif defined(__AVX__)
inline constexpr std::size_t moments_lanes = 4;
#else
inline constexpr std::size_t moments_lanes = 2;
#endif

#if defined(__GNUC__) || defined(__clang__)
#define TASPAN_MOMENTS_PACKS 1
// NOLINTNEXTLINE(modernize-use-using): the attribute needs typedef
typedef double moments_vec __attribute__((vector_size(moments_lanes * sizeof(double))));
// NOLINTNEXTLINE(modernize-use-using)
typedef std::uint64_t moments_mask __attribute__((vector_size(moments_lanes * sizeof(double))));
// block_moments on moments_lanes lanes (row(r) -> const double* or const float*) with GCC/Clang
// vector extensions: the same operations, lane by lane, as the scalar loops (which GCC leaves
// scalar once it has unrolled them), lowered to the target's vectors.
// Groups: vectors side by side (lanes = Groups * moments_lanes), so that a panel reads longer
// runs of each row.
template <std::size_t Groups = 1, class Row, class At, class Emit>
void block_moments_packed(std::size_t p, std::size_t outputs, double inv_p, Row&& row, At&& at,
                          double* scratch, Emit&& emit) noexcept {
  constexpr std::size_t W = moments_lanes;
  constexpr std::size_t L = Groups * W;
  using V = moments_vec;
  using U = moments_mask;
  // Vectors pass by reference only: by value, their ABI depends on the target (-Wpsabi).
  const auto load = [](V& v, const auto* r) noexcept {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(*r)>, double>) {
      std::memcpy(&v, r, sizeof v);
    } else {
      for (std::size_t k = 0; k < W; ++k) v[k] = static_cast<double>(r[k]);
    }
  };
  const auto store = [](double* r, const V& v) noexcept { std::memcpy(r, &v, sizeof v); };
  const U magnitude = U{} + ~(std::uint64_t{1} << 63);
  const U nan = U{} + std::bit_cast<std::uint64_t>(std::numeric_limits<double>::quiet_NaN());
  V y;
  const auto shifted_row = [&](const auto* r, const V& c) noexcept {  // y = shifted(r, c)
    load(y, r);
    // A double comparison (SSE2 has no 64-bit integer one); false for NaN.
    const V size = reinterpret_cast<V>(reinterpret_cast<U>(y) & magnitude);
    const auto in = reinterpret_cast<U>(size <= window_max_magnitude);
    y = reinterpret_cast<V>(reinterpret_cast<U>(y - c) | (~in & nan));
  };
  V c[Groups];
  V q1[Groups];
  V q2[Groups];
  for (std::size_t g = 0; g < Groups; ++g) {
    load(c[g], row(p - 1) + g * W);
    store(scratch + g * W, c[g]);
    q1[g] = V{};
    q2[g] = V{};
  }
  double* const s1 = scratch + 3 * L;
  double* const s2 = s1 + p * L;
  for (std::size_t t = p; t-- > 0;) {  // block j's suffix sums, newest first
    const auto* r = row(t);
    for (std::size_t g = 0; g < Groups; ++g) {
      shifted_row(r + g * W, c[g]);
      q1[g] = y + q1[g];
      q2[g] = y * y + q2[g];
      store(s1 + t * L + g * W, q1[g]);
      store(s2 + t * L + g * W, q2[g]);
    }
  }
  for (std::size_t g = 0; g < Groups; ++g) {
    q1[g] = V{};
    q2[g] = V{};
  }
  const double inf = std::numeric_limits<double>::infinity();
  for (std::size_t t = 0; t < outputs; ++t) {
    const auto* r = row(p - 1 + t);
    for (std::size_t g = 0; g < Groups; ++g) {
      double* const sa = s1 + t * L + g * W;
      double* const sb = s2 + t * L + g * W;
      V a;
      V b;
      load(a, sa);
      load(b, sb);
      if (t != 0) {  // block j+1's prefix sums, added to block j's suffix sums
        shifted_row(r + g * W, c[g]);
        q1[g] = q1[g] + y;
        q2[g] = q2[g] + y * y;
        a = a + q1[g];
        b = b + q2[g];
      }
      const V m2 = b - a * (a * inv_p);  // m2_of()
      const auto negative = reinterpret_cast<U>(m2 < 0.0);
      store(sa, a);
      store(sb, reinterpret_cast<V>(reinterpret_cast<U>(m2) & ~negative));
    }
  }
  std::uint64_t over = 0;  // S2 that overflowed: their M2 is +inf (no other M2 can be)
  for (std::size_t i = 0; i < outputs * L; ++i) over += s2[i] == inf ? 1U : 0U;
  if (over != 0) {
    for (std::size_t t = 0; t < outputs; ++t) {
      for (std::size_t k = 0; k < L; ++k) {
        if (s2[t * L + k] != inf) continue;
        s2[t * L + k] =
            m2_rescued([&](std::size_t i) noexcept { return at(k, t, i); }, p, scratch[k], inv_p);
      }
    }
  }
  for (std::size_t t = 0; t < outputs; ++t) emit(t, s1 + t * L, s2 + t * L, scratch);
}
#endif

// Calls put(i, s1, m2) for every output bar i of x (from p-1) on the block schedule, after
// rows(a, m2, c, lanes, count) has transformed `count` rows of `lanes` in place (a packed
// finish; c: the lanes' pivots).
// Groups of moments_lanes blocks are transposed into lane order (block j's values in column k,
// block j+1's in column k+1), run as lanes, and put back bar by bar.
// One loop over the block groups, the transposition and the scalar tail: split, it would need
// its state passed around by reference in the hot path.
template <real T, class Rows, class Put>
void for_each_block_moments(  // NOLINT(readability-function-cognitive-complexity)
    std::span<const T> x, std::size_t p, double inv_p, Rows&& rows, Put&& put) {
  const std::size_t n = x.size();
  if (n < p) return;
  const std::size_t full = (n - (p - 1)) / p;                          // output blocks of p outputs
  const std::size_t blocks = full + ((n - (p - 1)) % p != 0 ? 1 : 0);  // and a short last one
  const std::size_t group = full >= moments_lanes ? moments_lanes : 1;
  std::vector<double> lanes(p * (group + 1));
  std::vector<double> scratch(moments_scratch(group, p));
  for (std::size_t j0 = 0; j0 < blocks;) {
    const std::size_t L = full - std::min(full, j0) >= group ? group : 1;
    const std::size_t outputs = std::min(p, n - ((j0 + 1) * p - 1));  // of every lane
    if (L == moments_lanes && (j0 + L + 1) * p <= n) {                // every column whole
      constexpr std::size_t cols = moments_lanes + 1;
      const T* base = x.data() + j0 * p;
      for (std::size_t t = 0; t < p; ++t)
        for (std::size_t k = 0; k < cols; ++k)
          lanes[t * cols + k] = static_cast<double>(base[k * p + t]);
    } else {
      for (std::size_t k = 0; k <= L; ++k) {
        const std::size_t b = (j0 + k) * p;
        for (std::size_t t = 0; t < p; ++t)
          lanes[t * (L + 1) + k] = b + t < n ? static_cast<double>(x[b + t]) : 0.0;
      }
    }
    const auto row = [&](std::size_t r) noexcept {
      return r < p ? lanes.data() + r * (L + 1) : lanes.data() + (r - p) * (L + 1) + 1;
    };
    const auto at = [&](std::size_t k, std::size_t t, std::size_t i) noexcept {
      return x[(j0 + k) * p + t + i];
    };
    const auto emit = [](std::size_t, double*, double*, const double*) noexcept {};
#if defined(TASPAN_MOMENTS_PACKS)
    if (L == moments_lanes)
      block_moments_packed(p, outputs, inv_p, row, at, scratch.data(), emit);
    else
#endif
      block_moments<1>(L, p, outputs, inv_p, row, at, scratch.data(), emit);
    double* s1 = scratch.data() + 3 * L;
    double* s2 = s1 + p * L;
    rows(s1, s2, scratch.data(), L, outputs);
    const auto put_back = [&](auto lanes_n) {  // lanes_n: a compile-time count where it can be
      const std::size_t W = lanes_n;
      for (std::size_t k = 0; k < W; ++k) {
        const std::size_t i0 = (j0 + k + 1) * p - 1;
        for (std::size_t t = 0; t < outputs; ++t) put(i0 + t, s1[t * W + k], s2[t * W + k]);
      }
    };
    if (L == moments_lanes)
      put_back(std::integral_constant<std::size_t, moments_lanes>{});
    else
      put_back(L);
    j0 += L;
  }
}

// Batch kernel: y[i] = finish(M2 of the window ending at i).
template <real T>
void rolling_variance_kernel(std::span<const T> x, std::span<T> y, int period,
                             variance_finish finish) {
  fill_warmup(y, period - 1);
  for_each_block_moments(
      x, static_cast<std::size_t>(period), finish.inv_p,
      [&](double*, double* m2, const double*, std::size_t L, std::size_t count) {
        finish_in_place(m2, L * count, finish);
      },
      [&](std::size_t i, double, double v) { y[i] = static_cast<T>(v); });
}

// Streaming twin of block_moments: the same operations in the same order.
template <real T>
class window_moments_stream {
 public:
  explicit window_moments_stream(int period)
      : window_(static_cast<std::size_t>(period)),
        s1_(static_cast<std::size_t>(period)),
        s2_(static_cast<std::size_t>(period)),
        inv_p_(1.0 / static_cast<double>(period)) {}

  // The moments of the window x completes (requires full_after_next()), without committing x.
  [[nodiscard]] window_moments next(T x) const noexcept {
    const std::size_t p = window_.capacity();
    const auto at = [&](std::size_t i) noexcept { return i + 1 < p ? at_next(i) : x; };
    if (block_ends_next()) {
      const auto c = static_cast<double>(x);
      double a = 0.0;
      double b = 0.0;
      for (std::size_t i = p; i-- > 0;) {
        const double y = shifted(static_cast<double>(at(i)), c);
        a = y + a;
        b = y * y + b;
      }
      return finish(a, b, c, at);
    }
    const double y = shifted(static_cast<double>(x), c_);
    const double q1 = q1_ + y;
    const double q2 = q2_ + y * y;
    return finish(s1_[phase_ + 1] + q1, s2_[phase_ + 1] + q2, c_, at);
  }
  // Feeds x; returns the moments of the window it completes (invalid while warming up).
  const window_moments& update(T x) noexcept {
    if (!full_after_next()) {
      window_.push(x);
      return last_;
    }
    const bool ends_block = block_ends_next();
    window_.push(x);
    const auto at = [&](std::size_t i) noexcept { return window_[i]; };
    if (ends_block) {
      store_suffix_sums();
      last_ = finish(s1_[0], s2_[0], c_, at);
      return last_;
    }
    ++phase_;
    const double y = shifted(static_cast<double>(x), c_);
    q1_ = q1_ + y;
    q2_ = q2_ + y * y;
    last_ = finish(s1_[phase_] + q1_, s2_[phase_] + q2_, c_, at);
    return last_;
  }
  [[nodiscard]] bool full() const noexcept { return window_.full(); }
  [[nodiscard]] bool full_after_next() const noexcept {
    return window_.size() + 1 >= window_.capacity();
  }
  [[nodiscard]] std::size_t period() const noexcept { return window_.capacity(); }
  [[nodiscard]] double inv_p() const noexcept { return inv_p_; }
  void reset() noexcept {
    window_.clear();
    q1_ = 0.0;
    q2_ = 0.0;
    phase_ = 0;
    last_ = {};
  }

 private:
  template <class At>
  [[nodiscard]] window_moments finish(double a, double b, double c, At&& at) const noexcept {
    const double m2 = b == std::numeric_limits<double>::infinity()
                          ? m2_rescued(at, window_.capacity(), c, inv_p_)
                          : m2_of(a, b, inv_p_);
    return {c, a, m2};
  }
  // The window now held is a complete block: its suffix sums about its newest value.
  void store_suffix_sums() noexcept {
    c_ = static_cast<double>(window_.back());
    std::size_t k = window_.capacity();
    double a = 0.0;
    double b = 0.0;
    window_.for_each_reverse([&](T v) noexcept {
      const double y = shifted(static_cast<double>(v), c_);
      a = y + a;
      b = y * y + b;
      --k;
      s1_[k] = a;
      s2_[k] = b;
    });
    q1_ = 0.0;
    q2_ = 0.0;
    phase_ = 0;
  }
  // The next bar completes a block: the first full window, or phase p-1 -> 0.
  [[nodiscard]] bool block_ends_next() const noexcept {
    return window_.full() ? phase_ + 1 == window_.capacity() : full_after_next();
  }
  // Bar i (0 = oldest) of the window the next bar completes, for i < p-1.
  [[nodiscard]] T at_next(std::size_t i) const noexcept {
    return window_[window_.full() ? i + 1 : i];
  }
  ring<T> window_;
  std::vector<double> s1_, s2_;  // suffix sums of the last complete block about c_
  double c_ = 0.0;               // its newest value: the pivot of the windows until the next block
  double q1_ = 0.0, q2_ = 0.0;   // prefix sums since that block
  std::size_t phase_ = 0;        // t of the last window
  double inv_p_;
  window_moments last_;
};

// Body of rolling_var_stream, rolling_stddev_stream, var_stream, stddev_stream.
template <class T>
class variance_stream {
  static_assert(is_real_v<T>, "taspan: a rolling stream's T must be float or double");

 public:
  T update(T x) noexcept {
    const window_moments& m = w_.update(x);
    return w_.full() ? finish_.apply<T>(m) : nan_v<T>;
  }
  [[nodiscard]] T peek(T x) const noexcept {
    if (!w_.full_after_next()) return nan_v<T>;
    return finish_.apply<T>(w_.next(x));
  }
  [[nodiscard]] bool ready() const noexcept { return w_.full(); }
  void reset() noexcept { w_.reset(); }
  [[nodiscard]] int period() const noexcept { return static_cast<int>(w_.period()); }
  [[nodiscard]] int lookback() const noexcept { return period() - 1; }

 protected:
  variance_stream(int period, variance_finish finish) : w_(period), finish_(finish) {}

 private:
  window_moments_stream<T> w_;
  variance_finish finish_;
};

}  // namespace taspan::detail
