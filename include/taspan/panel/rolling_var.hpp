#pragma once
// Panel rolling_var / rolling_stddev (population by default, `ddof` as in rolling/var.hpp) and
// the TA-Lib-named var / stddev (statistic/var.hpp, stddev.hpp: period 5, nbdev; VAR ignores
// nbdev as TA-Lib does, STDDEV multiplies by it) on every column of a panel, bit-identical to the
// single-series functions column by column.
//
// Same numerics and schedule as taspan::detail::for_each_window_moments (rolling/detail/
// moments.hpp), lane by lane: sums of deviations from a shift c (the newest value of the window
// at the last re-seed), s1 += d, s2 += d * (yn + yo) on a slide; re-seeded exactly (window summed
// afresh, oldest first, c = its newest value) at every output index that is a multiple of
// `period` (the same bars for every symbol), on the first window after one holding a NaN and
// after a stale slide (window_moments::stale); a window of `period` equal values is exactly 0; M2 =
// s2 - s1 * (s1 / p) clamped at 0, / divisor, then sqrt and * nbdev for the standard deviations.
// NaN: the windows that hold it are NaN, per column (so leading NaNs of a symbol that starts
// trading later give NaN until its first full window). Row-major panels step all symbols of a bar
// at once in Eigen packets (columns that do not fill a packet run the single-series kernel on a
// gathered copy); column-major panels run the single-series kernel on each column in place.

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

// Runs the single-series variance kernel on column j of a row-major panel (gathered into
// contiguous scratch and scattered back): for the columns that do not fill a packet.
template <real T>
void variance_column_copy(const view<const T>& x, const view<T>& y, Index j, int period,
                          const variance_finish& fin, std::vector<T>& a, std::vector<T>& b) {
  const auto n = static_cast<std::size_t>(x.rows);
  a.resize(n);
  b.resize(n);
  for (Index i = 0; i < x.rows; ++i) a[static_cast<std::size_t>(i)] = x.row(i)[j];
  taspan::detail::rolling_variance_kernel(std::span<const T>(a), std::span<T>(b), period, fin);
  for (Index i = 0; i < x.rows; ++i) y.row(i)[j] = b[static_cast<std::size_t>(i)];
}

