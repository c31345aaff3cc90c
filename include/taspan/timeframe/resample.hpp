#pragma once
// Resampling daily bars to weekly (ISO 8601 weeks, Monday to Sunday) and monthly bars.
//
// A period's bar: open = the first base bar's open, high = the highest high, low = the lowest low,
// close = the last base bar's close, volume = the sum of the volumes (accumulated in double);
// `date` / `last_date` are the period's first and last trading dates, `first` / `last` the
// indices of its first and last base bars.
//
// When is a period complete? Each period records `closed_at`, the base bar at which it became
// known to be complete, so that values built from it can be used from that bar on and never
// before (see align.hpp). Two rules, chosen with `close_rule`:
// - close_rule::last_weekday (default, for exchange data with no weekend bars): a period closes
//   at its last base bar if that bar is dated on or after the period's last weekday (Friday for
//   a week; the last Monday-to-Friday day for a month), because then no trading day of the
//   period is left. Otherwise (a holiday on the last weekday, or the data stops early) it closes
//   at the first bar of the next period. This uses only the date of the bar itself, so it never
//   looks ahead; a bar dated after its period was closed (a Saturday after a Friday) is an error.
// - close_rule::next_bar: a period closes only when a bar of a later period arrives.
// The last period of a series may be partial: its `closed_at` is `not_closed` unless the rule
// closed it on its own last bar.
//
// NaN: a NaN in a base bar makes that field of its period NaN (high, low, volume); open and
// close are the first open and last close as they are, NaN or not.
//
// Batch (`resample`) and streaming (`resample_stream`) run the same step code: identical bars.

#include <array>
#include <chrono>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "detail/ohlcv_accumulator.hpp"

namespace taspan {

enum class period_unit { week, month };
enum class close_rule { last_weekday, next_bar };

// `closed_at` of a period that has not closed (the partial last period of a series).
inline constexpr std::size_t not_closed = std::numeric_limits<std::size_t>::max();

// ISO 8601 week date: the week belongs to the year of its Thursday; weeks start on Monday.
struct iso_week_date {
  int year;
  unsigned week;     // 1 .. 53
  unsigned weekday;  // 1 = Monday .. 7 = Sunday
  friend constexpr bool operator==(const iso_week_date&, const iso_week_date&) = default;
};

[[nodiscard]] constexpr iso_week_date iso_week(std::chrono::year_month_day d) noexcept {
  using namespace std::chrono;
  const sys_days day{d};
  const unsigned wd = weekday{day}.iso_encoding();
  const sys_days thursday = day + days{4 - static_cast<int>(wd)};
  const year y = year_month_day{thursday}.year();
  const auto offset = (thursday - sys_days{y / January / 1}).count();
  return {static_cast<int>(y), static_cast<unsigned>(offset / 7 + 1), wd};
}

// First calendar day of d's period: the Monday of its ISO week, or the 1st of its month.
[[nodiscard]] constexpr std::chrono::sys_days period_start(std::chrono::year_month_day d,
                                                           period_unit unit) noexcept {
  using namespace std::chrono;
  if (unit == period_unit::month) return sys_days{d.year() / d.month() / 1};
  const sys_days day{d};
  return day - days{weekday{day}.iso_encoding() - 1};
}

// Last Monday-to-Friday day of d's period: the Friday of its week, or the month's last weekday.
[[nodiscard]] constexpr std::chrono::sys_days period_last_weekday(std::chrono::year_month_day d,
                                                                  period_unit unit) noexcept {
  using namespace std::chrono;
  if (unit == period_unit::week) return period_start(d, unit) + days{4};
  const sys_days last{d.year() / d.month() / std::chrono::last};
  const unsigned wd = weekday{last}.iso_encoding();
  return wd <= 5 ? last : last - days{wd - 5};
}

// One bar of a higher time frame.
template <class T>
struct period_bar {
  std::chrono::year_month_day date;       // first trading date of the period
  std::chrono::year_month_day last_date;  // last trading date (so far, while in progress)
  T open, high, low, close, volume;
  std::size_t first, last;  // indices of the first and last base bars
  std::size_t closed_at;    // base bar at which the period was known complete, or not_closed
};

// Batch result: one entry per period, in order. A column whose input was empty stays empty.
template <class T>
struct resample_result {
  std::vector<std::chrono::year_month_day> date, last_date;
  std::vector<T> open, high, low, close, volume;
  std::vector<std::size_t> first, last, closed_at;

