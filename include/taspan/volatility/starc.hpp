#pragma once
// STARC bands (not in TA-Lib; Manning Stoller's Stoller Average Range Channel): middle =
// SMA(close, period), bands = middle +- multiplier * ATR(atr_period). Defaults are Stoller's:
// period 6, atr_period 15, multiplier 2. The SMA is taspan::sma, the ATR taspan::atr (TA-Lib's
// seeding). All three outputs start together, at lookback max(period - 1, atr_period).
// NaN: the state restarts (NaN on that bar and the lookback bars after it).
// Batch and streaming run the same core: bit-identical.

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/multi_core.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"
#include "atr.hpp"

namespace taspan {

[[nodiscard]] constexpr int starc_lookback(int period = 6, int atr_period = 15) noexcept {
  if (!detail::lookback_args_ok(period, atr_period)) return -1;
  return std::max(period - 1, atr_lookback(atr_period));
}

template <class T>
struct starc_result {
  std::vector<T> upper, middle, lower;
};

namespace detail {

inline void check_starc(std::string_view function, int period, double multiplier, int atr_period) {
  check_period(function, period);
  check_non_negative(function, "multiplier", multiplier);
  check_min(function, "atr_period", atr_period, 1);
}

class starc_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  starc_core(int period, double multiplier, int atr_period)
      : mean_(period, static_cast<double>(period)),
        atr_(atr_period, wilder_seed::talib),
        fresh_atr_(atr_),
        multiplier_(multiplier) {}
  values<3> step(double h, double l, double c) noexcept {
    const double m = mean_.step(c);
    return bands(m, atr_.step(h, l, c));
  }
  [[nodiscard]] values<3> peek(double h, double l, double c) const noexcept {
    atr_core a = atr_;
    return bands(mean_.peek(c), a.step(h, l, c));
  }
  [[nodiscard]] bool ready() const noexcept { return mean_.ready() && atr_.ready(); }
  void reset() noexcept {
    mean_.reset();
    atr_ = fresh_atr_;
  }

 private:
  [[nodiscard]] values<3> bands(double m, double range) const noexcept {
    if (is_nan(m) || is_nan(range)) return nan_values<3>();
    const double w = multiplier_ * range;
    return {m + w, m, m - w};
  }
  rolling_sum_core<double> mean_;
  atr_core atr_, fresh_atr_;  // the ATR state has no reset(): a copy of the fresh one
  double multiplier_;
};

}  // namespace detail

template <series H, series L, series C, output_series U, output_series M, output_series Lo>
void starc(const H& high, const L& low, const C& close, U&& upper, M&& middle, Lo&& lower,
           int period = 6, double multiplier = 2.0, int atr_period = 15) {
  detail::check_starc("starc", period, multiplier, atr_period);
  detail::check_same_sizes("starc", {"high", "low", "close"}, high, low, close);
  auto [h, l, c, up, mid, lo] = detail::spans_of("starc", detail::inputs(high, low, close),
                                                 {"out", "out", "out"}, upper, middle, lower);
  if (detail::warmup_only(starc_lookback(period, atr_period), up, mid, lo))
    return;  // no state sized by the periods
  using T = series_value_t<C>;
  detail::run_multi_core(detail::starc_core(period, multiplier, atr_period),
                         std::array<std::span<T>, 3>{up, mid, lo}, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] starc_result<series_value_t<C>> starc(const H& high, const L& low, const C& close,
                                                    int period = 6, double multiplier = 2.0,
                                                    int atr_period = 15) {
  using T = series_value_t<C>;
  const auto n = std::ranges::size(close);
  starc_result<T> r{std::vector<T>(n), std::vector<T>(n), std::vector<T>(n)};
  starc(high, low, close, r.upper, r.middle, r.lower, period, multiplier, atr_period);
  return r;
}

template <class T>
class starc_stream : public detail::multi_core_stream<T, detail::starc_core> {
 public:
  struct value {
    T upper, middle, lower;
  };
  explicit starc_stream(int period = 6, double multiplier = 2.0, int atr_period = 15)
      : detail::multi_core_stream<T, detail::starc_core>(checked(period, multiplier, atr_period),
                                                         starc_lookback(period, atr_period)) {}
  value update(T high, T low, T close) noexcept {
    const auto v = this->step(high, low, close);
    return {v[0], v[1], v[2]};
  }
  [[nodiscard]] value peek(T high, T low, T close) const noexcept {
    const auto v = this->peek_step(high, low, close);
    return {v[0], v[1], v[2]};
  }

 private:
  static detail::starc_core checked(int period, double multiplier, int atr_period) {
    detail::check_starc("starc_stream", period, multiplier, atr_period);
    return {period, multiplier, atr_period};
  }
};

}  // namespace taspan
