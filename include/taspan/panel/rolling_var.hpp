#pragma once
// Panel rolling_var / rolling_stddev (population by default, `ddof` as in rolling/var.hpp) and
// the TA-Lib-named var / stddev (statistic/var.hpp, stddev.hpp: period 5, nbdev; VAR ignores
// nbdev as TA-Lib does, STDDEV multiplies by it) on every column of a panel, bit-identical to the
// single-series functions column by column.
//
// Same numerics and schedule as the single series (rolling/detail/moments.hpp: sums about a pivot
// in the window on a block schedule), the columns of a row-major panel as lanes (plain loops the
// compiler vectorises); column-major panels run the single-series kernel on each column in place.
// NaN: the windows that hold it are NaN, per column (so leading NaNs of a symbol that starts
// trading later give NaN until its first full window).

#include <algorithm>
#include <span>
#include <vector>

#include "../rolling/detail/moments.hpp"
#include "../rolling/stddev.hpp"
#include "../rolling/var.hpp"
#include "../statistic/stddev.hpp"
#include "../statistic/var.hpp"
#include "core.hpp"
#include "detail/simd.hpp"

TASPAN_PANEL_SIMD_BEGIN
namespace taspan::panel {
namespace detail {

using taspan::detail::variance_finish;

// Columns [c0, c1) of a row-major panel on the block schedule of the single series
// (taspan::detail::block_moments), the columns as lanes, so each column is bit-identical to
// taspan::rolling_var on it. `mean`, if given, receives the mean of every window the moments hold
// (c + S1 / p, as taspan::bbands' SMA middle); other windows keep what `mean` holds.
template <real T>
void variance_rows(const view<const T>& x, const view<T>& y, Index c0, Index c1, int period,
                   const variance_finish& fin, const view<T>* mean = nullptr) {
  constexpr Index chunk = 64;  // lanes at a time: the suffix sums stay within ~200 KiB at p = 200
  const Index n = x.rows;
  const Index p = period;
  const auto up = static_cast<std::size_t>(p);
  for (Index i = 0; i < std::min(n, p - 1); ++i) std::fill(y.row(i) + c0, y.row(i) + c1, nan_v<T>);
  if (n < p) return;
  std::vector<double> scratch(
      taspan::detail::moments_scratch(static_cast<std::size_t>(std::min(chunk, c1 - c0)), up));
  // Blocks outer, columns inner: a block's 2p rows stay in cache across the column groups.
  for (Index j = 0; (j + 1) * p - 1 < n; ++j) {
    const Index first = (j + 1) * p - 1;  // the block's first output
    const auto outputs = static_cast<std::size_t>(std::min(p, n - first));
    for (Index b0 = c0; b0 < c1;) {
      // Whole vectors of columns run packed (as the single series' lanes), the rest scalar.
      Index lanes = std::min(chunk, c1 - b0);
#if defined(TASPAN_MOMENTS_PACKS)
      constexpr std::size_t groups = 4;  // 32 doubles of each row at a time (AVX-512)
      constexpr auto packed = static_cast<Index>(groups * taspan::detail::moments_lanes);
      if (lanes >= packed) lanes = packed;
#endif
      const auto L = static_cast<std::size_t>(lanes);
      const Index col = b0;  // the lambdas read it after b0 moves on
      const auto row = [&](std::size_t r) noexcept {
        return x.row(j * p + static_cast<Index>(r)) + col;
      };
      const auto at = [&](std::size_t k, std::size_t t, std::size_t i) noexcept {
        return x.row(j * p + static_cast<Index>(t + i))[col + static_cast<Index>(k)];
      };
      const auto emit = [&](std::size_t t, const double* a, double* m2, const double* c) {
        const Index i = first + static_cast<Index>(t);
        taspan::detail::finish_in_place(m2, L, fin);
        T* out = y.row(i) + col;
        for (std::size_t k = 0; k < L; ++k) out[k] = static_cast<T>(m2[k]);
        if (mean == nullptr) return;
        T* mr = mean->row(i) + col;
        for (std::size_t k = 0; k < L; ++k)
          if (a[k] == a[k]) mr[k] = static_cast<T>(c[k] + a[k] * fin.inv_p);
      };
      b0 += lanes;
#if defined(TASPAN_MOMENTS_PACKS)
      if (lanes == packed) {
        taspan::detail::block_moments_packed<groups>(up, outputs, fin.inv_p, row, at,
                                                     scratch.data(), emit);
        continue;
      }
#endif
      taspan::detail::block_moments(L, up, outputs, fin.inv_p, row, at, scratch.data(), emit);
    }
  }
}

template <real T>
void variance_panel(const view<const T>& x, const view<T>& y, int period,
                    const variance_finish& fin, int threads) {
  if (x.row_major) {
    for_column_blocks(x.cols, threads, line_cols<T>,
                      [&](Index c0, Index c1) { variance_rows(x, y, c0, c1, period, fin); });
  } else {
    for_column_blocks(x.cols, threads, 1, [&](Index c0, Index c1) {
      for (Index j = c0; j < c1; ++j)
        taspan::detail::rolling_variance_kernel(x.col_span(j), y.col_span(j), period, fin);
    });
  }
}

template <readable_panel In, writable_panel Out>
void variance_impl(const char* function, const In& in, Out&& out, int period,
                   const variance_finish& fin, int threads) {
  check_threads(function, threads);
  const auto x = input_view(function, "in", in);
  const auto y = output_view(function, "out", out, x);
  variance_panel(x, y, period, fin, threads);
}

}  // namespace detail

// Rolling variance of every column (ddof 0: population, 1: sample); see taspan::rolling_var.
template <readable_panel In, writable_panel Out>
void rolling_var(const In& in, Out&& out, int period, int ddof = 0, int threads = 1) {
  constexpr const char* f = "panel::rolling_var";
  taspan::detail::check_period(f, period);
  taspan::detail::check_ddof(f, period, ddof);
  detail::variance_impl(f, in, out, period,
                        {1.0 / period, static_cast<double>(period - ddof), false, 1.0}, threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> rolling_var(const In& in, int period, int ddof = 0,
                                             int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  rolling_var(in, out, period, ddof, threads);
  return out;
}

// Rolling standard deviation of every column; see taspan::rolling_stddev.
template <readable_panel In, writable_panel Out>
void rolling_stddev(const In& in, Out&& out, int period, int ddof = 0, int threads = 1) {
  constexpr const char* f = "panel::rolling_stddev";
  taspan::detail::check_period(f, period);
  taspan::detail::check_ddof(f, period, ddof);
  detail::variance_impl(f, in, out, period,
                        {1.0 / period, static_cast<double>(period - ddof), true, 1.0}, threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> rolling_stddev(const In& in, int period, int ddof = 0,
                                                int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  rolling_stddev(in, out, period, ddof, threads);
  return out;
}

// TA-Lib VAR of every column (period 5, nbdev accepted and ignored as TA-Lib does); see
// taspan::var.
template <readable_panel In, writable_panel Out>
void var(const In& in, Out&& out, int period = 5, double nbdev = 1.0, int threads = 1) {
  constexpr const char* f = "panel::var";
  taspan::detail::check_period(f, period);
  taspan::detail::check_nbdev(f, nbdev);
  detail::variance_impl(f, in, out, period, {1.0 / period, static_cast<double>(period), false, 1.0},
                        threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> var(const In& in, int period = 5, double nbdev = 1.0,
                                     int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  var(in, out, period, nbdev, threads);
  return out;
}

// TA-Lib STDDEV of every column: population standard deviation * nbdev (period 5, >= 2); see
// taspan::stddev.
template <readable_panel In, writable_panel Out>
void stddev(const In& in, Out&& out, int period = 5, double nbdev = 1.0, int threads = 1) {
  constexpr const char* f = "panel::stddev";
  taspan::detail::check_period(f, period, 2);
  taspan::detail::check_nbdev(f, nbdev);
  detail::variance_impl(f, in, out, period,
                        {1.0 / period, static_cast<double>(period), true, nbdev}, threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> stddev(const In& in, int period = 5, double nbdev = 1.0,
                                        int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  stddev(in, out, period, nbdev, threads);
  return out;
}

using taspan::rolling_stddev_lookback;
using taspan::rolling_var_lookback;
using taspan::stddev_lookback;
using taspan::var_lookback;

}  // namespace taspan::panel
TASPAN_PANEL_SIMD_END
