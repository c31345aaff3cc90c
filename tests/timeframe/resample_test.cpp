// resample: ISO weeks and months, OHLCV aggregation, closed_at rules, streaming == batch.

#include <algorithm>
#include <chrono>
#include <numeric>

#include "taspan/timeframe/resample.hpp"
#include "taspan_test.hpp"
#include "timeframe_support.hpp"

namespace {

using namespace std::chrono;
using namespace timeframe_test;
using taspan::close_rule;
using taspan::not_closed;
using taspan::period_unit;

TEST(IsoWeek, KnownDates) {
  // Examples from ISO 8601 / Wikipedia "ISO week date": 2008-12-29 is 2009-W01-1,
  // 2010-01-03 is 2009-W53-7, 2020-12-31 is 2020-W53-4, 2021-01-04 is 2021-W01-1.
  EXPECT_EQ(taspan::iso_week(2008y / December / 29), (taspan::iso_week_date{2009, 1, 1}));
  EXPECT_EQ(taspan::iso_week(2010y / January / 3), (taspan::iso_week_date{2009, 53, 7}));
  EXPECT_EQ(taspan::iso_week(2020y / December / 31), (taspan::iso_week_date{2020, 53, 4}));
  EXPECT_EQ(taspan::iso_week(2021y / January / 4), (taspan::iso_week_date{2021, 1, 1}));
  // The year boundary of the task: Monday 2025-12-29 .. Friday 2026-01-02 is 2026-W01.
  EXPECT_EQ(taspan::iso_week(2025y / December / 29), (taspan::iso_week_date{2026, 1, 1}));
  EXPECT_EQ(taspan::iso_week(2026y / January / 2), (taspan::iso_week_date{2026, 1, 5}));
  EXPECT_EQ(taspan::iso_week(2025y / December / 28), (taspan::iso_week_date{2025, 52, 7}));
  // Agrees with the hand-counted reference on 3000 consecutive days.
  for (sys_days d{2018y / January / 1}; d < sys_days{2026y / March / 1}; d += days{1}) {
    const auto w = taspan::iso_week(year_month_day{d});
    ASSERT_EQ(std::make_pair(w.year, static_cast<int>(w.week)), week_key(year_month_day{d}));
  }
}

TEST(PeriodCalendar, StartAndLastWeekday) {
  using taspan::period_last_weekday;
  using taspan::period_start;
  EXPECT_EQ(period_start(2026y / January / 2, period_unit::week), sys_days{2025y / December / 29});
  EXPECT_EQ(period_start(2025y / December / 29, period_unit::week),
            sys_days{2025y / December / 29});
  EXPECT_EQ(period_start(2025y / December / 28, period_unit::week),
            sys_days{2025y / December / 22});
  EXPECT_EQ(period_start(2026y / January / 31, period_unit::month), sys_days{2026y / January / 1});
  EXPECT_EQ(period_last_weekday(2025y / December / 29, period_unit::week),
            sys_days{2026y / January / 2});
  // Month ends: 2025-05-31 is a Saturday (-> Friday 05-30), 2025-08-31 a Sunday (-> 08-29),
  // 2025-12-31 a Wednesday.
  EXPECT_EQ(period_last_weekday(2025y / May / 2, period_unit::month), sys_days{2025y / May / 30});
  EXPECT_EQ(period_last_weekday(2025y / August / 1, period_unit::month),
            sys_days{2025y / August / 29});
  EXPECT_EQ(period_last_weekday(2025y / December / 1, period_unit::month),
            sys_days{2025y / December / 31});
}

template <class T>
class Resample : public ::testing::Test {};
TYPED_TEST_SUITE(Resample, taspan_test::real_types);

TYPED_TEST(Resample, YearBoundaryWeekAndHandComputedBars) {
  using T = TypeParam;
  // Fri 2025-12-26; Mon 12-29 .. Fri 2026-01-02 without the 01-01 holiday; Mon 01-05.
  const auto d =
      dates({"2025-12-26", "2025-12-29", "2025-12-30", "2025-12-31", "2026-01-02", "2026-01-05"});
  const std::vector<T> open{1, 10, 11, 12, 13, 20};
  const std::vector<T> high{2, 15, 19, 14, 16, 21};
  const std::vector<T> low{0, 9, 8, 7.5, 12, 19};
  const std::vector<T> close{1.5, 11, 12, 13, 14.5, 20.5};
  const std::vector<T> volume{5, 100, 200, 300, 400, 7};
  const auto w = taspan::resample(d, open, high, low, close, volume, period_unit::week);
  ASSERT_EQ(w.size(), 3u);
  // The middle week (2026-W01): open 10 (first), high max(15,19,14,16) = 19, low min = 7.5,
  // close 14.5 (last), volume 100+200+300+400 = 1000; bars 1..4.
  EXPECT_EQ(w.date[1], 2025y / December / 29);
  EXPECT_EQ(w.last_date[1], 2026y / January / 2);
  EXPECT_EQ(w.open[1], T(10));
  EXPECT_EQ(w.high[1], T(19));
  EXPECT_EQ(w.low[1], T(7.5));
  EXPECT_EQ(w.close[1], T(14.5));
  EXPECT_EQ(w.volume[1], T(1000));
  EXPECT_EQ(w.first, (std::vector<std::size_t>{0, 1, 5}));
  EXPECT_EQ(w.last, (std::vector<std::size_t>{0, 4, 5}));
  // Fridays close their weeks on their own bar; the last week (Monday only) is still open.
  EXPECT_EQ(w.closed_at, (std::vector<std::size_t>{0, 4, not_closed}));
  EXPECT_TRUE(w.closed(1) && !w.closed(2));

  // Months split the same bars at the year end: Dec = bars 0..3, Jan = 4..5.
  const auto m = taspan::resample(d, open, high, low, close, volume, period_unit::month);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m.first, (std::vector<std::size_t>{0, 4}));
  EXPECT_EQ(m.last, (std::vector<std::size_t>{3, 5}));
  EXPECT_EQ(m.open, (std::vector<T>{1, 13}));
  EXPECT_EQ(m.high, (std::vector<T>{19, 21}));
  EXPECT_EQ(m.low, (std::vector<T>{0, 12}));
  EXPECT_EQ(m.close, (std::vector<T>{13, 20.5}));
  EXPECT_EQ(m.volume, (std::vector<T>{605, 407}));
  // December's last weekday (Wed 12-31) has a bar: closed there, at bar 3.
  EXPECT_EQ(m.closed_at, (std::vector<std::size_t>{3, not_closed}));
}

