#pragma once
// Heikin-Ashi candles (not in TA-Lib). The common definition (TradingView's chart type and
// ticker.heikinashi, Dan Valcu's TASC article of February 2004):
//   ha_close = (open + high + low + close) / 4
//   ha_open  = (ha_open[1] + ha_close[1]) / 2, and (open + close) / 2 on the first bar
//   ha_high  = max(high, ha_open, ha_close);  ha_low = min(low, ha_open, ha_close)
// Outputs in candle order: open, high, low, close. No parameter; lookback 0.
// NaN: recursive; a NaN in any input gives NaN on all four and the next bar starts again as a
// first bar (so does an overflowed state).
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

namespace taspan {

[[nodiscard]] constexpr int heikin_ashi_lookback() noexcept { return 0; }

template <class T>
struct heikin_ashi_result {
  std::vector<T> open, high, low, close;
};

namespace detail {

class heikin_ashi_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  values<4> step(double o, double h, double l, double c) noexcept {
    const values<4> v = peek(o, h, l, c);
    open_ = v[0];
    close_ = v[3];
    started_ = true;
    return v;
  }
  [[nodiscard]] values<4> peek(double o, double h, double l, double c) const noexcept {
    const double ha_close = (o + h + l + c) / 4.0;
    const double ha_open = started_ ? (open_ + close_) / 2.0 : (o + c) / 2.0;
    return {ha_open, std::max({h, ha_open, ha_close}), std::min({l, ha_open, ha_close}), ha_close};
  }
  [[nodiscard]] bool ready() const noexcept { return started_; }
  void reset() noexcept { started_ = false; }

 private:
  double open_ = 0.0;
  double close_ = 0.0;
  bool started_ = false;
};

}  // namespace detail

template <series O, series H, series L, series C, output_series OO, output_series HO,
          output_series LO, output_series CO>
void heikin_ashi(const O& open, const H& high, const L& low, const C& close, OO&& ha_open,
                 HO&& ha_high, LO&& ha_low, CO&& ha_close) {
  detail::check_same_sizes("heikin_ashi", {"open", "high", "low", "close"}, open, high, low, close);
  auto [o, h, l, c, ho, hh, hl, hc] =
      detail::spans_of("heikin_ashi", detail::inputs(open, high, low, close),
                       {"out", "out", "out", "out"}, ha_open, ha_high, ha_low, ha_close);
  using T = series_value_t<C>;
  detail::run_multi_core(detail::heikin_ashi_core{}, std::array<std::span<T>, 4>{ho, hh, hl, hc}, o,
                         h, l, c);
}

template <series O, series H, series L, series C>
[[nodiscard]] heikin_ashi_result<series_value_t<C>> heikin_ashi(const O& open, const H& high,
                                                                const L& low, const C& close) {
  using T = series_value_t<C>;
  const auto n = std::ranges::size(close);
  heikin_ashi_result<T> r{std::vector<T>(n), std::vector<T>(n), std::vector<T>(n),
                          std::vector<T>(n)};
  heikin_ashi(open, high, low, close, r.open, r.high, r.low, r.close);
  return r;
}

template <class T>
class heikin_ashi_stream : public detail::multi_core_stream<T, detail::heikin_ashi_core> {
 public:
  struct value {
    T open, high, low, close;
  };
  heikin_ashi_stream()
      : detail::multi_core_stream<T, detail::heikin_ashi_core>(detail::heikin_ashi_core{}, 0) {}
  value update(T open, T high, T low, T close) noexcept {
    const auto v = this->step(open, high, low, close);
    return {v[0], v[1], v[2], v[3]};
  }
  [[nodiscard]] value peek(T open, T high, T low, T close) const noexcept {
    const auto v = this->peek_step(open, high, low, close);
    return {v[0], v[1], v[2], v[3]};
  }
};

}  // namespace taspan
