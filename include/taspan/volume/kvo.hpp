#pragma once
// KVO, Klinger volume oscillator (not in TA-Lib; Stephen Klinger, 1997). Reference: TradingView's
// built-in "Klinger Oscillator" (Pine v5):
//   sv = volume if hlc3 >= hlc3[1] else -volume     (trend rule: the change of the typical price;
//                                                     a tie counts as up)
//   kvo = ta.ema(sv, fast) - ta.ema(sv, slow);  signal = ta.ema(kvo, signal)
// This is TradingView's form: the volume force is the signed volume, not Klinger's original
// V * |2 dm/cm - 1| * trend * 100 with its cumulative measurement cm. Pine's ta.ema starts at its
// first input (k = 2/(n+1)), so both lines start on bar 1, the first change: lookback 1.
// Defaults are TradingView's: fast 34, slow 55, signal 13.
// NaN: recursive; a NaN in any input gives NaN and restarts (values again one bar later); so does
// an overflowed state.
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

namespace taspan {

[[nodiscard]] constexpr int kvo_lookback(int fast = 34, int slow = 55, int signal = 13) noexcept {
  if (!detail::lookback_args_ok(fast, slow, signal)) return -1;
  return 1;
}

template <class T>
struct kvo_result {
  std::vector<T> kvo, signal;
};

namespace detail {

inline void check_kvo(std::string_view function, int fast, int slow, int signal) {
  check_min(function, "fast", fast, 1);
  check_min(function, "slow", slow, 1);
  check_min(function, "signal", signal, 1);
}

class kvo_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  kvo_core(int fast, int slow, int signal)
      : fast_(fast, true), slow_(slow, true), signal_(signal, true) {}
  values<2> step(double h, double l, double c, double v) noexcept {
    const double tp = (h + l + c) / 3.0;
    const bool first = !has_prev_;
    const double sv = signed_volume(tp, v);
    prev_ = tp;
    has_prev_ = true;
    if (first) return nan_values<2>();
    const double k = fast_.step(sv) - slow_.step(sv);
    return {k, signal_.step(k)};
  }
  [[nodiscard]] values<2> peek(double h, double l, double c, double v) const noexcept {
    if (!has_prev_) return nan_values<2>();
    const double sv = signed_volume((h + l + c) / 3.0, v);
    ema_state f = fast_;
    ema_state s = slow_;
    ema_state g = signal_;
    const double k = f.step(sv) - s.step(sv);
    return {k, g.step(k)};
  }
  [[nodiscard]] bool ready() const noexcept { return signal_.ready(); }
  void reset() noexcept {
    has_prev_ = false;
    fast_.reset();
    slow_.reset();
    signal_.reset();
  }

 private:
  [[nodiscard]] double signed_volume(double tp, double v) const noexcept {
    return tp >= prev_ ? v : -v;
  }
  ema_state fast_, slow_, signal_;
  double prev_ = 0.0;
  bool has_prev_ = false;
};

}  // namespace detail

template <series H, series L, series C, series V, output_series K, output_series S>
void kvo(const H& high, const L& low, const C& close, const V& volume, K&& kvo_line,
         S&& signal_line, int fast = 34, int slow = 55, int signal = 13) {
  detail::check_kvo("kvo", fast, slow, signal);
  detail::check_same_sizes("kvo", {"high", "low", "close", "volume"}, high, low, close, volume);
  auto [h, l, c, v, k, s] = detail::spans_of("kvo", detail::inputs(high, low, close, volume),
                                             {"out", "out"}, kvo_line, signal_line);
  using T = series_value_t<C>;
  detail::run_multi_core(detail::kvo_core(fast, slow, signal), std::array<std::span<T>, 2>{k, s}, h,
                         l, c, v);
}

template <series H, series L, series C, series V>
[[nodiscard]] kvo_result<series_value_t<C>> kvo(const H& high, const L& low, const C& close,
                                                const V& volume, int fast = 34, int slow = 55,
                                                int signal = 13) {
  using T = series_value_t<C>;
  const auto n = std::ranges::size(close);
  kvo_result<T> r{std::vector<T>(n), std::vector<T>(n)};
  kvo(high, low, close, volume, r.kvo, r.signal, fast, slow, signal);
  return r;
}

template <class T>
class kvo_stream : public detail::multi_core_stream<T, detail::kvo_core> {
 public:
  struct value {
    T kvo, signal;
  };
  explicit kvo_stream(int fast = 34, int slow = 55, int signal = 13)
      : detail::multi_core_stream<T, detail::kvo_core>(checked(fast, slow, signal),
                                                       kvo_lookback(fast, slow, signal)) {}
  value update(T high, T low, T close, T volume) noexcept {
    const auto v = this->step(high, low, close, volume);
    return {v[0], v[1]};
  }
  [[nodiscard]] value peek(T high, T low, T close, T volume) const noexcept {
    const auto v = this->peek_step(high, low, close, volume);
    return {v[0], v[1]};
  }

 private:
  static detail::kvo_core checked(int fast, int slow, int signal) {
    detail::check_kvo("kvo_stream", fast, slow, signal);
    return {fast, slow, signal};
  }
};

}  // namespace taspan
