// resample on timestamps: any bar size against plain reference loops (gaps, bin edges, sessions),
// closed_at, streaming == batch, align without look-ahead, trends on any bar sizes, sessions for
// VWAP, errors.

#include <chrono>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

#include "taspan/patterns/breakout.hpp"
#include "taspan/timeframe.hpp"
#include "taspan/volume/vwap.hpp"
#include "taspan_test.hpp"

namespace {

using namespace std::chrono;
using taspan::bar_size;
using taspan::bar_unit;
using taspan::not_closed;
using taspan::timestamp;

struct minute_bars {
  std::vector<timestamp> time;
  std::vector<double> open, high, low, close, volume;
};

// One-minute bars 09:30-15:59 (naive exchange time read as UTC) on weekdays from 2024-01-01,
// with random missing minutes, a missing Friday (2024-01-12), a half day (2024-01-17 closes at
// 13:00) and a few pre-market bars at 08:00-08:04 that a 09:30-16:00 session skips.
minute_bars make_minutes(int n_days, std::uint64_t seed = 5) {
  std::mt19937_64 rng(seed);
  std::bernoulli_distribution gap(0.1);
  std::normal_distribution<double> step(0.0, 0.05);
  minute_bars b;
  double price = 100;
  int made = 0;
  for (sys_days d = 2024y / January / 1; made < n_days; d += days{1}) {
    if (weekday{d}.iso_encoding() > 5 || d == sys_days{2024y / January / 12}) continue;
    ++made;
    const int close_min = d == sys_days{2024y / January / 17} ? 13 * 60 : 16 * 60;
    for (int m = 8 * 60; m < close_min; ++m) {
      if ((m >= 8 * 60 + 5 && m < 9 * 60 + 30) || (gap(rng) && m != 15 * 60 + 59)) continue;
      const double o = price;
      price += step(rng);
      b.time.push_back(timestamp{d} + minutes{m});
      b.open.push_back(o);
      b.close.push_back(price);
      b.high.push_back(std::max(o, price) + 0.01 * static_cast<double>(rng() % 5));
      b.low.push_back(std::min(o, price) - 0.01 * static_cast<double>(rng() % 5));
      b.volume.push_back(static_cast<double>(100 + rng() % 900));
    }
  }
  return b;
}

// Reference bin key without taspan: intraday sizes and days by integer division of epoch
// seconds (every size here divides a day), ISO weeks from 1970-01-05 (a Monday), months by
// counting calendar months.
std::int64_t ref_key(timestamp t, bar_size s) {
  const std::int64_t sec = floor<seconds>(t).time_since_epoch().count();
  const std::int64_t day = sec >= 0 ? sec / 86400 : (sec - 86399) / 86400;
  switch (s.unit) {
    case bar_unit::second:
      return sec / s.count;
    case bar_unit::minute:
      return sec / (60 * s.count);
    case bar_unit::hour:
      return sec / (3600 * s.count);
    case bar_unit::day:
      return day;
    case bar_unit::week:
      return (day - 4 + 7000) / 7;
    default: {
      const year_month_day d{sys_days{days{day}}};
      return static_cast<int>(d.year()) * 12 + static_cast<int>(unsigned(d.month())) - 1;
    }
  }
}

struct ref_bar {
  std::size_t first, last;
  double open, high, low, close, volume;
};

std::vector<ref_bar> reference(const minute_bars& b, bar_size s, bool session) {
  std::vector<ref_bar> out;
  std::int64_t key = 0;
  for (std::size_t i = 0; i < b.time.size(); ++i) {
    const auto tod = b.time[i] - floor<days>(b.time[i]);
    if (session && (tod < hours{9} + minutes{30} || tod >= hours{16})) continue;
    const std::int64_t k = ref_key(b.time[i], s);
    if (out.empty() || k != key) {
      out.push_back({i, i, b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]});
      key = k;
      continue;
    }
    auto& r = out.back();
    r.last = i;
    r.high = std::max(r.high, b.high[i]);
    r.low = std::min(r.low, b.low[i]);
    r.close = b.close[i];
    r.volume += b.volume[i];
  }
  return out;
}

