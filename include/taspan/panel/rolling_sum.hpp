#pragma once
// Panel rolling_sum / rolling_mean / sma: taspan::rolling_sum, rolling_mean and sma (see
// rolling/sum.hpp) on every column of a panel, bit-identical to them column by column.
//
// Same arithmetic as the single-series kernel: the window sum accumulates in double (for float
// panels too), is re-seeded exactly (window summed afresh, oldest first) every `period` outputs
// at the same bars, and a NaN makes exactly the `period` windows that hold it NaN (so leading
// NaNs of a symbol that starts trading later give NaN until its first full window).
// Known difference: since the merge of the rolling branch, the single-series sum counts +-inf
// apart (a window holding +inf sums to +inf) and re-seeds a running sum that overflows; the panel
// kernels do neither yet (an inf input makes the windows up to the next re-seed inf or NaN).
// Results are identical for finite inputs with NaN holes, which is what the tests cover.
// Row-major panels run one loop across the symbols of each bar (vectorised); column-major panels
// are transposed 16 (double) / 32 (float) columns at a time into scratch and run the same loop.

#include <vector>

#include "../overlap/sma.hpp"
#include "../rolling/mean.hpp"
#include "../rolling/sum.hpp"
#include "core.hpp"
#include "detail/simd.hpp"

