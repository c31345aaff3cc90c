// iana_zone (opt-in, Howard Hinnant's date/tz.h over the system tzdata): a 09:30-16:00 New York
// session across the 2024 DST changes (EST -> EDT on Sunday 2024-03-10, EDT -> EST on Sunday
// 2024-11-03, per the US Energy Policy Act of 2005 rules in the IANA database).

#include "taspan/timeframe/iana_zone.hpp"

#include <chrono>
#include <vector>

#include "taspan/timeframe.hpp"
#include "taspan_test.hpp"

namespace {

using namespace std::chrono;
using taspan::timestamp;

// One-minute bars of a full New York session on each day, as UTC instants (utc_open = 09:30 in
// UTC: 14:30 in EST, 13:30 in EDT).
std::vector<timestamp> sessions(std::initializer_list<std::pair<sys_days, minutes>> days) {
  std::vector<timestamp> t;
  for (const auto& [d, utc_open] : days)
    for (int m = 0; m < 390; ++m) t.push_back(timestamp{d} + utc_open + minutes{m});
  return t;
}

taspan::bin_options new_york() {
  taspan::bin_options o;
  o.zone = taspan::iana_zone("America/New_York");
  o.hours = taspan::parse_session("09:30-16:00");
  o.weekdays_only = true;
  o.base_length = minutes{1};
  return o;
}

TEST(IanaZone, OffsetsAcrossDst) {
  const auto ny = taspan::iana_zone("America/New_York");
  EXPECT_EQ(ny.at(timestamp{sys_days{2024y / March / 8}}), -hours{5});
  EXPECT_EQ(ny.at(timestamp{sys_days{2024y / March / 11}}), -hours{4});
  // The change itself: 2024-03-10 07:00Z (02:00 EST becomes 03:00 EDT).
  EXPECT_EQ(ny.at(timestamp{sys_days{2024y / March / 10}} + hours{7} - seconds{1}), -hours{5});
  EXPECT_EQ(ny.at(timestamp{sys_days{2024y / March / 10}} + hours{7}), -hours{4});
  EXPECT_EQ(ny.at(timestamp{sys_days{2024y / November / 4}}), -hours{5});
  EXPECT_FALSE(ny.is_fixed());
}

TEST(IanaZone, SessionFollowsTheSpringChange) {
  // Friday 2024-03-08 (EST) and Monday 2024-03-11 (EDT).
  const auto t = sessions({{2024y / March / 8, hours{14} + minutes{30}},
                           {2024y / March / 11, hours{13} + minutes{30}}});
  const std::vector<double> close(t.size(), 1.0);
  const auto days = taspan::resample(std::span<const timestamp>(t), close,
                                     {taspan::bar_unit::day, 1}, new_york());
  ASSERT_EQ(days.size(), 2u);
  // Labels at New York midnight: 05:00Z in EST, 04:00Z in EDT; each day holds its 390 bars and
  // closes on its 15:59 bar.
  EXPECT_EQ(days.time[0], timestamp{sys_days{2024y / March / 8}} + hours{5});
  EXPECT_EQ(days.time[1], timestamp{sys_days{2024y / March / 11}} + hours{4});
  EXPECT_EQ(days.first[1], 390u);
  EXPECT_EQ(days.closed_at[0], 389u);
  EXPECT_EQ(days.closed_at[1], 779u);
  // 5-minute bars start at 09:30 New York time on both days: 78 per session.
  const auto five = taspan::resample(std::span<const timestamp>(t), close,
                                     {taspan::bar_unit::minute, 5}, new_york());
  ASSERT_EQ(five.size(), 156u);
  EXPECT_EQ(five.time[0], t[0]);
  EXPECT_EQ(five.time[78], t[390]);
  // A fixed -05:00 offset gets Monday wrong: its first hour is 08:30-09:29 "EST", outside.
  auto fixed = new_york();
  fixed.zone = taspan::zone_offset::fixed(-hours{5});
  const auto wrong =
      taspan::resample(std::span<const timestamp>(t), close, {taspan::bar_unit::day, 1}, fixed);
  EXPECT_EQ(wrong.first[1], 450u);
  // VWAP sessions from the zone.
  const auto flags = taspan::session_starts(t, new_york());
  EXPECT_EQ(flags[0], 1);
  EXPECT_EQ(flags[390], 1);
  EXPECT_EQ(std::count(flags.begin(), flags.end(), 1), 2);
}

TEST(IanaZone, WeekAcrossTheFallChange) {
  // Thursday 2024-10-31 and Friday 2024-11-01 (EDT), Monday 2024-11-04 (EST): two ISO weeks.
  const auto t = sessions({{2024y / October / 31, hours{13} + minutes{30}},
                           {2024y / November / 1, hours{13} + minutes{30}},
                           {2024y / November / 4, hours{14} + minutes{30}}});
  const std::vector<double> close(t.size(), 1.0);
  const auto weeks = taspan::resample(std::span<const timestamp>(t), close,
                                      {taspan::bar_unit::week, 1}, new_york());
  ASSERT_EQ(weeks.size(), 2u);
  EXPECT_EQ(weeks.time[0], timestamp{sys_days{2024y / October / 28}} + hours{4});
  EXPECT_EQ(weeks.time[1], timestamp{sys_days{2024y / November / 4}} + hours{5});
  EXPECT_EQ(weeks.closed_at[0], 779u);  // Friday's 15:59 bar ends the week
  EXPECT_EQ(weeks.closed_at[1], taspan::not_closed);
}

TEST(IanaZone, UnknownZone) {
  EXPECT_TASPAN_ERROR(taspan::iana_zone("America/Nowhere"),
                      "taspan::iana_zone: name must be a zone of the IANA database (e.g. "
                      "America/New_York), got \"America/Nowhere\"");
}

}  // namespace
