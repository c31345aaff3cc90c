// read_csv: columns by name in any order and case, CRLF, quotes, Yahoo files, every error message.

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "taspan/io/csv.hpp"
#include "taspan_test.hpp"

namespace {

using namespace std::chrono;
using taspan::csv_options;
using taspan::ohlcv_columns;

template <class T = double>
taspan::ohlcv<T> parse(const std::string& text, const csv_options& opt = {}) {
  std::istringstream in(text);
  return taspan::read_csv<T>(in, opt);
}

template <class T>
class Csv : public ::testing::Test {};
TYPED_TEST_SUITE(Csv, taspan_test::real_types);

TYPED_TEST(Csv, ReadsAllColumnsInHeaderOrder) {
  using T = TypeParam;
  const auto b = parse<T>(
      "Date,Open,High,Low,Close,Volume\n"
      "2024-01-02,10.5,11.25,9.75,11,1200\n"
      "2024-01-03,11,12,10.5,-0.5,3e3\n");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b.date[0], 2024y / January / 2);
  EXPECT_EQ(b.date[1], 2024y / January / 3);
  EXPECT_EQ(b.date_text[1], "2024-01-03");
  EXPECT_EQ(b.open, (std::vector<T>{T(10.5), T(11)}));
  EXPECT_EQ(b.high, (std::vector<T>{T(11.25), T(12)}));
  EXPECT_EQ(b.low, (std::vector<T>{T(9.75), T(10.5)}));
  EXPECT_EQ(b.close, (std::vector<T>{T(11), T(-0.5)}));
  EXPECT_EQ(b.volume, (std::vector<T>{T(1200), T(3000)}));
}

TYPED_TEST(Csv, NumbersAreCorrectlyRoundedToT) {
  using T = TypeParam;
  // from_chars rounds the decimal text directly to T (no double -> float double rounding).
  const auto b = parse<T>("close\n2442.739990234375\n0.1\n", {.required = ohlcv_columns::close});
  EXPECT_EQ(b.close[0], static_cast<T>(2442.739990234375));
  if constexpr (std::is_same_v<T, float>) {
    EXPECT_EQ(b.close[1], 0.1f);
  } else {
    EXPECT_EQ(b.close[1], 0.1);
  }
}

TEST(Csv, ColumnOrderAndCaseDoNotMatter) {
  // Yahoo's own column order (Close first) with mixed case, spaces and an extra column.
  const auto a = parse(
      "Date,Open,High,Low,Close,Volume\n"
      "2024-01-02,1,4,0.5,2,100\n");
  const auto b = parse(
      " VOLUME ,close,Adj Close,hIgH,Extra,lOw,OPEN,dAtE\n"
      "100,2,1.99,4,x,0.5,1,2024-01-02\n");
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.open, b.open);
  EXPECT_EQ(a.high, b.high);
  EXPECT_EQ(a.low, b.low);
  EXPECT_EQ(a.close, b.close);
  EXPECT_EQ(a.volume, b.volume);
}

TEST(Csv, CrLfTrailingNewlineBlankLinesAndBom) {
  const std::string rows = "2024-01-02,1,2\r\n2024-01-03,3,4";
  for (const std::string& text :
       {"date,open,close\r\n" + rows, "date,open,close\r\n" + rows + "\r\n",
        "\xEF\xBB\xBF"
        "date,open,close\n\n" +
            rows + "\r\n\r\n"}) {
    const auto b = parse(text, {.required = ohlcv_columns::date | ohlcv_columns::close});
    ASSERT_EQ(b.size(), 2u) << text;
    EXPECT_EQ(b.date_text[1], "2024-01-03");
    EXPECT_EQ(b.open, (std::vector<double>{1, 3}));
    EXPECT_EQ(b.close, (std::vector<double>{2, 4}));
  }
}

TEST(Csv, QuotedFields) {
  const auto b = parse(
      "\"Date\",\"Close\",\"Note\"\n"
      "\"2024-01-02\", \"12.5\" ,\"a, \"\"quoted\"\" note\"\n",
      {.required = ohlcv_columns::date | ohlcv_columns::close});
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b.date_text[0], "2024-01-02");
  EXPECT_EQ(b.close[0], 12.5);
}

