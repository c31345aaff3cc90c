#pragma once
// MACD, moving average convergence/divergence (TA-Lib MACD): fast 12, slow 26, signal 9.
//   macd = EMA(x, fast) - EMA(x, slow); signal = EMA(macd, signal); hist = macd - signal.
// EMAs as in TA-Lib: k = 2/(n+1); the slow EMA is seeded with the SMA of x[0..slow-1], the fast
// EMA with the SMA of the `fast` bars ending on the same bar (slow-1), the signal EMA with the SMA
// of the first `signal` MACD values. If slow < fast they are swapped (TA-Lib).
// Lookback (TA-Lib): (max(fast, slow) - 1) + (signal - 1); 33 for 12/26/9. All three outputs
// start on that bar.
// NaN: restarts the warm-up. Batch runs the streaming core in one pass over the bars (the three
// EMAs advance in lockstep, as in TA-Lib): batch and streaming are bit-identical. (A chunked
// evaluation like ema()'s was tried: three passes over the outputs made it slower than this one
// pass at 10^6 bars on a loaded machine.)

#include <algorithm>
#include <cstddef>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../overlap/ema.hpp"
#include "detail/macd_core.hpp"

namespace taspan {

template <class T>
struct macd_result {
  std::vector<T> macd, signal, hist;
};

[[nodiscard]] constexpr int macd_lookback(int fast = 12, int slow = 26, int signal = 9) noexcept {
  if (!detail::lookback_args_ok(fast, slow, signal)) return -1;
  return (std::max(fast, slow) - 1) + (signal - 1);
}

namespace detail {

inline void check_macd(const char* function, int fast, int slow, int signal) {
  check_min(function, "fast", fast, 2);
  check_min(function, "slow", slow, 2);
  check_min(function, "signal", signal, 1);
}

inline macd_lines<ema_state> make_macd(int fast, int slow, int signal) noexcept {
  if (slow < fast) std::swap(fast, slow);
  return {ema_state(fast), fast - 1, ema_state(slow), slow - 1, ema_state(signal), signal - 1};
}

template <real T, class Core>
void run_macd_core(Core& core, std::span<const T> x, std::span<T> m, std::span<T> s,
                   std::span<T> h) noexcept {
  for (std::size_t i = 0; i < x.size(); ++i) {
    macd_point<double> p{nan_v<double>, nan_v<double>, nan_v<double>};
    if (is_nan(x[i]))
      core.reset();
    else
      p = core.step(static_cast<double>(x[i]));
    m[i] = static_cast<T>(p.macd);
    s[i] = static_cast<T>(p.signal);
    h[i] = static_cast<T>(p.hist);
  }
}

}  // namespace detail

template <series In, output_series Macd, output_series Signal, output_series Hist>
void macd(const In& in, Macd&& out_macd, Signal&& out_signal, Hist&& out_hist, int fast = 12,
          int slow = 26, int signal = 9) {
  detail::check_macd("macd", fast, slow, signal);
  // Not a structured binding: the lambdas below capture these, which clang < 16 rejects.
  const auto spans = detail::spans_of("macd", detail::inputs(in), {"out", "out", "out"}, out_macd,
                                      out_signal, out_hist);
  auto x = spans.input(0);
  auto m = spans.output(0);
  auto s = spans.output(1);
  auto h = spans.output(2);
  auto core = detail::make_macd(fast, slow, signal);
  detail::run_macd_core(core, x, m, s, h);
}

template <series In>
[[nodiscard]] macd_result<series_value_t<In>> macd(const In& in, int fast = 12, int slow = 26,
                                                   int signal = 9) {
  const auto n = std::ranges::size(in);
  macd_result<series_value_t<In>> r{std::vector<series_value_t<In>>(n),
                                    std::vector<series_value_t<In>>(n),
                                    std::vector<series_value_t<In>>(n)};
  macd(in, r.macd, r.signal, r.hist, fast, slow, signal);
  return r;
}

template <class T>
class macd_stream : public detail::macd_stream_base<T, detail::ema_state> {
 public:
  explicit macd_stream(int fast = 12, int slow = 26, int signal = 9)
      : detail::macd_stream_base<T, detail::ema_state>(checked(fast, slow, signal),
                                                       macd_lookback(fast, slow, signal)) {}

 private:
  static detail::macd_lines<detail::ema_state> checked(int fast, int slow, int signal) {
    detail::check_macd("macd_stream", fast, slow, signal);
    return detail::make_macd(fast, slow, signal);
  }
};

}  // namespace taspan