TYPED_TEST(Resample, HolidayWeekAndOneBarWeek) {
  using T = TypeParam;
  // Good Friday 2025-04-18 is a holiday: that week ends on Thursday 04-17, so it is known
  // complete only at the next bar (Mon 04-21). The week of 04-28 has one bar (Wed 04-30).
  const auto d = dates({"2025-04-14", "2025-04-15", "2025-04-16", "2025-04-17", "2025-04-21",
                        "2025-04-25", "2025-04-30", "2025-05-05"});
  const auto close = taspan_test::monotone<T>(d.size());
  const auto w = taspan::resample(d, close, period_unit::week);
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(w.first, (std::vector<std::size_t>{0, 4, 6, 7}));
  EXPECT_EQ(w.last, (std::vector<std::size_t>{3, 5, 6, 7}));
  EXPECT_EQ(w.closed_at, (std::vector<std::size_t>{4, 5, 7, not_closed}));
  EXPECT_EQ(w.close, (std::vector<T>{close[3], close[5], close[6], close[7]}));
  EXPECT_TRUE(w.open.empty() && w.high.empty() && w.low.empty() && w.volume.empty());

  // close_rule::next_bar: every week waits for the first bar of the next week.
  const auto n = taspan::resample(d, close, period_unit::week, close_rule::next_bar);
  EXPECT_EQ(n.closed_at, (std::vector<std::size_t>{4, 6, 7, not_closed}));
  // Months: April closes at the first May bar (its last weekday 04-30 has a bar, so at bar 6
  // under last_weekday).
  const auto m = taspan::resample(d, close, period_unit::month);
  EXPECT_EQ(m.closed_at, (std::vector<std::size_t>{6, not_closed}));
  const auto mn = taspan::resample(d, close, period_unit::month, close_rule::next_bar);
  EXPECT_EQ(mn.closed_at, (std::vector<std::size_t>{7, not_closed}));
}

