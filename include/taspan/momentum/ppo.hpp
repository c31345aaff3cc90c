#pragma once
// PPO, percentage price oscillator (TA-Lib PPO): (fast - slow) / slow * 100 (0 when |slow| < 1e-8),
// fast 12, slow 26, matype sma (TA-Lib's defaults: SMA, not EMA). Both MAs of the same type
// start so their first values fall on the same bar, as in TA-Lib (an EMA fast line is seeded on
// the window ending where the slow one's does); swapped if slow < fast.
// Lookback (TA-Lib): ma_lookback(max(fast, slow), matype).
// NaN: restarts the warm-up. Batch and streaming run the same core: bit-identical.

#include <algorithm>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "../overlap/ma.hpp"
#include "detail/price_oscillator.hpp"

namespace taspan {

[[nodiscard]] constexpr int ppo_lookback(int fast = 12, int slow = 26,
                                         ma_type type = ma_type::sma) noexcept {
  if (!detail::lookback_args_ok(fast, slow)) return -1;
  return ma_lookback(std::max(fast, slow), type);
}

template <series In, output_series Out>
void ppo(const In& in, Out&& out, int fast = 12, int slow = 26, ma_type type = ma_type::sma) {
  detail::check_price_oscillator("ppo", fast, slow, type);
  auto [x, y] = detail::in_out_spans("ppo", in, out);
  if (detail::warmup_only(ppo_lookback(fast, slow, type), y)) return;
  detail::run_core(detail::price_oscillator_core(fast, slow, type, true), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ppo(const In& in, int fast = 12, int slow = 26,
                                                  ma_type type = ma_type::sma) {
  return detail::output_vector(in, [&](auto& out) { ppo(in, out, fast, slow, type); });
}

template <class T>
class ppo_stream : public detail::core_stream<T, detail::price_oscillator_core> {
 public:
  explicit ppo_stream(int fast = 12, int slow = 26, ma_type type = ma_type::sma)
      : detail::core_stream<T, detail::price_oscillator_core>(checked(fast, slow, type),
                                                              ppo_lookback(fast, slow, type)) {}

 private:
  static detail::price_oscillator_core checked(int fast, int slow, ma_type type) {
    detail::check_price_oscillator("ppo_stream", fast, slow, type);
    return {fast, slow, type, true};
  }
};

}  // namespace taspan