  [[nodiscard]] std::size_t size() const noexcept { return date.size(); }
  [[nodiscard]] bool empty() const noexcept { return date.empty(); }
  [[nodiscard]] bool closed(std::size_t k) const noexcept { return closed_at[k] != not_closed; }
};

namespace detail {

[[nodiscard]] inline std::string ymd_text(std::chrono::year_month_day d) {
  const int y = static_cast<int>(d.year());
  const auto m = static_cast<unsigned>(d.month());
  const auto dd = static_cast<unsigned>(d.day());
  std::string s = std::to_string(y);
  s.append(m < 10 ? "-0" : "-").append(std::to_string(m));
  s.append(dd < 10 ? "-0" : "-").append(std::to_string(dd));
  return s;
}

}  // namespace detail

// Streaming resampler: feed base bars one at a time; update() returns the periods that became
// complete on that bar (at most two: the previous period, when this bar starts a new one, and
// this bar's own period, when close_rule::last_weekday closes it on this bar), each with
// closed_at = this bar's index. flush() returns the period still open, which may be partial.
// The returned spans point into the stream and stay valid until the next update(), flush() or
// reset(). No allocation after construction.
template <class T>
class resample_stream {
  static_assert(is_real_v<T>, "taspan::resample_stream<T>: T must be float or double");

 public:
  explicit resample_stream(period_unit unit, close_rule rule = close_rule::last_weekday,
                           std::string_view function = "resample_stream")
      : unit_(unit), rule_(rule), function_(function) {}

  // Feeds base bar number bars() dated `date`; dates must be valid calendar dates (not 2024-02-30)
  // and increase strictly. Throws taspan::error (and changes nothing) on an invalid date, on a
  // date that is not after the previous one, or, under
  // close_rule::last_weekday, on a date in a period that has already closed.
  std::span<const period_bar<T>> update(std::chrono::year_month_day date, T open, T high, T low,
                                        T close, T volume) {
    const std::chrono::sys_days start = period_start(date, unit_);
    const bool new_period = !in_period_ || start != start_;
    check(date, new_period);
    std::size_t k = 0;
    if (new_period) {
      if (in_period_ && !reported_) done_[k++] = finished(index_);
      cur_ = {date, date, open, high, low, close, T(0), index_, index_, not_closed};
      acc_.start(open, high, low, close, volume);
      start_ = start;
      close_day_ = period_last_weekday(date, unit_);
      in_period_ = true;
      reported_ = false;
    } else {
      cur_.last_date = date;
      cur_.last = index_;
      acc_.add(high, low, close, volume);
    }
    if (rule_ == close_rule::last_weekday && std::chrono::sys_days{date} >= close_day_) {
      done_[k++] = finished(index_);
      reported_ = true;
    }
    last_date_ = date;
    ++index_;
    return {done_.data(), k};
  }

  // The period in progress (it includes the latest bar), unless it has already been reported.
  [[nodiscard]] std::optional<period_bar<T>> current() const noexcept {
    if (!in_period_ || reported_) return std::nullopt;
    return finished(not_closed);
  }

  // Returns the period in progress, if any (partial: closed_at = not_closed), then reset().
  std::span<const period_bar<T>> flush() noexcept {
    std::size_t k = 0;
    if (in_period_ && !reported_) done_[k++] = finished(not_closed);
    reset();
    return {done_.data(), k};
  }

  void reset() noexcept {
    in_period_ = reported_ = false;
    index_ = 0;
  }
  [[nodiscard]] std::size_t bars() const noexcept { return index_; }  // base bars fed so far
  [[nodiscard]] period_unit unit() const noexcept { return unit_; }
  [[nodiscard]] close_rule rule() const noexcept { return rule_; }

 private:
  void check(std::chrono::year_month_day date, bool new_period) const {
    if (!date.ok())
      detail::fail(function_, "dates", "valid calendar dates", detail::ymd_text(date));
    if (index_ > 0 && !(date > last_date_))
      detail::fail(function_, "dates", "strictly increasing",
                   detail::ymd_text(date) + " after " + detail::ymd_text(last_date_));
    if (!new_period && reported_)
      detail::fail(
          function_, "dates",
          "in a period that is still open (close_rule::last_weekday closes a period on "
          "its last weekday; use close_rule::next_bar for data with weekend bars)",
          detail::ymd_text(date) + ", in a period closed on " + detail::ymd_text(cur_.last_date));
  }

