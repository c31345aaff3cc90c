// The shipped RUT data (examples/data/rut_daily.csv) resampled reproduces the monthly and weekly
// OHLC tables of /work/shared/data/rut_facts.md, which were computed from the original Yahoo
// file by a separate script (rows copied below: open, high (date), low (date), close (last day)).

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "taspan/io/csv.hpp"
#include "taspan/timeframe.hpp"
#include "taspan_test.hpp"
#include "timeframe_support.hpp"

namespace {

using namespace std::chrono;
using taspan::not_closed;
using taspan::period_unit;
using timeframe_test::parse_date;

const auto rut = [] {
  return taspan::read_csv(std::filesystem::path(TASPAN_SOURCE_DIR) / "examples" / "data" /
                          "rut_daily.csv");
};

std::size_t period_of(const taspan::resample_result<double>& r, const std::string& first_day) {
  // The period whose first trading date is on or after the calendar start given.
  const auto start = sys_days{parse_date(first_day)};
  for (std::size_t k = 0; k < r.size(); ++k)
    if (sys_days{r.date[k]} >= start) return k;
  ADD_FAILURE() << first_day;
  return 0;
}

struct monthly_row {
  const char* month;  // YYYY-MM-01
  double open, high;
  const char* high_date;
  double low;
  const char* low_date;
  double close;
  const char* last_date;
};

TEST(RutTimeframe, MonthlyTableRows) {
  const auto bars = rut();
  const auto m = taspan::resample(bars, period_unit::month);
  ASSERT_EQ(m.size(), 86u);  // 2019-01 .. 2026-02
  const monthly_row rows[] = {
      {"2020-03-01", 1476.59, 1539.74, "2020-03-03", 966.22, "2020-03-18", 1153.10, "2020-03-31"},
      {"2020-11-01", 1540.86, 1862.17, "2020-11-24", 1540.86, "2020-11-02", 1819.82, "2020-11-30"},
      {"2021-11-01", 2298.08, 2458.86, "2021-11-08", 2175.68, "2021-11-30", 2198.91, "2021-11-30"},
      {"2022-06-01", 1871.46, 1919.73, "2022-06-07", 1641.47, "2022-06-16", 1707.99, "2022-06-30"},
      {"2023-10-01", 1780.86, 1786.64, "2023-10-11", 1633.67, "2023-10-27", 1662.28, "2023-10-31"},
      {"2024-11-01", 2202.18, 2466.49, "2024-11-25", 2200.30, "2024-11-04", 2434.73, "2024-11-29"},
      {"2025-04-01", 2007.59, 2048.15, "2025-04-02", 1732.99, "2025-04-09", 1964.12, "2025-04-30"},
      {"2025-12-01", 2482.23, 2595.98, "2025-12-12", 2464.98, "2025-12-02", 2481.91, "2025-12-31"},
      {"2026-01-01", 2491.82, 2735.10, "2026-01-22", 2481.59, "2026-01-02", 2613.74, "2026-01-30"},
      {"2026-02-01", 2604.48, 2706.36, "2026-02-11", 2569.23, "2026-02-05", 2620.99, "2026-02-23"},
  };
  for (const auto& row : rows) {
    const std::size_t k = period_of(m, row.month);
    SCOPED_TRACE(row.month);
    EXPECT_EQ(m.open[k], row.open);
    EXPECT_EQ(m.high[k], row.high);
    EXPECT_EQ(m.low[k], row.low);
    EXPECT_EQ(m.close[k], row.close);
    EXPECT_EQ(m.last_date[k], parse_date(row.last_date));
    // The high and low dates: the bar within [first, last] holding the extreme.
    const auto hi = std::find(bars.high.begin() + long(m.first[k]),
                              bars.high.begin() + long(m.last[k]) + 1, row.high);
    EXPECT_EQ(bars.date[std::size_t(hi - bars.high.begin())], parse_date(row.high_date));
    const auto lo = std::find(bars.low.begin() + long(m.first[k]),
                              bars.low.begin() + long(m.last[k]) + 1, row.low);
    EXPECT_EQ(bars.date[std::size_t(lo - bars.low.begin())], parse_date(row.low_date));
  }
  // 2025-12 ends on Wednesday 12-31, a trading day: closed on its own last bar. February 2026
  // is partial (data end on 02-23): not closed.
  const std::size_t dec = period_of(m, "2025-12-01");
  EXPECT_EQ(m.closed_at[dec], m.last[dec]);
  EXPECT_EQ(m.closed_at.back(), not_closed);
}

struct weekly_row {
  const char* monday;
  double high, low, close;
  const char* last_date;
};

TEST(RutTimeframe, WeeklyTableRows) {
  const auto bars = rut();
  const auto w = taspan::resample(bars, period_unit::week);
  const weekly_row rows[] = {
      {"2025-03-31", 2048.15, 1783.06, 1827.03, "2025-04-04"},
      {"2025-04-07", 1930.60, 1732.99, 1860.20, "2025-04-11"},
      {"2025-04-14", 1902.32, 1842.15, 1880.62, "2025-04-17"},  // Good Friday 04-18
      {"2025-09-15", 2472.27, 2388.25, 2448.77, "2025-09-19"},
      {"2025-11-24", 2502.96, 2372.34, 2500.43, "2025-11-28"},  // Thanksgiving 11-27
      {"2025-12-29", 2533.65, 2480.68, 2508.22, "2026-01-02"},  // ISO 2026-W01, 01-01 holiday
      {"2026-01-05", 2635.80, 2516.81, 2624.22, "2026-01-09"},
      {"2026-02-23", 2659.30, 2600.99, 2620.99, "2026-02-23"},  // one bar, partial
  };
  for (const auto& row : rows) {
    const std::size_t k = period_of(w, row.monday);
    SCOPED_TRACE(row.monday);
    EXPECT_EQ(taspan::period_start(w.date[k], period_unit::week), sys_days{parse_date(row.monday)});
    EXPECT_EQ(w.high[k], row.high);
    EXPECT_EQ(w.low[k], row.low);
    EXPECT_EQ(w.close[k], row.close);
    EXPECT_EQ(w.last_date[k], parse_date(row.last_date));
  }
  // The Good Friday week closes at the next Monday's bar; the last week is open.
  const std::size_t gf = period_of(w, "2025-04-14");
  EXPECT_EQ(w.closed_at[gf], w.first[gf + 1]);
  EXPECT_EQ(w.date[gf + 1], 2025y / April / 21);
  EXPECT_EQ(w.closed_at.back(), not_closed);
  EXPECT_EQ(w.first.back(), bars.size() - 1);
  // Every week from 2019 to the end has a bar: number of Mondays from 2018-12-31 to 2026-02-23.
  EXPECT_EQ(
      w.size(),
      std::size_t((sys_days{2026y / February / 23} - sys_days{2018y / December / 31}).count() / 7 +
                  1));
}

TEST(RutTimeframe, MultiTimeframeTrendStates) {
  const auto bars = rut();
  const auto r = taspan::multi_timeframe_trend(bars.date, bars.close);
  auto at = [&](const char* day) {
    const auto it = std::find(bars.date.begin(), bars.date.end(), parse_date(day));
    EXPECT_NE(it, bars.date.end()) << day;
    return std::size_t(it - bars.date.begin());
  };
  // Expected states computed separately with a short Python script over the same CSV (plain
  // SMAs of the closes; weeks grouped by datetime.date.isocalendar(), months by (year, month)):
  // 2020-03-18, the COVID low close 991.16: below a falling 50-day average -> down.
  EXPECT_EQ(r.daily[at("2020-03-18")], -1.0);
  // 2026-01-08, the breakout close 2603.91: daily up; the last closed week (2026-W01, closed
  // Friday 01-02) up on its 30-week SMA; the last closed month (2025-12) up on its 10-month SMA.
  const std::size_t b = at("2026-01-08");
  EXPECT_EQ(r.daily[b], 1.0);
  EXPECT_EQ(r.weekly[b], 1.0);
  EXPECT_EQ(r.monthly[b], 1.0);
  EXPECT_EQ(r.agree[b], 1.0);
}

}  // namespace