TYPED_TEST(Resample, NaNPropagatesWithinItsPeriodOnly) {
  using T = TypeParam;
  const auto d = dates({"2024-01-08", "2024-01-09", "2024-01-15", "2024-01-16"});
  const std::vector<T> o{1, 2, 3, 4}, c{1, 2, 3, 4}, v{1, 1, 1, 1};
  const auto h = taspan_test::with_nans(std::vector<T>{5, 6, 7, 8}, {1});
  const auto l = taspan_test::with_nans(std::vector<T>{0, 1, 2, 3}, {0});
  const auto w = taspan::resample(d, o, h, l, c, v, period_unit::week);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_TRUE(std::isnan(w.high[0]) && std::isnan(w.low[0]));
  EXPECT_EQ(w.high[1], T(8));
  EXPECT_EQ(w.low[1], T(2));
}

TYPED_TEST(Resample, MatchesReferenceGroupingAndStreaming) {
  using T = TypeParam;
  const auto d = trading_days(1500, 11);
  const auto b = taspan_test::random_bars<T>(d.size(), 12);
  for (const auto unit : {period_unit::week, period_unit::month}) {
    for (const auto rule : {close_rule::last_weekday, close_rule::next_bar}) {
      const auto r = taspan::resample(d, b.open, b.high, b.low, b.close, b.volume, unit, rule);
      const auto g = unit == period_unit::week ? groups(d, week_key) : groups(d, month_key);
      ASSERT_EQ(r.size(), g.size());
      for (std::size_t k = 0; k < g.size(); ++k) {
        const auto [f, l] = g[k];
        ASSERT_EQ(r.first[k], f);
        ASSERT_EQ(r.last[k], l);
        EXPECT_EQ(r.date[k], d[f]);
        EXPECT_EQ(r.last_date[k], d[l]);
        EXPECT_EQ(r.open[k], b.open[f]);
        EXPECT_EQ(r.close[k], b.close[l]);
        EXPECT_EQ(r.high[k],
                  *std::max_element(b.high.begin() + long(f), b.high.begin() + long(l) + 1));
        EXPECT_EQ(r.low[k],
                  *std::min_element(b.low.begin() + long(f), b.low.begin() + long(l) + 1));
        double vol = 0;
        for (std::size_t i = f; i <= l; ++i) vol += double(b.volume[i]);
        EXPECT_EQ(r.volume[k], T(vol));
        // closed_at: the last bar if dated on/after the period's last weekday (and the rule
        // allows it), else the next period's first bar, else not closed.
        const auto last_wd = taspan::period_last_weekday(d[l], unit);
        const std::size_t expect = rule == close_rule::last_weekday && sys_days{d[l]} >= last_wd ? l
                                   : k + 1 < g.size() ? g[k + 1].first
                                                      : not_closed;
        EXPECT_EQ(r.closed_at[k], expect) << k;
      }

      // Streaming: the periods reported by update() (on the bar that closed them) and flush()
      // are the batch periods, in order.
      taspan::resample_stream<T> s(unit, rule);
      std::vector<taspan::period_bar<T>> got;
      for (std::size_t i = 0; i < d.size(); ++i) {
        for (const auto& p :
             s.update(d[i], b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i])) {
          EXPECT_EQ(p.closed_at, i);
          got.push_back(p);
        }
        // current(): the open period including bar i, unless it was just closed.
        const auto cur = s.current();
        if (cur) {
          EXPECT_EQ(cur->last, i);
          EXPECT_EQ(cur->closed_at, not_closed);
        } else {
          EXPECT_EQ(got.back().last, i);
        }
      }
      for (const auto& p : s.flush()) got.push_back(p);
      EXPECT_EQ(s.bars(), 0u);
      ASSERT_EQ(got.size(), r.size());
      for (std::size_t k = 0; k < got.size(); ++k) {
        EXPECT_EQ(got[k].date, r.date[k]);
        EXPECT_EQ(got[k].last_date, r.last_date[k]);
        EXPECT_EQ(got[k].open, r.open[k]);
        EXPECT_EQ(got[k].high, r.high[k]);
        EXPECT_EQ(got[k].low, r.low[k]);
        EXPECT_EQ(got[k].close, r.close[k]);
        EXPECT_EQ(got[k].volume, r.volume[k]);
        EXPECT_EQ(got[k].first, r.first[k]);
        EXPECT_EQ(got[k].last, r.last[k]);
        EXPECT_EQ(got[k].closed_at, r.closed_at[k]);
      }
    }
  }
}

