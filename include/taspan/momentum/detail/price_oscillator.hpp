#pragma once
// The shared core of APO and PPO (TA-Lib's INT_PO): a fast and a slow MA of one type, both started
// so that their first values fall on the same bar (each begins `its lookback` bars before it), as
// TA-Lib does; swapped if slow < fast. apo = fast - slow; ppo = (fast - slow) / slow * 100, and 0
// when |slow| < 1e-8 (TA-Lib's TA_IS_ZERO). Finite inputs only; the caller resets on NaN.

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <utility>

#include "../../core/error.hpp"
#include "../../overlap/ma.hpp"

namespace taspan::detail {

class price_oscillator_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  price_oscillator_core(int fast, int slow, ma_type type, bool percent)
      : fast_(std::min(fast, slow), type),
        slow_(std::max(fast, slow), type),
        lb_(static_cast<std::size_t>(std::max(ma_lookback(fast, type), ma_lookback(slow, type)))),
        fast_from_(lb_ - static_cast<std::size_t>(ma_lookback(std::min(fast, slow), type))),
        slow_from_(lb_ - static_cast<std::size_t>(ma_lookback(std::max(fast, slow), type))),
        percent_(percent) {}

  double step(double x) noexcept {
    const std::size_t bar = bar_++;
    const double f = bar >= fast_from_ ? fast_.step(x) : 0.0;
    const double s = bar >= slow_from_ ? slow_.step(x) : 0.0;
    return bar < lb_ ? nan_v<double> : value(f, s);
  }
  [[nodiscard]] double peek(double x) const noexcept {
    return bar_ < lb_ ? nan_v<double> : value(fast_.peek(x), slow_.peek(x));
  }
  [[nodiscard]] bool ready() const noexcept { return bar_ > lb_; }
  void reset() noexcept {
    fast_.reset();
    slow_.reset();
    bar_ = 0;
  }

 private:
  [[nodiscard]] double value(double f, double s) const noexcept {
    if (!percent_) return f - s;
    return (s > -1e-8 && s < 1e-8) ? 0.0 : ((f - s) / s) * 100.0;
  }
  ma_core fast_, slow_;
  std::size_t lb_, fast_from_, slow_from_;
  bool percent_;
  std::size_t bar_ = 0;
};

inline void check_price_oscillator(std::string_view function, int fast, int slow, ma_type type) {
  check_min(function, "fast", fast, 2);
  check_min(function, "slow", slow, 2);
  check_ma_type(function, "matype", type);
}

}  // namespace taspan::detail
