#pragma once
// Panel BBANDS (TA-Lib BBANDS: period 5, nbdevup 2, nbdevdn 2, matype sma) and Donchian channels
// on every column of a panel; see taspan::bbands (overlap/bbands.hpp) and taspan::donchian
// (volatility/donchian.hpp).
//
// bbands, middle types:
//   - column-major panels, every matype taspan::bbands supports (sma, ema, wma, dema, tema,
//     trima, kama, t3): taspan::bbands runs on each column in place: bit-identical.
//   - row-major panels, sma and ema: vectorised across symbols. The standard deviation is the
//     panel rolling_stddev's, an SMA middle the mean of the same window moments (c + s1/p; the
//     panel sma where the moments leave a window out), as taspan::bbands computes them, and the
//     bands are formed as there (middle +- nbdev * sd, in double): bit-identical. EMA middles
//     agree as panel::ema does with taspan::ema (1e-12 relative for double, 1 float ulp for
//     float). Columns that do not fill a packet run taspan::bbands on a gathered copy.
//   - row-major panels, other matypes: each column is gathered into contiguous scratch and
//     taspan::bbands runs on it (bit-identical, not vectorised across symbols).
// donchian: upper = panel rolling_max of high, lower = panel rolling_min of low, middle = their
// mean in double: bit-identical to taspan::donchian, both storage orders.

#include <span>
#include <vector>

#include "../overlap/bbands.hpp"
#include "../volatility/donchian.hpp"
#include "core.hpp"
#include "ema.hpp"
#include "rolling_minmax.hpp"
#include "rolling_sum.hpp"
#include "rolling_var.hpp"

