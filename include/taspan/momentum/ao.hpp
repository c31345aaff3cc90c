#pragma once
// AO, awesome oscillator (not in TA-Lib; Bill Williams). Reference: TradingView's built-in
// "Awesome Oscillator" (Pine v5): ao = ta.sma(hl2, 5) - ta.sma(hl2, 34), hl2 = (high + low) / 2.
// The two periods are parameters here (defaults 5 and 34). Lookback max(fast, slow) - 1.
// Sums: taspan's rolling sums (no drift).
// NaN: windowed; a NaN in either input affects exactly the windows that contain it.
// Batch and streaming run the same core: bit-identical.

#include <algorithm>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"

namespace taspan {

[[nodiscard]] constexpr int ao_lookback(int fast = 5, int slow = 34) noexcept {
  if (!detail::lookback_args_ok(fast, slow)) return -1;
  return std::max(fast, slow) - 1;
}

namespace detail {

inline void check_ao(std::string_view function, int fast, int slow) {
  check_min(function, "fast", fast, 1);
  check_min(function, "slow", slow, 1);
}

class ao_core {
 public:
  static constexpr bool nan_aware = true;  // the window sums count NaN themselves
  ao_core(int fast, int slow)
      : fast_(fast, static_cast<double>(fast)), slow_(slow, static_cast<double>(slow)) {}
  double step(double h, double l) noexcept {
    const double m = 0.5 * (h + l);
    const double f = fast_.step(m);
    return f - slow_.step(m);
  }
  [[nodiscard]] double peek(double h, double l) const noexcept {
    const double m = 0.5 * (h + l);
    return fast_.peek(m) - slow_.peek(m);
  }
  [[nodiscard]] bool ready() const noexcept { return fast_.ready() && slow_.ready(); }
  void reset() noexcept {
    fast_.reset();
    slow_.reset();
  }

 private:
  rolling_sum_core<double> fast_, slow_;
};

}  // namespace detail

template <series H, series L, output_series Out>
void ao(const H& high, const L& low, Out&& out, int fast = 5, int slow = 34) {
  detail::check_ao("ao", fast, slow);
  detail::check_same_sizes("ao", {"high", "low"}, high, low);
  auto [h, l, y] = detail::spans_of("ao", detail::inputs(high, low), {"out"}, out);
  if (detail::warmup_only(ao_lookback(fast, slow), y)) return;  // no state sized by the periods
  detail::run_core(detail::ao_core(fast, slow), y, h, l);
}

template <series H, series L>
[[nodiscard]] std::vector<series_value_t<H>> ao(const H& high, const L& low, int fast = 5,
                                                int slow = 34) {
  return detail::output_vector(high, [&](auto& out) { ao(high, low, out, fast, slow); });
}

template <class T>
class ao_stream : public detail::core_stream<T, detail::ao_core> {
 public:
  explicit ao_stream(int fast = 5, int slow = 34)
      : detail::core_stream<T, detail::ao_core>(checked(fast, slow), ao_lookback(fast, slow)) {}
  T update(T high, T low) noexcept { return this->step(high, low); }
  [[nodiscard]] T peek(T high, T low) const noexcept { return this->peek_step(high, low); }

 private:
  static detail::ao_core checked(int fast, int slow) {
    detail::check_ao("ao_stream", fast, slow);
    return {fast, slow};
  }
};

}  // namespace taspan