TEST(Resample, FromBarStructAndEmptyInput) {
  struct bars {
    std::vector<year_month_day> date;
    std::vector<double> open, high, low, close, volume;
  } b{dates({"2024-02-28", "2024-02-29", "2024-03-01"}),
      {1, 2, 3},
      {4, 5, 6},
      {0, 1, 2},
      {2, 3, 4},
      {1, 1, 1}};
  const auto m = taspan::resample(b, period_unit::month);
  EXPECT_EQ(m.close, (std::vector<double>{3, 4}));
  // February's last weekday is Thu 02-29 (a bar: closed there); March has only begun.
  EXPECT_EQ(m.closed_at, (std::vector<std::size_t>{1, not_closed}));
  const auto e =
      taspan::resample(std::vector<year_month_day>{}, std::vector<double>{}, period_unit::week);
  EXPECT_TRUE(e.empty());
}

TEST(Resample, Errors) {
  const auto d = dates({"2024-01-05", "2024-01-04"});
  const std::vector<double> x{1, 2}, three{1, 2, 3}, none;
  EXPECT_TASPAN_ERROR(taspan::resample(d, x, period_unit::week),
                      "taspan::resample: dates must be strictly increasing, got 2024-01-04 after "
                      "2024-01-05");
  EXPECT_TASPAN_ERROR(taspan::resample(dates({"2024-01-05", "2024-01-05"}), x, period_unit::week),
                      "taspan::resample: dates must be strictly increasing, got 2024-01-05 after "
                      "2024-01-05");
  const auto ok = dates({"2024-01-04", "2024-01-05"});
  EXPECT_TASPAN_ERROR(taspan::resample(ok, three, period_unit::week),
                      "taspan::resample: close size must be the size of dates (2), got 3");
  EXPECT_TASPAN_ERROR(taspan::resample(ok, x, three, none, x, none, period_unit::week),
                      "taspan::resample: high size must be the size of dates (2) or 0, got 3");
  // A Saturday bar after the Friday that closed its week.
  EXPECT_TASPAN_ERROR(
      taspan::resample(dates({"2024-01-05", "2024-01-06"}), x, period_unit::week),
      "taspan::resample: dates must be in a period that is still open (close_rule::last_weekday "
      "closes a period on its last weekday; use close_rule::next_bar for data with weekend "
      "bars), got 2024-01-06, in a period closed on 2024-01-05");
  // ... which close_rule::next_bar accepts.
  EXPECT_EQ(taspan::resample(dates({"2024-01-05", "2024-01-06"}), x, period_unit::week,
                             close_rule::next_bar)
                .size(),
            1u);

  // The stream names itself and is unchanged after throwing.
  taspan::resample_stream<double> s(period_unit::week);
  (void)s.update(2024y / January / 4, 1, 1, 1, 1, 1);
  EXPECT_TASPAN_ERROR(s.update(2024y / January / 3, 1, 1, 1, 1, 1),
                      "taspan::resample_stream: dates must be strictly increasing, got 2024-01-03 "
                      "after 2024-01-04");
  EXPECT_EQ(s.bars(), 1u);
  EXPECT_EQ(s.current()->last_date, 2024y / January / 4);
  // Invalid calendar dates (they used to open a period of their own), batch and stream.
  EXPECT_TASPAN_ERROR(
      s.update(2024y / February / 30, 1, 1, 1, 1, 1),
      "taspan::resample_stream: dates must be valid calendar dates, got 2024-02-30");
  EXPECT_TASPAN_ERROR(
      s.update(2023y / February / 29, 1, 1, 1, 1, 1),
      "taspan::resample_stream: dates must be valid calendar dates, got 2023-02-29");
  EXPECT_EQ(s.bars(), 1u);
  const std::vector<year_month_day> bad{2024y / January / 4, 2024y / January / 32};
  EXPECT_TASPAN_ERROR(taspan::resample(bad, x, period_unit::month),
                      "taspan::resample: dates must be valid calendar dates, got 2024-01-32");
}

}  // namespace