TASPAN_PANEL_SIMD_BEGIN
namespace taspan::panel {

// The three bands of a panel, each with the input's shape and storage order.
template <class M>
struct bands {
  M upper, middle, lower;
};

namespace detail {

// Runs f(x, outs...) with spans of column j of each panel, gathering a row-major column into
// contiguous scratch (one vector per panel, reused) and scattering the outputs back.
template <real T, std::size_t N, class F>
void on_column_copy(const view<const T>& x, const std::array<view<T>, N>& outs, Index j,
                    std::vector<std::vector<T>>& scratch, F&& f) {
  const auto n = static_cast<std::size_t>(x.rows);
  scratch.resize(N + 1);
  for (auto& s : scratch) s.resize(n);
  for (Index i = 0; i < x.rows; ++i) scratch[0][static_cast<std::size_t>(i)] = x.row(i)[j];
  std::array<std::span<T>, N> o;
  for (std::size_t k = 0; k < N; ++k) o[k] = std::span<T>(scratch[k + 1]);
  f(std::span<const T>(scratch[0]), o);
  for (std::size_t k = 0; k < N; ++k)
    for (Index i = 0; i < x.rows; ++i)
      outs[k].row(i)[j] = scratch[k + 1][static_cast<std::size_t>(i)];
}

// Columns [c0, c1) of a row-major panel, all in whole packets; SMA or EMA middle.
template <real T>
void bbands_rows(const view<const T>& x, const view<T>& u, const view<T>& m, const view<T>& l,
                 Index c0, Index c1, int period, double up, double dn, ma_type type) {
  const auto fin = taspan::detail::population_stddev(period);
  // The standard deviation goes to `lower` first, then both bands are formed from it. An SMA
  // middle is the moments' mean where they hold the window, else the SMA (as taspan::bbands).
  if (type == ma_type::sma) {
    rolling_sum_rows(x, m, c0, c1, period, static_cast<double>(period));
    variance_rows(x, l, c0, c1, period, fin, &m);
  } else {
    ema_rows(x, m, c0, c1, period, false);
    variance_rows(x, l, c0, c1, period, fin);
  }
  for (Index i = 0; i < x.rows; ++i) {
    const T* mr = m.row(i);
    T* ur = u.row(i);
    T* lr = l.row(i);
    for (Index j = c0; j < c1; ++j) {
      const double mid = static_cast<double>(mr[j]);
      const double sd = static_cast<double>(lr[j]);
      ur[j] = static_cast<T>(mid + up * sd);
      lr[j] = static_cast<T>(mid - dn * sd);
    }
  }
}

}  // namespace detail

// Bollinger bands of every column; see taspan::bbands and the header comment for matypes.
template <readable_panel In, writable_panel U, writable_panel M, writable_panel L>
void bbands(const In& in, U&& upper, M&& middle, L&& lower, int period = 5, double nbdevup = 2.0,
            double nbdevdn = 2.0, ma_type type = ma_type::sma, int threads = 1) {
  constexpr const char* f = "panel::bbands";
  taspan::detail::check_bbands(f, period, nbdevup, nbdevdn, type);
  detail::check_threads(f, threads);
  const auto x = detail::input_view(f, "in", in);
  const auto u = detail::output_view(f, "upper", upper, x);
  const auto m = detail::output_view(f, "middle", middle, x);
  const auto l = detail::output_view(f, "lower", lower, x);
  using T = panel_value_t<In>;
  const auto single = [&](std::span<const T> xs, std::span<T> us, std::span<T> ms,
                          std::span<T> ls) {
    taspan::bbands(xs, us, ms, ls, period, nbdevup, nbdevdn, type);
  };
  if (!x.row_major) {
    detail::for_column_blocks(x.cols, threads, 1, [&](Index c0, Index c1) {
      for (Index j = c0; j < c1; ++j)
        single(x.col_span(j), u.col_span(j), m.col_span(j), l.col_span(j));
    });
  } else if (type == ma_type::sma || type == ma_type::ema) {
    detail::for_column_blocks(x.cols, threads, detail::line_cols<T>, [&](Index c0, Index c1) {
      // Columns that do not fill a packet: taspan::bbands on a gathered copy.
      const Index cv = c1 - (c1 - c0) % detail::simd::width;
      if (cv > c0) detail::bbands_rows(x, u, m, l, c0, cv, period, nbdevup, nbdevdn, type);
      std::vector<std::vector<T>> scratch;
      for (Index j = cv; j < c1; ++j)
        detail::on_column_copy<T, 3>(x, {u, m, l}, j, scratch,
                                     [&](auto xs, const auto& o) { single(xs, o[0], o[1], o[2]); });
    });
  } else {
    detail::for_column_blocks(x.cols, threads, detail::line_cols<T>, [&](Index c0, Index c1) {
      std::vector<std::vector<T>> scratch;
      for (Index j = c0; j < c1; ++j)
        detail::on_column_copy<T, 3>(x, {u, m, l}, j, scratch,
                                     [&](auto xs, const auto& o) { single(xs, o[0], o[1], o[2]); });
    });
  }
}

template <readable_panel In>
[[nodiscard]] bands<panel_matrix_t<In>> bbands(const In& in, int period = 5, double nbdevup = 2.0,
                                               double nbdevdn = 2.0, ma_type type = ma_type::sma,
                                               int threads = 1) {
  bands<panel_matrix_t<In>> r{panel_matrix_t<In>(in.rows(), in.cols()),
                              panel_matrix_t<In>(in.rows(), in.cols()),
                              panel_matrix_t<In>(in.rows(), in.cols())};
  bbands(in, r.upper, r.middle, r.lower, period, nbdevup, nbdevdn, type, threads);
  return r;
}

// Donchian channel of every column from high and low panels (one shape and storage order);
// see taspan::donchian (default period 20, lookback period-1).
template <readable_panel H, readable_panel Lo, writable_panel U, writable_panel M, writable_panel L>
void donchian(const H& high, const Lo& low, U&& upper, M&& middle, L&& lower, int period = 20,
              int threads = 1) {
  constexpr const char* f = "panel::donchian";
  static_assert(std::is_same_v<panel_value_t<H>, panel_value_t<Lo>>,
                "taspan::panel::donchian: high and low must hold the same value type");
  taspan::detail::check_period(f, period);
  detail::check_threads(f, threads);
  const auto h = detail::input_view(f, "high", high);
  const auto lo = detail::input_view(f, "low", low);
  detail::check_same_shape(f, "low", lo, "high", h);
  const auto u = detail::output_view(f, "upper", upper, h);
  const auto m = detail::output_view(f, "middle", middle, h);
  const auto l = detail::output_view(f, "lower", lower, h);
  using T = panel_value_t<H>;
  const auto mid = [&](Index c0, Index c1) {
    if (h.row_major) {
      for (Index i = 0; i < h.rows; ++i)
        for (Index j = c0; j < c1; ++j)
          m.row(i)[j] = taspan::detail::channel_middle(u.row(i)[j], l.row(i)[j]);
    } else {
      for (Index j = c0; j < c1; ++j)
        for (Index i = 0; i < h.rows; ++i)
          m.col(j)[i] = taspan::detail::channel_middle(u.col(j)[i], l.col(j)[i]);
    }
  };
  if (h.row_major) {
    detail::for_column_blocks(h.cols, threads, detail::line_cols<T>, [&](Index c0, Index c1) {
      detail::rolling_extreme_rows<true>(h, u, c0, c1, period);
      detail::rolling_extreme_rows<false>(lo, l, c0, c1, period);
      mid(c0, c1);
    });
  } else {
    detail::for_column_blocks(h.cols, threads, 1, [&](Index c0, Index c1) {
      detail::transposed_blocks<T, 1>(
          {h}, u, c0, c1, [&](const auto& tin, const detail::view<T>& o, Index b0, Index b1) {
            detail::rolling_extreme_rows<true>(tin[0], o, b0, b1, period);
          });
      detail::transposed_blocks<T, 1>(
          {lo}, l, c0, c1, [&](const auto& tin, const detail::view<T>& o, Index b0, Index b1) {
            detail::rolling_extreme_rows<false>(tin[0], o, b0, b1, period);
          });
      mid(c0, c1);
    });
  }
}

template <readable_panel H, readable_panel Lo>
[[nodiscard]] bands<panel_matrix_t<H>> donchian(const H& high, const Lo& low, int period = 20,
                                                int threads = 1) {
  bands<panel_matrix_t<H>> r{panel_matrix_t<H>(high.rows(), high.cols()),
                             panel_matrix_t<H>(high.rows(), high.cols()),
                             panel_matrix_t<H>(high.rows(), high.cols())};
  donchian(high, low, r.upper, r.middle, r.lower, period, threads);
  return r;
}

using taspan::bbands_lookback;
using taspan::donchian_lookback;
using taspan::ma_type;

}  // namespace taspan::panel
TASPAN_PANEL_SIMD_END
