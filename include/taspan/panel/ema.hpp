#pragma once
// Panel EMA: taspan::ema (overlap/ema.hpp) on every column: k = 2/(period+1), seeded with the
// SMA of the first `period` values (ema_seed::sma, TA-Lib) or with the first value
// (ema_seed::first_value); a NaN yields NaN and restarts the warm-up, per column (leading NaNs of
// a symbol that starts later just delay its seed).
//
// Arithmetic:
//   - row-major panels step every symbol bar by bar with ema_state's arithmetic (seed sum from
//     0.0 in input order, / period; then (x - ema) * k + ema, in double): bit-identical to
//     taspan::ema_stream on each column, and within a few ulps (tested: 1e-12 relative for
//     double, 1 float ulp for float) of batch taspan::ema, whose single-series kernel splits long
//     runs into independent chunks that round differently;
//   - column-major panels run the batch kernel on each column: bit-identical to taspan::ema.

#include <vector>

#include "../overlap/ema.hpp"
#include "core.hpp"
#include "detail/simd.hpp"

TASPAN_PANEL_SIMD_BEGIN
namespace taspan::panel {
namespace detail {

// Columns [c0, c1) of a row-major panel, each stepped like taspan::detail::ema_state.
template <real T>
void ema_rows(const view<const T>& x, const view<T>& y, Index c0, Index c1, int period,
              bool seed_first) {
  using namespace simd;
  const Index w = c1 - c0;
  const Index wv = w - w % width;
  std::vector<taspan::detail::ema_state> tail(static_cast<std::size_t>(w - wv),
                                              taspan::detail::ema_state(period, seed_first));
  std::vector<double> state(static_cast<std::size_t>(3 * wv), 0.0);
  double* counts = state.data();  // ema_state::count (0 after a reset), saturating at period
  double* sums = counts + wv;     // ema_state::sum
  double* values = sums + wv;     // ema_state::value
  const double dp = static_cast<double>(period);
  const pd P = set1(dp), K = set1(taspan::detail::ema_k(period)), one = set1(1.0),
           nan = set1(nan_v<double>);
  bool all_ready = false;  // every symbol of the block has its seed: fast loop unless a NaN
  for (Index i = 0; i < x.rows; ++i) {
    const T* xr = x.row(i) + c0;
    T* yr = y.row(i) + c0;
    if (all_ready && !has_nan(xr, wv)) {
      for (Index j = 0; j < wv; j += width) {
        const pd v = load(values + j);
        const pd e = add(mul(sub(load_wide(xr + j), v), K), v);
        store(values + j, e);
        store_narrow(yr + j, e);
      }
    } else {
      pd least = P;  // min count over the block after this bar
      for (Index j = 0; j < wv; j += width) {
        const pd v = load_wide(xr + j);
        const pd ok = number_mask(v);
        const pd cnt = load(counts + j), s = load(sums + j), val = load(values + j);
        const pd ready = le_mask(P, cnt);
        const pd e = add(mul(sub(v, val), K), val);
        pd new_cnt, new_sum, new_val, out;
        if (seed_first) {  // not ready: count = period, value = x
          new_val = select(ready, e, v);
          out = new_val;
          new_cnt = P;
          new_sum = s;
        } else {  // not ready: sum += x; at count == period, value = sum / period
          const pd s1 = add(s, v), n1 = add(cnt, one);
          const pd seeded = eq_mask(n1, P);
          const pd sv = div(s1, P);
          new_val = select(ready, e, select(seeded, sv, val));
          out = select(ready, e, select(seeded, sv, nan));
          new_sum = select(ready, s, s1);
          new_cnt = select(ready, cnt, n1);
        }
        // A NaN resets the state (count = sum = value = 0) and yields NaN.
        new_cnt = keep(new_cnt, ok);
        least = min(least, new_cnt);
        store(counts + j, new_cnt);
        store(sums + j, keep(new_sum, ok));
        store(values + j, keep(new_val, ok));
        store_narrow(yr + j, select(ok, out, nan));
      }
      all_ready = wv > 0 && ei::predux_min(least) >= dp;
    }
    for (Index j = wv; j < w; ++j) {
      auto& st = tail[static_cast<std::size_t>(j - wv)];
      const T v = xr[j];
      if (taspan::detail::is_nan(v)) {
        st.reset();
        yr[j] = nan_v<T>;
      } else {
        yr[j] = static_cast<T>(st.step(static_cast<double>(v)));
      }
    }
  }
}

template <real T>
void ema_panel(const view<const T>& x, const view<T>& y, int period, ema_seed seed, int threads) {
  if (x.row_major) {
    for_column_blocks(x.cols, threads, line_cols<T>, [&](Index c0, Index c1) {
      ema_rows(x, y, c0, c1, period, seed == ema_seed::first_value);
    });
  } else {
    for_column_blocks(x.cols, threads, 1, [&](Index c0, Index c1) {
      for (Index j = c0; j < c1; ++j)
        taspan::detail::ema_kernel(x.col_span(j), y.col_span(j), period, seed);
    });
  }
}

}  // namespace detail

// EMA of every column; see taspan::ema.
template <readable_panel In, writable_panel Out>
void ema(const In& in, Out&& out, int period = 30, ema_seed seed = ema_seed::sma, int threads = 1) {
  constexpr const char* f = "panel::ema";
  taspan::detail::check_period(f, period);
  detail::check_threads(f, threads);
  const auto x = detail::input_view(f, "in", in);
  const auto y = detail::output_view(f, "out", out, x);
  detail::ema_panel(x, y, period, seed, threads);
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> ema(const In& in, int period = 30, ema_seed seed = ema_seed::sma,
                                     int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  ema(in, out, period, seed, threads);
  return out;
}

using taspan::ema_lookback;
using taspan::ema_seed;

}  // namespace taspan::panel
TASPAN_PANEL_SIMD_END
