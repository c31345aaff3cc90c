#pragma once
// ADOSC, Chaikin A/D oscillator (TA-Lib ADOSC): fast 3, slow 10.
//   adosc = EMA(ad, fast) - EMA(ad, slow), ad the A/D line (volume/ad.hpp).
// EMAs as TA-Lib's ADOSC (not its EMA function): k = 2/(n+1), both seeded with the first A/D
// value (not an SMA) and stepped as k*ad + (1-k)*ema. The line starts from 0 at the first bar.
// Lookback (TA-Lib): max(fast, slow) - 1. Periods must be >= 2 (TA-Lib).
// NaN in any input: NaN on that bar; the A/D line and both EMAs restart on the next bar.
// Batch and streaming run the same core: bit-identical.

#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "ad.hpp"

namespace taspan {

[[nodiscard]] constexpr int adosc_lookback(int fast = 3, int slow = 10) noexcept {
  if (!detail::lookback_args_ok(fast, slow)) return -1;
  return std::max(fast, slow) - 1;
}

namespace detail {

class adosc_core {
 public:
  static constexpr bool nan_aware = true;
  adosc_core(int fast, int slow) noexcept
      : fast_k_(ema_k(fast)),
        slow_k_(ema_k(slow)),
        lookback_(static_cast<std::size_t>(adosc_lookback(fast, slow))) {}

  double step(double h, double l, double c, double v) noexcept {
    if (any_nan(h, l, c, v)) {
      reset();
      return nan_v<double>;
    }
    ad_ += ad_flow(h, l, c, v);
    if (bar_++ == 0) {
      fast_ = slow_ = ad_;
    } else {
      fast_ = fast_k_ * ad_ + (1.0 - fast_k_) * fast_;
      slow_ = slow_k_ * ad_ + (1.0 - slow_k_) * slow_;
    }
    return bar_ > lookback_ ? fast_ - slow_ : nan_v<double>;
  }
  [[nodiscard]] bool ready() const noexcept { return bar_ > lookback_; }
  void reset() noexcept {
    ad_ = fast_ = slow_ = 0.0;
    bar_ = 0;
  }

 private:
  double fast_k_, slow_k_;
  std::size_t lookback_;
  double ad_ = 0.0, fast_ = 0.0, slow_ = 0.0;
  std::size_t bar_ = 0;
};

inline void check_adosc(std::string_view function, int fast, int slow) {
  check_min(function, "fast", fast, 2);
  check_min(function, "slow", slow, 2);
}

}  // namespace detail

template <series High, series Low, series Close, series Volume, output_series Out>
void adosc(const High& high, const Low& low, const Close& close, const Volume& volume, Out&& out,
           int fast = 3, int slow = 10) {
  detail::check_adosc("adosc", fast, slow);
  detail::adosc_core core(fast, slow);
  detail::run_hlcv("adosc", core, high, low, close, volume, out);
}

template <series High, series Low, series Close, series Volume>
[[nodiscard]] std::vector<series_value_t<High>> adosc(const High& high, const Low& low,
                                                      const Close& close, const Volume& volume,
                                                      int fast = 3, int slow = 10) {
  return detail::output_vector(
      high, [&](auto& out) { adosc(high, low, close, volume, out, fast, slow); });
}

template <class T>
class adosc_stream : public detail::core_stream<T, detail::adosc_core> {
 public:
  explicit adosc_stream(int fast = 3, int slow = 10)
      : detail::core_stream<T, detail::adosc_core>(checked(fast, slow),
                                                   adosc_lookback(fast, slow)) {}
  T update(T high, T low, T close, T volume) noexcept {
    return this->step(high, low, close, volume);
  }
  [[nodiscard]] T peek(T high, T low, T close, T volume) const noexcept {
    return this->peek_step(high, low, close, volume);
  }

 private:
  static detail::adosc_core checked(int fast, int slow) {
    detail::check_adosc("adosc_stream", fast, slow);
    return {fast, slow};
  }
};

}  // namespace taspan
