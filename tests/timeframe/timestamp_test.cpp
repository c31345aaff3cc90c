// timestamp: parsing every text form, writing it back as read, and the errors.

#include <chrono>
#include <random>
#include <string>

#include "taspan/core/timestamp.hpp"
#include "taspan_test.hpp"

namespace {

using namespace std::chrono;
using taspan::parse_time;
using taspan::time_format;

std::int64_t epoch_s(std::string_view text, time_format f = time_format::automatic) {
  return floor<seconds>(taspan::parse_timestamp(text, f)).time_since_epoch().count();
}

TEST(Timestamp, KnownInstants) {
  // 2024-01-02T00:00:00Z is 1704153600 s (date -u -d 2024-01-02 +%s); 09:30 adds 34200 s.
  EXPECT_EQ(epoch_s("2024-01-02"), 1704153600);
  EXPECT_EQ(epoch_s("2024-01-02 09:30"), 1704187800);
  EXPECT_EQ(epoch_s("2024-01-02 09:30:00"), 1704187800);
  EXPECT_EQ(epoch_s("2024-01-02T09:30:00Z"), 1704187800);
  EXPECT_EQ(epoch_s("2024-01-02T09:30:00-05:00"), 1704187800 + 5 * 3600);
  EXPECT_EQ(epoch_s("2024-01-02T09:30:00+05:30"), 1704187800 - 5 * 3600 - 1800);
  EXPECT_EQ(epoch_s("1704187800"), 1704187800);
  EXPECT_EQ(epoch_s("1704187800000"), 1704187800);
  EXPECT_EQ(epoch_s("1704187800", time_format::epoch_ms), 1704187);
  EXPECT_EQ(epoch_s("0"), 0);
  EXPECT_EQ(taspan::parse_timestamp("2024-01-02 09:30:00.123456789").time_since_epoch().count(),
            1704187800123456789);
  EXPECT_EQ(taspan::parse_timestamp("2024-01-02 09:30:00.5").time_since_epoch().count(),
            1704187800500000000);
  // Leap years: 2024 and 2000 have Feb 29, 2023 and 1900 do not.
  EXPECT_EQ(epoch_s("2024-02-29") + 86400, epoch_s("2024-03-01"));
  EXPECT_EQ(epoch_s("2000-02-29") + 86400, epoch_s("2000-03-01"));
}

TEST(Timestamp, WritesBackAsRead) {
  for (const char* text :
       {"2024-01-02", "2024-01-02 09:30", "2024-01-02 09:30:05", "2024-01-02T09:30:05",
        "2024-01-02T09:30:05Z", "2024-01-02T09:30:05.250Z", "2024-01-02T09:30:05.000000001+05:30",
        "2024-07-01T09:30:00-04:00", "1704187800", "1704187800123", "1969-12-31 23:59:59"}) {
    const auto r = parse_time(text);
    ASSERT_TRUE(r) << text << ": " << r.error;
    EXPECT_EQ(taspan::format_time(r.value.time, r.value.style, r.value.offset), text);
  }
}

TEST(Timestamp, RandomRoundTrips) {
  std::mt19937_64 rng(17);
  std::uniform_int_distribution<std::int64_t> ns(-8'000'000'000'000'000'000,
                                                 9'000'000'000'000'000'000);
  taspan::time_style iso{time_format::datetime, 'T', true, 9, taspan::time_zone_suffix::offset};
  for (int k = 0; k < 2000; ++k) {
    const taspan::timestamp t{nanoseconds{ns(rng)}};
    const minutes off{static_cast<int>(rng() % 1500) - 750};
    const std::string text = taspan::format_time(t, iso, off);
    const auto r = parse_time(text);
    ASSERT_TRUE(r) << text << ": " << r.error;
    EXPECT_EQ(r.value.time, t) << text;
    EXPECT_EQ(r.value.offset, off) << text;
  }
}

TEST(Timestamp, Errors) {
  const auto reason = [](std::string_view text, time_format f = time_format::automatic) {
    return std::string(parse_time(text, f).error);
  };
  EXPECT_EQ(reason("2024-13-01"), "month must be 01..12");
  EXPECT_EQ(reason("2024-00-10"), "month must be 01..12");
  EXPECT_EQ(reason("2023-02-29"), "day must exist in its month");
  EXPECT_EQ(reason("1900-02-29"), "day must exist in its month");
  EXPECT_EQ(reason("2024-04-31 10:00"), "day must exist in its month");
  EXPECT_EQ(reason("2024-01-02 24:00"), "hour must be 00..23");
  EXPECT_EQ(reason("2024-01-02 23:60"), "minute must be 00..59");
  EXPECT_EQ(reason("2016-12-31 23:59:60"),
            "second must be 00..59 (leap seconds are not supported)");
  EXPECT_EQ(reason("2024-01-02 10:00:61"), "second must be 00..59");
  EXPECT_EQ(reason("2024-01-02 10:00:00.1234567890"), "expected 1 to 9 fraction digits");
  EXPECT_EQ(reason("2024-01-02 10:00:00+19:00"), "offset must be within 18 hours");
  EXPECT_EQ(reason("2024-01-02 10:00:00 EST"),
            "expected Z or an offset +hh:mm / -hh:mm after the time");
  EXPECT_EQ(reason("2024-01-02 10"), "expected HH:MM after the date");
  EXPECT_EQ(reason("2024/01/02"), "expected YYYY-MM-DD");
  EXPECT_EQ(reason("1600-01-01"), "year must be in 1678..2261");
  EXPECT_EQ(reason("2024-01-02 10:00", time_format::date), "expected YYYY-MM-DD");
  EXPECT_EQ(reason("2024-01-02", time_format::epoch_s),
            "expected an integer count since 1970-01-01 (epoch)");
  EXPECT_EQ(reason("99999999999", time_format::epoch_s),
            "epoch value must be before the year 2262");
  EXPECT_EQ(reason("2024-01-02", time_format::datetime),
            "expected YYYY-MM-DD HH:MM[:SS[.fff]] or YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+hh:mm]");
  EXPECT_TASPAN_ERROR(taspan::parse_timestamp("2024-02-30"),
                      "taspan::parse_timestamp: text must be a timestamp (day must exist in its "
                      "month), got \"2024-02-30\"");
}

}  // namespace
