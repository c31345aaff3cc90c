#pragma once
// Keltner channel (not in TA-Lib): middle = EMA(close, period), bands = middle +- multiplier *
// ATR(atr_period). Defaults period 20, multiplier 2, atr_period 10 (Raschke's modern form, as in
// TradingView). EMA and ATR follow taspan::ema and taspan::atr (TA-Lib seeding). All three
// outputs start together, at lookback max(period - 1, atr_period).
// NaN: inherited from EMA and ATR, which restart their warm-up after a NaN bar.

#include <algorithm>
#include <vector>

#include "../overlap/ema.hpp"
#include "atr.hpp"

namespace taspan {

[[nodiscard]] constexpr int keltner_lookback(int period = 20, int atr_period = 10) noexcept {
  if (!detail::lookback_args_ok(period, atr_period)) return -1;
  return std::max(ema_lookback(period), atr_lookback(atr_period));
}

template <class T>
struct keltner_result {
  std::vector<T> upper, middle, lower;
};

namespace detail {
inline void check_keltner(std::string_view function, int period, double multiplier,
                          int atr_period) {
  check_period(function, period);
  check_non_negative(function, "multiplier", multiplier);
  check_min(function, "atr_period", atr_period, 1);
}

// Bands from the middle line and ATR of one bar; NaN until both exist.
template <real T>
void keltner_bands(T middle, T range, double multiplier, T& upper, T& mid, T& lower) noexcept {
  const bool ok = !is_nan(middle) && !is_nan(range);
  const auto m = static_cast<double>(middle);
  const double w = multiplier * static_cast<double>(range);
  upper = ok ? static_cast<T>(m + w) : nan_v<T>;
  mid = ok ? middle : nan_v<T>;
  lower = ok ? static_cast<T>(m - w) : nan_v<T>;
}
}  // namespace detail

template <series H, series L, series C, output_series U, output_series M, output_series Lo>
void keltner(const H& high, const L& low, const C& close, U&& upper, M&& middle, Lo&& lower,
             int period = 20, double multiplier = 2.0, int atr_period = 10) {
  detail::check_keltner("keltner", period, multiplier, atr_period);
  detail::check_same_sizes("keltner", {"high", "low", "close"}, high, low, close);
  auto [h, l, c, up, mid, lo] = detail::spans_of("keltner", detail::inputs(high, low, close),
                                                 {"out", "out", "out"}, upper, middle, lower);
  using T = series_value_t<C>;
  std::vector<T> range(c.size());  // the ATR; EMA goes straight into `middle`
  ema(c, mid, period);
  atr(h, l, c, range, atr_period);
  for (std::size_t i = 0; i < c.size(); ++i)
    detail::keltner_bands(mid[i], range[i], multiplier, up[i], mid[i], lo[i]);
}

template <series H, series L, series C>
[[nodiscard]] keltner_result<series_value_t<C>> keltner(const H& high, const L& low, const C& close,
                                                        int period = 20, double multiplier = 2.0,
                                                        int atr_period = 10) {
  const auto n = std::ranges::size(close);
  keltner_result<series_value_t<C>> r{std::vector<series_value_t<C>>(n),
                                      std::vector<series_value_t<C>>(n),
                                      std::vector<series_value_t<C>>(n)};
  keltner(high, low, close, r.upper, r.middle, r.lower, period, multiplier, atr_period);
  return r;
}

template <class T>
class keltner_stream {
  static_assert(is_real_v<T>, "taspan::keltner_stream<T>: T must be float or double");

 public:
  struct value {
    T upper, middle, lower;
  };
  explicit keltner_stream(int period = 20, double multiplier = 2.0, int atr_period = 10)
      : ema_((detail::check_keltner("keltner_stream", period, multiplier, atr_period), period)),
        atr_(atr_period),
        multiplier_(multiplier),
        lookback_(keltner_lookback(period, atr_period)) {}

  value update(T high, T low, T close) noexcept {
    return bands(ema_.update(close), atr_.update(high, low, close));
  }
  [[nodiscard]] value peek(T high, T low, T close) const noexcept {
    return bands(ema_.peek(close), atr_.peek(high, low, close));
  }
  [[nodiscard]] bool ready() const noexcept { return ema_.ready() && atr_.ready(); }
  void reset() noexcept {
    ema_.reset();
    atr_.reset();
  }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }

 private:
  [[nodiscard]] value bands(T middle, T range) const noexcept {
    value v{};
    detail::keltner_bands(middle, range, multiplier_, v.upper, v.middle, v.lower);
    return v;
  }
  ema_stream<T> ema_;
  atr_stream<T> atr_;
  double multiplier_;
  int lookback_;
};

}  // namespace taspan
