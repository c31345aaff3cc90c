#pragma once
// Panel RSI and ATR: taspan::rsi (momentum/rsi.hpp) and taspan::atr (volatility/atr.hpp) on
// every column. ATR is bit-identical to taspan::atr column by column. RSI, in both layouts,
// steps one bar at a time like rsi_stream (bit-identical to it); taspan::rsi's batch takes two
// bars a step (gain_loss_core::run_pairs), so panel RSI agrees with it to rounding (~1e-14).
//
// Same state machines as the single-series cores (detail::gain_loss_core / rsi_core, atr_core):
// TA-Lib seeding (the first averages are the means of the first `period` changes / true ranges;
// wilder_seed::tradingview for ATR as in taspan::atr), Wilder smoothing s*keep + x*take in double,
// and a NaN input yields NaN and restarts the warm-up of that symbol only (so leading NaNs of a
// symbol that starts trading later just delay its first value).
// Row-major panels step all symbols of a bar at once, lane by lane with the cores' arithmetic;
// column-major panels run the single-series core on each column.

#include <vector>

#include "../core/detail/core_stream.hpp"
#include "../momentum/rsi.hpp"
#include "../volatility/atr.hpp"
#include "core.hpp"
#include "detail/simd.hpp"

TASPAN_PANEL_SIMD_BEGIN
namespace taspan::panel {
namespace detail {

// Columns [c0, c1) of a row-major panel, each stepped like taspan::detail::rsi_core.
template <real T>
void rsi_rows(const view<const T>& x, const view<T>& y, Index c0, Index c1, int period) {
  using namespace simd;
  const Index w = c1 - c0;
  const Index wv = w - w % width;
  std::vector<taspan::detail::rsi_core> tail(static_cast<std::size_t>(w - wv),
                                             taspan::detail::rsi_core(period));
  std::vector<double> state(static_cast<std::size_t>(4 * wv), 0.0);
  double* counts = state.data();  // gain_loss_core::count_: -1 no previous price, saturates at n
  double* prevs = counts + wv;
  double* gains = prevs + wv;
  double* losses = gains + wv;
  std::fill_n(counts, wv, -1.0);
  const double dp = static_cast<double>(period);
  const taspan::detail::wilder_weights ww(period);
  const pd P = set1(dp), KEEP = set1(ww.keep), TAKE = set1(ww.take), one = set1(1.0),
           zero = set1(0.0), hundred = set1(100.0), nan = set1(nan_v<double>),
           minus_one = set1(-1.0);
  // taspan::detail::positive_part lane by lane: 0.5 * (x + |x|), inf above DBL_MAX / 2 as there.
  const auto positive_part = [&](const pd& c) { return mul(set1(0.5), add(c, ei::pabs(c))); };
  // RSI of averages g, l: 100 * (g / (g + l)), or 0 when g + l == 0.
  const auto rsi_of = [&](const pd& g, const pd& l) {
    const pd s = add(g, l);
    return select(lt_mask(zero, s), mul(hundred, div(g, s)), zero);
  };
  bool all_ready = false;
  for (Index i = 0; i < x.rows; ++i) {
    const T* xr = x.row(i) + c0;
    T* yr = y.row(i) + c0;
    if (all_ready && !has_nan(xr, wv)) {
      bool overflow = false;
      for (Index j = 0; j < wv; j += width) {
        const pd v = load_wide(xr + j);
        const pd change = sub(v, load(prevs + j));
        const pd ng = add(mul(load(gains + j), KEEP), mul(positive_part(change), TAKE));
        const pd nl =
            add(mul(load(losses + j), KEEP), mul(positive_part(ei::pnegate(change)), TAKE));
        const pd both = add(sub(ng, ng), sub(nl, nl));  // 0, or NaN where an average overflowed
        const pd fine = finite_mask(both);
        overflow = overflow || any_nonfinite(both);
        store(counts + j, select(fine, P, minus_one));  // an overflow restarts the lane
        store(prevs + j, v);
        store(gains + j, ng);
        store(losses + j, nl);
        store_narrow(yr + j, select(fine, rsi_of(ng, nl), nan));
      }
      all_ready = !overflow;
    } else {
      pd least = P;
      for (Index j = 0; j < wv; j += width) {
        const pd v = load_wide(xr + j);
        const pd ok = number_mask(v);
        const pd cnt = load(counts + j), gain = load(gains + j), loss = load(losses + j);
        const pd has_prev = le_mask(zero, cnt);
        const pd ready = le_mask(P, cnt);
        const pd change = sub(v, load(prevs + j));
        const pd g = positive_part(change);
        const pd l = positive_part(ei::pnegate(change));
        const pd ag = add(gain, g), al = add(loss, l), n1 = add(cnt, one);
        const pd seeded = eq_mask(n1, P);
        pd ng = select(ready, add(mul(gain, KEEP), mul(g, TAKE)), select(seeded, div(ag, P), ag));
        pd nl = select(ready, add(mul(loss, KEEP), mul(l, TAKE)), select(seeded, div(al, P), al));
        pd nc = select(ready, cnt, n1);
        // First price after a (re)start: count 0, averages 0.
        ng = keep(ng, has_prev);
        nl = keep(nl, has_prev);
        nc = keep(nc, has_prev);
        // NaN, or averages that overflowed (gain_loss_core::restart_if_overflowed): count -1.
        const pd fine = finite_mask(add(sub(ng, ng), sub(nl, nl)));
        nc = select(mask_and(ok, fine), nc, minus_one);
        least = min(least, nc);
        const pd valid = mask_and(mask_and(ok, fine), mask_and(has_prev, mask_or(ready, seeded)));
        store(counts + j, nc);
        store(prevs + j, v);
        store(gains + j, ng);
        store(losses + j, nl);
        store_narrow(yr + j, select(valid, rsi_of(ng, nl), nan));
      }
      all_ready = wv > 0 && ei::predux_min(least) >= dp;
    }
    for (Index j = wv; j < w; ++j) yr[j] = tail[static_cast<std::size_t>(j - wv)].step(xr[j]);
  }
}

// Columns [c0, c1) of row-major high/low/close panels, each stepped like taspan::detail::atr_core.
template <real T>
void atr_rows(const view<const T>& h, const view<const T>& l, const view<const T>& c,
              const view<T>& y, Index c0, Index c1, int period, wilder_seed seed) {
  using namespace simd;
  const Index w = c1 - c0;
  const Index wv = w - w % width;
  std::vector<taspan::detail::atr_core> tail(static_cast<std::size_t>(w - wv),
                                             taspan::detail::atr_core(period, seed));
  std::vector<double> state(static_cast<std::size_t>(3 * wv), 0.0);
  double* counts = state.data();  // atr_core::count_: -1 no bar yet, saturates at period
  double* pcs = counts + wv;      // previous close
  double* atrs = pcs + wv;
  std::fill_n(counts, wv, -1.0);
  const bool tradingview = seed == wilder_seed::tradingview;
  const double dp = static_cast<double>(period);
  const taspan::detail::wilder_weights ww(period);
  const pd P = set1(dp), KEEP = set1(ww.keep), TAKE = set1(ww.take), one = set1(1.0),
           zero = set1(0.0), nan = set1(nan_v<double>), minus_one = set1(-1.0);
  // taspan::detail::true_range, lane by lane (same selects, so even signed zeros agree).
  const auto true_range = [&](const pd& hi, const pd& lo, const pd& pc) {
    pd r = sub(hi, lo);
    const pd a = sub(hi, pc), b = sub(lo, pc);
    const pd ua = select(lt_mask(a, zero), ei::pnegate(a), a);
    const pd ub = select(lt_mask(b, zero), ei::pnegate(b), b);
    r = select(lt_mask(r, ua), ua, r);
    return select(lt_mask(r, ub), ub, r);
  };
  bool all_ready = false;
  for (Index i = 0; i < c.rows; ++i) {
    const T* hr = h.row(i) + c0;
    const T* lr = l.row(i) + c0;
    const T* cr = c.row(i) + c0;
    T* yr = y.row(i) + c0;
    if (all_ready && !has_nan(hr, wv) && !has_nan(lr, wv) && !has_nan(cr, wv)) {
      bool overflow = false;
      for (Index j = 0; j < wv; j += width) {
        const pd tr = true_range(load_wide(hr + j), load_wide(lr + j), load(pcs + j));
        const pd a = add(mul(load(atrs + j), KEEP), mul(tr, TAKE));
        const pd fine = finite_mask(a);  // else atr_core restarts the lane
        overflow = overflow || any_nonfinite(a);
        store(counts + j, select(fine, P, minus_one));
        store(pcs + j, load_wide(cr + j));
        store(atrs + j, a);
        store_narrow(yr + j, select(fine, a, nan));
      }
      all_ready = !overflow;
    } else {
      pd least = P;
      for (Index j = 0; j < wv; j += width) {
        const pd hi = load_wide(hr + j), lo = load_wide(lr + j), cl = load_wide(cr + j);
        // any_nan: one compare on the sum of the bar's inputs.
        const pd ok = number_mask(add(add(hi, lo), cl));
        const pd cnt = load(counts + j), atr = load(atrs + j);
        const pd started = le_mask(zero, cnt);  // false: first bar after a (re)start
        // First bar: TradingView seeds with high - low, TA-Lib waits for a previous close.
        const pd tr = select(started, true_range(hi, lo, load(pcs + j)), sub(hi, lo));
        const pd base_cnt = keep(cnt, started), base_atr = keep(atr, started);
        const pd ready = le_mask(P, base_cnt);
        const pd acc = add(base_atr, tr), n1 = add(base_cnt, one);
        const pd seeded = eq_mask(n1, P);
        pd na = select(ready, add(mul(base_atr, KEEP), mul(tr, TAKE)),
                       select(seeded, div(acc, P), acc));
        pd nc = select(ready, base_cnt, n1);
        pd valid = mask_or(ready, seeded);
        if (!tradingview) {  // TA-Lib: the first bar only records its close
          na = keep(na, started);
          nc = keep(nc, started);
          valid = mask_and(valid, started);
        }
        const pd fine = mask_and(ok, finite_mask(na));  // NaN bar or overflow: restart
        nc = select(fine, nc, minus_one);
        valid = mask_and(valid, fine);
        least = min(least, nc);
        store(counts + j, nc);
        store(pcs + j, cl);
        store(atrs + j, na);
        store_narrow(yr + j, select(valid, na, nan));
      }
      all_ready = wv > 0 && ei::predux_min(least) >= dp;
    }
    for (Index j = wv; j < w; ++j)
      yr[j] = tail[static_cast<std::size_t>(j - wv)].step(hr[j], lr[j], cr[j]);
  }
}

}  // namespace detail

// RSI of every column (TA-Lib RSI, default period 14, period >= 2); see taspan::rsi.
template <readable_panel In, writable_panel Out>
void rsi(const In& in, Out&& out, int period = 14, int threads = 1) {
  constexpr const char* f = "panel::rsi";
  taspan::detail::check_period(f, period, 2);
  detail::check_threads(f, threads);
  const auto x = detail::input_view(f, "in", in);
  const auto y = detail::output_view(f, "out", out, x);
  using T = panel_value_t<In>;
  if (x.row_major) {
    detail::for_column_blocks(x.cols, threads, detail::line_cols<T>,
                              [&](Index c0, Index c1) { detail::rsi_rows(x, y, c0, c1, period); });
  } else {
    detail::for_column_blocks(x.cols, threads, 1, [&](Index c0, Index c1) {
      for (Index j = c0; j < c1; ++j)
        taspan::detail::run_core(taspan::detail::rsi_core(period), y.col_span(j), x.col_span(j));
    });
  }
}

template <readable_panel In>
[[nodiscard]] panel_matrix_t<In> rsi(const In& in, int period = 14, int threads = 1) {
  panel_matrix_t<In> out(in.rows(), in.cols());
  rsi(in, out, period, threads);
  return out;
}

// ATR of every column (TA-Lib ATR, default period 14); see taspan::atr. high, low and close
// have one shape and storage order.
template <readable_panel H, readable_panel L, readable_panel C, writable_panel Out>
void atr(const H& high, const L& low, const C& close, Out&& out, int period = 14,
         wilder_seed seed = wilder_seed::talib, int threads = 1) {
  constexpr const char* f = "panel::atr";
  static_assert(std::is_same_v<panel_value_t<H>, panel_value_t<L>> &&
                    std::is_same_v<panel_value_t<H>, panel_value_t<C>>,
                "taspan::panel::atr: high, low and close must hold the same value type");
  taspan::detail::check_period(f, period);
  detail::check_threads(f, threads);
  const auto h = detail::input_view(f, "high", high);
  const auto l = detail::input_view(f, "low", low);
  const auto c = detail::input_view(f, "close", close);
  detail::check_same_shape(f, "low", l, "high", h);
  detail::check_same_shape(f, "close", c, "high", h);
  const auto y = detail::output_view(f, "out", out, h);
  using T = panel_value_t<H>;
  if (h.row_major) {
    detail::for_column_blocks(h.cols, threads, detail::line_cols<T>, [&](Index c0, Index c1) {
      detail::atr_rows(h, l, c, y, c0, c1, period, seed);
    });
  } else {
    detail::for_column_blocks(h.cols, threads, 1, [&](Index c0, Index c1) {
      for (Index j = c0; j < c1; ++j)
        taspan::detail::run_core(taspan::detail::atr_core(period, seed), y.col_span(j),
                                 h.col_span(j), l.col_span(j), c.col_span(j));
    });
  }
}

template <readable_panel H, readable_panel L, readable_panel C>
[[nodiscard]] panel_matrix_t<H> atr(const H& high, const L& low, const C& close, int period = 14,
                                    wilder_seed seed = wilder_seed::talib, int threads = 1) {
  panel_matrix_t<H> out(high.rows(), high.cols());
  atr(high, low, close, out, period, seed, threads);
  return out;
}

using taspan::atr_lookback;
using taspan::rsi_lookback;
using taspan::wilder_seed;

}  // namespace taspan::panel
TASPAN_PANEL_SIMD_END
