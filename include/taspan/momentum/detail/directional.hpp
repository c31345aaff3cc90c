#pragma once
// PLUS_DM/MINUS_DM and PLUS_DI/MINUS_DI are one computation read from either side: the cores,
// batch drivers and streams here serve both, the public headers only name them.

#include <vector>

#include "../../core/detail/core_stream.hpp"
#include "wilder.hpp"

namespace taspan::detail {

enum class dm_side { plus, minus };

[[nodiscard]] constexpr int dm_lookback(int period) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period > 1 ? period - 1 : 1;
}

// Smoothed +DM or -DM: defined from bar max(period - 1, 1) of a segment on.
template <dm_side Side>
class smoothed_dm_core {
 public:
  static constexpr bool nan_aware = true;
  explicit smoothed_dm_core(int period) noexcept : dm_(period), first_(dm_lookback(period)) {}
  template <real T>
  T step(T h, T l) noexcept {
    // DM reads no close; the low stands in (true range is not used).
    if (!dm_.step(static_cast<double>(h), static_cast<double>(l), static_cast<double>(l)) ||
        dm_.count() < first_)
      return nan_v<T>;
    return static_cast<T>(Side == dm_side::plus ? dm_.plus() : dm_.minus());
  }
  [[nodiscard]] bool ready() const noexcept { return dm_.count() >= first_; }

 private:
  directional_core dm_;
  int first_;
};

// +DI or -DI: defined from bar `period` of a segment on.
template <dm_side Side>
class directional_index_core {
 public:
  static constexpr bool nan_aware = true;
  explicit directional_index_core(int period) noexcept : dm_(period), period_(period) {}
  template <real T>
  T step(T h, T l, T c) noexcept {
    if (!dm_.step(static_cast<double>(h), static_cast<double>(l), static_cast<double>(c)) ||
        dm_.count() < period_)
      return nan_v<T>;
    return static_cast<T>(Side == dm_side::plus ? dm_.plus_di() : dm_.minus_di());
  }
  [[nodiscard]] bool ready() const noexcept { return dm_.count() >= period_; }

 private:
  directional_core dm_;
  int period_;
};

template <dm_side Side>
inline constexpr const char* dm_name = Side == dm_side::plus ? "plus_dm" : "minus_dm";
template <dm_side Side>
inline constexpr const char* dm_stream_name =
    Side == dm_side::plus ? "plus_dm_stream" : "minus_dm_stream";
template <dm_side Side>
inline constexpr const char* di_name = Side == dm_side::plus ? "plus_di" : "minus_di";
template <dm_side Side>
inline constexpr const char* di_stream_name =
    Side == dm_side::plus ? "plus_di_stream" : "minus_di_stream";

template <dm_side Side, series H, series L, output_series Out>
void smoothed_dm(const H& high, const L& low, Out&& out, int period) {
  check_period(dm_name<Side>, period);
  auto [h, l, y] = hl_spans(dm_name<Side>, high, low, out);
  run_core(smoothed_dm_core<Side>(period), y, h, l);
}

template <dm_side Side, series H, series L, series C, output_series Out>
void directional_index(const H& high, const L& low, const C& close, Out&& out, int period) {
  check_period(di_name<Side>, period);
  auto [h, l, c, y] = hlc_spans(di_name<Side>, high, low, close, out);
  run_core(directional_index_core<Side>(period), y, h, l, c);
}

template <class T, dm_side Side>
class smoothed_dm_stream : public core_stream<T, smoothed_dm_core<Side>> {
 public:
  explicit smoothed_dm_stream(int period = 14)
      : core_stream<T, smoothed_dm_core<Side>>(
            smoothed_dm_core<Side>(check_period(dm_stream_name<Side>, period)),
            dm_lookback(period)) {}
  T update(T high, T low) noexcept { return this->step(high, low); }
  [[nodiscard]] T peek(T high, T low) const noexcept { return this->peek_step(high, low); }
};

template <class T, dm_side Side>
class directional_index_stream : public core_stream<T, directional_index_core<Side>> {
 public:
  explicit directional_index_stream(int period = 14)
      : core_stream<T, directional_index_core<Side>>(
            directional_index_core<Side>(check_period(di_stream_name<Side>, period)), period) {}
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }
};

}  // namespace taspan::detail
