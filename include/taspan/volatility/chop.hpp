#pragma once
// CHOP, choppiness index (not in TA-Lib; E. W. Dreiss). Reference: TradingView's built-in
// "Choppiness Index" (Pine v5):
//   chop = 100 * log10(sum(TR, period) / (highest(high, period) - lowest(low, period)))
//          / log10(period)
// TR is the true range (TA-Lib's TRANGE: it needs the previous close, so the first value is on
// bar `period`; Pine also counts high - low on the very first bar, which only changes its value
// on bar period - 1, where taspan has none). NaN where the window has no range (flat prices).
// Default period 14 (>= 2). Lookback period.
// NaN: the state restarts (NaN on that bar and the lookback bars after it: the windows that hold
// it, as its close enters the next bar's true range).
// Batch and streaming run the same core: bit-identical.

#include <cmath>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/wilder.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/max.hpp"
#include "../rolling/min.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int chop_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

namespace detail {

class chop_core {
 public:
  explicit chop_core(int period)
      : tr_(period, 1.0), high_(period), low_(period), log_n_(std::log10(period)) {}
  double step(double h, double l, double c) noexcept {
    const double hh = high_.update(h);
    const double ll = low_.update(l);
    const bool first = !has_prev_;
    const double tr = true_range(h, l, prev_close_);
    prev_close_ = c;
    has_prev_ = true;
    return first ? nan_v<double> : value(tr_.step(tr), hh, ll);
  }
  [[nodiscard]] double peek(double h, double l, double /*close*/) const noexcept {
    if (!has_prev_) return nan_v<double>;
    return value(tr_.peek(true_range(h, l, prev_close_)), high_.peek(h), low_.peek(l));
  }
  [[nodiscard]] bool ready() const noexcept { return tr_.ready(); }
  void reset() noexcept {
    tr_.reset();
    high_.reset();
    low_.reset();
    has_prev_ = false;
  }

 private:
  [[nodiscard]] double value(double sum, double hh, double ll) const noexcept {
    const double range = hh - ll;
    return range > 0.0 ? 100.0 * std::log10(sum / range) / log_n_ : nan_v<double>;
  }
  rolling_sum_core<double> tr_;
  rolling_max_stream<double> high_;
  rolling_min_stream<double> low_;
  double log_n_;
  double prev_close_ = 0.0;
  bool has_prev_ = false;
};

}  // namespace detail

template <series H, series L, series C, output_series Out>
void chop(const H& high, const L& low, const C& close, Out&& out, int period = 14) {
  detail::check_period("chop", period, 2);
  auto [h, l, c, y] = detail::hlc_spans("chop", high, low, close, out);
  if (detail::warmup_only(chop_lookback(period), y)) return;  // no state sized by the periods
  detail::run_core(detail::chop_core(period), y, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<C>> chop(const H& high, const L& low, const C& close,
                                                  int period = 14) {
  return detail::output_vector(close, [&](auto& out) { chop(high, low, close, out, period); });
}

template <class T>
class chop_stream : public detail::core_stream<T, detail::chop_core> {
 public:
  explicit chop_stream(int period = 14)
      : detail::core_stream<T, detail::chop_core>(
            detail::chop_core(detail::check_period("chop_stream", period, 2)),
            chop_lookback(period)) {}
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }
};

}  // namespace taspan
