#pragma once
// ATR, Wilder's average true range (TA-Lib ATR): default period 14, lookback period.
//
//   TR as trange.hpp; ATR_n = mean(TR of bars 1..n); then ATR = ATR + (TR - ATR)/n.
//
// seed = wilder_seed::tradingview gives Pine's ta.atr instead: its TR at bar 0 is high - low, so
// the seed is mean(TR of bars 0..n-1), the first value is at bar n-1 (lookback period - 1) and all
// later values differ from TA-Lib's by a difference that decays like ((n-1)/n)^k. The recursion
// is the same.
// NaN: a bar with a NaN input yields NaN and restarts the warm-up (the next bar is a first bar).
// Batch and streaming run the same step code: bit-identical.

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/wilder.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

// How a Wilder average is seeded. talib: the SMA of the first n values, with the first true range
// at bar 1 (TA-Lib ATR/NATR). tradingview: Pine's ta.atr, whose true range at bar 0 is high - low,
// so the seed is the SMA of bars 0..n-1 and the first value comes one bar earlier.
enum class wilder_seed { talib, tradingview };

[[nodiscard]] constexpr int atr_lookback(int period = 14,
                                         wilder_seed seed = wilder_seed::talib) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return seed == wilder_seed::talib ? period : period - 1;
}

namespace detail {

class atr_core {
 public:
  static constexpr bool nan_aware = true;
  atr_core(int period, wilder_seed seed) noexcept
      : w_(period), period_(period), tradingview_(seed == wilder_seed::tradingview) {}

  template <real T>
  T step(T high, T low, T close) noexcept {
    const auto h = static_cast<double>(high);
    const auto l = static_cast<double>(low);
    if (any_nan(high, low, close)) {
      count_ = -1;
      return nan_v<T>;
    }
    double tr = 0.0;
    if (count_ < 0) {
      count_ = 0;
      atr_ = 0.0;
      pc_ = static_cast<double>(close);
      if (!tradingview_) return nan_v<T>;
      tr = h - l;
    } else {
      tr = true_range(h, l, pc_);
      pc_ = static_cast<double>(close);
    }
    if (count_ >= period_) {
      atr_ = w_.avg(atr_, tr);
      return restarted() ? nan_v<T> : static_cast<T>(atr_);
    }
    atr_ += tr;
    if (restarted()) return nan_v<T>;
    if (++count_ < period_) return nan_v<T>;
    atr_ /= static_cast<double>(period_);
    return static_cast<T>(atr_);
  }
  [[nodiscard]] bool ready() const noexcept { return count_ >= period_; }
  [[nodiscard]] double value() const noexcept { return atr_; }

 private:
  // An overflow (prices near DBL_MAX, +-inf) restarts as a NaN bar does.
  bool restarted() noexcept {
    if (atr_ - atr_ == 0.0) return false;
    count_ = -1;
    return true;
  }
  wilder_weights w_;
  int period_;
  bool tradingview_;
  int count_ = -1;  // -1: no bar yet; else true ranges seen (saturates at period)
  double pc_ = 0.0;
  double atr_ = 0.0;
};

}  // namespace detail

template <series H, series L, series C, output_series Out>
void atr(const H& high, const L& low, const C& close, Out&& out, int period = 14,
         wilder_seed seed = wilder_seed::talib) {
  detail::check_period("atr", period);
  auto [h, l, c, y] = detail::hlc_spans("atr", high, low, close, out);
  detail::run_core(detail::atr_core(period, seed), y, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> atr(const H& high, const L& low, const C& close,
                                                 int period = 14,
                                                 wilder_seed seed = wilder_seed::talib) {
  return detail::output_vector(high, [&](auto& out) { atr(high, low, close, out, period, seed); });
}

template <class T>
class atr_stream : public detail::core_stream<T, detail::atr_core> {
 public:
  explicit atr_stream(int period = 14, wilder_seed seed = wilder_seed::talib)
      : detail::core_stream<T, detail::atr_core>(
            detail::atr_core(detail::check_period("atr_stream", period), seed),
            atr_lookback(period, seed)) {}
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }
};

}  // namespace taspan