  [[nodiscard]] period_bar<T> finished(std::size_t closed_at) const noexcept {
    period_bar<T> p = cur_;
    p.high = acc_.high;
    p.low = acc_.low;
    p.close = acc_.close;
    p.volume = acc_.volume();
    p.closed_at = closed_at;
    return p;
  }

  period_unit unit_;
  close_rule rule_;
  std::string_view function_;
  period_bar<T> cur_{};
  detail::ohlcv_accumulator<T> acc_{};
  std::chrono::sys_days start_{};
  std::chrono::sys_days close_day_{};
  std::chrono::year_month_day last_date_{};
  std::size_t index_ = 0;
  bool in_period_ = false;  // a period has started (cur_ is valid)
  bool reported_ = false;   // cur_ has been returned as complete
  std::array<period_bar<T>, 2> done_{};
};

namespace detail {

inline void check_size_or_empty(std::string_view function, std::string_view parameter,
                                std::size_t size, std::size_t expected) {
  if (size != expected && size != 0)
    fail(function, std::string(parameter) + " size",
         "the size of dates (" + std::to_string(expected) + ") or 0", size);
}

}  // namespace detail

// Resamples base bars to weeks or months. close must have one value per date; open, high, low
// and volume may each be empty (their columns in the result then stay empty).
template <series O, series H, series L, series C, series V>
[[nodiscard]] resample_result<series_value_t<C>> resample(
    std::span<const std::chrono::year_month_day> dates, const O& open, const H& high, const L& low,
    const C& close, const V& volume, period_unit unit, close_rule rule = close_rule::last_weekday) {
  using T = series_value_t<C>;
  static_assert(is_real_v<T>, "taspan::resample: close must hold float or double values");
  static_assert(std::is_same_v<series_value_t<O>, T> && std::is_same_v<series_value_t<H>, T> &&
                    std::is_same_v<series_value_t<L>, T> && std::is_same_v<series_value_t<V>, T>,
                "taspan::resample: all price series must hold the same value type");
  const std::size_t n = dates.size();
  detail::check_size("resample", "close", std::ranges::size(close), "dates", n);
  detail::check_size_or_empty("resample", "open", std::ranges::size(open), n);
  detail::check_size_or_empty("resample", "high", std::ranges::size(high), n);
  detail::check_size_or_empty("resample", "low", std::ranges::size(low), n);
  detail::check_size_or_empty("resample", "volume", std::ranges::size(volume), n);
  const auto o = input_span(open);
  const auto h = input_span(high);
  const auto l = input_span(low);
  const auto c = input_span(close);
  const auto v = input_span(volume);

  resample_result<T> r;
  const std::array<std::span<const T>, 5> in{o, h, l, c, v};
  auto push = [&](std::span<const period_bar<T>> done) {
    for (const auto& p : done) {
      r.date.push_back(p.date);
      r.last_date.push_back(p.last_date);
      detail::push_columns(r, p, in);
    }
  };
  resample_stream<T> s(unit, rule, "resample");
  for (std::size_t i = 0; i < n; ++i) {
    push(s.update(dates[i], o.empty() ? T(0) : o[i], h.empty() ? T(0) : h[i],
                  l.empty() ? T(0) : l[i], c[i], v.empty() ? T(0) : v[i]));
  }
  push(s.flush());
  return r;
}

// Close only: the periods' closes, dates and indices.
template <series C>
[[nodiscard]] resample_result<series_value_t<C>> resample(
    std::span<const std::chrono::year_month_day> dates, const C& close, period_unit unit,
    close_rule rule = close_rule::last_weekday) {
  const std::span<const series_value_t<C>> none;
  return resample(dates, none, none, none, close, none, unit, rule);
}

// Any bar set with members date, open, high, low, close, volume (e.g. taspan::ohlcv<T> from
// taspan/io/csv.hpp).
template <class Bars>
requires requires(const Bars& b) {
  b.date;
  b.open;
  b.high;
  b.low;
  b.close;
  b.volume;
}
[[nodiscard]] auto resample(const Bars& bars, period_unit unit,
                            close_rule rule = close_rule::last_weekday) {
  return resample(std::span<const std::chrono::year_month_day>(bars.date), bars.open, bars.high,
                  bars.low, bars.close, bars.volume, unit, rule);
}

}  // namespace taspan
