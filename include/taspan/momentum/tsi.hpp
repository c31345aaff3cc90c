#pragma once
// TSI, true strength index (not in TA-Lib; William Blau). Reference: TradingView's built-in "True
// Strength Index" (Pine v5): with pc = x - x[1],
//   tsi = 100 * EMA(EMA(pc, long), short) / EMA(EMA(|pc|, long), short)   (Pine's ta.tsi * 100)
//   signal = EMA(tsi, signal)
// Pine's ta.ema starts at its first input (k = 2/(n+1)), so both lines start on bar 1, the
// first change: lookback 1. 0 where the smoothed |pc| is 0 (no move yet). Defaults are
// TradingView's: long 25, short 13, signal 13. In [-100, 100] up to rounding.
// NaN: recursive; a NaN input gives NaN and restarts (values again one bar later); so does an
// overflowed state.
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

[[nodiscard]] constexpr int tsi_lookback(int long_period = 25, int short_period = 13,
                                         int signal = 13) noexcept {
  if (!detail::lookback_args_ok(long_period, short_period, signal)) return -1;
  return 1;
}

template <class T>
struct tsi_result {
  std::vector<T> tsi, signal;
};

namespace detail {

inline void check_tsi(std::string_view function, int long_period, int short_period, int signal) {
  check_min(function, "long_period", long_period, 1);
  check_min(function, "short_period", short_period, 1);
  check_min(function, "signal", signal, 1);
}

class tsi_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  tsi_core(int long_period, int short_period, int signal)
      : move_{ema_state(long_period, true), ema_state(short_period, true)},
        size_{ema_state(long_period, true), ema_state(short_period, true)},
        signal_(signal, true) {}
  values<2> step(double x) noexcept {
    const bool first = !has_prev_;
    const double pc = x - prev_;
    prev_ = x;
    has_prev_ = true;
    if (first) return nan_values<2>();
    return lines(move_, size_, signal_, pc);
  }
  [[nodiscard]] values<2> peek(double x) const noexcept {
    if (!has_prev_) return nan_values<2>();
    auto move = move_;
    auto size = size_;
    ema_state signal = signal_;
    return lines(move, size, signal, x - prev_);
  }
  [[nodiscard]] bool ready() const noexcept { return signal_.ready(); }
  void reset() noexcept {
    for (ema_state& e : move_) e.reset();
    for (ema_state& e : size_) e.reset();
    signal_.reset();
    has_prev_ = false;
  }

 private:
  using smoother = std::array<ema_state, 2>;  // EMA(EMA(., long), short)
  static double smooth(smoother& s, double x) noexcept { return s[1].step(s[0].step(x)); }
  static values<2> lines(smoother& move, smoother& size, ema_state& signal, double pc) noexcept {
    const double m = smooth(move, pc);
    const double a = smooth(size, pc < 0.0 ? -pc : pc);
    const double t = a == 0.0 ? 0.0 * m : 100.0 * (m / a);
    return {t, signal.step(t)};
  }
  smoother move_, size_;
  ema_state signal_;
  double prev_ = 0.0;
  bool has_prev_ = false;
};

}  // namespace detail

template <series In, output_series Out, output_series Sig>
void tsi(const In& in, Out&& tsi_line, Sig&& signal_line, int long_period = 25,
         int short_period = 13, int signal = 13) {
  detail::check_tsi("tsi", long_period, short_period, signal);
  auto [x, t, s] =
      detail::spans_of("tsi", detail::inputs(in), {"out", "out"}, tsi_line, signal_line);
  using T = series_value_t<In>;
  detail::run_multi_core(detail::tsi_core(long_period, short_period, signal),
                         std::array<std::span<T>, 2>{t, s}, x);
}

template <series In>
[[nodiscard]] tsi_result<series_value_t<In>> tsi(const In& in, int long_period = 25,
                                                 int short_period = 13, int signal = 13) {
  using T = series_value_t<In>;
  const auto n = std::ranges::size(in);
  tsi_result<T> r{std::vector<T>(n), std::vector<T>(n)};
  tsi(in, r.tsi, r.signal, long_period, short_period, signal);
  return r;
}

template <class T>
class tsi_stream : public detail::multi_core_stream<T, detail::tsi_core> {
 public:
  struct value {
    T tsi, signal;
  };
  explicit tsi_stream(int long_period = 25, int short_period = 13, int signal = 13)
      : detail::multi_core_stream<T, detail::tsi_core>(
            checked(long_period, short_period, signal),
            tsi_lookback(long_period, short_period, signal)) {}
  value update(T x) noexcept {
    const auto v = this->step(x);
    return {v[0], v[1]};
  }
  [[nodiscard]] value peek(T x) const noexcept {
    const auto v = this->peek_step(x);
    return {v[0], v[1]};
  }

 private:
  static detail::tsi_core checked(int long_period, int short_period, int signal) {
    detail::check_tsi("tsi_stream", long_period, short_period, signal);
    return {long_period, short_period, signal};
  }
};

}  // namespace taspan
