#pragma once
// taspan::read_csv: OHLCV bars (daily or intraday) from a CSV file, with line-numbered errors.
//
// Not part of the umbrella taspan/taspan.hpp: include "taspan/io/csv.hpp".
// read_csv reads a whole file or stream; csv_reader reads it a row at a time (for live loops
// over stdin), with the same format and errors.
//
// Format:
// - The first non-empty line is a header row. Columns are found by name, case-insensitive, in
//   any order: date, open, high, low, close, volume. Other columns ("Adj Close", ...) are
//   ignored. Surrounding spaces and a UTF-8 byte-order mark are ignored.
// - Lines end in "\n" or "\r\n"; the last line may lack its newline. Empty lines are skipped.
// - A field may be enclosed in double quotes ("2,5" is one field; "" inside quotes is a quote).
//   A quoted field cannot span lines.
// - The date column (named date, time, timestamp or datetime) holds instants in any form of
//   taspan/core/timestamp.hpp: YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS[.fff]], ISO 8601 with T and Z or
//   +hh:mm, epoch seconds or milliseconds (csv_options::format; automatic takes the first row's
//   form, and every row must have that form). They are read into `time` (int64 ns, UTC), their
//   calendar dates as written into `date`, the text into `date_text`, and the form into `style`
//   (to write instants back as they were read). A date cell is never allowed to be empty. By
//   default each instant must be later than the one before (csv_options::increasing_dates):
//   a duplicate or a step back is an error naming both lines.
// - Numbers are read with std::from_chars into T (float or double), so they are correctly
//   rounded to T; "1e3" and "-0.5" are numbers, "1,000" and "$5" are not. Every number must be
//   finite.
// - An empty numeric cell, "NaN"/"nan" or "null" is an error, unless csv_options::allow_missing
//   is set: then such cells read as NaN (the indicators document how they treat NaN).
//
// Columns: csv_options::required names the columns that must be in the header (default: all
// six). A column that is in the header is read whether required or not, unless
// csv_options::read leaves it out (then it is ignored like an unknown column: its cells are not
// checked); a column that is not read leaves its vector in the result empty.
//
// Every error is a taspan::error whose message names the line (1-based, counting every line of
// the input) and, for a cell, the column (1-based) and its name:
//   taspan::read_csv: line 17, column 3 (close): expected a number, got "abc"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <fstream>
#include <istream>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/timestamp.hpp"

namespace taspan {

// A set of OHLCV columns; combine with |.
enum class ohlcv_columns : unsigned {
  none = 0,
  date = 1U << 0,
  open = 1U << 1,
  high = 1U << 2,
  low = 1U << 3,
  close = 1U << 4,
  volume = 1U << 5,
  ohlc = open | high | low | close,
  all = date | ohlc | volume,
};

[[nodiscard]] constexpr ohlcv_columns operator|(ohlcv_columns a, ohlcv_columns b) noexcept {
  return static_cast<ohlcv_columns>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
[[nodiscard]] constexpr bool contains(ohlcv_columns set, ohlcv_columns c) noexcept {
  return (static_cast<unsigned>(set) & static_cast<unsigned>(c)) == static_cast<unsigned>(c);
}

struct csv_options {
  ohlcv_columns required = ohlcv_columns::all;  // columns the header must name
  bool allow_missing = false;    // empty / NaN / null numeric cells read as NaN instead of failing
  bool increasing_dates = true;  // each date must be later than the one before it
  char delimiter = ',';
  ohlcv_columns read = ohlcv_columns::all;  // columns read when present (required ones always are)
  time_format format = time_format::automatic;  // how the date column is written
};

// Bars, one entry per data row; a column absent from the file leaves its vector empty.
template <class T>
struct ohlcv {
  static_assert(is_real_v<T>, "taspan::ohlcv<T>: T must be float or double");
  std::vector<std::chrono::year_month_day> date;  // calendar date as written (local)
  std::vector<timestamp> time;                    // the instant (UTC)
  std::vector<std::string> date_text;             // the date cells as written, for pass-through
  time_style style{};                             // the form they were written in
  std::vector<T> open, high, low, close, volume;

  [[nodiscard]] std::size_t size() const noexcept {
    std::size_t n = date.size();
    for (const auto* v : {&open, &high, &low, &close, &volume}) n = std::max(n, v->size());
    return n;
  }
  [[nodiscard]] bool empty() const noexcept { return size() == 0; }
};

namespace detail::csv {

inline constexpr std::array<std::string_view, 6> names{"date", "open",  "high",
                                                       "low",  "close", "volume"};
// Other names of the date column.
inline constexpr std::array<std::string_view, 3> time_names{"time", "timestamp", "datetime"};
inline constexpr std::size_t absent = std::numeric_limits<std::size_t>::max();

[[noreturn]] inline void fail_at(std::size_t line, std::string_view what) {
  std::string msg = "taspan::read_csv: line " + std::to_string(line) + ": ";
  msg.append(what);
  throw error(msg);
}

[[noreturn]] inline void fail_column(std::size_t line, std::size_t column, std::string_view what) {
  std::string msg = "taspan::read_csv: line " + std::to_string(line) + ", column " +
                    std::to_string(column) + ": ";
  msg.append(what);
  throw error(msg);
}

[[noreturn]] inline void fail_cell(std::size_t line, std::size_t column, std::size_t field,
                                   std::string_view what) {
  std::string msg = "taspan::read_csv: line " + std::to_string(line) + ", column " +
                    std::to_string(column + 1) + " (" + std::string(names[field]) + "): ";
  msg.append(what);
  throw error(msg);
}

// Quoted text for a message (one line, at most ~80 characters of it).
inline std::string in_quotes(std::string_view s) { return quoted(s); }

[[nodiscard]] inline std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

[[nodiscard]] inline bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != b[i]) return false;
  }
  return true;
}

