#pragma once
// WILLR, Williams' %R (TA-Lib WILLR): default period 14 (>= 2), lookback period - 1.
//
//   HH, LL = highest high and lowest low of the last `period` bars;
//   %R = (HH - close) / ((HH - LL) / -100), and 0 when HH == LL (TA-Lib's arithmetic), or
//   within 8 ulps of T of it (the flat-range rule, momentum/detail/flat_range.hpp)
//
// HH and LL come from the rolling max/min deques (rolling/detail/extremum.hpp): O(1) amortised
// per bar whatever the period. Values lie in [-100, 0] for bars with low <= close <= high.
// NaN: a NaN high or low makes exactly the `period` windows holding it NaN; a NaN close only its
// own bar. Batch and streaming run the same code: bit-identical.

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/detail/extremum.hpp"
#include "detail/flat_range.hpp"

namespace taspan {

[[nodiscard]] constexpr int willr_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {

template <real T>
class willr_core {
 public:
  static constexpr bool nan_aware = true;
  explicit willr_core(int period) : hh_(period), ll_(period) {}

  T step(T h, T l, T c) noexcept { return value(hh_.push(h), ll_.push(l), c); }
  [[nodiscard]] T peek(T h, T l, T c) const noexcept { return value(hh_.peek(h), ll_.peek(l), c); }
  [[nodiscard]] bool ready() const noexcept { return hh_.full(); }
  void reset() noexcept {
    hh_.reset();
    ll_.reset();
  }

 private:
  static T value(const extremum<T>& hh, const extremum<T>& ll, T close) noexcept {
    if (!hh.valid || !ll.valid || is_nan(close)) return nan_v<T>;
    const auto hi = static_cast<double>(hh.value);
    const auto lo = static_cast<double>(ll.value);
    if (flat_range<T>(hi, lo)) return T(0);
    const double diff = (hi - lo) / -100.0;
    return static_cast<T>((hi - static_cast<double>(close)) / diff);
  }
  extremum_window<T, max_order> hh_;
  extremum_window<T, min_order> ll_;
};

}  // namespace detail

template <series H, series L, series C, output_series Out>
void willr(const H& high, const L& low, const C& close, Out&& out, int period = 14) {
  detail::check_period("willr", period, 2);
  auto [h, l, c, y] = detail::hlc_spans("willr", high, low, close, out);
  if (detail::warmup_only(willr_lookback(period), y)) return;
  detail::run_core(detail::willr_core<series_value_t<C>>(period), y, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> willr(const H& high, const L& low, const C& close,
                                                   int period = 14) {
  return detail::output_vector(high, [&](auto& out) { willr(high, low, close, out, period); });
}

template <class T>
class willr_stream : public detail::core_stream<T, detail::willr_core<T>> {
 public:
  explicit willr_stream(int period = 14)
      : detail::core_stream<T, detail::willr_core<T>>(
            detail::willr_core<T>(detail::check_period("willr_stream", period, 2)),
            willr_lookback(period)) {}
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }
};

}  // namespace taspan
