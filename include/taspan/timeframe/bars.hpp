#pragma once
// Resampling timestamped bars to any bar size (bar_size.hpp): streaming and batch, plus the
// multi-time-frame trend and the per-session flags built on it.
//
// A bar of the result: time = its bin's start (pandas label='left'), open = the first open,
// high/low = the extremes, close = the last close, volume = the sum (the same aggregation as the
// daily resample.hpp, detail/ohlcv_accumulator.hpp); first/last = indices of its first and last
// base bars; closed_at = the base bar at which it was known complete (align.hpp uses it):
//   - the base bar after which its bin has no trading time left, when the base bar length is
//     known (bin_options::base_length; the session and weekdays_only define trading time). A
//     5-minute bin [09:30, 09:35) of one-minute bars closes at the 09:34 bar; a day closes at the
//     session's last bar; an ISO week of daily bars with weekdays_only closes on Friday's bar;
//   - otherwise the first base bar of a later bin;
//   - never, for the partial last bar of a series (not_closed).
// Base bars outside the session are skipped (they belong to no bar); bins without base bars are
// not made. Timestamps must increase strictly; a base bar falling in a bin that was already
// closed (data where the calendar said there was no trading) is an error.
//
// NaN: as resample.hpp (high, low, volume become NaN; open and close are taken as they are).

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/timestamp.hpp"
#include "align.hpp"
#include "bar_size.hpp"
#include "detail/ohlcv_accumulator.hpp"
#include "resample.hpp"
#include "trend.hpp"

namespace taspan {

template <class T>
struct time_bar {
  timestamp time;       // bin start (label)
  timestamp last_time;  // time of the last base bar in it (so far)
  T open, high, low, close, volume;
  std::size_t first, last;  // indices of the first and last base bars
  std::size_t closed_at;    // base bar at which it was known complete, or not_closed
};

// Batch result: one entry per bar, in order. A column whose input was empty stays empty.
template <class T>
struct bar_resample_result {
  std::vector<timestamp> time, last_time;
  std::vector<T> open, high, low, close, volume;
  std::vector<std::size_t> first, last, closed_at;

  [[nodiscard]] std::size_t size() const noexcept { return time.size(); }
  [[nodiscard]] bool empty() const noexcept { return time.empty(); }
  [[nodiscard]] bool closed(std::size_t k) const noexcept { return closed_at[k] != not_closed; }
};

// Streaming resampler: update() returns the bars that became complete on this base bar (at most
// two: the previous bar, when this base bar starts a new bin, and this base bar's own bin when
// it completes it), each with closed_at = this base bar's index. current() peeks at the bar in
// progress; flush() returns it (partial) and resets. Returned spans stay valid until the next
// update(), flush() or reset(). No allocation after construction.
template <class T>
class bar_resample_stream {
  static_assert(is_real_v<T>, "taspan::bar_resample_stream<T>: T must be float or double");

 public:
  explicit bar_resample_stream(bar_size size, const bin_options& options = {})
      : binner_(size, options) {}

  std::span<const time_bar<T>> update(timestamp t, T open, T high, T low, T close, T volume) {
    if (index_ > 0 && !(t > last_t_))
      detail::fail("bar_resample_stream", "timestamps", "strictly increasing",
                   detail::time_text(t) + " after " + detail::time_text(last_t_));
    if (!origin_) origin_ = binner_.trading_day(t);
    const auto b = origin_ ? binner_.locate(t, *origin_) : std::nullopt;
    std::size_t k = 0;
    if (b) {
      const bool new_bin = !in_bin_ || b->start != cur_.time;
      if (!new_bin && reported_)
        detail::fail("bar_resample_stream", "timestamps", "in a bar that is still open",
                     detail::time_text(t) + ", in the bar of " + detail::time_text(cur_.time) +
                         " closed at " + detail::time_text(cur_.last_time) +
                         " (check bin_options: hours, weekdays_only, base_length)");
      if (new_bin) {
        if (in_bin_ && !reported_) done_[k++] = finished(index_);
        cur_ = {b->start, t, open, high, low, close, T(0), index_, index_, not_closed};
        acc_.start(open, high, low, close, volume);
        in_bin_ = true;
        reported_ = false;
      } else {
        cur_.last_time = t;
        cur_.last = index_;
        acc_.add(high, low, close, volume);
      }
      if (binner_.completes(t, cur_.time, *origin_)) {
        done_[k++] = finished(index_);
        reported_ = true;
      }
    }
    last_t_ = t;
    ++index_;
    return {done_.data(), k};
  }