// The quoted field whose opening quote is at line[open] (column `column`): its content, with ""
// unescaped into a reused string of `scratch`, and the position just after its closing quote.
inline std::pair<std::string_view, std::size_t> quoted_field(std::string_view line,
                                                             std::size_t open, std::size_t line_no,
                                                             std::size_t column,
                                                             std::deque<std::string>& scratch,
                                                             std::size_t& used_scratch) {
  std::size_t k = open + 1;
  bool escaped = false;
  while (true) {
    const std::size_t q = line.find('"', k);
    if (q == std::string_view::npos) fail_column(line_no, column, "unterminated quoted field");
    if (q + 1 < line.size() && line[q + 1] == '"') {
      escaped = true;
      k = q + 2;
      continue;
    }
    k = q;
    break;
  }
  std::string_view content = line.substr(open + 1, k - open - 1);
  if (escaped) {
    if (scratch.size() <= used_scratch) scratch.emplace_back();
    std::string& s = scratch[used_scratch++];
    s.clear();
    for (std::size_t p = 0; p < content.size(); ++p) {
      s.push_back(content[p]);
      if (content[p] == '"') ++p;  // "" -> "
    }
    content = s;
  }
  return {content, k + 1};
}

[[nodiscard]] inline std::size_t skip_blanks(std::string_view line, std::size_t i) noexcept {
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

// Splits one line into fields (views into `line` or, for quoted fields with "" escapes, into
// `scratch`). Reuses `fields` and `scratch` to avoid allocating per line. `scratch` is a deque:
// growing it must not move the strings that earlier fields of the line view (a vector did, and
// two escaped fields on one line read freed memory: found by tests/fuzz/csv_fuzz.cpp).
inline void split(std::string_view line, char delim, std::size_t line_no,
                  std::vector<std::string_view>& fields, std::deque<std::string>& scratch) {
  fields.clear();
  std::size_t used_scratch = 0;
  std::size_t i = 0;
  while (true) {
    // Skip spaces before a quote so that  , "x"  still reads as quoted.
    const std::size_t j = skip_blanks(line, i);
    if (j < line.size() && line[j] == '"') {
      const std::size_t column = fields.size() + 1;
      const auto [content, closed] = quoted_field(line, j, line_no, column, scratch, used_scratch);
      const std::size_t after = skip_blanks(line, closed);
      if (after < line.size() && line[after] != delim)
        fail_column(line_no, column, "unexpected text after a closing quote");
      fields.push_back(content);
      if (after >= line.size()) return;
      i = after + 1;
    } else {
      const std::size_t d = line.find(delim, i);
      fields.push_back(line.substr(i, d == std::string_view::npos ? line.size() - i : d - i));
      if (d == std::string_view::npos) return;
      i = d + 1;
    }
  }
}

[[nodiscard]] inline bool is_missing_token(std::string_view s) noexcept {
  return s.empty() || iequals(s, "nan") || iequals(s, "null");
}

template <real T>
[[nodiscard]] T parse_number(std::string_view cell, std::size_t line, std::size_t column,
                             std::size_t field, bool allow_missing) {
  const std::string_view s = trim(cell);
  if (is_missing_token(s)) {
    if (allow_missing) return std::numeric_limits<T>::quiet_NaN();
    if (s.empty()) fail_cell(line, column, field, "expected a number, got an empty cell");
    fail_cell(line, column, field, "expected a number, got " + in_quotes(s));
  }
  T v{};
  const char* first = s.data();
  const char* last = s.data() + s.size();
  const auto r = std::from_chars(first, last, v);
  if (r.ec == std::errc::result_out_of_range)
    fail_cell(line, column, field, "number out of range, got " + in_quotes(s));
  if (r.ec != std::errc{} || r.ptr != last || !std::isfinite(v))
    fail_cell(line, column, field, "expected a number, got " + in_quotes(s));
  return v;
}

// Reads a CSV one data row at a time (the engine behind read_csv and csv_reader).
template <real T>
class row_reader {
 public:
  // Reads the header row; throws taspan::error as read_csv does.
  row_reader(std::istream& in, const csv_options& opt) : in_(in), opt_(opt) {
    where_.fill(absent);
    if (!next_line()) throw error("taspan::read_csv: empty input, expected a header row");
    split(line_, opt_.delimiter, line_no_, fields_, scratch_);
    width_ = fields_.size();
    bool any = false;
    for (std::size_t c = 0; c < width_; ++c) {
      const std::string_view name = trim(fields_[c]);
      for (std::size_t f = 0; f < names.size(); ++f) {
        const bool alias = f == 0 && std::ranges::any_of(time_names, [&](std::string_view t) {
                             return iequals(name, t);
                           });
        if (!iequals(name, names[f]) && !alias) continue;
        if (where_[f] != absent)
          fail_at(line_no_, "duplicate column " + in_quotes(names[f]) + " (columns " +
                                std::to_string(where_[f] + 1) + " and " + std::to_string(c + 1) +
                                ")");
        where_[f] = c;
        any = true;
      }
    }
    if (!any)
      fail_at(line_no_,
              "expected a header row naming columns such as Date,Open,High,Low,Close,Volume, "
              "got " +
                  in_quotes(line_));
    for (std::size_t f = 0; f < names.size(); ++f) {
      if (where_[f] == absent && contains(opt_.required, static_cast<ohlcv_columns>(1U << f)))
        fail_at(line_no_, "missing required column " + in_quotes(names[f]));
    }
    for (std::size_t f = 0; f < names.size(); ++f) {  // columns left out of csv_options::read
      if (!contains(opt_.read | opt_.required, static_cast<ohlcv_columns>(1U << f)))
        where_[f] = absent;
    }
  }

  [[nodiscard]] bool has(std::size_t field) const noexcept { return where_[field] != absent; }
  [[nodiscard]] std::size_t line() const noexcept { return line_no_; }
  // The form of the date column (the first row's, with the most seconds/fraction digits seen).
  [[nodiscard]] const time_style& style() const noexcept { return style_; }

  // Reads the next data row into `date`, `time`, `text` and `values` (open, high, low, close,
  // volume; NaN for a column the header lacks). Returns false at the end of the input.
  bool next(std::chrono::year_month_day& date, timestamp& time, std::string& text,
            std::array<T, 5>& values) {
    if (!next_line()) {
      if (in_.bad())
        throw error("taspan::read_csv: read error after line " + std::to_string(line_no_));
      return false;
    }
    split(line_, opt_.delimiter, line_no_, fields_, scratch_);
    if (fields_.size() != width_)
      fail_at(line_no_, "expected " + std::to_string(width_) + " fields, got " +
                            std::to_string(fields_.size()));
    if (has(0)) {
      read_time(trim(fields_[where_[0]]), date, time);
      text.assign(trim(fields_[where_[0]]));
    } else {
      date = {};
      time = {};
      text.clear();
    }
    for (std::size_t f = 1; f < names.size(); ++f) {
      values[f - 1] =
          has(f) ? parse_number<T>(fields_[where_[f]], line_no_, where_[f], f, opt_.allow_missing)
                 : std::numeric_limits<T>::quiet_NaN();
    }
    ++rows_;
    return true;
  }

 private:
  // What a cell of the date column must look like, for messages.
  [[nodiscard]] std::string_view expected_time() const noexcept {
    switch (rows_ == 0 ? opt_.format : style_.format) {
      case time_format::date:
        return "a date YYYY-MM-DD";
      case time_format::datetime:
        return "a timestamp YYYY-MM-DD HH:MM[:SS[.fff]][Z|+hh:mm]";
      case time_format::epoch_s:
        return "epoch seconds";
      case time_format::epoch_ms:
        return "epoch milliseconds";
      default:
        return "a date or timestamp";
    }
  }

  void read_time(std::string_view cell, std::chrono::year_month_day& date, timestamp& time) {
    if (cell.empty())
      fail_cell(line_no_, where_[0], 0,
                "expected " + std::string(expected_time()) + ", got an empty cell");
    const auto r = parse_time(cell, rows_ == 0 ? opt_.format : style_.format);
    if (!r)
      fail_cell(line_no_, where_[0], 0,
                "expected " + std::string(expected_time()) + ", got " + in_quotes(cell) + " (" +
                    std::string(r.error) + ")");
    time = r.value.time;
    date =
        std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(time + r.value.offset)};
    if (rows_ == 0) {
      style_ = r.value.style;
    } else {
      style_.seconds = style_.seconds || r.value.style.seconds;
      style_.fraction_digits = std::max(style_.fraction_digits, r.value.style.fraction_digits);
      check_order(cell, time);
    }
    last_time_ = time;
    last_text_.assign(cell);
    last_line_ = line_no_;
  }

  void check_order(std::string_view cell, timestamp time) const {
    if (!opt_.increasing_dates || time > last_time_) return;
    if (style_.format == time_format::date)
      fail_cell(line_no_, where_[0], 0,
                "dates must increase, got " + std::string(cell) + " after " + last_text_);
    if (time == last_time_)
      fail_cell(line_no_, where_[0], 0,
                "duplicate timestamp " + std::string(cell) + " (line " +
                    std::to_string(last_line_) + ": " + last_text_ + ")");
    fail_cell(line_no_, where_[0], 0,
              "timestamps must increase, got " + std::string(cell) + " after " + last_text_ +
                  " (line " + std::to_string(last_line_) + ")");
  }

  bool next_line() {
    while (std::getline(in_, line_)) {
      ++line_no_;
      if (line_.size() > max_line_bytes)
        fail_at(line_no_, "line longer than " + std::to_string(max_line_bytes) +
                              " bytes, starting " + in_quotes(line_));
      if (!line_.empty() && line_.back() == '\r') line_.pop_back();
      // A UTF-8 byte-order mark opens the header, also after leading blank lines.
      if (!seen_text_ && line_.starts_with("\xEF\xBB\xBF")) line_.erase(0, 3);
      if (!trim(line_).empty()) return seen_text_ = true;
    }
    return false;
  }

  // Longer lines are an error (a damaged or binary file), before they are split or quoted.
  static constexpr std::size_t max_line_bytes = std::size_t{1} << 20;

  std::istream& in_;
  csv_options opt_;
  std::string line_;
  std::size_t line_no_ = 0;
  bool seen_text_ = false;  // a non-blank line has been read
  std::size_t width_ = 0;
  std::size_t rows_ = 0;
  timestamp last_time_{};
  std::string last_text_;
  std::size_t last_line_ = 0;
  time_style style_{};
  std::array<std::size_t, 6> where_{};
  std::vector<std::string_view> fields_;
  std::deque<std::string> scratch_;  // a deque: growing it must not move the strings fields_ views
};

