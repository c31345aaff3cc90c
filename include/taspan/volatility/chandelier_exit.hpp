#pragma once
// Chandelier exit (not in TA-Lib; Chuck LeBeau, as Alexander Elder describes it in "Come Into My
// Trading Room", 2002): trailing stops hung from the extremes of the last `period` bars,
//   long_stop  = highest(high, period) - multiplier * ATR(atr_period)
//   short_stop = lowest(low, period)   + multiplier * ATR(atr_period)
// Defaults LeBeau's: period 22, multiplier 3, atr_period 22. The ATR is taspan::atr (TA-Lib's
// seeding). Both outputs start together, at lookback max(period - 1, atr_period).
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
#include "../rolling/max.hpp"
#include "../rolling/min.hpp"
#include "atr.hpp"

namespace taspan {

[[nodiscard]] constexpr int chandelier_exit_lookback(int period = 22,
                                                     int atr_period = 22) noexcept {
  if (!detail::lookback_args_ok(period, atr_period)) return -1;
  return std::max(period - 1, atr_lookback(atr_period));
}

template <class T>
struct chandelier_exit_result {
  std::vector<T> long_stop, short_stop;
};

namespace detail {

inline void check_chandelier_exit(std::string_view function, int period, double multiplier,
                                  int atr_period) {
  check_period(function, period);
  check_non_negative(function, "multiplier", multiplier);
  check_min(function, "atr_period", atr_period, 1);
}

class chandelier_exit_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  chandelier_exit_core(int period, double multiplier, int atr_period)
      : high_(period),
        low_(period),
        atr_(atr_period, wilder_seed::talib),
        fresh_atr_(atr_),
        multiplier_(multiplier) {}
  values<2> step(double h, double l, double c) noexcept {
    const double hh = high_.update(h);
    const double ll = low_.update(l);
    return stops(hh, ll, atr_.step(h, l, c));
  }
  [[nodiscard]] values<2> peek(double h, double l, double c) const noexcept {
    atr_core a = atr_;
    return stops(high_.peek(h), low_.peek(l), a.step(h, l, c));
  }
  [[nodiscard]] bool ready() const noexcept { return high_.ready() && atr_.ready(); }
  void reset() noexcept {
    high_.reset();
    low_.reset();
    atr_ = fresh_atr_;
  }

 private:
  [[nodiscard]] values<2> stops(double hh, double ll, double range) const noexcept {
    if (is_nan(hh) || is_nan(range)) return nan_values<2>();
    const double w = multiplier_ * range;
    return {hh - w, ll + w};
  }
  rolling_max_stream<double> high_;
  rolling_min_stream<double> low_;
  atr_core atr_, fresh_atr_;  // the ATR state has no reset(): a copy of the fresh one
  double multiplier_;
};

}  // namespace detail

template <series H, series L, series C, output_series LS, output_series SS>
void chandelier_exit(const H& high, const L& low, const C& close, LS&& long_stop, SS&& short_stop,
                     int period = 22, double multiplier = 3.0, int atr_period = 22) {
  detail::check_chandelier_exit("chandelier_exit", period, multiplier, atr_period);
  detail::check_same_sizes("chandelier_exit", {"high", "low", "close"}, high, low, close);
  auto [h, l, c, ls, ss] = detail::spans_of("chandelier_exit", detail::inputs(high, low, close),
                                            {"out", "out"}, long_stop, short_stop);
  if (detail::warmup_only(chandelier_exit_lookback(period, atr_period), ls, ss))
    return;  // no state sized by the periods
  using T = series_value_t<C>;
  detail::run_multi_core(detail::chandelier_exit_core(period, multiplier, atr_period),
                         std::array<std::span<T>, 2>{ls, ss}, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] chandelier_exit_result<series_value_t<C>> chandelier_exit(const H& high, const L& low,
                                                                        const C& close,
                                                                        int period = 22,
                                                                        double multiplier = 3.0,
                                                                        int atr_period = 22) {
  using T = series_value_t<C>;
  const auto n = std::ranges::size(close);
  chandelier_exit_result<T> r{std::vector<T>(n), std::vector<T>(n)};
  chandelier_exit(high, low, close, r.long_stop, r.short_stop, period, multiplier, atr_period);
  return r;
}

template <class T>
class chandelier_exit_stream : public detail::multi_core_stream<T, detail::chandelier_exit_core> {
 public:
  struct value {
    T long_stop, short_stop;
  };
  explicit chandelier_exit_stream(int period = 22, double multiplier = 3.0, int atr_period = 22)
      : detail::multi_core_stream<T, detail::chandelier_exit_core>(
            checked(period, multiplier, atr_period), chandelier_exit_lookback(period, atr_period)) {
  }
  value update(T high, T low, T close) noexcept {
    const auto v = this->step(high, low, close);
    return {v[0], v[1]};
  }
  [[nodiscard]] value peek(T high, T low, T close) const noexcept {
    const auto v = this->peek_step(high, low, close);
    return {v[0], v[1]};
  }

 private:
  static detail::chandelier_exit_core checked(int period, double multiplier, int atr_period) {
    detail::check_chandelier_exit("chandelier_exit_stream", period, multiplier, atr_period);
    return {period, multiplier, atr_period};
  }
};

}  // namespace taspan
