#pragma once
// Helpers for the timeframe tests: trading calendars and reference groupings written with plain
// loops, independent of taspan's resampler.

#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace timeframe_test {

using ymd = std::chrono::year_month_day;

inline ymd parse_date(const std::string& s) {
  return std::chrono::year{std::stoi(s.substr(0, 4))} /
         std::chrono::month{static_cast<unsigned>(std::stoi(s.substr(5, 2)))} /
         std::chrono::day{static_cast<unsigned>(std::stoi(s.substr(8, 2)))};
}

inline std::vector<ymd> dates(std::initializer_list<const char*> texts) {
  std::vector<ymd> v;
  for (const char* t : texts) v.push_back(parse_date(t));
  return v;
}

// n weekdays from `start`, skipping each with probability `holiday` (seeded).
inline std::vector<ymd> trading_days(std::size_t n, std::uint64_t seed = 7,
                                     ymd start = std::chrono::year{2018} / 12 / 20,
                                     double holiday = 0.05) {
  std::mt19937_64 rng(seed);
  std::bernoulli_distribution skip(holiday);
  std::vector<ymd> v;
  for (std::chrono::sys_days d{start}; v.size() < n; d += std::chrono::days{1}) {
    const unsigned wd = std::chrono::weekday{d}.iso_encoding();
    if (wd <= 5 && !skip(rng)) v.push_back(ymd{d});
  }
  return v;
}

// Period key computed without taspan: (ISO year, ISO week) from the Thursday rule, counting days
// by hand; or (year, month).
inline std::pair<int, int> week_key(ymd d) {
  using namespace std::chrono;
  const sys_days day{d};
  const int wd = static_cast<int>(weekday{day}.c_encoding());  // 0 = Sunday
  const int iso_wd = wd == 0 ? 7 : wd;
  const ymd thursday{day + days{4 - iso_wd}};
  int yday = 0;  // 0-based day of year of the Thursday
  for (sys_days x{thursday.year() / January / 1}; x < sys_days{thursday}; x += days{1}) ++yday;
  return {static_cast<int>(thursday.year()), yday / 7 + 1};
}
inline std::pair<int, int> month_key(ymd d) {
  return {static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month()))};
}

// Reference grouping: [first, last] index ranges of runs of equal keys.
template <class Key>
std::vector<std::pair<std::size_t, std::size_t>> groups(const std::vector<ymd>& d, Key key) {
  std::vector<std::pair<std::size_t, std::size_t>> g;
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (i == 0 || key(d[i]) != key(d[i - 1]))
      g.push_back({i, i});
    else
      g.back().second = i;
  }
  return g;
}

}  // namespace timeframe_test
