#pragma once
// ULTOSC, Williams' ultimate oscillator (TA-Lib ULTOSC): default periods 7, 14, 28 (each >= 1),
// lookback max(periods).
//
//   BP_i = close_i - min(low_i, close_{i-1});  TR_i = true range (trange.hpp)
//   A_p = sum(BP) / sum(TR) over the last p bars (0 when sum(TR) == 0)
//   ULTOSC = 100 * (4 * A_short + 2 * A_middle + A_long) / 7
//
// As TA-Lib, the periods are sorted first: the shortest gets weight 4 whatever the argument order.
// Each ratio is clamped to [0, 1] (it is, mathematically, for bars with low <= close <= high) so
// that running-sum rounding cannot leave the range; inconsistent bars may differ from TA-Lib.
// Window sums are re-seeded exactly every window length (rolling/sum.hpp): no drift.
// NaN: a NaN input at bar k makes the terms of bars k and k+1 NaN, and so exactly the outputs
// whose longest window holds one of them. Batch == streaming bitwise.

#include <algorithm>
#include <array>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/wilder.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int ultosc_lookback(int period1 = 7, int period2 = 14,
                                            int period3 = 28) noexcept {
  if (!detail::lookback_args_ok(period1, period2, period3)) return -1;
  return std::max(std::max(period1, period2), period3);
}

namespace detail {

class ultosc_core {
 public:
  static constexpr bool nan_aware = true;
  ultosc_core(int p1, int p2, int p3) : ultosc_core(sorted(p1, p2, p3)) {}

  template <real T>
  T step(T h, T l, T c) noexcept {
    if (!started_) {
      started_ = true;
      prev_close_ = static_cast<double>(c);
      return nan_v<T>;
    }
    const auto [bp, tr] = terms(h, l, c);
    const double nz = nonzero(tr);
    std::array<window_sum, 9> w;
    for (std::size_t k = 0; k < 3; ++k) {
      w[3 * k] = bp_[k].next(bp);
      w[3 * k + 1] = tr_[k].next(tr);
      w[3 * k + 2] = nz_[k].next(nz);
      bp_[k].commit(bp, w[3 * k]);
      tr_[k].commit(tr, w[3 * k + 1]);
      nz_[k].commit(nz, w[3 * k + 2]);
    }
    prev_close_ = static_cast<double>(c);
    return tr_[2].full() ? value<T>(w) : nan_v<T>;
  }
  template <real T>
  [[nodiscard]] T peek(T h, T l, T c) const noexcept {
    if (!started_ || !tr_[2].full_after_next()) return nan_v<T>;
    const auto [bp, tr] = terms(h, l, c);
    std::array<window_sum, 9> w;
    for (std::size_t k = 0; k < 3; ++k) {
      w[3 * k] = bp_[k].next(bp);
      w[3 * k + 1] = tr_[k].next(tr);
      w[3 * k + 2] = nz_[k].next(nonzero(tr));
    }
    return value<T>(w);
  }
  [[nodiscard]] bool ready() const noexcept { return tr_[2].full(); }
  void reset() noexcept {
    for (auto& s : bp_) s.reset();
    for (auto& s : tr_) s.reset();
    for (auto& s : nz_) s.reset();
    started_ = false;
  }

 private:
  explicit ultosc_core(std::array<int, 3> p)
      : bp_{window_sum_stream<double>(p[0]), window_sum_stream<double>(p[1]),
            window_sum_stream<double>(p[2])},
        tr_{window_sum_stream<double>(p[0]), window_sum_stream<double>(p[1]),
            window_sum_stream<double>(p[2])},
        nz_{window_sum_stream<double>(p[0]), window_sum_stream<double>(p[1]),
            window_sum_stream<double>(p[2])} {}
  [[nodiscard]] static double nonzero(double tr) noexcept { return tr != 0.0 ? 1.0 : 0.0; }
  static std::array<int, 3> sorted(int p1, int p2, int p3) {
    std::array<int, 3> p{p1, p2, p3};
    std::sort(p.begin(), p.end());
    return p;
  }
  template <real T>
  [[nodiscard]] std::pair<double, double> terms(T high, T low, T close) const noexcept {
    const auto h = static_cast<double>(high);
    const auto l = static_cast<double>(low);
    const auto c = static_cast<double>(close);
    if (any_nan(h, l, c, prev_close_)) return {nan_v<double>, nan_v<double>};
    const double true_low = l < prev_close_ ? l : prev_close_;
    return {c - true_low, true_range(h, l, prev_close_)};
  }
  // A_p = sum(BP)/sum(TR), 0 when the window has no nonzero TR (counted exactly, so running-sum
  // rounding cannot turn an empty window into 1e-16/1e-16); clamped to [0, 1] because
  // 0 <= BP <= TR on every bar.
  [[nodiscard]] static double ratio(const window_sum& bp, const window_sum& tr,
                                    const window_sum& nz) noexcept {
    if (nz.sum == 0.0 || !(tr.sum > 0.0)) return 0.0;
    const double r = bp.sum / tr.sum;
    return r < 0.0 ? 0.0 : (r > 1.0 ? 1.0 : r);
  }
  template <real T>
  [[nodiscard]] static T value(const std::array<window_sum, 9>& w) noexcept {
    for (const auto& s : w)
      if (s.nans != 0) return nan_v<T>;
    double out = 4.0 * ratio(w[0], w[1], w[2]);
    out += 2.0 * ratio(w[3], w[4], w[5]);
    out += ratio(w[6], w[7], w[8]);
    return static_cast<T>(100.0 * (out / 7.0));
  }

  std::array<window_sum_stream<double>, 3> bp_;  // shortest, middle, longest window
  std::array<window_sum_stream<double>, 3> tr_;
  std::array<window_sum_stream<double>, 3> nz_;  // number of nonzero TR in each window (exact)
  double prev_close_ = 0.0;
  bool started_ = false;
};

inline void check_ultosc(std::string_view function, int p1, int p2, int p3) {
  check_min(function, "period1", p1, 1);
  check_min(function, "period2", p2, 1);
  check_min(function, "period3", p3, 1);
}

}  // namespace detail

template <series H, series L, series C, output_series Out>
void ultosc(const H& high, const L& low, const C& close, Out&& out, int period1 = 7,
            int period2 = 14, int period3 = 28) {
  detail::check_ultosc("ultosc", period1, period2, period3);
  auto [h, l, c, y] = detail::hlc_spans("ultosc", high, low, close, out);
  if (detail::warmup_only(ultosc_lookback(period1, period2, period3), y)) return;
  detail::run_core(detail::ultosc_core(period1, period2, period3), y, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> ultosc(const H& high, const L& low, const C& close,
                                                    int period1 = 7, int period2 = 14,
                                                    int period3 = 28) {
  return detail::output_vector(
      high, [&](auto& out) { ultosc(high, low, close, out, period1, period2, period3); });
}

template <class T>
class ultosc_stream : public detail::core_stream<T, detail::ultosc_core> {
 public:
  explicit ultosc_stream(int period1 = 7, int period2 = 14, int period3 = 28)
      : detail::core_stream<T, detail::ultosc_core>(checked(period1, period2, period3),
                                                    ultosc_lookback(period1, period2, period3)) {}
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }

 private:
  static detail::ultosc_core checked(int p1, int p2, int p3) {
    detail::check_ultosc("ultosc_stream", p1, p2, p3);
    return {p1, p2, p3};
  }
};

}  // namespace taspan