template <real T>
ohlcv<T> read(std::istream& in, const csv_options& opt) {
  ohlcv<T> out;
  row_reader<T> rows(in, opt);
  std::array<std::vector<T>*, 5> columns{&out.open, &out.high, &out.low, &out.close, &out.volume};
  std::chrono::year_month_day date;
  timestamp time;
  std::string text;
  std::array<T, 5> values{};
  while (rows.next(date, time, text, values)) {
    if (rows.has(0)) {
      out.date.push_back(date);
      out.time.push_back(time);
      out.date_text.push_back(text);
    }
    for (std::size_t f = 0; f < columns.size(); ++f)
      if (rows.has(f + 1)) columns[f]->push_back(values[f]);
  }
  out.style = rows.style();
  return out;
}

}  // namespace detail::csv

// One data row of a CSV, as csv_reader returns it. A column the header lacks reads as NaN (and
// an empty date_text / a default date); csv_reader::has() tells which columns are present.
template <class T>
struct ohlcv_bar {
  static_assert(is_real_v<T>, "taspan::ohlcv_bar<T>: T must be float or double");
  std::chrono::year_month_day date{};
  timestamp time{};
  std::string date_text;
  T open{}, high{}, low{}, close{}, volume{};
};

// Row at a time: reads the header on construction, then one bar per next() call, with the same
// format, options and line-numbered errors as read_csv (read_csv runs this same reader). For
// live-style loops over a stream (stdin) that should not wait for the end of the input.
//   taspan::csv_reader<double> rows(std::cin);
//   while (auto bar = rows.next()) use(*bar);
template <class T = double>
class csv_reader {
  static_assert(is_real_v<T>, "taspan::csv_reader<T>: T must be float or double");

