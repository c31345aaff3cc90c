#pragma once
// MAVP, moving average with a variable period (TA-Lib MAVP): minperiod 2, maxperiod 30, matype
// sma. Bar i takes the MA of the chosen type whose period is periods[i], clamped to
// [minperiod, maxperiod] and truncated to an integer (TA-Lib's (int) cast); a NaN period gives
// NaN on its bar.
// Lookback (TA-Lib): ma_lookback(maxperiod, matype), the same S for every period. As TA-Lib runs
// TA_MA from bar S for each period p, the MA of period p starts at bar S - ma_lookback(p): a
// recursive MA (EMA, DEMA, KAMA, ...) of a short period is seeded then, not at bar 0, so its
// values differ from ma(x, p) for a few bars after S; windowed ones (SMA, WMA, TRIMA) agree.
// minperiod must not exceed maxperiod (TA-Lib does not check it and reads outside its buffers).
// NaN in the input: each MA's own rule (ma.hpp). Batch runs one MA per distinct period present
// (O(n) memory); the stream keeps one MA per period in [minperiod, maxperiod], fed from its
// start bar (memory grows with the square of maxperiod for windowed types). Both step the same
// cores in the same order: bit-identical.

#include <algorithm>
#include <cstddef>
#include <new>
#include <span>
#include <string>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "ma.hpp"

namespace taspan {

[[nodiscard]] constexpr int mavp_lookback(int minperiod = 2, int maxperiod = 30,
                                          ma_type type = ma_type::sma) noexcept {
  if (!detail::lookback_args_ok(minperiod, maxperiod)) return -1;
  return ma_lookback(maxperiod, type);
}

namespace detail {

inline void check_mavp(std::string_view function, int minperiod, int maxperiod, ma_type type) {
  check_min(function, "minperiod", minperiod, 2);
  check_min(function, "maxperiod", maxperiod, 2);
  if (maxperiod < minperiod)
    fail(function, "maxperiod", ">= minperiod (" + std::to_string(minperiod) + ")", maxperiod);
  check_ma_type(function, "matype", type);
}

// The bar's period: clamped to [lo, hi], then truncated; 0 for NaN.
[[nodiscard]] inline int mavp_period(double p, int lo, int hi) noexcept {
  if (is_nan(p)) return 0;
  if (p < lo) return lo;
  if (p > hi) return hi;
  return static_cast<int>(p);
}

// First bar fed to the MA of period p when every MA gives its first value at bar `start`.
[[nodiscard]] inline std::size_t mavp_first_bar(int start, int p, ma_type type) noexcept {
  return static_cast<std::size_t>(start - ma_lookback(p, type));
}

template <real T>
void mavp_kernel(std::span<const T> x, std::span<const T> periods, std::span<T> y, int lo, int hi,
                 ma_type type) {
  const int start = ma_lookback(hi, type);
  const auto s = static_cast<std::size_t>(start);
  std::fill(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(std::min(s, y.size())), nan_v<T>);
  std::vector<int> present;
  for (std::size_t i = s; i < y.size(); ++i) {
    const int p = mavp_period(static_cast<double>(periods[i]), lo, hi);
    if (p == 0) y[i] = nan_v<T>;
    if (p != 0) present.push_back(p);
  }
  std::sort(present.begin(), present.end());
  present.erase(std::unique(present.begin(), present.end()), present.end());
  for (const int p : present) {
    ma_core core(p, type);
    for (std::size_t i = mavp_first_bar(start, p, type); i < y.size(); ++i) {
      const double v = core.step(static_cast<double>(x[i]));
      if (i >= s && mavp_period(static_cast<double>(periods[i]), lo, hi) == p)
        y[i] = static_cast<T>(v);
    }
  }
}

}  // namespace detail

template <series In, series Periods, output_series Out>
void mavp(const In& in, const Periods& periods, Out&& out, int minperiod = 2, int maxperiod = 30,
          ma_type type = ma_type::sma) {
  detail::check_mavp("mavp", minperiod, maxperiod, type);
  detail::check_same_sizes("mavp", {"real", "periods"}, in, periods);
  auto [x, p, y] = detail::spans_of("mavp", detail::inputs(in, periods), {"out"}, out);
  detail::mavp_kernel(x, p, y, minperiod, maxperiod, type);
}

template <series In, series Periods>
[[nodiscard]] std::vector<series_value_t<In>> mavp(const In& in, const Periods& periods,
                                                   int minperiod = 2, int maxperiod = 30,
                                                   ma_type type = ma_type::sma) {
  return detail::output_vector(
      in, [&](auto& out) { mavp(in, periods, out, minperiod, maxperiod, type); });
}

template <class T>
class mavp_stream {
  static_assert(is_real_v<T>, "taspan::mavp_stream<T>: T must be float or double");

 public:
  explicit mavp_stream(int minperiod = 2, int maxperiod = 30, ma_type type = ma_type::sma)
      : lo_(minperiod), hi_(maxperiod), type_(type), start_(checked(minperiod, maxperiod, type)) {
    // One moving average per period in [minperiod, maxperiod]: O(maxperiod^2) state at most.
    try {
      cores_.reserve(static_cast<std::size_t>(hi_ - lo_) + 1);
      for (int p = lo_; p <= hi_; ++p) cores_.emplace_back(p, type_);
    } catch (const std::bad_alloc&) {
      throw error("taspan::mavp_stream: the moving averages of periods " + std::to_string(lo_) +
                  " to " + std::to_string(hi_) +
                  " cannot be allocated: maxperiod - minperiod is too large for this machine's "
                  "memory");
    }
  }

  T update(T x, T period) noexcept {
    const int want = wanted(period);
    double out = nan_v<double>;
    for (int p = lo_; p <= hi_; ++p) {
      if (bar_ < detail::mavp_first_bar(start_, p, type_)) continue;
      const double v = core(p).step(static_cast<double>(x));
      if (p == want) out = v;
    }
    ++bar_;
    return static_cast<T>(out);
  }
  [[nodiscard]] T peek(T x, T period) const noexcept {
    const int p = wanted(period);
    return p == 0 ? nan_v<T> : static_cast<T>(core(p).peek(static_cast<double>(x)));
  }
  [[nodiscard]] bool ready() const noexcept { return bar_ > static_cast<std::size_t>(start_); }
  void reset() noexcept {
    for (auto& c : cores_) c.reset();
    bar_ = 0;
  }
  [[nodiscard]] int lookback() const noexcept { return start_; }

 private:
  static int checked(int minperiod, int maxperiod, ma_type type) {
    detail::check_mavp("mavp_stream", minperiod, maxperiod, type);
    return ma_lookback(maxperiod, type);
  }
  // This bar's period, or 0 before the first output or for a NaN period.
  [[nodiscard]] int wanted(T period) const noexcept {
    if (bar_ < static_cast<std::size_t>(start_)) return 0;
    return detail::mavp_period(static_cast<double>(period), lo_, hi_);
  }
  detail::ma_core& core(int p) noexcept {
    return cores_[static_cast<std::size_t>(p) - static_cast<std::size_t>(lo_)];
  }
  [[nodiscard]] const detail::ma_core& core(int p) const noexcept {
    return cores_[static_cast<std::size_t>(p) - static_cast<std::size_t>(lo_)];
  }

  int lo_, hi_;
  ma_type type_;
  int start_;
  std::vector<detail::ma_core> cores_;
  std::size_t bar_ = 0;  // bars fed since construction or reset
};

}  // namespace taspan
