// resample on timestamps against pandas: the bars below are what pandas 1.5.3 printed for
// df.resample(rule, label="left", closed="left").agg(first/max/min/last/sum).dropna() on the same
// 23 one-minute bars (tests/timeframe/pandas_reference.py builds them with the same formulas).

#include <chrono>
#include <string>
#include <vector>

#include "taspan/timeframe.hpp"
#include "taspan_test.hpp"

namespace {

using namespace std::chrono;

struct pandas_bar {
  const char* time;
  double open, high, low, close, volume;
};

// What pandas printed (5min, 1h, 1D, W-MON).
const std::vector<pandas_bar> five_min{
    {"2024-01-05 09:30:00", 100, 103, 99.75, 100.5, 600},
    {"2024-01-05 09:35:00", 100.75, 103, 100.25, 101, 660},
    {"2024-01-05 09:40:00", 100.25, 103.5, 99.5, 101.5, 820},
    {"2024-01-05 10:55:00", 102.5, 103, 99.75, 101.75, 470},
    {"2024-01-05 11:00:00", 102.25, 102.75, 100.25, 102, 510},
    {"2024-01-05 15:55:00", 102, 102.75, 100, 102.25, 550},
    {"2024-01-08 09:30:00", 101.75, 103, 99.75, 102.5, 590},
    {"2024-01-08 09:35:00", 101.5, 102, 101, 101, 310},
    {"2024-01-08 12:00:00", 100, 103.25, 99.75, 102.75, 320},
};
const std::vector<pandas_bar> one_hour{
    {"2024-01-05 09:00:00", 100, 103.5, 99.5, 101.5, 2080},
    {"2024-01-05 10:00:00", 102.5, 103, 99.75, 101.75, 470},
    {"2024-01-05 11:00:00", 102.25, 102.75, 100.25, 102, 510},
    {"2024-01-05 15:00:00", 102, 102.75, 100, 102.25, 550},
    {"2024-01-08 09:00:00", 101.75, 103, 99.75, 101, 900},
    {"2024-01-08 12:00:00", 100, 103.25, 99.75, 102.75, 320},
};
const std::vector<pandas_bar> one_day{
    {"2024-01-05 00:00:00", 100, 103.5, 99.5, 102.25, 3610},
    {"2024-01-08 00:00:00", 101.75, 103.25, 99.75, 102.75, 1220},
};
const std::vector<pandas_bar> week_mon{
    {"2024-01-01 00:00:00", 100, 103.5, 99.5, 102.25, 3610},
    {"2024-01-08 00:00:00", 101.75, 103.25, 99.75, 102.75, 1220},
};

TEST(Pandas, ResampleMatches) {
  std::vector<std::pair<int, int>> mins;  // (day of January 2024, minute of the day)
  for (int m = 570; m < 585; ++m)
    if (m != 575 && m != 581) mins.emplace_back(5, m);
  for (const auto& dm : std::vector<std::pair<int, int>>{{5, 658},
                                                         {5, 659},
                                                         {5, 660},
                                                         {5, 661},
                                                         {5, 958},
                                                         {5, 959},
                                                         {8, 570},
                                                         {8, 574},
                                                         {8, 575},
                                                         {8, 720}})
    mins.push_back(dm);
  std::vector<taspan::timestamp> t;
  std::vector<double> o, h, l, c, v;
  for (std::size_t i = 0; i < mins.size(); ++i) {
    const auto [d, m] = mins[i];
    t.push_back(taspan::timestamp{sys_days{2024y / January / d}} + minutes{m});
    const auto k = static_cast<int>(i);
    o.push_back(100 + ((k * 5) % 11) * 0.25);
    c.push_back(100 + ((k * 7) % 13) * 0.25);
    h.push_back(std::max(o.back(), c.back()) + 0.5);
    l.push_back(std::min(o.back(), c.back()) - 0.25 * (k % 3));
    v.push_back(100 + k * 10);
  }
  const std::pair<const char*, const std::vector<pandas_bar>*> cases[]{
      {"5min", &five_min}, {"1h", &one_hour}, {"1d", &one_day}, {"1w", &week_mon}};
  for (const auto& [rule, expected] : cases) {
    SCOPED_TRACE(rule);
    const auto r = taspan::resample(std::span<const taspan::timestamp>(t), o, h, l, c, v,
                                    taspan::parse_timeframe(rule));
    ASSERT_EQ(r.size(), expected->size());
    for (std::size_t k = 0; k < r.size(); ++k) {
      const auto& e = (*expected)[k];
      EXPECT_EQ(r.time[k], taspan::parse_timestamp(e.time));
      EXPECT_EQ(r.open[k], e.open);
      EXPECT_EQ(r.high[k], e.high);
      EXPECT_EQ(r.low[k], e.low);
      EXPECT_EQ(r.close[k], e.close);
      EXPECT_EQ(r.volume[k], e.volume);
    }
  }
}

}  // namespace