 public:
  // Reads the header row (throws taspan::error on an empty input or a bad header). `in` must
  // outlive the reader.
  explicit csv_reader(std::istream& in, const csv_options& options = {}) : rows_(in, options) {}

  // The next data row, or nothing at the end of the input; throws taspan::error on a bad row.
  [[nodiscard]] std::optional<ohlcv_bar<T>> next() {
    ohlcv_bar<T> bar;
    if (!next(bar)) return std::nullopt;
    return bar;
  }
  // Same, into `bar` (reusing its date_text storage); false at the end of the input.
  bool next(ohlcv_bar<T>& bar) {
    std::array<T, 5> v{};
    if (!rows_.next(bar.date, bar.time, bar.date_text, v)) return false;
    bar.open = v[0];
    bar.high = v[1];
    bar.low = v[2];
    bar.close = v[3];
    bar.volume = v[4];
    return true;
  }
  // Whether the header has this column (a single column, not a set).
  [[nodiscard]] bool has(ohlcv_columns column) const noexcept {
    for (std::size_t f = 0; f < detail::csv::names.size(); ++f)
      if (static_cast<ohlcv_columns>(1U << f) == column) return rows_.has(f);
    return false;
  }
  // The line number (1-based) of the last line read.
  [[nodiscard]] std::size_t line() const noexcept { return rows_.line(); }
  // The form of the date column read so far.
  [[nodiscard]] const time_style& style() const noexcept { return rows_.style(); }

 private:
  detail::csv::row_reader<T> rows_;
};

// Reads OHLCV bars from a stream (see the format at the top of this header).
template <class T = double>
[[nodiscard]] ohlcv<T> read_csv(std::istream& in, const csv_options& options = {}) {
  static_assert(is_real_v<T>, "taspan::read_csv<T>: T must be float or double");
  return detail::csv::read<T>(in, options);
}

// Reads OHLCV bars from a file; a file that cannot be opened is a taspan::error.
template <class T = double>
[[nodiscard]] ohlcv<T> read_csv(const std::filesystem::path& path,
                                const csv_options& options = {}) {
  static_assert(is_real_v<T>, "taspan::read_csv<T>: T must be float or double");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error("taspan::read_csv: cannot open " + detail::csv::in_quotes(path.string()));
  return detail::csv::read<T>(in, options);
}

}  // namespace taspan
