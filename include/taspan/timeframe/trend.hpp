#pragma once
// trend: a simple moving-average trend state, and the same state on daily, weekly and monthly
// bars aligned back onto the daily bars without look-ahead.
//
// For bar i, with m = sma(close, period) (taspan::sma) and k = slope_bars:
//   up   (+1) when close[i] > m[i] and m[i] > m[i-k]   (above a rising average)
//   down (-1) when close[i] < m[i] and m[i] < m[i-k]   (below a falling average)
//   flat  (0) otherwise
// The output is a series of T holding +1, 0 or -1 (so it aligns and compares like any other
// series); the first trend_lookback(period, slope_bars) = period - 1 + slope_bars entries are
// NaN. This is taspan's own definition, not a TA-Lib function.
// NaN: a NaN close makes its bar NaN and, through the SMA, every bar whose average or lagged
// average covers it.
//
// multi_timeframe_trend: resamples to weeks and months (resample.hpp), computes the trend on
// each, and aligns the weekly and monthly states onto the daily bars with align.hpp, so that a
// daily bar only sees weeks and months that had closed by then.

#include <chrono>
#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../overlap/sma.hpp"
#include "align.hpp"
#include "resample.hpp"

namespace taspan {

inline constexpr int trend_up = 1;
inline constexpr int trend_flat = 0;
inline constexpr int trend_down = -1;

[[nodiscard]] constexpr int trend_lookback(int period = 50, int slope_bars = 10) noexcept {
  if (!detail::lookback_args_ok(period, slope_bars)) return -1;
  return sma_lookback(period) + slope_bars;
}

namespace detail {

inline void check_trend(std::string_view function, int period, int slope_bars) {
  check_period(function, period);
  check_min(function, "slope_bars", slope_bars, 1);
}

// The state from a close, its average now and its average slope_bars ago (NaN if any is NaN).
template <real T>
[[nodiscard]] constexpr T trend_step(T close, T ma, T ma_then) noexcept {
  if (is_nan(close) || is_nan(ma) || is_nan(ma_then)) return nan_v<T>;
  if (close > ma && ma > ma_then) return T(trend_up);
  if (close < ma && ma < ma_then) return T(trend_down);
  return T(trend_flat);
}

template <real T>
void trend_kernel(std::span<const T> close, std::span<const T> ma, std::span<T> out,
                  int slope_bars) noexcept {
  const auto k = static_cast<std::size_t>(slope_bars);
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] = i < k ? nan_v<T> : trend_step(close[i], ma[i], ma[i - k]);
}

}  // namespace detail

template <series In, output_series Out>
void trend(const In& close, Out&& out, int period = 50, int slope_bars = 10) {
  detail::check_trend("trend", period, slope_bars);
  auto [x, y] = detail::in_out_spans("trend", close, out);
  using T = series_value_t<In>;
  const std::vector<T> ma = sma(x, period);
  detail::trend_kernel(x, std::span<const T>(ma), y, slope_bars);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> trend(const In& close, int period = 50,
                                                    int slope_bars = 10) {
  return detail::output_vector(close, [&](auto& out) { trend(close, out, period, slope_bars); });
}

template <class T>
class trend_stream {
  static_assert(is_real_v<T>, "taspan::trend_stream<T>: T must be float or double");

 public:
  explicit trend_stream(int period = 50, int slope_bars = 10)
      : sma_(checked(period, slope_bars)),
        slope_bars_(slope_bars),
        past_(static_cast<std::size_t>(slope_bars)) {}

  T update(T close) noexcept {
    const T ma = sma_.update(close);
    const T out = value(close, ma);
    past_.push(ma);
    if (seen_ <= static_cast<std::size_t>(lookback())) ++seen_;
    return out;
  }
  [[nodiscard]] T peek(T close) const noexcept { return value(close, sma_.peek(close)); }
  [[nodiscard]] bool ready() const noexcept { return seen_ > static_cast<std::size_t>(lookback()); }
  void reset() noexcept {
    sma_.reset();
    past_.clear();
    seen_ = 0;
  }
  [[nodiscard]] int period() const noexcept { return sma_.period(); }
  [[nodiscard]] int slope_bars() const noexcept { return slope_bars_; }
  [[nodiscard]] int lookback() const noexcept { return trend_lookback(period(), slope_bars_); }

 private:
  static int checked(int period, int slope_bars) {
    detail::check_trend("trend_stream", period, slope_bars);
    return period;
  }
  // past_ holds the last slope_bars averages; its oldest is the one slope_bars bars back.
  [[nodiscard]] T value(T close, T ma) const noexcept {
    return past_.full() ? detail::trend_step(close, ma, past_.front()) : nan_v<T>;
  }

  sma_stream<T> sma_;
  int slope_bars_;
  detail::ring<T> past_;
  std::size_t seen_ = 0;  // updates so far, counted up to lookback() + 1
};

// ---- multi-time-frame ----

struct trend_params {
  int period;
  int slope_bars;
};

// Defaults: the 50-day average rising over 10 days, the 30-week average (Weinstein's stage
// analysis) rising over 4 weeks, the 10-month average (Faber's timing model) rising over 2 months.
struct multi_timeframe_trend_options {
  trend_params daily{50, 10};
  trend_params weekly{30, 4};
  trend_params monthly{10, 2};
  close_rule rule = close_rule::last_weekday;
};

// All series have one entry per daily bar.
template <class T>
struct multi_timeframe_trend_result {
  std::vector<T> daily;    // trend of the daily bars
  std::vector<T> weekly;   // trend of the last closed week
  std::vector<T> monthly;  // trend of the last closed month
  std::vector<T> agree;    // the common state when all three agree, else 0; NaN if any is NaN
};

template <series C>
[[nodiscard]] multi_timeframe_trend_result<series_value_t<C>> multi_timeframe_trend(
    std::span<const std::chrono::year_month_day> dates, const C& close,
    const multi_timeframe_trend_options& options = {}) {
  using T = series_value_t<C>;
  constexpr std::string_view fn = "multi_timeframe_trend";
  detail::check_trend(fn, options.daily.period, options.daily.slope_bars);
  detail::check_trend(fn, options.weekly.period, options.weekly.slope_bars);
  detail::check_trend(fn, options.monthly.period, options.monthly.slope_bars);
  detail::check_size(fn, "close", std::ranges::size(close), "dates", dates.size());
  const auto c = input_span(close);
  const std::size_t n = c.size();

  multi_timeframe_trend_result<T> r;
  r.daily = trend(c, options.daily.period, options.daily.slope_bars);
  const auto weeks = resample(dates, c, period_unit::week, options.rule);
  r.weekly = align(weeks, trend(weeks.close, options.weekly.period, options.weekly.slope_bars), n);
  const auto months = resample(dates, c, period_unit::month, options.rule);
  r.monthly =
      align(months, trend(months.close, options.monthly.period, options.monthly.slope_bars), n);
  r.agree.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const T d = r.daily[i];
    const T w = r.weekly[i];
    const T m = r.monthly[i];
    r.agree[i] = detail::is_nan(d) || detail::is_nan(w) || detail::is_nan(m) ? nan_v<T>
                 : d == w && w == m                                          ? d
                                                                             : T(trend_flat);
  }
  return r;
}

}  // namespace taspan
