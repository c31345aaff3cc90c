#pragma once
// Force index (not in TA-Lib; Alexander Elder). Reference: TradingView's built-in "Elder Force
// Index" (Pine v5): efi = ta.ema(ta.change(close) * volume, length). Pine's ta.ema starts at its
// first input, so the first value is on bar 1 (the first change) and the EMA follows from there
// (k = 2/(period+1)). Default period 13. Lookback 1.
// NaN: recursive; a NaN in either input gives NaN and restarts (the next value is one bar later,
// from a fresh change); so does an overflowed state.
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int force_index_lookback(int period = 13) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 1;
}

namespace detail {

class force_index_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  explicit force_index_core(int period) : ema_(period, true) {}
  double step(double c, double v) noexcept {
    const bool first = !has_prev_;
    const double force = (c - prev_) * v;
    prev_ = c;
    has_prev_ = true;
    return first ? nan_v<double> : ema_.step(force);
  }
  [[nodiscard]] double peek(double c, double v) const noexcept {
    if (!has_prev_) return nan_v<double>;
    ema_state e = ema_;
    return e.step((c - prev_) * v);
  }
  [[nodiscard]] bool ready() const noexcept { return ema_.ready(); }
  void reset() noexcept {
    has_prev_ = false;
    ema_.reset();
  }

 private:
  ema_state ema_;
  double prev_ = 0.0;
  bool has_prev_ = false;
};

}  // namespace detail

template <series C, series V, output_series Out>
void force_index(const C& close, const V& volume, Out&& out, int period = 13) {
  detail::check_period("force_index", period);
  detail::check_same_sizes("force_index", {"close", "volume"}, close, volume);
  auto [c, v, y] = detail::spans_of("force_index", detail::inputs(close, volume), {"out"}, out);
  detail::run_core(detail::force_index_core(period), y, c, v);
}

template <series C, series V>
[[nodiscard]] std::vector<series_value_t<C>> force_index(const C& close, const V& volume,
                                                         int period = 13) {
  return detail::output_vector(close, [&](auto& out) { force_index(close, volume, out, period); });
}

template <class T>
class force_index_stream : public detail::core_stream<T, detail::force_index_core> {
 public:
  explicit force_index_stream(int period = 13)
      : detail::core_stream<T, detail::force_index_core>(
            detail::force_index_core(detail::check_period("force_index_stream", period)),
            force_index_lookback(period)) {}
  T update(T close, T volume) noexcept { return this->step(close, volume); }
  [[nodiscard]] T peek(T close, T volume) const noexcept { return this->peek_step(close, volume); }
};

}  // namespace taspan