taspan::bin_options us_session() {
  taspan::bin_options o;
  o.hours = taspan::parse_session("09:30-16:00");
  o.weekdays_only = true;
  o.base_length = minutes{1};
  return o;
}

const bar_size sizes[]{{bar_unit::minute, 1}, {bar_unit::minute, 5}, {bar_unit::minute, 30},
                       {bar_unit::hour, 1},   {bar_unit::day, 1},    {bar_unit::week, 1},
                       {bar_unit::month, 1},  {bar_unit::second, 30}};

TEST(BarResample, EqualsReferenceLoop) {
  const auto b = make_minutes(30);
  for (const bool with_session : {false, true}) {
    for (const auto& s : sizes) {
      const auto opt = with_session ? us_session() : taspan::bin_options{};
      const auto r = taspan::resample(std::span<const timestamp>(b.time), b.open, b.high, b.low,
                                      b.close, b.volume, s, opt);
      const auto ref = reference(b, s, with_session);
      ASSERT_EQ(r.size(), ref.size()) << taspan::to_string(s);
      for (std::size_t k = 0; k < ref.size(); ++k) {
        SCOPED_TRACE(taspan::to_string(s) + " bar " + std::to_string(k));
        EXPECT_EQ(r.first[k], ref[k].first);
        EXPECT_EQ(r.last[k], ref[k].last);
        EXPECT_EQ(r.open[k], ref[k].open);
        EXPECT_EQ(r.high[k], ref[k].high);
        EXPECT_EQ(r.low[k], ref[k].low);
        EXPECT_EQ(r.close[k], ref[k].close);
        EXPECT_EQ(r.volume[k], ref[k].volume);
        EXPECT_EQ(r.last_time[k], b.time[ref[k].last]);
        // The label is the bin's start: the key's first instant, at or before the first bar.
        EXPECT_LE(r.time[k], b.time[ref[k].first]);
        EXPECT_EQ(ref_key(r.time[k], s), ref_key(b.time[ref[k].first], s));
        EXPECT_NE(ref_key(r.time[k] - nanoseconds{1}, s), ref_key(r.time[k], s));
      }
    }
  }
}

// closed_at with the session calendar: a bin closes on its base bar whose minute ends the bin's
// trading time (09:34 for [09:30, 09:35), 15:59 for the day, Friday 15:59 for the week; the half
// day closes at 13:00 only through the next bar), else at the next bin's first bar.
TEST(BarResample, ClosedAtFollowsTheSession) {
  const auto b = make_minutes(20);
  for (const auto& s : sizes) {
    const auto r = taspan::resample(std::span<const timestamp>(b.time), b.close, s, us_session());
    for (std::size_t k = 0; k < r.size(); ++k) {
      SCOPED_TRACE(taspan::to_string(s) + " bar " + std::to_string(k));
      const timestamp end = b.time[r.last[k]] + minutes{1};
      const auto tod = end - floor<days>(end);
      const auto wd = weekday{floor<days>(end)}.iso_encoding();
      bool ends;
      if (s.intraday())
        ends = ref_key(end, s) != ref_key(b.time[r.last[k]], s) || tod == hours{16};
      else if (s.unit == bar_unit::day)
        ends = tod == hours{16};
      else if (s.unit == bar_unit::week)
        ends = tod == hours{16} && wd == 5;
      else
        ends = tod == hours{16} && ref_key(end + days{wd == 5 ? 3 : 1}, s) != ref_key(end, s);
      const std::size_t expect = ends ? r.last[k] : k + 1 < r.size() ? r.first[k + 1] : not_closed;
      EXPECT_EQ(r.closed_at[k], expect);
    }
  }
}

