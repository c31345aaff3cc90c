#pragma once
// MACDFIX, MACD with TA-Lib's fixed factors (TA-Lib MACDFIX): signal 9.
//   macd = EMA_0.15(x) - EMA_0.075(x); signal = EMA(macd, signal); hist = macd - signal.
// Not macd(12, 26, 9): the fast and slow EMAs use k = 0.15 and 0.075 exactly, where 2/(12+1)
// and 2/(26+1) are 0.1538... and 0.0740... (TA-Lib's INT_MACD with periods 0). They are seeded
// as MACD's: the slow one with the SMA of x[0..25], the fast one with the SMA of the 12 bars
// ending on bar 25; the signal EMA (k = 2/(signal+1)) with the SMA of its first `signal` values.
// Lookback (TA-Lib): 25 + (signal - 1); 33 for the default. All three outputs start there.
// NaN: restarts the warm-up. Batch and streaming run the same core (momentum/detail/macd_core):
// bit-identical.

#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "detail/macd_core.hpp"
#include "macd.hpp"

namespace taspan {

[[nodiscard]] constexpr int macdfix_lookback(int signal = 9) noexcept {
  if (!detail::lookback_args_ok(signal)) return -1;
  return 25 + (signal - 1);
}

namespace detail {

// An EMA seeded over `period` bars but stepping with the fixed factor k.
inline ema_state fixed_ema(int period, double k) noexcept {
  ema_state e(period);
  e.k = k;
  return e;
}

inline macd_lines<ema_state> make_macdfix(const char* function, int signal) {
  check_min(function, "signal", signal, 1);
  return {fixed_ema(12, 0.15), 11, fixed_ema(26, 0.075), 25, ema_state(signal), signal - 1};
}

}  // namespace detail

template <series In, output_series Macd, output_series Signal, output_series Hist>
void macdfix(const In& in, Macd&& out_macd, Signal&& out_signal, Hist&& out_hist, int signal = 9) {
  auto core = detail::make_macdfix("macdfix", signal);
  const auto spans = detail::spans_of("macdfix", detail::inputs(in), {"out", "out", "out"},
                                      out_macd, out_signal, out_hist);
  detail::run_macd_core(core, spans.input(0), spans.output(0), spans.output(1), spans.output(2));
}

template <series In>
[[nodiscard]] macd_result<series_value_t<In>> macdfix(const In& in, int signal = 9) {
  const auto n = std::ranges::size(in);
  macd_result<series_value_t<In>> r{std::vector<series_value_t<In>>(n),
                                    std::vector<series_value_t<In>>(n),
                                    std::vector<series_value_t<In>>(n)};
  macdfix(in, r.macd, r.signal, r.hist, signal);
  return r;
}

template <class T>
class macdfix_stream : public detail::macd_stream_base<T, detail::ema_state> {
 public:
  explicit macdfix_stream(int signal = 9)
      : detail::macd_stream_base<T, detail::ema_state>(
            detail::make_macdfix("macdfix_stream", signal), macdfix_lookback(signal)) {}
};

}  // namespace taspan