TEST(Csv, AbsentOptionalColumnsStayEmpty) {
  const auto b =
      parse("Date,Close\n2024-01-02,5\n", {.required = ohlcv_columns::date | ohlcv_columns::close});
  EXPECT_EQ(b.size(), 1u);
  EXPECT_TRUE(b.open.empty() && b.high.empty() && b.low.empty() && b.volume.empty());
  // Without a date column, dates are not checked and stay empty.
  const auto c = parse("close\n5\n4\n", {.required = ohlcv_columns::close});
  EXPECT_TRUE(c.date.empty() && c.date_text.empty());
  EXPECT_EQ(c.close, (std::vector<double>{5, 4}));
}

TEST(Csv, ColumnsLeftOutOfReadAreIgnored) {
  // volume is not read, so its bad cell is not an error; its vector stays empty.
  const auto b =
      parse("date,close,volume\n2024-01-02,5,abc\n2024-01-03,6,\n",
            {.required = ohlcv_columns::close, .read = ohlcv_columns::date | ohlcv_columns::close});
  EXPECT_EQ(b.close, (std::vector<double>{5, 6}));
  EXPECT_EQ(b.date_text, (std::vector<std::string>{"2024-01-02", "2024-01-03"}));
  EXPECT_TRUE(b.volume.empty());
  // A date column that is not read is not checked either.
  const auto c = parse("date,close\nnot a date,5\n",
                       {.required = ohlcv_columns::close, .read = ohlcv_columns::none});
  EXPECT_TRUE(c.date.empty() && c.date_text.empty());
  EXPECT_EQ(c.close, (std::vector<double>{5}));  // required columns are read whatever `read` says
  // Rows must still have the header's width, and a column read stays checked.
  EXPECT_TASPAN_ERROR(parse("date,close,volume\n2024-01-02,5\n",
                            {.required = ohlcv_columns::close, .read = ohlcv_columns::close}),
                      "taspan::read_csv: line 2: expected 3 fields, got 2");
  EXPECT_TASPAN_ERROR(parse("date,close,volume\n2024-01-02,x,1\n",
                            {.required = ohlcv_columns::none, .read = ohlcv_columns::close}),
                      "taspan::read_csv: line 2, column 2 (close): expected a number, got \"x\"");
}

TEST(Csv, HeaderOnlyGivesNoBars) {
  const auto b = parse("Date,Open,High,Low,Close,Volume\r\n");
  EXPECT_TRUE(b.empty());
}

TEST(Csv, MissingCellsAsNaNWhenAllowed) {
  const auto b = parse("date,close,volume\n2024-01-02,,null\n2024-01-03,NaN, 7 \n",
                       {.required = ohlcv_columns::close, .allow_missing = true});
  EXPECT_TRUE(std::isnan(b.close[0]) && std::isnan(b.volume[0]) && std::isnan(b.close[1]));
  EXPECT_EQ(b.volume[1], 7.0);
}

TEST(Csv, DecreasingDatesAllowedWhenAsked) {
  const auto b = parse("date,close\n2024-01-03,1\n2024-01-02,2\n2024-01-02,3\n",
                       {.required = ohlcv_columns::close, .increasing_dates = false});
  EXPECT_EQ(b.date_text, (std::vector<std::string>{"2024-01-03", "2024-01-02", "2024-01-02"}));
}

TEST(Csv, SemicolonDelimiter) {
  const auto b =
      parse("Date;Close\n2024-01-02;1.5\n", {.required = ohlcv_columns::close, .delimiter = ';'});
  EXPECT_EQ(b.close[0], 1.5);
}