namespace taspan::panel {
namespace detail {

// Columns [c0, c1) of a row-major panel, with the schedule and arithmetic of
// taspan::detail::for_each_window_sum / window_sum on every column:
//   - bar p-1: the first window summed from 0.0, oldest bar first;
//   - other bars: sum += clean(x) - clean(oldest), except on re-seed bars p-1 + k*p, where the
//     sum is the window summed afresh from 0.0, oldest first. That fresh sum is accumulated
//     along the way (`fresh`: the bars since the last re-seed, in order), so re-seeding costs one
//     addition per bar instead of re-reading the window; it is the same sum, bit for bit.
//   - NaN counts are exact integers held in double, so the running count is what a re-seed
//     would count; value = count != 0 ? NaN : sum / divisor.
template <real T>
void rolling_sum_rows(const view<const T>& x, const view<T>& y, Index c0, Index c1, int period,
                      double divisor) {
  using namespace simd;
  const Index n = x.rows;
  const Index w = c1 - c0;
  const Index p = period;
  for (Index i = 0; i < std::min(n, p - 1); ++i) std::fill_n(y.row(i) + c0, w, nan_v<T>);
  if (n < p) return;
  std::vector<double> state(static_cast<std::size_t>(3 * w));
  double* sums = state.data();
  double* counts = sums + w;
  double* freshes = counts + w;
  const pd one = set1(1.0), d = set1(divisor), zero = set1(0.0), nan = set1(nan_v<double>);
  const Index wv = w - w % width;  // columns done in packets; the rest by the scalar tail

  // The first window.
  for (Index j = 0; j < wv; j += width) {
    pd s = zero, c = zero;
    for (Index k = 0; k < p; ++k) {
      const pd v = load_wide(x.row(k) + c0 + j);
      const pd ok = number_mask(v);
      s = add(s, keep(v, ok));
      c = add(c, drop(one, ok));
    }
    store(sums + j, s);
    store(counts + j, c);
    store_narrow(y.row(p - 1) + c0 + j, select(eq_mask(c, zero), div(s, d), nan));
  }
  for (Index j = wv; j < w; ++j) {
    double s = 0.0, c = 0.0;
    for (Index k = 0; k < p; ++k) {
      const double v = static_cast<double>(x.row(k)[c0 + j]);
      const bool bad = taspan::detail::is_nan(v);
      s += bad ? 0.0 : v;
      c += bad ? 1.0 : 0.0;
    }
    sums[j] = s;
    counts[j] = c;
    y.row(p - 1)[c0 + j] = static_cast<T>(c != 0.0 ? nan_v<double> : s / divisor);
  }

  // Bar by bar, across the symbols. `clean_rows` counts the bars since the last bar that had a
  // NaN in any of these symbols: once it reaches p, no window holds a NaN and the fast loop
  // skips the NaN bookkeeping of the bar that leaves the window (its count is already 0).
  Index clean_rows = 0;
  for (Index k = 0; k < p; ++k) clean_rows = has_nan(x.row(k) + c0, w) ? 0 : clean_rows + 1;
  for (Index i = p; i < n; ++i) {
    const T* xn = x.row(i) + c0;
    const T* xo = x.row(i - p) + c0;
    T* out = y.row(i) + c0;
    const bool reseed = (i + 1) % p == 0;
    if (clean_rows >= p && !has_nan(xn, w)) {
      // Neither the window nor bar i holds a NaN: clean(v) = v and every count is 0.
      Index j = 0;
      for (; j < wv; j += width) {
        const pd vn = load_wide(xn + j);
        const pd f = add(load(freshes + j), vn);
        const pd s = reseed ? f : add(load(sums + j), sub(vn, load_wide(xo + j)));
        store(freshes + j, reseed ? zero : f);
        store(sums + j, s);
        store_narrow(out + j, div(s, d));
      }
      for (; j < w; ++j) {
        const double vn = static_cast<double>(xn[j]);
        const double f = freshes[j] + vn;
        freshes[j] = reseed ? 0.0 : f;
        sums[j] = reseed ? f : sums[j] + (vn - static_cast<double>(xo[j]));
        out[j] = static_cast<T>(sums[j] / divisor);
      }
      ++clean_rows;
      continue;
    }
    pd nan_lanes = zero;  // 1.0 in lanes where bar i has a NaN
    Index j = 0;
    for (; j < wv; j += width) {
      const pd vn = load_wide(xn + j), vo = load_wide(xo + j);
      const pd okn = number_mask(vn), oko = number_mask(vo);
      const pd cn = keep(vn, okn);
      const pd f = add(load(freshes + j), cn);
      const pd s = reseed ? f : add(load(sums + j), sub(cn, keep(vo, oko)));
      const pd c = add(load(counts + j), sub(drop(one, okn), drop(one, oko)));
      nan_lanes = ei::por(nan_lanes, drop(one, okn));
      store(freshes + j, reseed ? zero : f);
      store(sums + j, s);
      store(counts + j, c);
      store_narrow(out + j, select(eq_mask(c, zero), div(s, d), nan));
    }
    bool any = ei::predux(nan_lanes) != 0.0;
    for (; j < w; ++j) {
      const double vn = static_cast<double>(xn[j]), vo = static_cast<double>(xo[j]);
      const bool bad_new = taspan::detail::is_nan(vn), bad_old = taspan::detail::is_nan(vo);
      const double cn = bad_new ? 0.0 : vn;
      const double f = freshes[j] + cn;
      freshes[j] = reseed ? 0.0 : f;
      sums[j] = reseed ? f : sums[j] + (cn - (bad_old ? 0.0 : vo));
      counts[j] += (bad_new ? 1.0 : 0.0) - (bad_old ? 1.0 : 0.0);
      any |= bad_new;
      out[j] = static_cast<T>(counts[j] != 0.0 ? nan_v<double> : sums[j] / divisor);
    }
    clean_rows = any ? 0 : clean_rows + 1;
  }
}

template <real T>
void rolling_sum_panel(const view<const T>& x, const view<T>& y, int period, double divisor,
                       int threads) {
  if (x.row_major) {
    for_column_blocks(x.cols, threads, line_cols<T>,
                      [&](Index c0, Index c1) { rolling_sum_rows(x, y, c0, c1, period, divisor); });
  } else {  // transposed blocks: ~1.5x faster than the single-series kernel per column
    for_column_blocks(x.cols, threads, 1, [&](Index c0, Index c1) {
      transposed_blocks<T, 1>({x}, y, c0, c1,
                              [&](const auto& in, const view<T>& out, Index b0, Index b1) {
                                rolling_sum_rows(in[0], out, b0, b1, period, divisor);
                              });
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
