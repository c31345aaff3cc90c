#pragma once
// MACDEXT, MACD with a selectable MA type per line (TA-Lib MACDEXT): fast 12, slow 26, signal 9,
// every type sma by default (TA-Lib's defaults).
//   macd = MA(x, fast, fast_type) - MA(x, slow, slow_type); signal = MA(macd, signal,
//   signal_type); hist = macd - signal.
// As in TA-Lib: if slow < fast the two (period and type) are swapped; each line MA is started
// `its own lookback` bars before the first MACD bar (so an EMA fast line is seeded on the window
// ending where the slow one's does); period 1 is the identity.
// Lookback (TA-Lib): max(ma_lookback(fast), ma_lookback(slow)) + ma_lookback(signal).
// NaN: restarts the warm-up. Batch and streaming run the same core: bit-identical.

#include <algorithm>
#include <span>
#include <utility>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"
#include "../overlap/ma.hpp"
#include "detail/macd_core.hpp"
#include "macd.hpp"

namespace taspan {

[[nodiscard]] constexpr int macdext_lookback(int fast = 12, ma_type fast_type = ma_type::sma,
                                             int slow = 26, ma_type slow_type = ma_type::sma,
                                             int signal = 9,
                                             ma_type signal_type = ma_type::sma) noexcept {
  if (!detail::lookback_args_ok(fast, slow, signal)) return -1;
  return std::max(ma_lookback(fast, fast_type), ma_lookback(slow, slow_type)) +
         ma_lookback(signal, signal_type);
}

namespace detail {

inline void check_macdext(const char* function, int fast, ma_type fast_type, int slow,
                          ma_type slow_type, int signal, ma_type signal_type) {
  check_min(function, "fast", fast, 2);
  check_ma_type(function, "fast_type", fast_type);
  check_min(function, "slow", slow, 2);
  check_ma_type(function, "slow_type", slow_type);
  check_min(function, "signal", signal, 1);
  check_ma_type(function, "signal_type", signal_type);
}

inline macd_lines<ma_core> make_macdext(int fast, ma_type fast_type, int slow, ma_type slow_type,
                                        int signal, ma_type signal_type) {
  if (slow < fast) {
    std::swap(fast, slow);
    std::swap(fast_type, slow_type);
  }
  return {ma_core(fast, fast_type),     ma_lookback(fast, fast_type),
          ma_core(slow, slow_type),     ma_lookback(slow, slow_type),
          ma_core(signal, signal_type), ma_lookback(signal, signal_type)};
}

}  // namespace detail

template <series In, output_series Macd, output_series Signal, output_series Hist>
void macdext(const In& in, Macd&& out_macd, Signal&& out_signal, Hist&& out_hist, int fast = 12,
             ma_type fast_type = ma_type::sma, int slow = 26, ma_type slow_type = ma_type::sma,
             int signal = 9, ma_type signal_type = ma_type::sma) {
  detail::check_macdext("macdext", fast, fast_type, slow, slow_type, signal, signal_type);
  auto [x, m, s, h] = detail::spans_of("macdext", detail::inputs(in), {"out", "out", "out"},
                                       out_macd, out_signal, out_hist);
  if (detail::warmup_only(macdext_lookback(fast, fast_type, slow, slow_type, signal, signal_type),
                          m, s, h))
    return;
  auto core = detail::make_macdext(fast, fast_type, slow, slow_type, signal, signal_type);
  detail::run_macd_core(core, x, m, s, h);
}

template <series In>
[[nodiscard]] macd_result<series_value_t<In>> macdext(
    const In& in, int fast = 12, ma_type fast_type = ma_type::sma, int slow = 26,
    ma_type slow_type = ma_type::sma, int signal = 9, ma_type signal_type = ma_type::sma) {
  const auto n = std::ranges::size(in);
  macd_result<series_value_t<In>> r{std::vector<series_value_t<In>>(n),
                                    std::vector<series_value_t<In>>(n),
                                    std::vector<series_value_t<In>>(n)};
  macdext(in, r.macd, r.signal, r.hist, fast, fast_type, slow, slow_type, signal, signal_type);
  return r;
}

template <class T>
class macdext_stream : public detail::macd_stream_base<T, detail::ma_core> {
 public:
  explicit macdext_stream(int fast = 12, ma_type fast_type = ma_type::sma, int slow = 26,
                          ma_type slow_type = ma_type::sma, int signal = 9,
                          ma_type signal_type = ma_type::sma)
      : detail::macd_stream_base<T, detail::ma_core>(
            checked(fast, fast_type, slow, slow_type, signal, signal_type),
            macdext_lookback(fast, fast_type, slow, slow_type, signal, signal_type)) {}

 private:
  static detail::macd_lines<detail::ma_core> checked(int fast, ma_type fast_type, int slow,
                                                     ma_type slow_type, int signal,
                                                     ma_type signal_type) {
    detail::check_macdext("macdext_stream", fast, fast_type, slow, slow_type, signal, signal_type);
    return detail::make_macdext(fast, fast_type, slow, slow_type, signal, signal_type);
  }
};

}  // namespace taspan
