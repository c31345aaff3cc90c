#pragma once
// Percent rank (not in TA-Lib). Reference: Pine v5 ta.percentrank(source, length): the percentage
// of the previous `period` values that are less than or equal to the current one,
//   percent_rank = 100 * #{ i in 1..period : x[t-i] <= x[t] } / period
// Default period 20. Lookback period. In [0, 100].
// NaN: windowed; a NaN affects exactly the windows (the bar and the `period` before it) that hold
// it (the state restarts after it).
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int percent_rank_lookback(int period = 20) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

namespace detail {

class percent_rank_core {
 public:
  explicit percent_rank_core(int period) : previous_(static_cast<std::size_t>(period)) {}
  double step(double x) noexcept {
    const double v = peek(x);
    previous_.push(x);
    ready_ = !is_nan(v);
    return v;
  }
  [[nodiscard]] double peek(double x) const noexcept {
    if (!previous_.full()) return nan_v<double>;
    int below = 0;
    previous_.for_each([&](double p) noexcept { below += p <= x ? 1 : 0; });
    return 100.0 * static_cast<double>(below) / static_cast<double>(previous_.capacity());
  }
  [[nodiscard]] bool ready() const noexcept { return ready_; }
  void reset() noexcept {
    previous_.clear();
    ready_ = false;
  }

 private:
  ring<double> previous_;
  bool ready_ = false;
};

}  // namespace detail

template <series In, output_series Out>
void percent_rank(const In& in, Out&& out, int period = 20) {
  detail::check_period("percent_rank", period);
  auto [x, y] = detail::in_out_spans("percent_rank", in, out);
  if (detail::warmup_only(percent_rank_lookback(period), y))
    return;  // no state sized by the periods
  detail::run_core(detail::percent_rank_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> percent_rank(const In& in, int period = 20) {
  return detail::output_vector(in, [&](auto& out) { percent_rank(in, out, period); });
}

template <class T>
class percent_rank_stream : public detail::core_stream<T, detail::percent_rank_core> {
 public:
  explicit percent_rank_stream(int period = 20)
      : detail::core_stream<T, detail::percent_rank_core>(
            detail::percent_rank_core(detail::check_period("percent_rank_stream", period)),
            percent_rank_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