TEST(BarResample, StreamEqualsBatchAndPeeks) {
  const auto b = make_minutes(8);
  for (const auto& s : sizes) {
    const auto r = taspan::resample(std::span<const timestamp>(b.time), b.open, b.high, b.low,
                                    b.close, b.volume, s, us_session());
    taspan::bar_resample_stream<double> st(s, us_session());
    std::vector<taspan::time_bar<double>> got;
    for (std::size_t i = 0; i < b.time.size(); ++i) {
      for (const auto& p :
           st.update(b.time[i], b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]))
        got.push_back(p);
      // The bar in progress holds the latest in-session bar, until it is reported.
      if (const auto cur = st.current()) {
        EXPECT_EQ(cur->closed_at, not_closed);
        EXPECT_LE(cur->last, i);
      }
    }
    for (const auto& p : st.flush()) got.push_back(p);
    ASSERT_EQ(got.size(), r.size());
    for (std::size_t k = 0; k < r.size(); ++k) {
      EXPECT_EQ(got[k].time, r.time[k]);
      EXPECT_EQ(got[k].close, r.close[k]);
      EXPECT_EQ(got[k].volume, r.volume[k]);
      EXPECT_EQ(got[k].closed_at, r.closed_at[k]);
    }
    EXPECT_EQ(st.bars(), 0u);  // flush resets
  }
}

// A 5-minute bar in progress: peeked after 09:31 it holds 09:30-09:31; reported at 09:34.
TEST(BarResample, PeekAtTheBarInProgress) {
  taspan::bar_resample_stream<double> s({bar_unit::minute, 5}, us_session());
  const timestamp t0 = timestamp{sys_days{2024y / March / 4}} + hours{9} + minutes{30};
  EXPECT_TRUE(s.update(t0, 10, 11, 9, 10.5, 100).empty());
  EXPECT_TRUE(s.update(t0 + minutes{1}, 10.5, 12, 10, 11, 50).empty());
  const auto cur = s.current();
  ASSERT_TRUE(cur.has_value());
  EXPECT_EQ(cur->time, t0);
  EXPECT_EQ(cur->open, 10);
  EXPECT_EQ(cur->high, 12);
  EXPECT_EQ(cur->low, 9);
  EXPECT_EQ(cur->close, 11);
  EXPECT_EQ(cur->volume, 150);
  const auto done = s.update(t0 + minutes{4}, 11, 11, 8, 8.5, 10);
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].closed_at, 2u);
  EXPECT_EQ(done[0].low, 8);
  EXPECT_FALSE(s.current().has_value());
  // The next bar starts the next bin, reports nothing, and the weekend bar is outside the
  // session calendar: skipped.
  EXPECT_TRUE(s.update(t0 + minutes{5}, 1, 1, 1, 1, 1).empty());
  EXPECT_TRUE(s.update(t0 + days{5}, 1, 1, 1, 1, 1).empty());
  EXPECT_EQ(s.current()->last, 3u);
}

// align on the timestamps' bars uses only closed bars: the value a base bar sees never changes
// when later base bars are added (every prefix).
TEST(BarResample, AlignHasNoLookAhead) {
  const auto b = make_minutes(6);
  for (const auto& s :
       {bar_size{bar_unit::minute, 5}, bar_size{bar_unit::hour, 1}, bar_size{bar_unit::day, 1}}) {
    const auto full = taspan::higher_timeframe_trend(std::span<const timestamp>(b.time), b.close,
                                                     {s, {3, 1}}, us_session());
    std::size_t seen = 0;
    for (std::size_t m = 1; m <= b.time.size(); m += 13) {
      const std::span<const timestamp> t(b.time.data(), m);
      const std::vector<double> c(b.close.begin(), b.close.begin() + static_cast<long>(m));
      const auto part = taspan::higher_timeframe_trend(t, c, {s, {3, 1}}, us_session());
      for (std::size_t i = 0; i < m; ++i) {
        EXPECT_TRUE(part[i] == full[i] || (std::isnan(part[i]) && std::isnan(full[i])));
        seen += std::isnan(full[i]) ? 0u : 1u;
      }
    }
    EXPECT_GT(seen, 0u) << taspan::to_string(s);
  }
}

