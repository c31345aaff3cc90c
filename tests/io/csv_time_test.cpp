// read_csv with intraday timestamps: every form, the style kept for writing back, header names,
// csv_options::format, and duplicate / backward / mixed timestamps as errors naming the lines.

#include <chrono>
#include <sstream>
#include <string>

#include "taspan/io/csv.hpp"
#include "taspan_test.hpp"

namespace {

using namespace std::chrono;
using taspan::csv_options;
using taspan::ohlcv_columns;
using taspan::time_format;

const csv_options close_only{.required = ohlcv_columns::date | ohlcv_columns::close};

taspan::ohlcv<double> parse(const std::string& text, csv_options opt = close_only) {
  std::istringstream in(text);
  return taspan::read_csv<double>(in, opt);
}

std::int64_t seconds_of(taspan::timestamp t) {
  return floor<seconds>(t).time_since_epoch().count();
}

TEST(CsvTime, EveryFormReadsTheSameInstants) {
  // 2024-01-02 09:30 and 09:31 UTC: 1704187800 and 1704187860 (date -u +%s).
  const std::pair<const char*, time_format> files[]{
      {"date,close\n2024-01-02 09:30:00,1\n2024-01-02 09:31:00,2\n", time_format::datetime},
      {"Timestamp,close\n2024-01-02 09:30,1\n2024-01-02 09:31,2\n", time_format::datetime},
      {"datetime,close\n2024-01-02T09:30:00Z,1\n2024-01-02T09:31:00Z,2\n", time_format::datetime},
      {"time,close\n2024-01-02T04:30:00-05:00,1\n2024-01-02T04:31:00-05:00,2\n",
       time_format::datetime},
      {"date,close\n1704187800,1\n1704187860,2\n", time_format::epoch_s},
      {"date,close\n1704187800000,1\n1704187860000,2\n", time_format::epoch_ms},
  };
  for (const auto& [text, format] : files) {
    const auto b = parse(text);
    ASSERT_EQ(b.time.size(), 2u) << text;
    EXPECT_EQ(seconds_of(b.time[0]), 1704187800) << text;
    EXPECT_EQ(seconds_of(b.time[1]), 1704187860) << text;
    EXPECT_EQ(b.style.format, format) << text;
    EXPECT_EQ(b.date[0], 2024y / January / 2) << text;
    // Written back in the style read (the offset from the text), the cells come back.
    const auto r = taspan::parse_time(b.date_text[1]);
    EXPECT_EQ(taspan::format_time(b.time[1], b.style, r.value.offset), b.date_text[1]);
  }
  // Daily files keep their dates and style.
  const auto d = parse("date,close\n2024-01-02,1\n2024-01-03,2\n");
  EXPECT_EQ(d.style.format, time_format::date);
  EXPECT_EQ(d.date[1], 2024y / January / 3);
  EXPECT_EQ(seconds_of(d.time[1]), 1704240000);
  // The date column is the local date as written.
  EXPECT_EQ(parse("date,close\n2024-01-02T23:30:00-05:00,1\n").date[0], 2024y / January / 2);
}

TEST(CsvTime, FormatOptionDecidesEpochUnits) {
  // 1704187800 as milliseconds is 1970-01-20.
  const auto b = parse(
      "date,close\n1704187800,1\n",
      {.required = ohlcv_columns::date | ohlcv_columns::close, .format = time_format::epoch_ms});
  EXPECT_EQ(seconds_of(b.time[0]), 1704187);
  EXPECT_TASPAN_ERROR(
      parse("date,close\n2024-01-02 09:30,1\n",
            {.required = ohlcv_columns::date | ohlcv_columns::close, .format = time_format::date}),
      "taspan::read_csv: line 2, column 1 (date): expected a date YYYY-MM-DD, got "
      "\"2024-01-02 09:30\" (expected YYYY-MM-DD)");
}

TEST(CsvTime, StyleKeepsTheMostPrecision) {
  const auto b = parse("date,close\n2024-01-02 09:30,1\n2024-01-02 09:30:00.25,2\n");
  EXPECT_TRUE(b.style.seconds);
  EXPECT_EQ(b.style.fraction_digits, 2);
}

TEST(CsvTime, DuplicateBackwardAndMixedTimestamps) {
  EXPECT_TASPAN_ERROR(parse("date,close\n2024-01-02 09:30:00,1\n2024-01-02 09:31:00,1\n"
                            "2024-01-02 09:31:00,1\n"),
                      "taspan::read_csv: line 4, column 1 (date): duplicate timestamp "
                      "2024-01-02 09:31:00 (line 3: 2024-01-02 09:31:00)");
  // The same instant written with two offsets is a duplicate too.
  EXPECT_TASPAN_ERROR(parse("date,close\n2024-01-02T09:30:00Z,1\n2024-01-02T04:30:00-05:00,1\n"),
                      "taspan::read_csv: line 3, column 1 (date): duplicate timestamp "
                      "2024-01-02T04:30:00-05:00 (line 2: 2024-01-02T09:30:00Z)");
  EXPECT_TASPAN_ERROR(parse("date,close\n2024-01-02 09:30:00,1\n\n2024-01-02 09:29:59,1\n"),
                      "taspan::read_csv: line 4, column 1 (date): timestamps must increase, got "
                      "2024-01-02 09:29:59 after 2024-01-02 09:30:00 (line 2)");
  EXPECT_TASPAN_ERROR(parse("date,close\n1704187800,1\n1704187800,1\n"),
                      "taspan::read_csv: line 3, column 1 (date): duplicate timestamp 1704187800 "
                      "(line 2: 1704187800)");
  // Every row has the first row's form.
  EXPECT_TASPAN_ERROR(parse("date,close\n2024-01-02 09:30:00,1\n2024-01-03,1\n"),
                      "taspan::read_csv: line 3, column 1 (date): expected a timestamp "
                      "YYYY-MM-DD HH:MM[:SS[.fff]][Z|+hh:mm], got \"2024-01-03\" (expected "
                      "YYYY-MM-DD HH:MM[:SS[.fff]] or YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+hh:mm])");
  EXPECT_TASPAN_ERROR(parse("date,close\n2024-01-02 25:00:00,1\n"),
                      "taspan::read_csv: line 2, column 1 (date): expected a date or timestamp, "
                      "got \"2024-01-02 25:00:00\" (hour must be 00..23)");
  EXPECT_TASPAN_ERROR(parse("date,close\n2016-12-31 23:59:60,1\n"),
                      "taspan::read_csv: line 2, column 1 (date): expected a date or timestamp, "
                      "got \"2016-12-31 23:59:60\" (second must be 00..59 (leap seconds are not "
                      "supported))");
  // Unordered input is allowed when asked for.
  EXPECT_EQ(
      parse("date,close\n2024-01-02 09:30,1\n2024-01-02 09:30,1\n",
            {.required = ohlcv_columns::date | ohlcv_columns::close, .increasing_dates = false})
          .size(),
      2u);
}

TEST(CsvTime, RowReaderGivesTheInstant) {
  std::istringstream in("date,close\n2024-01-02T09:30:00Z,1\n");
  taspan::csv_reader<double> rows(in, close_only);
  const auto bar = rows.next();
  ASSERT_TRUE(bar.has_value());
  EXPECT_EQ(seconds_of(bar->time), 1704187800);
  EXPECT_EQ(rows.style().zone, taspan::time_zone_suffix::z);
}

}  // namespace
