#pragma once
// PVO, percentage volume oscillator (not in TA-Lib; Gerald Appel's MACD/PPO applied to volume, as
// StockCharts defines it): pvo = (EMA(volume, fast) - EMA(volume, slow)) / EMA(volume, slow) *
// 100, signal = EMA(pvo, signal), histogram = pvo - signal. The PVO line is taspan::ppo with EMAs
// (TA-Lib's PPO seeding and alignment, 0 where the slow EMA is 0); the signal EMA is seeded with
// the SMA of its first `signal` values, as in taspan::macd. As in MACD, all three outputs start
// together. Defaults 12, 26, 9. Lookback ppo_lookback(fast, slow, ema) + signal - 1.
// Prices do not enter: shifting or scaling them changes nothing.
// NaN: recursive; a NaN volume gives NaN and restarts the warm-up (so does an overflowed state).
// Batch and streaming run the same core: bit-identical.

#include <array>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/ema.hpp"
#include "../core/detail/multi_core.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../momentum/ppo.hpp"

namespace taspan {

[[nodiscard]] constexpr int pvo_lookback(int fast = 12, int slow = 26, int signal = 9) noexcept {
  if (!detail::lookback_args_ok(fast, slow, signal)) return -1;
  return ppo_lookback(fast, slow, ma_type::ema) + signal - 1;
}

template <class T>
struct pvo_result {
  std::vector<T> pvo, signal, histogram;
};

namespace detail {

inline void check_pvo(std::string_view function, int fast, int slow, int signal) {
  check_min(function, "fast", fast, 2);
  check_min(function, "slow", slow, 2);
  check_min(function, "signal", signal, 1);
}

class pvo_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  pvo_core(int fast, int slow, int signal) : line_(fast, slow, ma_type::ema), signal_(signal) {}
  values<3> step(double v) noexcept {
    const double p = line_.update(v);
    if (is_nan(p)) return nan_values<3>();
    return lines(p, signal_.step(p));
  }
  [[nodiscard]] values<3> peek(double v) const noexcept {
    const double p = line_.peek(v);
    if (is_nan(p)) return nan_values<3>();
    ema_state s = signal_;
    return lines(p, s.step(p));
  }
  [[nodiscard]] bool ready() const noexcept { return signal_.ready(); }
  void reset() noexcept {
    line_.reset();
    signal_.reset();
  }

 private:
  static values<3> lines(double p, double s) noexcept {
    if (is_nan(s)) return nan_values<3>();
    return {p, s, p - s};
  }
  ppo_stream<double> line_;
  ema_state signal_;
};

}  // namespace detail

template <series V, output_series P, output_series S, output_series H>
void pvo(const V& volume, P&& pvo_line, S&& signal_line, H&& histogram, int fast = 12,
         int slow = 26, int signal = 9) {
  detail::check_pvo("pvo", fast, slow, signal);
  auto [v, p, s, h] = detail::spans_of("pvo", detail::inputs(volume), {"out", "out", "out"},
                                       pvo_line, signal_line, histogram);
  using T = series_value_t<V>;
  detail::run_multi_core(detail::pvo_core(fast, slow, signal), std::array<std::span<T>, 3>{p, s, h},
                         v);
}

template <series V>
[[nodiscard]] pvo_result<series_value_t<V>> pvo(const V& volume, int fast = 12, int slow = 26,
                                                int signal = 9) {
  using T = series_value_t<V>;
  const auto n = std::ranges::size(volume);
  pvo_result<T> r{std::vector<T>(n), std::vector<T>(n), std::vector<T>(n)};
  pvo(volume, r.pvo, r.signal, r.histogram, fast, slow, signal);
  return r;
}

template <class T>
class pvo_stream : public detail::multi_core_stream<T, detail::pvo_core> {
 public:
  struct value {
    T pvo, signal, histogram;
  };
  explicit pvo_stream(int fast = 12, int slow = 26, int signal = 9)
      : detail::multi_core_stream<T, detail::pvo_core>(checked(fast, slow, signal),
                                                       pvo_lookback(fast, slow, signal)) {}
  value update(T volume) noexcept {
    const auto v = this->step(volume);
    return {v[0], v[1], v[2]};
  }
  [[nodiscard]] value peek(T volume) const noexcept {
    const auto v = this->peek_step(volume);
    return {v[0], v[1], v[2]};
  }

 private:
  static detail::pvo_core checked(int fast, int slow, int signal) {
    detail::check_pvo("pvo_stream", fast, slow, signal);
    return {fast, slow, signal};
  }
};

}  // namespace taspan