// Columns [c0, c1) of a row-major panel, each with the operations of for_each_window_moments.
// `mean`, if given, receives the mean of every window the moments hold (shift + s1 / p, as
// taspan::bbands' SMA middle); other windows keep what `mean` holds.
template <real T>
void variance_rows(const view<const T>& x, const view<T>& y, Index c0, Index c1, int period,
                   const variance_finish& fin, const view<T>* mean = nullptr) {
  using namespace simd;
  const Index n = x.rows;
  const Index w = c1 - c0;
  const Index wv = w - w % width;
  const Index p = period;
  {
    std::vector<T> a, b;
    for (Index j = c0 + wv; j < c1; ++j) variance_column_copy(x, y, j, period, fin, a, b);
  }
  if (wv == 0) return;
  for (Index i = 0; i < std::min(n, p - 1); ++i) std::fill_n(y.row(i) + c0, wv, nan_v<T>);
  if (n < p) return;
  std::vector<double> state(static_cast<std::size_t>(7 * wv), 0.0);
  double* shifts = state.data();
  double* s1s = shifts + wv;
  double* s2s = s1s + wv;
  double* valids = s2s + wv;     // 1.0: the last window was free of NaN (moments_state::valid)
  double* counts = valids + wv;  // NaNs, infinities and values beyond 1e150 in the window
  double* runs = counts + wv;    // equal bars ending at this one
  double* peaks = runs + wv;     // largest s2 since the last re-seed (window_moments::peak)
  const pd zero = set1(0.0), one = set1(1.0), P = set1(static_cast<double>(p)),
           INV = set1(fin.inv_p), DIV = set1(fin.divisor), SCALE = set1(fin.scale),
           nan = set1(nan_v<double>), all = eq_mask(zero, zero),
           RATIO = set1(taspan::detail::moments_stale_ratio);
  // variance_finish::apply on a valid window: window_moments::variance, then sqrt * scale.
  const auto finish = [&](const pd& s1, const pd& s2, const pd& run) {
    const pd m2 = sub(s2, mul(s1, mul(s1, INV)));
    const pd v = select(le_mask(P, run), zero, select(lt_mask(zero, m2), div(m2, DIV), zero));
    return fin.root ? mul(ei::psqrt(v), SCALE) : v;
  };
  // window_moments::seed for the window ending at bar i: c = x[i], sums of x[k] - c oldest first.
  const auto seed = [&](Index i, Index col, pd& c, pd& a, pd& b) {
    c = load_wide(x.row(i) + col);
    a = zero;
    b = zero;
    for (Index k = i + 1 - p; k <= i; ++k) {
      const pd d = sub(load_wide(x.row(k) + col), c);
      a = add(a, d);
      b = add(b, mul(d, d));
    }
  };
  // window_moments::replace then stale, on lanes [j, j + width): the slid sums, their peak and
  // which lanes went stale.
  struct slid {
    pd a, b, peak, stale;
  };
  const auto slide = [&](const pd& xo, const pd& xn, const pd& c, Index j) {
    const pd yo = sub(xo, c), yn = sub(xn, c), d = sub(yn, yo);
    const pd a = add(load(s1s + j), d);
    const pd b = add(load(s2s + j), mul(d, add(yn, yo)));
    const pd pk0 = load(peaks + j);
    const pd pk = select(lt_mask(pk0, b), b, pk0);
    return slid{a, b, pk, lt_mask(sub(b, mul(a, mul(a, INV))), mul(pk, RATIO))};
  };
  Index clean_rows = 0;  // bars, up to this one, without a NaN (or out-of-range value) in any lane
  for (Index i = 0; i < n; ++i) {
    const T* xn = x.row(i) + c0;
    const T* xp = i > 0 ? x.row(i - 1) + c0 : nullptr;
    const T* xo = i >= p ? x.row(i - p) + c0 : nullptr;
    T* out = y.row(i) + c0;
    clean_rows = has_out_of_range(xn, wv) ? 0 : clean_rows + 1;
    const auto next_run = [&](const pd& v, Index j) {
      return xp == nullptr ? one
                           : select(eq_mask(v, load_wide(xp + j)), add(load(runs + j), one), one);
    };
    const bool emit = i >= p - 1;
    const bool seed_all = emit && (i - (p - 1)) % p == 0;
    if (emit && (clean_rows > p || (clean_rows == p && seed_all))) {
      // No window of this bar holds a NaN and every lane re-seeds or every lane slides.
      for (Index j = 0; j < wv; j += width) {
        const pd v = load_wide(xn + j);
        const pd run = next_run(v, j);
        pd c, a, b, pk;
        if (seed_all) {
          seed(i, c0 + j, c, a, b);
          pk = b;
        } else {
          c = load(shifts + j);
          const slid s = slide(load_wide(xo + j), v, c, j);
          a = s.a;
          b = s.b;
          pk = s.peak;
          if (any_lane(s.stale)) {
            pd sc, sa, sb;
            seed(i, c0 + j, sc, sa, sb);
            c = select(s.stale, sc, c);
            a = select(s.stale, sa, a);
            b = select(s.stale, sb, b);
            pk = select(s.stale, sb, pk);
          }
        }
        store(shifts + j, c);
        store(s1s + j, a);
        store(s2s + j, b);
        store(peaks + j, pk);
        store(valids + j, one);
        store(counts + j, zero);
        store(runs + j, run);
        store_narrow(out + j, finish(a, b, run));
        if (mean != nullptr) store_narrow(mean->row(i) + c0 + j, add(c, mul(a, INV)));
      }
      continue;
    }
    for (Index j = 0; j < wv; j += width) {
      const pd v = load_wide(xn + j);
      const pd run = next_run(v, j);
      pd cnt = add(load(counts + j), drop(one, in_range_mask(v)));
      if (xo != nullptr) cnt = sub(cnt, drop(one, in_range_mask(load_wide(xo + j))));
      store(counts + j, cnt);
      store(runs + j, run);
      if (!emit) continue;
      const pd ok = eq_mask(cnt, zero);  // the window holds no NaN
      pd seeds = seed_all ? all : ei::pandnot(all, eq_mask(load(valids + j), one));
      pd c = load(shifts + j), a = load(s1s + j), b = load(s2s + j), pk = load(peaks + j);
      if (xo != nullptr) {  // slide (lanes that re-seed take the seed below)
        const slid s = slide(load_wide(xo + j), v, c, j);
        a = s.a;
        b = s.b;
        pk = s.peak;
        seeds = mask_or(seeds, s.stale);
      }
      if (any_lane(mask_and(seeds, ok))) {
        pd sc, sa, sb;
        seed(i, c0 + j, sc, sa, sb);
        c = select(seeds, sc, c);
        a = select(seeds, sa, a);
        b = select(seeds, sb, b);
        pk = select(seeds, sb, pk);
      }
      store(shifts + j, c);
      store(s1s + j, a);
      store(s2s + j, b);
      store(peaks + j, pk);
      store(valids + j, keep(one, ok));
      store_narrow(out + j, select(ok, finish(a, b, run), nan));
      if (mean != nullptr) {
        T* mr = mean->row(i) + c0 + j;
        store_narrow(mr, select(ok, add(c, mul(a, INV)), load_wide(mr)));
      }
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
