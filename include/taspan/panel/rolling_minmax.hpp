#pragma once
// Panel rolling_max / rolling_min: the maximum (minimum) of in(i-period+1 .. i, j) for every
// symbol j; lookback period-1 (TA-Lib MAX/MIN). NaN: a window holding a NaN gives NaN (exactly the
// `period` windows that contain it), so leading NaNs of a symbol that starts trading later give
// NaN until its first full window. The value is one of the window's inputs, as in the
// single-series rolling_max / rolling_min (the one caveat: when +0.0 and -0.0 tie for the extreme,
// either may be returned).
//
// O(1) per bar whatever the period: van Herk/Gil-Werman blocks of `period` bars, across symbols.
// Within block k (bars b = k*period .. b+period-1) a running prefix extreme g is kept per symbol;
// the suffix extremes h of block k-1 are stored, and the window ending at bar i is
// best(h[i-period+1], g[i]) (or g[i] alone at the block's last bar). NaN are counted apart, the
// way rolling sums count them, and replaced by -inf (+inf for min) inside the blocks.
// Row-major panels run this across the symbols of each bar (vectorised); column-major panels are
// transposed a block of columns at a time into scratch and run the same loop.

#include <limits>
#include <vector>

#include "core.hpp"
#include "detail/simd.hpp"

TASPAN_PANEL_SIMD_BEGIN
namespace taspan::panel {
namespace detail {

template <bool Max, real T>
void rolling_extreme_rows(const view<const T>& x, const view<T>& y, Index c0, Index c1,
                          int period) {
  using namespace simd;
  const Index n = x.rows;
  const Index w = c1 - c0;
  const Index wv = w - w % width;
  const Index p = period;
  constexpr double sentinel =
      Max ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  const auto best_s = [](double a, double b) { return Max ? (a > b ? a : b) : (a < b ? a : b); };
  const auto best_p = [](const pd& a, const pd& b) {
    return Max ? simd::max(a, b) : simd::min(a, b);
  };
  for (Index i = 0; i < std::min(n, p - 1); ++i) std::fill_n(y.row(i) + c0, w, nan_v<T>);
  std::vector<double> suffix(static_cast<std::size_t>(p * w));  // block k-1's suffix extremes
  std::vector<double> prefix(static_cast<std::size_t>(w));
  std::vector<double> counts(static_cast<std::size_t>(w), 0.0);
  const pd one = set1(1.0), zero = set1(0.0), nan = set1(nan_v<double>), sent = set1(sentinel);
  for (Index b = 0; b < n; b += p) {
    const Index e = std::min(n, b + p);
    for (Index i = b; i < e; ++i) {
      const T* xn = x.row(i) + c0;
      const T* xo = i >= p ? x.row(i - p) + c0 : nullptr;
      T* out = y.row(i) + c0;
      const bool emit = i >= p - 1;
      const bool whole_block = i == b + p - 1;
      const double* h = suffix.data() + (i - b + 1) * w;  // h[i-p+1] of block k-1
      Index j = 0;
      for (; j < wv; j += width) {
        const pd v = load_wide(xn + j);
        const pd ok = number_mask(v);
        const pd cv = select(ok, v, sent);
        const pd g = i == b ? cv : best_p(load(prefix.data() + j), cv);
        store(prefix.data() + j, g);
        pd c = add(load(counts.data() + j), drop(one, ok));
        if (xo != nullptr) c = sub(c, drop(one, number_mask(load_wide(xo + j))));
        store(counts.data() + j, c);
        if (emit) {
          const pd r = whole_block ? g : best_p(load(h + j), g);
          store_narrow(out + j, select(eq_mask(c, zero), r, nan));
        }
      }
      for (; j < w; ++j) {
        const double v = static_cast<double>(xn[j]);
        const bool bad = taspan::detail::is_nan(v);
        const double cv = bad ? sentinel : v;
        const double g = i == b ? cv : best_s(prefix[static_cast<std::size_t>(j)], cv);
        prefix[static_cast<std::size_t>(j)] = g;
        double& c = counts[static_cast<std::size_t>(j)];
        c += bad ? 1.0 : 0.0;
        if (xo != nullptr) c -= taspan::detail::is_nan(xo[j]) ? 1.0 : 0.0;
        if (emit) {
          const double r = whole_block ? g : best_s(h[j], g);
          out[j] = c != 0.0 ? nan_v<T> : static_cast<T>(r);
        }
      }
    }
    if (e - b < p) break;  // a partial last block: no later window needs its suffix
    // Suffix extremes of this block, for the windows that end in the next one.
    for (Index i = e - 1; i >= b; --i) {
      const T* xr = x.row(i) + c0;
      double* h = suffix.data() + (i - b) * w;
      const double* next = i + 1 < e ? h + w : nullptr;
      Index j = 0;
      for (; j < wv; j += width) {
        const pd v = load_wide(xr + j);
        const pd cv = select(number_mask(v), v, sent);
        store(h + j, next != nullptr ? best_p(cv, load(next + j)) : cv);
      }
      for (; j < w; ++j) {
        const double v = static_cast<double>(xr[j]);
        const double cv = taspan::detail::is_nan(v) ? sentinel : v;
        h[j] = next != nullptr ? best_s(cv, next[j]) : cv;
      }
    }
  }
}

template <bool Max, readable_panel In, writable_panel Out>
void rolling_extreme_impl(const char* function, const In& in, Out&& out, int period, int threads) {
  taspan::detail::check_period(function, period);
  check_threads(function, threads);
  const auto x = input_view(function, "in", in);
  const auto y = output_view(function, "out", out, x);
  using T = panel_value_t<In>;
  if (x.row_major) {
    for_column_blocks(x.cols, threads, line_cols<T>,
                      [&](Index c0, Index c1) { rolling_extreme_rows<Max>(x, y, c0, c1, period); });
  } else {
    for_column_blocks(x.cols, threads, 1, [&](Index c0, Index c1) {
      transposed_blocks<T, 1>({x}, y, c0, c1,
                              [&](const auto& tin, const view<T>& o, Index b0, Index b1) {
                                rolling_extreme_rows<Max>(tin[0], o, b0, b1, period);
                              });
    });
  }
}

}  // namespace detail

[[nodiscard]] constexpr int rolling_max_lookback(int period) noexcept {
  if (!taspan::detail::lookback_args_ok(period)) return -1;
  return period - 1;
}
[[nodiscard]] constexpr int rolling_min_lookback(int period) noexcept {
  if (!taspan::detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

// out(i, j) = max of in(i-period+1 .. i, j); NaN if that window holds a NaN.
template <readable_panel In, writable_panel Out>
void rolling_max(const In& in, Out&& out, int period, int threads = 1) {
  detail::rolling_extreme_impl<true>("panel::rolling_max", in, out, period, threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> rolling_max(const In& in, int period, int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  rolling_max(in, out, period, threads);
  return out;
}

// out(i, j) = min of in(i-period+1 .. i, j); NaN if that window holds a NaN.
template <readable_panel In, writable_panel Out>
void rolling_min(const In& in, Out&& out, int period, int threads = 1) {
  detail::rolling_extreme_impl<false>("panel::rolling_min", in, out, period, threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> rolling_min(const In& in, int period, int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  rolling_min(in, out, period, threads);
  return out;
}

}  // namespace taspan::panel
TASPAN_PANEL_SIMD_END