TEST(Csv, YahooFileFromDisk) {
  // The first rows of /work/shared/data/russell2000_RUT_daily_yahoo.csv (Yahoo/yfinance
  // download): Close before Open, float32 noise in the digits.
  const auto path = std::filesystem::path(TASPAN_BINARY_DIR) / "csv_test_yahoo.csv";
  {
    std::ofstream f(path, std::ios::binary);
    f << "Date,Close,High,Low,Open,Volume\n"
         "1987-09-10,168.97000122070312,168.97999572753906,167.44000244140625,167.44000244140625,"
         "179800000\n"
         "1987-09-11,170.5399932861328,170.5399932861328,168.75,168.97000122070312,178000000\n";
  }
  const auto b = taspan::read_csv(path);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b.date[0], 1987y / September / 10);
  EXPECT_EQ(b.open[1], 168.97000122070312);
  EXPECT_EQ(b.close[1], 170.5399932861328);
  EXPECT_EQ(b.low[1], 168.75);
  EXPECT_EQ(b.volume[0], 179800000.0);
  std::filesystem::remove(path);
}

// ---- errors: every one with its exact message ----

const std::string header = "Date,Open,High,Low,Close,Volume\n";

TEST(CsvErrors, BadNumber) {
  // Line 3 (header is line 1), the 5th column is close.
  EXPECT_TASPAN_ERROR(parse(header + "2024-01-02,1,2,0.5,1.5,10\n2024-01-03,1,2,0.5,abc,10\n"),
                      "taspan::read_csv: line 3, column 5 (close): expected a number, got \"abc\"");
  EXPECT_TASPAN_ERROR(
      parse(header + "2024-01-02,1,2,0.5,1.5x,10\n"),
      "taspan::read_csv: line 2, column 5 (close): expected a number, got \"1.5x\"");
  EXPECT_TASPAN_ERROR(
      parse(header + "2024-01-02,1,2,0.5,1.5,\"1,000\"\n"),
      "taspan::read_csv: line 2, column 6 (volume): expected a number, got \"1,000\"");
  EXPECT_TASPAN_ERROR(parse(header + "2024-01-02,inf,2,0.5,1.5,10\n"),
                      "taspan::read_csv: line 2, column 2 (open): expected a number, got \"inf\"");
  EXPECT_TASPAN_ERROR(
      parse(header + "2024-01-02,1,2,0.5,1.5,1e999\n"),
      "taspan::read_csv: line 2, column 6 (volume): number out of range, got \"1e999\"");
}

TEST(CsvErrors, EmptyCellAndNaNWithoutAllowMissing) {
  EXPECT_TASPAN_ERROR(
      parse(header + "2024-01-02,1,,0.5,1.5,10\n"),
      "taspan::read_csv: line 2, column 3 (high): expected a number, got an empty cell");
  EXPECT_TASPAN_ERROR(parse(header + "2024-01-02,1,2,null,1.5,10\n"),
                      "taspan::read_csv: line 2, column 4 (low): expected a number, got \"null\"");
  EXPECT_TASPAN_ERROR(parse(header + "2024-01-02,NaN,2,1,1.5,10\n"),
                      "taspan::read_csv: line 2, column 2 (open): expected a number, got \"NaN\"");
}

TEST(CsvErrors, ShortAndLongRows) {
  EXPECT_TASPAN_ERROR(parse(header + "2024-01-02,1,2,0.5,1.5,10\n\n2024-01-03,1,2\n"),
                      "taspan::read_csv: line 4: expected 6 fields, got 3");
  EXPECT_TASPAN_ERROR(parse(header + "2024-01-02,1,2,0.5,1.5,10,\n"),
                      "taspan::read_csv: line 2: expected 6 fields, got 7");
}

TEST(CsvErrors, BadDates) {
  const csv_options close_only{.required = ohlcv_columns::date | ohlcv_columns::close};
  EXPECT_TASPAN_ERROR(parse("close,date\n1,2024/01/02\n", close_only),
                      "taspan::read_csv: line 2, column 2 (date): expected a date or timestamp, "
                      "got \"2024/01/02\" (expected YYYY-MM-DD)");
  EXPECT_TASPAN_ERROR(parse("date,close\n2023-02-29,1\n", close_only),
                      "taspan::read_csv: line 2, column 1 (date): expected a date or timestamp, "
                      "got \"2023-02-29\" (day must exist in its month)");
  EXPECT_TASPAN_ERROR(parse("date,close\n2024-1-2,1\n", close_only),
                      "taspan::read_csv: line 2, column 1 (date): expected a date or timestamp, "
                      "got \"2024-1-2\" (expected YYYY-MM-DD)");
  EXPECT_TASPAN_ERROR(parse("date,close\n,1\n", close_only),
                      "taspan::read_csv: line 2, column 1 (date): expected a date or timestamp, "
                      "got an empty cell");
  EXPECT_TASPAN_ERROR(
      parse("date,close\n2024-01-02,1\n2024-01-04,1\n2024-01-03,1\n", close_only),
      "taspan::read_csv: line 4, column 1 (date): dates must increase, got 2024-01-03 after "
      "2024-01-04");
  EXPECT_TASPAN_ERROR(parse("date,close\n2024-01-02,1\n2024-01-02,1\n", close_only),
                      "taspan::read_csv: line 3, column 1 (date): dates must increase, got "
                      "2024-01-02 after 2024-01-02");
}

