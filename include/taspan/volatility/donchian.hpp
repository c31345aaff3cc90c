#pragma once
// Donchian channel (not in TA-Lib): upper = highest high of the last `period` bars, lower =
// lowest low, middle = their mean. Default period 20, lookback period-1. The current bar is part
// of its own window (as TradingView's ta.highest); a breakout test against the channel therefore
// compares with the previous bar's upper band (see patterns/breakout.hpp).
// NaN: a window holding a NaN high (low) gives a NaN upper (lower) band and middle.

#include <vector>

#include "../rolling/max.hpp"
#include "../rolling/min.hpp"

namespace taspan {

[[nodiscard]] constexpr int donchian_lookback(int period = 20) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

template <class T>
struct donchian_result {
  std::vector<T> upper, middle, lower;
};

namespace detail {
template <real T>
[[nodiscard]] T channel_middle(T upper, T lower) noexcept {
  return static_cast<T>((static_cast<double>(upper) + static_cast<double>(lower)) / 2.0);
}
}  // namespace detail

template <series H, series L, output_series U, output_series M, output_series Lo>
void donchian(const H& high, const L& low, U&& upper, M&& middle, Lo&& lower, int period = 20) {
  detail::check_period("donchian", period);
  detail::check_same_sizes("donchian", {"high", "low"}, high, low);
  auto [h, l, up, mid, lo] = detail::spans_of("donchian", detail::inputs(high, low),
                                              {"out", "out", "out"}, upper, middle, lower);
  rolling_max(h, up, period);
  rolling_min(l, lo, period);
  for (std::size_t i = 0; i < mid.size(); ++i) mid[i] = detail::channel_middle(up[i], lo[i]);
}

template <series H, series L>
[[nodiscard]] donchian_result<series_value_t<H>> donchian(const H& high, const L& low,
                                                          int period = 20) {
  const auto n = std::ranges::size(high);
  donchian_result<series_value_t<H>> r{std::vector<series_value_t<H>>(n),
                                       std::vector<series_value_t<H>>(n),
                                       std::vector<series_value_t<H>>(n)};
  donchian(high, low, r.upper, r.middle, r.lower, period);
  return r;
}

template <class T>
class donchian_stream {
  static_assert(is_real_v<T>, "taspan::donchian_stream<T>: T must be float or double");

 public:
  struct value {
    T upper, middle, lower;
  };
  explicit donchian_stream(int period = 20)
      : max_((detail::check_period("donchian_stream", period), period)), min_(period) {}

  value update(T high, T low) noexcept { return make(max_.update(high), min_.update(low)); }
  [[nodiscard]] value peek(T high, T low) const noexcept {
    return make(max_.peek(high), min_.peek(low));
  }
  [[nodiscard]] bool ready() const noexcept { return max_.ready(); }
  void reset() noexcept {
    max_.reset();
    min_.reset();
  }
  [[nodiscard]] int lookback() const noexcept { return max_.lookback(); }

 private:
  static value make(T upper, T lower) noexcept {
    return {upper, detail::channel_middle(upper, lower), lower};
  }
  rolling_max_stream<T> max_;
  rolling_min_stream<T> min_;
};

}  // namespace taspan
