#pragma once
// Panel rolling_sum / rolling_mean / sma: taspan::rolling_sum, rolling_mean and sma (see
// rolling/sum.hpp) on every column of a panel, bit-identical to them column by column.
//
// Same arithmetic as the single-series kernel: the window sum accumulates in double (for float
// panels too), is re-seeded exactly (window summed afresh, oldest first) every `period` outputs
// at the same bars, and a NaN makes exactly the `period` windows that hold it NaN (so leading
// NaNs of a symbol that starts trading later give NaN until its first full window).
// Row-major panels run one loop across the symbols of each bar (vectorised); column-major panels
// run the single-series kernel on each column.

#include <vector>

#include "../overlap/sma.hpp"
#include "../rolling/mean.hpp"
#include "../rolling/sum.hpp"
#include "core.hpp"
#include "detail/simd.hpp"

namespace taspan::panel {
namespace detail {

// One row of window sums across symbols [0, n): window_sum::add on each.
inline void window_sum_add_row(const double* x, double* sum, double* nans, Index n) noexcept {
  using namespace simd;
  const pd one = set1(1.0);
  Index j = 0;
  for (; j + width <= n; j += width) {
    const pd v = load(x + j);
    const pd ok = number_mask(v);
    store(sum + j, add(load(sum + j), keep(v, ok)));
    store(nans + j, add(load(nans + j), drop(one, ok)));
  }
  for (; j < n; ++j) {
    const bool bad = taspan::detail::is_nan(x[j]);
    sum[j] += bad ? 0.0 : x[j];
    nans[j] += bad ? 1.0 : 0.0;
  }
}

// window_sum::value on each symbol, in double.
inline void window_sum_emit_row(const double* sum, const double* nans, double* y, double divisor,
                                Index n) noexcept {
  using namespace simd;
  const pd d = set1(divisor), zero = set1(0.0), nan = set1(nan_v<double>);
  Index j = 0;
  for (; j + width <= n; j += width)
    store(y + j, select(eq_mask(load(nans + j), zero), div(load(sum + j), d), nan));
  for (; j < n; ++j) y[j] = nans[j] != 0.0 ? nan_v<double> : sum[j] / divisor;
}

// window_sum::replace (sum += clean(x) - clean(oldest)) then value, on each symbol.
inline void window_sum_replace_row(const double* oldest, const double* x, double* sum, double* nans,
                                   double* y, double divisor, Index n) noexcept {
  using namespace simd;
  const pd one = set1(1.0), d = set1(divisor), zero = set1(0.0), nan = set1(nan_v<double>);
  Index j = 0;
  for (; j + width <= n; j += width) {
    const pd vn = load(x + j), vo = load(oldest + j);
    const pd okn = number_mask(vn), oko = number_mask(vo);
    const pd s = add(load(sum + j), sub(keep(vn, okn), keep(vo, oko)));
    const pd c = add(load(nans + j), sub(drop(one, okn), drop(one, oko)));
    store(sum + j, s);
    store(nans + j, c);
    store(y + j, select(eq_mask(c, zero), div(s, d), nan));
  }
  for (; j < n; ++j) {
    const bool bad_new = taspan::detail::is_nan(x[j]);
    const bool bad_old = taspan::detail::is_nan(oldest[j]);
    sum[j] += (bad_new ? 0.0 : x[j]) - (bad_old ? 0.0 : oldest[j]);
    nans[j] += (bad_new ? 1.0 : 0.0) - (bad_old ? 1.0 : 0.0);
    y[j] = nans[j] != 0.0 ? nan_v<double> : sum[j] / divisor;
  }
}

// Columns [c0, c1) of a row-major panel; mirrors taspan::detail::for_each_window_sum.
template <real T>
void rolling_sum_rows(const view<const T>& x, const view<T>& y, Index c0, Index c1, int period,
                      double divisor) {
  const Index n = x.rows;
  const Index w = c1 - c0;
  const Index p = period;
  std::vector<double> buf(static_cast<std::size_t>(5 * w));
  double* sum = buf.data();
  double* nans = sum + w;
  double* wide_new = nans + w;  // float only: rows widened to double, output before narrowing
  double* wide_old = wide_new + w;
  double* wide_out = wide_old + w;
  for (Index i = 0; i < std::min(n, p - 1); ++i) std::fill_n(y.row(i) + c0, w, nan_v<T>);
  for (Index i = p - 1; i < n;) {
    std::fill_n(sum, 2 * w, 0.0);
    for (Index k = i + 1 - p; k <= i; ++k)
      window_sum_add_row(simd::widen(x.row(k) + c0, wide_new, w), sum, nans, w);
    double* out = simd::out_row(y.row(i) + c0, wide_out);
    window_sum_emit_row(sum, nans, out, divisor, w);
    simd::narrow(out, y.row(i) + c0, w);
    const Index reseed = std::min(n, i + p);
    for (++i; i < reseed; ++i) {
      out = simd::out_row(y.row(i) + c0, wide_out);
      window_sum_replace_row(simd::widen(x.row(i - p) + c0, wide_old, w),
                             simd::widen(x.row(i) + c0, wide_new, w), sum, nans, out, divisor, w);
      simd::narrow(out, y.row(i) + c0, w);
    }
  }
}

template <real T>
void rolling_sum_panel(const view<const T>& x, const view<T>& y, int period, double divisor,
                       int threads) {
  if (x.row_major) {
    for_column_blocks(x.cols, threads, line_cols<T>,
                      [&](Index c0, Index c1) { rolling_sum_rows(x, y, c0, c1, period, divisor); });
  } else {
    for_column_blocks(x.cols, threads, 1, [&](Index c0, Index c1) {
      for (Index j = c0; j < c1; ++j)
        taspan::detail::rolling_sum_kernel(x.col_span(j), y.col_span(j), period, divisor);
    });
  }
}

template <readable_panel In, writable_panel Out>
void rolling_sum_impl(const char* function, const In& in, Out&& out, int period, double divisor,
                      int threads) {
  taspan::detail::check_period(function, period);
  check_threads(function, threads);
  const auto x = input_view(function, "in", in);
  const auto y = output_view(function, "out", out, x);
  rolling_sum_panel(x, y, period, divisor, threads);
}

}  // namespace detail

// out(i, j) = sum of in(i-period+1 .. i, j); see taspan::rolling_sum.
template <readable_panel In, writable_panel Out>
void rolling_sum(const In& in, Out&& out, int period, int threads = 1) {
  detail::rolling_sum_impl("panel::rolling_sum", in, out, period, 1.0, threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> rolling_sum(const In& in, int period, int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  rolling_sum(in, out, period, threads);
  return out;
}

// out(i, j) = mean of in(i-period+1 .. i, j); see taspan::rolling_mean.
template <readable_panel In, writable_panel Out>
void rolling_mean(const In& in, Out&& out, int period, int threads = 1) {
  detail::rolling_sum_impl("panel::rolling_mean", in, out, period, static_cast<double>(period),
                           threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> rolling_mean(const In& in, int period, int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  rolling_mean(in, out, period, threads);
  return out;
}

// SMA of every column (TA-Lib SMA, default period 30); see taspan::sma.
template <readable_panel In, writable_panel Out>
void sma(const In& in, Out&& out, int period = 30, int threads = 1) {
  detail::rolling_sum_impl("panel::sma", in, out, period, static_cast<double>(period), threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> sma(const In& in, int period = 30, int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  sma(in, out, period, threads);
  return out;
}

using taspan::rolling_mean_lookback;
using taspan::rolling_sum_lookback;
using taspan::sma_lookback;

}  // namespace taspan::panel
