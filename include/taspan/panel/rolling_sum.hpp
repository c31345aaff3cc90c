#pragma once
// Panel rolling_sum / rolling_mean / sma: taspan::rolling_sum, rolling_mean and sma (see
// rolling/sum.hpp) on every column of a panel, bit-identical to them column by column.
//
// Same arithmetic as the single-series kernel: the window sum accumulates in double (for float
// panels too), is made of the window's own values only (a block suffix sum plus a prefix sum, the
// blocks at the same bars), and a NaN makes exactly the `period` windows that hold it NaN (so
// leading NaNs of a symbol that starts trading later give NaN until its first full window).
// Infinities are counted apart as in the single-series sum (a window holding +inf sums to +inf,
// one holding both signs is NaN, and the sum recovers once the infinity leaves the window), and a
// sum that overflows is recomputed from its window.
// Row-major panels run one loop across the symbols of each bar (vectorised); column-major panels
// are transposed 16 (double) / 32 (float) columns at a time into scratch and run the same loop.

#include <limits>
#include <vector>

#include "../overlap/sma.hpp"
#include "../rolling/mean.hpp"
#include "../rolling/sum.hpp"
#include "core.hpp"
#include "detail/simd.hpp"

TASPAN_PANEL_SIMD_BEGIN
namespace taspan::panel {
namespace detail {

// Per lane, what taspan::detail::window_sum::value gives for a running sum s of the finite
// values and counts of non-finite values (nans), +inf (pos) and -inf (neg) in the window.
inline simd::pd window_value(const simd::pd& s, const simd::pd& nans, const simd::pd& pos,
                             const simd::pd& neg, const simd::pd& d) noexcept {
  using namespace simd;
  const pd zero = set1(0.0);
  const pd no_neg = eq_mask(neg, zero);
  const pd one_sign = mask_and(eq_mask(nans, add(pos, neg)), mask_or(eq_mask(pos, zero), no_neg));
  const pd inf = select(no_neg, set1(std::numeric_limits<double>::infinity()),
                        set1(-std::numeric_limits<double>::infinity()));
  return select(eq_mask(nans, zero), div(s, d), select(one_sign, inf, set1(nan_v<double>)));
}

// The sum of the finite values of rows i-p+1 .. i at columns col .. col+width, from 0.0, oldest
// first, summed again scaled down in lanes where that overflowed: taspan::detail::window_sum_from's
// sum, lane by lane.
template <real T>
[[nodiscard]] simd::pd window_sum_packet(const view<const T>& x, Index i, Index col,
                                         Index p) noexcept {
  using namespace simd;
  const auto sum = [&](const pd& scale) {
    pd s = set1(0.0);
    for (Index k = i + 1 - p; k <= i; ++k) {
      const pd v = load_wide(x.row(k) + col);
      s = add(s, mul(keep(v, finite_mask(v)), scale));
    }
    return s;
  };
  const pd s = sum(set1(1.0));
  if (!any_nonfinite(s)) return s;
  const pd scale = set1(taspan::detail::window_sum_rescue_scale);
  return select(finite_mask(s), s, div(sum(scale), scale));
}

// Columns [c0, c1) of a row-major panel, with the schedule and arithmetic of
// taspan::detail::for_each_window_sum on every column (rolling/sum.hpp):
//   - on the last bar of each block of `period` bars (bar p-1 + k*p), the suffix sums of the
//     block, from its newest bar back, from 0.0, are stored per column (`suffix`, p rows), and
//     the prefix sum restarts at 0.0;
//   - bar i at phase t: prefix += clean(x), sum = suffix[t] + prefix;
//   - clean(x) is x if finite, else 0; NaN, +inf and -inf are counted apart (exact integers held
//     in double), so an infinity leaves the sum when it leaves the window. A sum that overflows
//     is the window summed afresh (window_sum_packet), as in the single-series kernel.
//   - value: no non-finite value in the window: sum / divisor; only infinities of one sign:
//     that infinity; else NaN.
// The scalar tail columns run taspan::detail::window_sum_stream itself.
template <real T>
// NOLINTNEXTLINE(readability-function-cognitive-complexity): one bar loop, fast and counting paths
void rolling_sum_chunk(const view<const T>& x, const view<T>& y, Index c0, Index c1, int period,
                       double divisor) {
  using namespace simd;
  const Index n = x.rows;
  const Index w = c1 - c0;
  const Index p = period;
  for (Index i = 0; i < std::min(n, p - 1); ++i) std::fill_n(y.row(i) + c0, w, nan_v<T>);
  if (n < p) return;
  const Index wv = w - w % width;  // columns done in packets; the rest by the scalar tail
  std::vector<double> state(static_cast<std::size_t>((4 + p) * wv));
  double* prefixes = state.data();
  double* counts = prefixes + wv;  // non-finite values in the window
  double* pos = counts + wv;       // +inf
  double* neg = pos + wv;          // -inf
  double* suffix = neg + wv;       // p rows of wv: the last complete block's suffix sums
  std::vector<taspan::detail::window_sum_stream<T>> tail(
      static_cast<std::size_t>(w - wv), taspan::detail::window_sum_stream<T>(period));
  const pd one = set1(1.0);
  const pd d = set1(divisor);
  const pd zero = set1(0.0);
  const pd pinf = set1(std::numeric_limits<double>::infinity());
  const pd ninf = set1(-std::numeric_limits<double>::infinity());
  const auto tail_step = [&](Index i) {
    for (Index j = wv; j < w; ++j) {
      auto& s = tail[static_cast<std::size_t>(j - wv)];
      const T v = x.row(i)[c0 + j];
      const taspan::detail::window_sum ws = s.next(v);
      s.commit(v, ws);
      if (i >= p - 1) y.row(i)[c0 + j] = ws.template value<T>(divisor);
    }
  };
  const auto block_suffix = [&](Index last) {  // block last-p+1 .. last, newest bar first
    for (Index j = 0; j < wv; j += width) {
      pd s = zero;
      for (Index k = p - 1; k >= 0; --k) {
        const pd v = load_wide(x.row(last + 1 - p + k) + c0 + j);
        s = add(keep(v, finite_mask(v)), s);
        store(suffix + k * wv + j, s);
      }
      store(prefixes + j, zero);
    }
  };

  // The first window: counts, and the first block's suffix sums.
  for (Index k = 0; k < p - 1; ++k) tail_step(k);
  for (Index j = 0; j < wv; j += width) {
    pd c = zero;
    pd cp = zero;
    pd cn = zero;
    for (Index k = 0; k < p; ++k) {
      const pd v = load_wide(x.row(k) + c0 + j);
      c = add(c, drop(one, finite_mask(v)));
      cp = add(cp, keep(one, eq_mask(v, pinf)));
      cn = add(cn, keep(one, eq_mask(v, ninf)));
    }
    store(counts + j, c);
    store(pos + j, cp);
    store(neg + j, cn);
  }
  block_suffix(p - 1);
  for (Index j = 0; j < wv; j += width) {
    const pd s = add(load(suffix + j), zero);
    const pd r =
        any_nonfinite(s) ? select(finite_mask(s), s, window_sum_packet(x, p - 1, c0 + j, p)) : s;
    store_narrow(y.row(p - 1) + c0 + j,
                 window_value(r, load(counts + j), load(pos + j), load(neg + j), d));
  }
  tail_step(p - 1);

  // Bar by bar, across the symbols. `clean_rows` counts the bars since the last bar that had a
  // non-finite value in any of these symbols: once it reaches p, no window holds one and the fast
  // loop skips the counts (all 0).
  Index clean_rows = 0;
  for (Index k = 0; k < p; ++k) clean_rows = has_nonfinite(x.row(k) + c0, w) ? 0 : clean_rows + 1;
  for (Index i = p; i < n; ++i) {
    const T* xn = x.row(i) + c0;
    const T* xo = x.row(i - p) + c0;
    T* out = y.row(i) + c0;
    const Index t = (i + 1) % p;  // phase of the window ending at bar i
    if (t == 0) block_suffix(i);
    const double* sfx = suffix + t * wv;
    pd overflow = zero;  // NaN in lanes whose sum turned non-finite (0 * inf), else 0
    bool any = false;    // bar i holds a non-finite value
    if (clean_rows >= p && !has_nonfinite(xn, w)) {
      for (Index j = 0; j < wv; j += width) {
        const pd q = t == 0 ? zero : add(load(prefixes + j), load_wide(xn + j));
        const pd s = add(load(sfx + j), q);
        overflow = add(overflow, mul(s, zero));  // stays 0 unless s is inf or NaN
        store(prefixes + j, q);
        store_narrow(out + j, div(s, d));
      }
    } else {
      pd bad_lanes = zero;  // 1.0 in lanes where bar i has a non-finite value
      for (Index j = 0; j < wv; j += width) {
        const pd vn = load_wide(xn + j);
        const pd vo = load_wide(xo + j);
        const pd okn = finite_mask(vn);
        const pd oko = finite_mask(vo);
        const pd q = t == 0 ? zero : add(load(prefixes + j), keep(vn, okn));
        const pd s = add(load(sfx + j), q);
        const pd c = add(load(counts + j), sub(drop(one, okn), drop(one, oko)));
        const pd cp =
            add(load(pos + j), sub(keep(one, eq_mask(vn, pinf)), keep(one, eq_mask(vo, pinf))));
        const pd cn =
            add(load(neg + j), sub(keep(one, eq_mask(vn, ninf)), keep(one, eq_mask(vo, ninf))));
        bad_lanes = ei::por(bad_lanes, drop(one, okn));
        overflow = add(overflow, mul(s, zero));
        store(prefixes + j, q);
        store(counts + j, c);
        store(pos + j, cp);
        store(neg + j, cn);
        store_narrow(out + j, window_value(s, c, cp, cn, d));
      }
      any = ei::predux(bad_lanes) != 0.0;
    }
    if (wv > 0 && taspan::detail::is_nan(ei::predux(overflow))) {
      // A sum overflowed: those lanes' windows summed afresh (rare).
      for (Index j = 0; j < wv; j += width) {
        const pd s = add(load(sfx + j), load(prefixes + j));
        if (!any_nonfinite(s)) continue;
        const pd r = select(finite_mask(s), s, window_sum_packet(x, i, c0 + j, p));
        store_narrow(out + j, window_value(r, load(counts + j), load(pos + j), load(neg + j), d));
      }
    }
    for (Index j = wv; j < w; ++j) any |= !(xn[j] - xn[j] == T(0));
    tail_step(i);
    clean_rows = any ? 0 : clean_rows + 1;
  }
}

// Columns [c0, c1) in chunks whose suffix sums (period rows of the chunk's columns) stay within
// 256 KiB, so they are read back from L2 rather than from memory at long periods.
template <real T>
void rolling_sum_rows(const view<const T>& x, const view<T>& y, Index c0, Index c1, int period,
                      double divisor) {
  const Index fit = (Index{1} << 15) / period;
  const Index chunk = std::max(simd::width, fit - fit % simd::width);
  for (Index c = c0; c < c1; c += chunk)
    rolling_sum_chunk(x, y, c, std::min(c1, c + chunk), period, divisor);
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
TASPAN_PANEL_SIMD_END
