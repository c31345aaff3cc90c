#pragma once
// MFI, money flow index (TA-Lib MFI): default period 14 (>= 2), lookback period.
//
//   TP = (high + low + close) / 3;  flow_i = TP_i * volume_i, positive when TP_i > TP_{i-1},
//   negative when TP_i < TP_{i-1}, neither when equal;
//   MFI = 100 * pos / (pos + neg) over the flows of the last `period` bars, and 0 when
//   pos + neg == 0 (TA-Lib 0.6 tests exactly 0; older versions returned 0 below 1.0)
//
// Window sums are re-seeded exactly every `period` bars (rolling/sum.hpp), so they do not drift.
// NaN: a NaN input at bar k makes the flows of bars k and k+1 NaN, so exactly the outputs whose
// windows hold one of them (bars k .. k + period) are NaN. Batch == streaming bitwise.

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int mfi_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

namespace detail {

class mfi_core {
 public:
  static constexpr bool nan_aware = true;
  explicit mfi_core(int period) : pos_(period), neg_(period), pos_n_(period), neg_n_(period) {}

  template <real T>
  T step(T h, T l, T c, T v) noexcept {
    const double tp = typical(h, l, c);
    if (!started_) {
      started_ = true;
      prev_tp_ = tp;
      return nan_v<T>;
    }
    const auto [p, n] = flows(tp, static_cast<double>(v));
    const window_sum wp = pos_.next(p);
    const window_sum wn = neg_.next(n);
    const window_sum cp = pos_n_.next(nonzero(p));
    const window_sum cn = neg_n_.next(nonzero(n));
    pos_.commit(p, wp);
    neg_.commit(n, wn);
    pos_n_.commit(nonzero(p), cp);
    neg_n_.commit(nonzero(n), cn);
    prev_tp_ = tp;
    return pos_.full() ? value<T>(wp, wn, cp, cn) : nan_v<T>;
  }
  template <real T>
  [[nodiscard]] T peek(T h, T l, T c, T v) const noexcept {
    if (!started_ || !pos_.full_after_next()) return nan_v<T>;
    const auto [p, n] = flows(typical(h, l, c), static_cast<double>(v));
    return value<T>(pos_.next(p), neg_.next(n), pos_n_.next(nonzero(p)), neg_n_.next(nonzero(n)));
  }
  [[nodiscard]] bool ready() const noexcept { return pos_.full(); }
  void reset() noexcept {
    pos_.reset();
    neg_.reset();
    pos_n_.reset();
    neg_n_.reset();
    started_ = false;
  }

 private:
  template <real T>
  [[nodiscard]] static double typical(T h, T l, T c) noexcept {
    return (static_cast<double>(h) + static_cast<double>(l) + static_cast<double>(c)) / 3.0;
  }
  [[nodiscard]] std::pair<double, double> flows(double tp, double volume) const noexcept {
    const double diff = tp - prev_tp_;
    const double mf = tp * volume;
    if (any_nan(diff, mf)) return {nan_v<double>, nan_v<double>};
    return {diff > 0 ? mf : 0.0, diff < 0 ? mf : 0.0};
  }
  [[nodiscard]] static double nonzero(double flow) noexcept { return flow != 0.0 ? 1.0 : 0.0; }
  // The running sums of non-negative flows can be off by rounding between re-seeds: a window
  // without any flow of a side (counted exactly) has exactly 0, and no sum is below 0.
  template <real T>
  [[nodiscard]] static T value(const window_sum& p, const window_sum& n, const window_sum& cp,
                               const window_sum& cn) noexcept {
    if (p.nans != 0 || n.nans != 0) return nan_v<T>;
    const double ps = cp.sum > 0.0 && p.sum > 0.0 ? p.sum : 0.0;
    const double ns = cn.sum > 0.0 && n.sum > 0.0 ? n.sum : 0.0;
    const double s = ps + ns;
    return static_cast<T>(s > 0.0 ? 100.0 * (ps / s) : 0.0);
  }

  window_sum_stream<double> pos_;
  window_sum_stream<double> neg_;
  window_sum_stream<double> pos_n_;  // number of nonzero flows in the window (exact)
  window_sum_stream<double> neg_n_;
  double prev_tp_ = 0.0;
  bool started_ = false;
};

}  // namespace detail

template <series H, series L, series C, series V, output_series Out>
void mfi(const H& high, const L& low, const C& close, const V& volume, Out&& out, int period = 14) {
  detail::check_period("mfi", period, 2);
  detail::check_same_sizes("mfi", {"high", "low", "close", "volume"}, high, low, close, volume);
  auto [h, l, c, v, y] =
      detail::spans_of("mfi", detail::inputs(high, low, close, volume), {"out"}, out);
  if (detail::warmup_only(mfi_lookback(period), y)) return;
  detail::run_core(detail::mfi_core(period), y, h, l, c, v);
}

template <series H, series L, series C, series V>
[[nodiscard]] std::vector<series_value_t<H>> mfi(const H& high, const L& low, const C& close,
                                                 const V& volume, int period = 14) {
  return detail::output_vector(high,
                               [&](auto& out) { mfi(high, low, close, volume, out, period); });
}

template <class T>
class mfi_stream : public detail::core_stream<T, detail::mfi_core> {
 public:
  explicit mfi_stream(int period = 14)
      : detail::core_stream<T, detail::mfi_core>(
            detail::mfi_core(detail::check_period("mfi_stream", period, 2)), mfi_lookback(period)) {
  }
  T update(T high, T low, T close, T volume) noexcept {
    return this->step(high, low, close, volume);
  }
  [[nodiscard]] T peek(T high, T low, T close, T volume) const noexcept {
    return this->peek_step(high, low, close, volume);
  }
};

}  // namespace taspan
