#pragma once
// Vortex indicator (not in TA-Lib; Botes and Siepman, TASC January 2010). Reference:
// TradingView's built-in "Vortex Indicator" (Pine v5):
//   vi_plus  = sum(|high - low[1]|, period) / sum(TR, period)
//   vi_minus = sum(|low - high[1]|, period) / sum(TR, period)
// TR is the true range. NaN where the window's true ranges sum to 0 (flat prices). Default
// period 14. Lookback period (the first movement is on bar 1).
// NaN: the state restarts (NaN on that bar and the lookback bars after it: the windows that hold
// it, as the next bar's movements use its high, low and close).
// Batch and streaming run the same core: bit-identical.

#include <array>
#include <cmath>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/multi_core.hpp"
#include "../core/detail/wilder.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int vortex_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <class T>
struct vortex_result {
  std::vector<T> vi_plus, vi_minus;
};

namespace detail {

class vortex_core {
 public:
  explicit vortex_core(int period) : plus_(period, 1.0), minus_(period, 1.0), tr_(period, 1.0) {}
  values<2> step(double h, double l, double c) noexcept {
    const bool first = !has_prev_;
    const moves m = moves_of(h, l);
    prev_ = {h, l, c};
    has_prev_ = true;
    if (first) return nan_values<2>();
    const double p = plus_.step(m.plus);
    const double n = minus_.step(m.minus);
    return ratios(p, n, tr_.step(m.range));
  }
  [[nodiscard]] values<2> peek(double h, double l, double /*close*/) const noexcept {
    if (!has_prev_) return nan_values<2>();
    const moves m = moves_of(h, l);
    return ratios(plus_.peek(m.plus), minus_.peek(m.minus), tr_.peek(m.range));
  }
  [[nodiscard]] bool ready() const noexcept { return tr_.ready(); }
  void reset() noexcept {
    plus_.reset();
    minus_.reset();
    tr_.reset();
    has_prev_ = false;
  }

 private:
  struct moves {
    double plus, minus, range;
  };
  [[nodiscard]] moves moves_of(double h, double l) const noexcept {
    return {std::abs(h - prev_[1]), std::abs(l - prev_[0]), true_range(h, l, prev_[2])};
  }
  static values<2> ratios(double p, double n, double tr) noexcept {
    if (!(tr > 0.0)) return nan_values<2>();
    return {p / tr, n / tr};
  }
  rolling_sum_core<double> plus_, minus_, tr_;
  std::array<double, 3> prev_{};  // high, low, close of the previous bar
  bool has_prev_ = false;
};

}  // namespace detail

template <series H, series L, series C, output_series P, output_series M>
void vortex(const H& high, const L& low, const C& close, P&& vi_plus, M&& vi_minus,
            int period = 14) {
  detail::check_period("vortex", period);
  detail::check_same_sizes("vortex", {"high", "low", "close"}, high, low, close);
  auto [h, l, c, p, m] = detail::spans_of("vortex", detail::inputs(high, low, close),
                                          {"out", "out"}, vi_plus, vi_minus);
  if (detail::warmup_only(vortex_lookback(period), p, m)) return;  // no state sized by the periods
  using T = series_value_t<C>;
  detail::run_multi_core(detail::vortex_core(period), std::array<std::span<T>, 2>{p, m}, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] vortex_result<series_value_t<C>> vortex(const H& high, const L& low, const C& close,
                                                      int period = 14) {
  using T = series_value_t<C>;
  const auto n = std::ranges::size(close);
  vortex_result<T> r{std::vector<T>(n), std::vector<T>(n)};
  vortex(high, low, close, r.vi_plus, r.vi_minus, period);
  return r;
}

template <class T>
class vortex_stream : public detail::multi_core_stream<T, detail::vortex_core> {
 public:
  struct value {
    T vi_plus, vi_minus;
  };
  explicit vortex_stream(int period = 14)
      : detail::multi_core_stream<T, detail::vortex_core>(
            detail::vortex_core(detail::check_period("vortex_stream", period)),
            vortex_lookback(period)) {}
  value update(T high, T low, T close) noexcept {
    const auto v = this->step(high, low, close);
    return {v[0], v[1]};
  }
  [[nodiscard]] value peek(T high, T low, T close) const noexcept {
    const auto v = this->peek_step(high, low, close);
    return {v[0], v[1]};
  }
};

}  // namespace taspan