TEST(CsvErrors, EmptyInputAndNoHeader) {
  EXPECT_TASPAN_ERROR(parse(""), "taspan::read_csv: empty input, expected a header row");
  EXPECT_TASPAN_ERROR(parse("\r\n\n  \n"), "taspan::read_csv: empty input, expected a header row");
  EXPECT_TASPAN_ERROR(parse("2024-01-02,1,2,0.5,1.5,10\n"),
                      "taspan::read_csv: line 1: expected a header row naming columns such as "
                      "Date,Open,High,Low,Close,Volume, got \"2024-01-02,1,2,0.5,1.5,10\"");
}

// A byte-order mark after leading blank lines still opens the header (it made the date column
// "\xEF\xBB\xBFdate", silently not read); lines over 1 MiB are an error quoting 80 characters.
TEST(Csv, BomAfterBlankLines) {
  const auto b = parse(
      "\n\r\n\xEF\xBB\xBF"
      "date,close\n2024-01-02,1\n",
      {.required = ohlcv_columns::date | ohlcv_columns::close});
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b.date_text[0], "2024-01-02");
}

TEST(CsvErrors, LongLinesAndLongQuotes) {
  const std::string huge(std::size_t{1} << 21, 'x');
  EXPECT_TASPAN_ERROR(
      parse("date,close\n" + huge + "\n", {.required = ohlcv_columns::date | ohlcv_columns::close}),
      "taspan::read_csv: line 2: line longer than 1048576 bytes, starting \"" +
          std::string(80, 'x') + "...\"");
  const std::string wide(500, 'y');
  EXPECT_TASPAN_ERROR(parse(wide + "\n"),
                      "taspan::read_csv: line 1: expected a header row naming columns such as "
                      "Date,Open,High,Low,Close,Volume, got \"" +
                          std::string(80, 'y') + "...\"");
}

TEST(CsvErrors, MissingAndDuplicateColumns) {
  EXPECT_TASPAN_ERROR(parse("Date,Open,High,Low,Adj Close,Volume\n"),
                      "taspan::read_csv: line 1: missing required column \"close\"");
  EXPECT_TASPAN_ERROR(parse("Date,Close\n", {.required = ohlcv_columns::ohlc}),
                      "taspan::read_csv: line 1: missing required column \"open\"");
  EXPECT_TASPAN_ERROR(parse("Date,Close,close\n"),
                      "taspan::read_csv: line 1: duplicate column \"close\" (columns 2 and 3)");
}

TEST(CsvErrors, BadQuotes) {
  const csv_options opt{.required = ohlcv_columns::close};
  EXPECT_TASPAN_ERROR(parse("date,close\n2024-01-02,\"1.5\n", opt),
                      "taspan::read_csv: line 2, column 2: unterminated quoted field");
  EXPECT_TASPAN_ERROR(parse("date,close\n\"2024-01-02\"x,1.5\n", opt),
                      "taspan::read_csv: line 2, column 1: unexpected text after a closing quote");
}

TEST(CsvErrors, FileCannotBeOpened) {
  const auto path = std::filesystem::path(TASPAN_BINARY_DIR) / "no_such_dir" / "x.csv";
  EXPECT_TASPAN_ERROR(taspan::read_csv(path),
                      "taspan::read_csv: cannot open \"" + path.string() + "\"");
}

}  // namespace