  // The bar in progress (it includes the latest base bar in a session), unless already reported.
  [[nodiscard]] std::optional<time_bar<T>> current() const noexcept {
    if (!in_bin_ || reported_) return std::nullopt;
    return finished(not_closed);
  }

  std::span<const time_bar<T>> flush() noexcept {
    std::size_t k = 0;
    if (in_bin_ && !reported_) done_[k++] = finished(not_closed);
    reset();
    return {done_.data(), k};
  }

  void reset() noexcept {
    in_bin_ = reported_ = false;
    origin_.reset();
    index_ = 0;
  }
  [[nodiscard]] std::size_t bars() const noexcept { return index_; }
  [[nodiscard]] const bar_binner& binner() const noexcept { return binner_; }

 private:
  [[nodiscard]] time_bar<T> finished(std::size_t closed_at) const noexcept {
    time_bar<T> p = cur_;
    p.high = acc_.high;
    p.low = acc_.low;
    p.close = acc_.close;
    p.volume = acc_.volume();
    p.closed_at = closed_at;
    return p;
  }

  bar_binner binner_;
  std::optional<std::chrono::sys_days> origin_;  // first trading day: intraday bins count from it
  time_bar<T> cur_{};
  detail::ohlcv_accumulator<T> acc_{};
  timestamp last_t_{};
  std::size_t index_ = 0;
  bool in_bin_ = false;
  bool reported_ = false;
  std::array<time_bar<T>, 2> done_{};
};

// Resamples timestamped bars. close has one value per time; open, high, low and volume may each
// be empty (their columns then stay empty).
template <series O, series H, series L, series C, series V>
[[nodiscard]] bar_resample_result<series_value_t<C>> resample(std::span<const timestamp> times,
                                                              const O& open, const H& high,
                                                              const L& low, const C& close,
                                                              const V& volume, bar_size size,
                                                              const bin_options& options = {}) {
  using T = series_value_t<C>;
  static_assert(is_real_v<T>, "taspan::resample: close must hold float or double values");
  static_assert(std::is_same_v<series_value_t<O>, T> && std::is_same_v<series_value_t<H>, T> &&
                    std::is_same_v<series_value_t<L>, T> && std::is_same_v<series_value_t<V>, T>,
                "taspan::resample: all price series must hold the same value type");
  const std::size_t n = times.size();
  detail::check_size("resample", "close", std::ranges::size(close), "times", n);
  detail::check_size_or_empty("resample", "open", std::ranges::size(open), n);
  detail::check_size_or_empty("resample", "high", std::ranges::size(high), n);
  detail::check_size_or_empty("resample", "low", std::ranges::size(low), n);
  detail::check_size_or_empty("resample", "volume", std::ranges::size(volume), n);
  const std::array<std::span<const T>, 5> in{input_span(open), input_span(high), input_span(low),
                                             input_span(close), input_span(volume)};
  const auto at = [&](std::size_t f, std::size_t i) { return in[f].empty() ? T(0) : in[f][i]; };

  bar_resample_result<T> r;
  auto push = [&](std::span<const time_bar<T>> done) {
    for (const auto& p : done) {
      r.time.push_back(p.time);
      r.last_time.push_back(p.last_time);
      detail::push_columns(r, p, in);
    }
  };
  bar_resample_stream<T> s(size, options);
  for (std::size_t i = 0; i < n; ++i)
    push(s.update(times[i], at(0, i), at(1, i), at(2, i), at(3, i), at(4, i)));
  push(s.flush());
  return r;
}

// Close only.
template <series C>
[[nodiscard]] bar_resample_result<series_value_t<C>> resample(std::span<const timestamp> times,
                                                              const C& close, bar_size size,
                                                              const bin_options& options = {}) {
  const std::span<const series_value_t<C>> none;
  return resample(times, none, none, none, close, none, size, options);
}

// Any bar set with members time, open, high, low, close, volume (e.g. taspan::ohlcv<T>).
template <class Bars>
requires requires(const Bars& b) {
  b.time;
  b.open;
  b.close;
}
[[nodiscard]] auto resample(const Bars& bars, bar_size size, const bin_options& options = {}) {
  return resample(std::span<const timestamp>(bars.time), bars.open, bars.high, bars.low, bars.close,
                  bars.volume, size, options);
}

// 1 on the first bar of each trading day (the session's day when options.hours is set), else 0:
// the flags taspan::vwap takes to restart per session. Bars outside the session get 0.
[[nodiscard]] inline std::vector<std::uint8_t> session_starts(std::span<const timestamp> times,
                                                              const bin_options& options = {}) {
  const bar_binner binner({bar_unit::day, 1}, options);
  std::vector<std::uint8_t> flags(times.size(), 0);
  std::optional<std::chrono::sys_days> last;
  for (std::size_t i = 0; i < times.size(); ++i) {
    const auto day = binner.trading_day(times[i]);
    if (!day) continue;
    flags[i] = !last || *day != *last ? 1 : 0;
    last = day;
  }
  return flags;
}

// ---- trends on any bar sizes ----

struct timeframe_trend {
  bar_size size;
  trend_params params{50, 10};
};

// The trend (trend.hpp) of the `size` bars of the series, aligned onto the base bars: each base
// bar sees the state of the last bar of that size closed by then (no look-ahead). Usable as
// breakout_inputs::higher_tf for agreement from any larger bar size.
template <series C>
[[nodiscard]] std::vector<series_value_t<C>> higher_timeframe_trend(
    std::span<const timestamp> times, const C& close, const timeframe_trend& frame,
    const bin_options& options = {}) {
  detail::check_trend("higher_timeframe_trend", frame.params.period, frame.params.slope_bars);
  const auto bars = resample(times, close, frame.size, options);
  return align(std::span<const std::size_t>(bars.closed_at),
               trend(bars.close, frame.params.period, frame.params.slope_bars), times.size());
}

template <class T>
struct timeframes_trend_result {
  std::vector<std::vector<T>> trends;  // one series per frame, aligned onto the base bars
  std::vector<T> agree;  // the common state when all frames agree, else 0; NaN if any is NaN
};

// Trends on several bar sizes (e.g. 5min, 1h, 1d of one-minute bars), each aligned onto the base
// bars without look-ahead, and where they agree.
template <series C>
[[nodiscard]] timeframes_trend_result<series_value_t<C>> multi_timeframe_trend(
    std::span<const timestamp> times, const C& close, std::span<const timeframe_trend> frames,
    const bin_options& options = {}) {
  using T = series_value_t<C>;
  detail::check_size("multi_timeframe_trend", "close", std::ranges::size(close), "times",
                     times.size());
  if (frames.empty()) detail::fail("multi_timeframe_trend", "frames", "non-empty", 0);
  timeframes_trend_result<T> r;
  for (const auto& f : frames) r.trends.push_back(higher_timeframe_trend(times, close, f, options));
  r.agree.resize(times.size());
  for (std::size_t i = 0; i < times.size(); ++i) {
    T common = r.trends[0][i];
    for (const auto& s : r.trends) {
      if (detail::is_nan(s[i]))
        common = nan_v<T>;
      else if (!detail::is_nan(common) && s[i] != common)
        common = T(trend_flat);
    }
    r.agree[i] = common;
  }
  return r;
}

}  // namespace taspan
