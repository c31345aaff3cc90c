#pragma once
// IMI, intraday momentum index (TA-Lib IMI, Chande): period 14 (>= 2), lookback period - 1.
//   up = sum of (close - open) over the window's bars with close > open
//   down = sum of (open - close) over the others;   imi = 100 up / (up + down)
// Each window is summed afresh (O(period) a bar), as TA-Lib does. A window with no intraday
// move at all (close == open on every bar) is 0 / 0: NaN, as in TA-Lib, and kept: 0 would read
// as "every bar fell", 50 is no better, and the value is undefined there.
// NaN: windowed, a NaN in open or close makes exactly the windows that hold its bar NaN.
// Batch and streaming run the same core (core/detail/recomputed_window.hpp): bit-identical.

#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/recomputed_window.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int imi_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {
struct imi_fn {
  static double value(double open, double close) noexcept { return close - open; }
  static double of(const window_view& w) noexcept {
    double up = 0.0;
    double down = 0.0;
    w.newest_first([&](double move) {
      if (move > 0.0) {
        up += move;
      } else {
        down -= move;
      }
    });
    return 100.0 * (up / (up + down));
  }
};
using imi_core = recomputed_window_core<imi_fn>;
}  // namespace detail

template <series Open, series Close, output_series Out>
void imi(const Open& open, const Close& close, Out&& out, int period = 14) {
  detail::check_period("imi", period, 2);
  detail::check_same_sizes("imi", {"open", "close"}, open, close);
  auto [o, c, y] = detail::spans_of("imi", detail::inputs(open, close), {"out"}, out);
  if (detail::warmup_only(imi_lookback(period), y)) return;
  detail::run_core(detail::imi_core(period), y, o, c);
}

template <series Open, series Close>
[[nodiscard]] std::vector<series_value_t<Open>> imi(const Open& open, const Close& close,
                                                    int period = 14) {
  return detail::output_vector(open, [&](auto& out) { imi(open, close, out, period); });
}

template <class T>
class imi_stream : public detail::core_stream<T, detail::imi_core> {
 public:
  explicit imi_stream(int period = 14)
      : detail::core_stream<T, detail::imi_core>(
            detail::imi_core(detail::check_period("imi_stream", period, 2)), imi_lookback(period)) {
  }
  T update(T open, T close) noexcept { return this->step(open, close); }
  [[nodiscard]] T peek(T open, T close) const noexcept { return this->peek_step(open, close); }
};

}  // namespace taspan
