#pragma once
// VIDYA, Chande's variable index dynamic average (not in TA-Lib; Tushar Chande, "Adapting Moving
// Averages to Market Volatility", TASC March 1992), in the form of TradingView's VIDYA script
// (Pine v5): an EMA whose smoothing constant is scaled by the absolute Chande momentum
// oscillator of the last `period` changes:
//   up = sum of max(x - x[1], 0), down = sum of max(x[1] - x, 0), over `period` bars
//   cmo = |up - down| / (up + down)   (0 when up + down == 0: no move, nothing to follow)
//   a = 2 / (period + 1) * cmo;  vidya = a x + (1 - a) vidya[1]
// Seed (where taspan differs from the script): the script starts from 0 (nz(vidya[1])), which
// takes hundreds of bars to forget; taspan starts from the price before the first full CMO window,
// so vidya[lookback - 1] := x[lookback - 1]. Default period 9 (Chande's). Lookback period.
// NaN: recursive; a NaN input gives NaN and restarts the warm-up (so does an overflowed state).
// Batch and streaming run the same core: bit-identical.

#include <cmath>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/detail/wilder.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int vidya_lookback(int period = 9) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

namespace detail {

class vidya_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  explicit vidya_core(int period) : up_(period, 1.0), down_(period, 1.0), k_(ema_k(period)) {}

  double step(double x) noexcept {
    if (!has_prev_) {
      has_prev_ = true;
      prev_ = value_ = x;
      return nan_v<double>;
    }
    const double change = x - prev_;
    const double up = up_.step(positive_part(change));
    const double down = down_.step(positive_part(-change));
    prev_ = x;
    if (!up_.ready()) {
      value_ = x;  // the seed: the last price before the first value
      return nan_v<double>;
    }
    return value_ = next(x, up, down);
  }
  [[nodiscard]] double peek(double x) const noexcept {
    if (!has_prev_) return nan_v<double>;
    const double change = x - prev_;
    const double up = up_.peek(positive_part(change));  // NaN until the window is full
    return is_nan(up) ? up : next(x, up, down_.peek(positive_part(-change)));
  }
  [[nodiscard]] bool ready() const noexcept { return up_.ready(); }
  void reset() noexcept {
    up_.reset();
    down_.reset();
    has_prev_ = false;
  }

 private:
  [[nodiscard]] double next(double x, double up, double down) const noexcept {
    const double total = up + down;
    const double cmo = total > 0.0 ? std::abs(up - down) / total : 0.0;
    const double a = k_ * cmo;
    return a * x + (1.0 - a) * value_;
  }
  rolling_sum_core<double> up_, down_;
  double k_;
  double prev_ = 0.0;
  double value_ = 0.0;
  bool has_prev_ = false;
};

}  // namespace detail

template <series In, output_series Out>
void vidya(const In& in, Out&& out, int period = 9) {
  detail::check_period("vidya", period);
  auto [x, y] = detail::in_out_spans("vidya", in, out);
  if (detail::warmup_only(vidya_lookback(period), y)) return;  // no state sized by the periods
  detail::run_core(detail::vidya_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> vidya(const In& in, int period = 9) {
  return detail::output_vector(in, [&](auto& out) { vidya(in, out, period); });
}

template <class T>
class vidya_stream : public detail::core_stream<T, detail::vidya_core> {
 public:
  explicit vidya_stream(int period = 9)
      : detail::core_stream<T, detail::vidya_core>(
            detail::vidya_core(detail::check_period("vidya_stream", period)),
            vidya_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
