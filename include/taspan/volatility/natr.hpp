#pragma once
// NATR, normalized average true range (TA-Lib NATR): default period 14, lookback period.
//
//   NATR = (ATR / close) * 100, and 0 when close == 0
//
// ATR and its options (wilder_seed) as atr.hpp. NaN: as ATR. Batch == streaming bitwise.

#include "../core/detail/core_stream.hpp"
#include "atr.hpp"

namespace taspan {

[[nodiscard]] constexpr int natr_lookback(int period = 14,
                                          wilder_seed seed = wilder_seed::talib) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return atr_lookback(period, seed);
}

namespace detail {

class natr_core {
 public:
  static constexpr bool nan_aware = true;
  natr_core(int period, wilder_seed seed) noexcept : atr_(period, seed) {}
  template <real T>
  T step(T high, T low, T close) noexcept {
    const auto a = atr_.step<double>(high, low, close);
    if (is_nan(a)) return nan_v<T>;
    const auto c = static_cast<double>(close);
    return static_cast<T>(c != 0.0 ? (a / c) * 100.0 : 0.0);
  }
  [[nodiscard]] bool ready() const noexcept { return atr_.ready(); }

 private:
  atr_core atr_;
};

}  // namespace detail

template <series H, series L, series C, output_series Out>
void natr(const H& high, const L& low, const C& close, Out&& out, int period = 14,
          wilder_seed seed = wilder_seed::talib) {
  detail::check_period("natr", period);
  auto [h, l, c, y] = detail::hlc_spans("natr", high, low, close, out);
  detail::run_core(detail::natr_core(period, seed), y, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> natr(const H& high, const L& low, const C& close,
                                                  int period = 14,
                                                  wilder_seed seed = wilder_seed::talib) {
  return detail::output_vector(high, [&](auto& out) { natr(high, low, close, out, period, seed); });
}

template <class T>
class natr_stream : public detail::core_stream<T, detail::natr_core> {
 public:
  explicit natr_stream(int period = 14, wilder_seed seed = wilder_seed::talib)
      : detail::core_stream<T, detail::natr_core>(
            detail::natr_core(detail::check_period("natr_stream", period), seed),
            natr_lookback(period, seed)) {}
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }
};

}  // namespace taspan