TEST(BarResample, MultiTimeframeTrendAgreement) {
  const auto b = make_minutes(10);
  const std::vector<taspan::timeframe_trend> frames{
      {{bar_unit::minute, 5}, {5, 2}}, {{bar_unit::hour, 1}, {4, 1}}, {{bar_unit::day, 1}, {3, 1}}};
  const auto r = taspan::multi_timeframe_trend(std::span<const timestamp>(b.time), b.close, frames,
                                               us_session());
  ASSERT_EQ(r.trends.size(), 3u);
  std::size_t agreeing = 0;
  for (std::size_t i = 0; i < b.time.size(); ++i) {
    const double x = r.trends[0][i], y = r.trends[1][i], z = r.trends[2][i];
    if (std::isnan(x) || std::isnan(y) || std::isnan(z)) {
      EXPECT_TRUE(std::isnan(r.agree[i]));
    } else {
      EXPECT_EQ(r.agree[i], x == y && y == z ? x : 0.0);
      agreeing += x == y && y == z && x != 0 ? 1u : 0u;
    }
  }
  EXPECT_GT(agreeing, 0u);
  // Each frame equals higher_timeframe_trend on its own.
  const auto hourly = taspan::higher_timeframe_trend(std::span<const timestamp>(b.time), b.close,
                                                     frames[1], us_session());
  for (std::size_t i = 0; i < hourly.size(); ++i)
    EXPECT_TRUE(hourly[i] == r.trends[1][i] ||
                (std::isnan(hourly[i]) && std::isnan(r.trends[1][i])));
}

// Breakouts on 5-minute bars with agreement from the hourly trend of those bars: every event
// records whether the last closed hour's trend agreed (taspan::breakout_series::higher_tf).
TEST(BarResample, IntradayBreakoutsWithHigherTimeframeAgreement) {
  const auto b = make_minutes(10);
  const auto five = taspan::resample(std::span<const timestamp>(b.time), b.open, b.high, b.low,
                                     b.close, b.volume, {bar_unit::minute, 5}, us_session());
  auto opt = us_session();
  opt.base_length = minutes{5};
  const auto hourly = taspan::higher_timeframe_trend(
      std::span<const timestamp>(five.time), five.close, {{bar_unit::hour, 1}, {6, 2}}, opt);
  taspan::breakout_options o;
  o.period = 12;
  o.sides = taspan::breakout_sides::both;
  const taspan::breakout_series<double> in{five.high, five.low, five.close, {}, hourly};
  const auto events = taspan::breakouts(in, o);
  std::size_t judged = 0;
  for (const auto& e : events) {
    if (std::isnan(hourly[e.bar])) {
      EXPECT_FALSE(e.higher_tf_agrees.has_value());
      continue;
    }
    ASSERT_TRUE(e.higher_tf_agrees.has_value());
    EXPECT_EQ(*e.higher_tf_agrees,
              e.side == taspan::direction::up ? hourly[e.bar] > 0 : hourly[e.bar] < 0);
    ++judged;
  }
  EXPECT_GT(judged, 5u);
  // The hourly value a 5-minute bar sees comes from an hour closed at or before it: the 5-minute
  // bar 10:55 closes the 10:00 hour, so from it on that hour is visible.
  const auto hours_of_five =
      taspan::resample(std::span<const timestamp>(five.time), five.close, {bar_unit::hour, 1}, opt);
  for (std::size_t k = 0; k < hours_of_five.size(); ++k) {
    if (hours_of_five.closed(k)) {
      EXPECT_EQ(hours_of_five.closed_at[k], hours_of_five.last[k]);
    }
  }
}

