#pragma once
// PLUS_DM/MINUS_DM and PLUS_DI/MINUS_DI are one computation read from either side: the cores,
// batch drivers and streams here serve both, the public headers only name them.

#include <vector>

#include "../../core/detail/core_stream.hpp"
#include "../../core/detail/wilder.hpp"
#include "../../core/numeric.hpp"

namespace taspan::detail {

// Wilder-smoothed +DM, -DM and TR the way TA-Lib's PLUS_DM/MINUS_DM/PLUS_DI/MINUS_DI/DX/ADX do it:
// the one-bar values of bars 1..n-1 are summed, and every later bar applies s = s - s/n + x.
// count() is the number of one-bar values consumed since the (re)start: bar k of a segment has
// count k.
class directional_core {
 public:
  explicit directional_core(int period) noexcept : w_(period), period_(period) {}

  // Feeds one bar; false when the bar restarted the state (first bar or a NaN input).
  bool step(double h, double l, double c) noexcept {
    if (any_nan(h, l, c)) {
      count_ = -1;
      return false;
    }
    if (count_ < 0) {
      ph_ = h;
      pl_ = l;
      pc_ = c;
      count_ = 0;
      plus_ = minus_ = tr_ = 0.0;
      return false;
    }
    const dm_pair dm = directional_movement(h - ph_, pl_ - l);
    const double tr = true_range(h, l, pc_);
    ph_ = h;
    pl_ = l;
    pc_ = c;
    if (count_ >= period_ - 1) {
      plus_ = w_.sum(plus_, dm.plus);
      minus_ = w_.sum(minus_, dm.minus);
      tr_ = w_.sum(tr_, tr);
    } else {
      plus_ += dm.plus;
      minus_ += dm.minus;
      tr_ += tr;
    }
    if (!(plus_ - plus_ + (minus_ - minus_) + (tr_ - tr_) == 0.0)) {
      count_ = -1;  // an overflow (prices near DBL_MAX, +-inf) restarts as a NaN bar does
      return false;
    }
    if (count_ < max_count_) ++count_;
    return true;
  }
  [[nodiscard]] int count() const noexcept { return count_; }
  [[nodiscard]] double plus() const noexcept { return plus_; }
  [[nodiscard]] double minus() const noexcept { return minus_; }
  [[nodiscard]] double tr() const noexcept { return tr_; }
  // +DI and -DI (0 when the smoothed true range is 0, as TA-Lib).
  [[nodiscard]] double plus_di() const noexcept { return tr_ != 0.0 ? 100.0 * (plus_ / tr_) : 0.0; }
  [[nodiscard]] double minus_di() const noexcept {
    return tr_ != 0.0 ? 100.0 * (minus_ / tr_) : 0.0;
  }
  // DX of this bar, or false when it is undefined (TR or +DI + -DI is 0).
  [[nodiscard]] bool dx(double& out) const noexcept {
    if (tr_ == 0.0) return false;
    const double m = 100.0 * (minus_ / tr_);
    const double p = 100.0 * (plus_ / tr_);
    const double s = m + p;
    if (s == 0.0) return false;
    out = 100.0 * (std::abs(m - p) / s);
    return true;
  }

 private:
  static constexpr int max_count_ = 1 << 30;
  wilder_weights w_;
  int period_;
  int count_ = -1;
  double ph_ = 0.0, pl_ = 0.0, pc_ = 0.0;
  double plus_ = 0.0, minus_ = 0.0, tr_ = 0.0;
};

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
