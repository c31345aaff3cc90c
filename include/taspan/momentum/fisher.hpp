#pragma once
// Fisher transform (not in TA-Lib; John Ehlers, "Using the Fisher Transform", TASC November
// 2002). Reference: TradingView's built-in "Fisher Transform" (Pine v5): with m = (high + low) / 2
// and its highest and lowest over `period` bars,
//   v = clamp(0.66 ((m - lowest) / (highest - lowest) - 0.5) + 0.67 v[1])
//   fisher = 0.5 ln((1 + v) / (1 - v)) + 0.5 fisher[1];  trigger = fisher[1]
// Clamp (Pine's round_): v > 0.99 -> 0.999, v < -0.99 -> -0.999, else v; so |fisher| stays below
// ln(1999) ~ 7.6. Where highest == lowest the position is taken as 0.5 (the middle; Pine divides
// by zero). The recursion starts from v = fisher = 0 on bar period - 1, the first full window
// (as Pine's nz() does); both outputs start on bar `period`, where trigger exists. Default period
// 9. Lookback period.
// NaN: recursive; a NaN in either input gives NaN and restarts (so does a non-finite state).
// Batch and streaming run the same core: bit-identical.

#include <array>
#include <cmath>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/multi_core.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/max.hpp"
#include "../rolling/min.hpp"

namespace taspan {

[[nodiscard]] constexpr int fisher_lookback(int period = 9) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <class T>
struct fisher_result {
  std::vector<T> fisher, trigger;
};

namespace detail {

class fisher_core {
 public:
  static constexpr bool restarts_on_overflow = true;  // an infinite price makes the state NaN
  explicit fisher_core(int period) : high_(period), low_(period) {}
  values<2> step(double h, double l) noexcept {
    const double m = 0.5 * (h + l);
    const double hh = high_.update(m);
    const double ll = low_.update(m);
    if (is_nan(hh)) return nan_values<2>();
    const state s = next(m, hh, ll);
    const double trigger = state_.fisher;
    state_ = s;
    steps_ = steps_ < 2 ? steps_ + 1 : 2;
    return steps_ == 2 ? values<2>{s.fisher, trigger} : nan_values<2>();
  }
  [[nodiscard]] values<2> peek(double h, double l) const noexcept {
    const double m = 0.5 * (h + l);
    const double hh = high_.peek(m);
    if (is_nan(hh) || steps_ < 1) return nan_values<2>();
    return {next(m, hh, low_.peek(m)).fisher, state_.fisher};
  }
  [[nodiscard]] bool ready() const noexcept { return steps_ >= 2; }
  void reset() noexcept {
    high_.reset();
    low_.reset();
    state_ = {};
    steps_ = 0;
  }

 private:
  struct state {
    double value = 0.0;
    double fisher = 0.0;
  };
  [[nodiscard]] state next(double m, double hh, double ll) const noexcept {
    const double position = hh > ll ? (m - ll) / (hh - ll) : 0.5;
    double v = 0.66 * (position - 0.5) + 0.67 * state_.value;
    v = v > 0.99 ? 0.999 : v < -0.99 ? -0.999 : v;
    return {v, 0.5 * std::log((1.0 + v) / (1.0 - v)) + 0.5 * state_.fisher};
  }
  rolling_max_stream<double> high_;
  rolling_min_stream<double> low_;
  state state_;
  int steps_ = 0;  // bars with a full window since the start, counted up to 2
};

}  // namespace detail

template <series H, series L, output_series F, output_series Tr>
void fisher(const H& high, const L& low, F&& fisher_line, Tr&& trigger, int period = 9) {
  detail::check_period("fisher", period);
  detail::check_same_sizes("fisher", {"high", "low"}, high, low);
  auto [h, l, f, t] =
      detail::spans_of("fisher", detail::inputs(high, low), {"out", "out"}, fisher_line, trigger);
  if (detail::warmup_only(fisher_lookback(period), f, t)) return;  // no state sized by the periods
  using T = series_value_t<H>;
  detail::run_multi_core(detail::fisher_core(period), std::array<std::span<T>, 2>{f, t}, h, l);
}

template <series H, series L>
[[nodiscard]] fisher_result<series_value_t<H>> fisher(const H& high, const L& low, int period = 9) {
  using T = series_value_t<H>;
  const auto n = std::ranges::size(high);
  fisher_result<T> r{std::vector<T>(n), std::vector<T>(n)};
  fisher(high, low, r.fisher, r.trigger, period);
  return r;
}

template <class T>
class fisher_stream : public detail::multi_core_stream<T, detail::fisher_core> {
 public:
  struct value {
    T fisher, trigger;
  };
  explicit fisher_stream(int period = 9)
      : detail::multi_core_stream<T, detail::fisher_core>(
            detail::fisher_core(detail::check_period("fisher_stream", period)),
            fisher_lookback(period)) {}
  value update(T high, T low) noexcept {
    const auto v = this->step(high, low);
    return {v[0], v[1]};
  }
  [[nodiscard]] value peek(T high, T low) const noexcept {
    const auto v = this->peek_step(high, low);
    return {v[0], v[1]};
  }
};

}  // namespace taspan