// VWAP per session from timestamps: flags on each day's first in-session bar; the VWAP restarts
// there (equal to the VWAP of that day alone).
TEST(BarResample, VwapSessionsFromTimestamps) {
  const auto b = make_minutes(3);
  const auto flags = taspan::session_starts(b.time, us_session());
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < flags.size(); ++i)
    if (flags[i]) starts.push_back(i);
  ASSERT_EQ(starts.size(), 3u);
  for (const std::size_t i : starts)
    EXPECT_EQ(b.time[i] - floor<days>(b.time[i]), hours{9} + minutes{30});
  // Without a session the day starts at midnight: the pre-market bars open it.
  EXPECT_EQ(b.time[taspan::session_starts(b.time)[0] ? 0 : 1] - floor<days>(b.time[0]), hours{8});
  const auto v = taspan::vwap(b.high, b.low, b.close, b.volume, flags);
  const std::size_t s = starts[1];
  const std::size_t e = starts[2];
  const std::vector<double> h(b.high.begin() + long(s), b.high.begin() + long(e));
  const std::vector<double> l(b.low.begin() + long(s), b.low.begin() + long(e));
  const std::vector<double> c(b.close.begin() + long(s), b.close.begin() + long(e));
  const std::vector<double> vol(b.volume.begin() + long(s), b.volume.begin() + long(e));
  const auto day = taspan::vwap(h, l, c, vol);
  for (std::size_t i = 0; i < day.size(); ++i) EXPECT_EQ(v[s + i], day[i]);
}

// Quarters and years on daily bars (weekdays of 2023-2024): labels on the first day of the
// quarter / year, and each closes on its last weekday's bar (base_length one day).
TEST(BarResample, QuartersAndYears) {
  std::vector<timestamp> t;
  for (sys_days d = 2023y / January / 2; d < sys_days{2025y / January / 1}; d += days{1})
    if (weekday{d}.iso_encoding() <= 5) t.push_back(timestamp{d});
  const std::vector<double> close(t.size(), 1.0);
  taspan::bin_options o;
  o.weekdays_only = true;
  o.base_length = days{1};
  const auto q = taspan::resample(std::span<const timestamp>(t), close, {bar_unit::quarter, 1}, o);
  ASSERT_EQ(q.size(), 8u);
  EXPECT_EQ(q.time[1], timestamp{sys_days{2023y / April / 1}});
  EXPECT_EQ(q.time[7], timestamp{sys_days{2024y / October / 1}});
  // 2023-03-31 is a Friday: Q1 closes on its own bar.
  EXPECT_EQ(t[q.closed_at[0]], timestamp{sys_days{2023y / March / 31}});
  const auto y = taspan::resample(std::span<const timestamp>(t), close, {bar_unit::year, 1}, o);
  ASSERT_EQ(y.size(), 2u);
  EXPECT_EQ(y.time[1], timestamp{sys_days{2024y / January / 1}});
  EXPECT_EQ(t[y.closed_at[0]], timestamp{sys_days{2023y / December / 29}});  // a Friday
  EXPECT_EQ(t[y.closed_at[1]], timestamp{sys_days{2024y / December / 31}});  // a Tuesday
}

// An overnight session (futures, 18:00-17:00): the evening belongs to the next day, 17:00-18:00
// is outside, and the week starts on Sunday evening.
TEST(BarResample, OvernightSession) {
  taspan::bin_options o;
  o.hours = taspan::parse_session("18:00-17:00");
  o.weekdays_only = true;
  o.base_length = hours{1};
  const timestamp sunday{sys_days{2024y / March / 3}};
  const std::vector<timestamp> t{sunday + hours{18}, sunday + hours{23}, sunday + hours{24 + 16},
                                 sunday + hours{24 + 17}, sunday + hours{24 + 18}};
  const std::vector<double> close{1, 2, 3, 4, 5};
  const auto d = taspan::resample(std::span<const timestamp>(t), close, {bar_unit::day, 1}, o);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d.time[0], timestamp{sys_days{2024y / March / 4}});  // Monday's session
  EXPECT_EQ(d.last[0], 2u);
  EXPECT_EQ(d.closed_at[0], 2u);  // 16:00-17:00 ends the session
  EXPECT_EQ(d.first[1], 4u);      // 17:00 was skipped; 18:00 opens Tuesday's session
  EXPECT_EQ(d.time[1], timestamp{sys_days{2024y / March / 5}});
  const auto w = taspan::resample(std::span<const timestamp>(t), close, {bar_unit::week, 1}, o);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w.time[0], timestamp{sys_days{2024y / March / 4}});
  // Friday 16:00 closes the week: the next trading time is Sunday 18:00, in the next week.
  const timestamp friday{sys_days{2024y / March / 8}};
  taspan::bar_binner binner({bar_unit::week, 1}, o);
  EXPECT_EQ(binner.next_trading_time(friday + hours{17}), friday + days{2} + hours{18});
  const timestamp week{sys_days{2024y / March / 4}};
  const sys_days origin{2024y / March / 4};
  EXPECT_TRUE(binner.completes(friday + hours{16}, week, origin));
  EXPECT_FALSE(binner.completes(friday + hours{15}, week, origin));
}

