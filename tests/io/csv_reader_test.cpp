// csv_reader: row-at-a-time reading gives the same bars and the same errors as read_csv, and
// hands out each row before the rest of the input exists.

#include <sstream>

#include "taspan/io/csv.hpp"
#include "taspan_test.hpp"

namespace {

using namespace std::chrono;
using taspan::csv_options;
using taspan::ohlcv_columns;

template <class T>
class CsvReader : public ::testing::Test {};
TYPED_TEST_SUITE(CsvReader, taspan_test::real_types);

TYPED_TEST(CsvReader, RowsEqualReadCsv) {
  using T = TypeParam;
  const std::string text =
      "\xEF\xBB\xBFVolume;close;Date;HIGH;low;open;Adj Close\r\n"
      "1200;11;2024-01-02;11.25;9.75;10.5;1\r\n"
      "\r\n"
      "3e3;-0.5;2024-01-03;12;10.5;11;2\r\n"
      "7;0.1;2024-01-05;13;9;12;3";
  csv_options opt;
  opt.delimiter = ';';
  std::istringstream all(text);
  const auto whole = taspan::read_csv<T>(all, opt);
  std::istringstream in(text);
  taspan::csv_reader<T> rows(in, opt);
  std::size_t i = 0;
  while (auto bar = rows.next()) {
    ASSERT_LT(i, whole.size());
    EXPECT_EQ(bar->date, whole.date[i]);
    EXPECT_EQ(bar->date_text, whole.date_text[i]);
    EXPECT_EQ(bar->open, whole.open[i]);
    EXPECT_EQ(bar->high, whole.high[i]);
    EXPECT_EQ(bar->low, whole.low[i]);
    EXPECT_EQ(bar->close, whole.close[i]);
    EXPECT_EQ(bar->volume, whole.volume[i]);
    ++i;
  }
  EXPECT_EQ(i, 3u);
  EXPECT_EQ(rows.line(), 5u);
  // Hand-checked: the second data row is on line 4 (line 3 is empty).
  EXPECT_EQ(whole.date[1], 2024y / January / 3);
  EXPECT_EQ(whole.close[1], T(-0.5));
  EXPECT_FALSE(rows.next().has_value());  // stays at the end
}

TEST(CsvReader, AbsentColumnsReadAsNaN) {
  std::istringstream in("date,close\n2024-01-02,5\n");
  csv_options opt;
  opt.required = ohlcv_columns::close;
  taspan::csv_reader<double> rows(in, opt);
  EXPECT_TRUE(rows.has(ohlcv_columns::close));
  EXPECT_TRUE(rows.has(ohlcv_columns::date));
  EXPECT_FALSE(rows.has(ohlcv_columns::volume));
  EXPECT_FALSE(rows.has(ohlcv_columns::all));  // a set is not a column
  taspan::ohlcv_bar<double> bar;
  ASSERT_TRUE(rows.next(bar));
  EXPECT_EQ(bar.close, 5.0);
  EXPECT_TRUE(std::isnan(bar.open));
  EXPECT_TRUE(std::isnan(bar.volume));
  EXPECT_FALSE(rows.next(bar));
}

// A live feed: each row is readable as soon as its line has arrived, before later input exists.
TEST(CsvReader, ReadsRowsAsTheyArrive) {
  std::stringstream feed;
  feed << "Date,Open,High,Low,Close,Volume\n";
  taspan::csv_reader<double> rows(feed);
  feed << "2024-01-02,1,2,0.5,1.5,10\n";
  auto a = rows.next();
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->close, 1.5);
  feed.clear();  // the stream hit its end; more data comes
  feed << "2024-01-03,1.5,3,1,2.5,20\n";
  auto b = rows.next();
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->high, 3.0);
  EXPECT_EQ(b->date_text, "2024-01-03");
}

TEST(CsvReaderErrors, SameMessagesAsReadCsv) {
  {
    std::istringstream in("");
    EXPECT_TASPAN_ERROR(taspan::csv_reader<double>{in},
                        "taspan::read_csv: empty input, expected a header row");
  }
  {
    std::istringstream in("date,open,high,low,volume\n");
    EXPECT_TASPAN_ERROR(taspan::csv_reader<double>{in},
                        "taspan::read_csv: line 1: missing required column \"close\"");
  }
  {
    std::istringstream in(
        "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,10\n2024-01-02,1,2,0.5,x,10\n");
    taspan::csv_reader<double> rows(in);
    ASSERT_TRUE(rows.next().has_value());
    EXPECT_TASPAN_ERROR(rows.next(),
                        "taspan::read_csv: line 3, column 1 (date): dates must increase, got "
                        "2024-01-02 after 2024-01-02");
  }
  {
    std::istringstream in("Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,abc,10\n");
    taspan::csv_reader<double> rows(in);
    EXPECT_TASPAN_ERROR(
        rows.next(), "taspan::read_csv: line 2, column 5 (close): expected a number, got \"abc\"");
  }
  {
    std::istringstream in("Date,Open,High,Low,Close,Volume\n2024-01-02,1,2\n");
    taspan::csv_reader<double> rows(in);
    EXPECT_TASPAN_ERROR(rows.next(), "taspan::read_csv: line 2: expected 6 fields, got 3");
  }
}

}  // namespace