TEST(BarSize, ParseAndErrors) {
  EXPECT_EQ(taspan::parse_timeframe("5min"), (bar_size{bar_unit::minute, 5}));
  EXPECT_EQ(taspan::parse_timeframe("1H"), (bar_size{bar_unit::hour, 1}));
  EXPECT_EQ(taspan::parse_timeframe("30s"), (bar_size{bar_unit::second, 30}));
  EXPECT_EQ(taspan::parse_timeframe("15sec"), (bar_size{bar_unit::second, 15}));
  EXPECT_EQ(taspan::parse_timeframe("d"), (bar_size{bar_unit::day, 1}));
  EXPECT_EQ(taspan::parse_timeframe("1w"), (bar_size{bar_unit::week, 1}));
  EXPECT_EQ(taspan::parse_timeframe("1mo"), (bar_size{bar_unit::month, 1}));
  EXPECT_EQ(taspan::parse_timeframe("1q"), (bar_size{bar_unit::quarter, 1}));
  EXPECT_EQ(taspan::parse_timeframe("1y"), (bar_size{bar_unit::year, 1}));
  for (const char* r : {"30s", "5min", "1h", "1d", "1w", "1mo", "1q", "1y"})
    EXPECT_EQ(taspan::to_string(taspan::parse_timeframe(r)), r);
  EXPECT_TASPAN_ERROR(taspan::parse_timeframe("5m"),
                      "taspan::parse_timeframe: rule must be a bar size such as 30s, 5min, 1h, 1d, "
                      "1w, 1mo, 1q or 1y, got \"5m\"");
  EXPECT_TASPAN_ERROR(taspan::parse_timeframe("2d"),
                      "taspan::parse_timeframe: bar count must be in 1..1 for this unit, got 2");
  EXPECT_TASPAN_ERROR(taspan::parse_timeframe("0min"),
                      "taspan::parse_timeframe: bar count must be in 1..1440 for this unit, got 0");
  EXPECT_TASPAN_ERROR(taspan::parse_timeframe("12345678h"),
                      "taspan::parse_timeframe: rule must be a bar size such as 30s, 5min, 1h, 1d, "
                      "1w, 1mo, 1q or 1y, got \"12345678h\"");
  EXPECT_TASPAN_ERROR(taspan::parse_session("9:30-16:00"),
                      "taspan::parse_session: session must be HH:MM-HH:MM in local time (e.g. "
                      "09:30-16:00), got \"9:30-16:00\"");
  EXPECT_TASPAN_ERROR(taspan::parse_session("10:00-10:00"),
                      "taspan::parse_session: session must be HH:MM-HH:MM in local time (e.g. "
                      "09:30-16:00), got \"10:00-10:00\"");
  EXPECT_EQ(taspan::parse_session("18:00-17:00").open, hours{18});
  EXPECT_TRUE(taspan::parse_session("18:00-17:00").overnight());
  EXPECT_EQ(taspan::parse_session("00:00-24:00").close, hours{24});
  EXPECT_EQ(taspan::parse_utc_offset("-04:00").at({}), -hours{4});
  EXPECT_EQ(taspan::parse_utc_offset("UTC").at({}), seconds{0});
  EXPECT_TASPAN_ERROR(taspan::parse_utc_offset("EST"),
                      "taspan::parse_utc_offset: offset must be UTC or +hh:mm / -hh:mm within 18 "
                      "hours, got \"EST\"");
}

TEST(BarResample, Errors) {
  const timestamp t = timestamp{sys_days{2024y / March / 4}} + hours{10};
  taspan::bar_resample_stream<double> s({bar_unit::minute, 5}, us_session());
  (void)s.update(t, 1, 1, 1, 1, 1);
  EXPECT_TASPAN_ERROR(s.update(t, 1, 1, 1, 1, 1),
                      "taspan::bar_resample_stream: timestamps must be strictly increasing, got "
                      "2024-03-04 10:00:00 after 2024-03-04 10:00:00");
  // 30-second bars are not one-minute bars: the 10:04 bar "ended" the bin, then 10:04:30 came.
  (void)s.update(t + minutes{4}, 1, 1, 1, 1, 1);
  EXPECT_TASPAN_ERROR(s.update(t + minutes{4} + seconds{30}, 1, 1, 1, 1, 1),
                      "taspan::bar_resample_stream: timestamps must be in a bar that is still "
                      "open, got 2024-03-04 10:04:30, in the bar of 2024-03-04 10:00:00 closed at "
                      "2024-03-04 10:04:00 (check bin_options: hours, weekdays_only, base_length)");
  const std::vector<timestamp> two{t, t + minutes{1}};
  EXPECT_TASPAN_ERROR(taspan::resample(std::span<const timestamp>(two), std::vector<double>(3),
                                       bar_size{bar_unit::minute, 5}),
                      "taspan::resample: close size must be the size of times (2), got 3");
  EXPECT_TASPAN_ERROR(
      taspan::multi_timeframe_trend(std::span<const timestamp>(two), std::vector<double>(2),
                                    std::span<const taspan::timeframe_trend>{}),
      "taspan::multi_timeframe_trend: frames must be non-empty, got 0");
  EXPECT_TASPAN_ERROR(taspan::bar_binner({bar_unit::hour, 25}, {}),
                      "taspan::bar_binner: bar count must be in 1..24 for this unit, got 25");
}

}  // namespace

namespace {

// Floor pivots from the previous session: two sessions of three hourly bars, hand-checked.
// Monday: H = 12, L = 8, C = 11 -> P = 31/3, R1 = 62/3 - 8, S1 = 62/3 - 12, R2 = P + 4, S2 = P - 4.
TEST(SessionPivots, PreviousSessionLevels) {
  const timestamp mon = timestamp{sys_days{2024y / March / 4}} + hours{13};
  const timestamp tue = mon + days{1};
  const std::vector<timestamp> t{mon, mon + hours{1}, mon + hours{2},
                                 tue, tue + hours{1}, tue + hours{2}};
  const std::vector<double> h{10, 12, 11, 20, 21, 22}, l{9, 8, 10, 19, 18, 17},
      c{9.5, 11, 11, 20, 20, 21};
  taspan::bin_options o;
  o.hours = taspan::parse_session("13:00-16:00");
  o.base_length = hours{1};
  const auto p = taspan::session_pivots(std::span<const timestamp>(t), h, l, c, o);
  // Monday's bars see no closed session, except its last bar, which closes it (15:00-16:00).
  EXPECT_TRUE(std::isnan(p.pivot[0]) && std::isnan(p.pivot[1]));
  const double pivot = (12.0 + 8.0 + 11.0) / 3.0;
  for (std::size_t i = 2; i < 5; ++i) {
    EXPECT_EQ(p.pivot[i], pivot);
    EXPECT_EQ(p.r1[i], 2 * pivot - 8);
    EXPECT_EQ(p.s1[i], 2 * pivot - 12);
    EXPECT_EQ(p.r2[i], pivot + 4);
    EXPECT_EQ(p.s2[i], pivot - 4);
  }
  EXPECT_EQ(p.pivot[5], (22.0 + 17.0 + 21.0) / 3.0);  // Tuesday closed on its last bar
  EXPECT_TASPAN_ERROR(
      taspan::session_pivots(std::span<const timestamp>(t), h, l, std::vector<double>(2), o),
      "taspan::session_pivots: close size must be the size of times (6), got 2");
}

}  // namespace
