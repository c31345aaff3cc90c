// libFuzzer target: taspan::read_csv on any bytes, float and double, with fuzzed options.
// Checks: no crash, hang or sanitizer report; failures are taspan::error with a message starting
// "taspan::read_csv: "; a successful read has one entry per row in every column it read, finite
// numbers (or NaN where allow_missing), strictly increasing dates if asked; and writing the result
// back as CSV (to_chars, shortest round-trip form) and reading it again gives the same bars.

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "taspan/io/csv.hpp"

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "csv_fuzz: %s\n", what);
  std::abort();
}

template <class T>
void append_number(std::string& s, T x) {
  if (std::isnan(x)) {
    s += "NaN";
    return;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, x);
  s.append(buf, r.ptr);
}

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

template <class T>
void check(const std::string& text, const taspan::csv_options& opt) {
  taspan::ohlcv<T> bars;
  try {
    std::istringstream in(text);
    bars = taspan::read_csv<T>(in, opt);
  } catch (const taspan::error& e) {
    if (std::string_view(e.what()).rfind("taspan::read_csv: ", 0) != 0) fail("error message");
    return;
  }
  const std::size_t n = bars.size();
  const std::vector<T>* cols[] = {&bars.open, &bars.high, &bars.low, &bars.close, &bars.volume};
  for (const auto* c : cols) {
    if (!c->empty() && c->size() != n) fail("column sizes differ");
    for (T x : *c)
      if (!std::isfinite(x) && !(opt.allow_missing && std::isnan(x))) fail("non-finite number");
  }
  if (!bars.date.empty() && (bars.date.size() != n || bars.date_text.size() != n))
    fail("date column size");
  // The instants increase (intraday rows share a date, and offsets can reorder local dates).
  if (opt.increasing_dates)
    for (std::size_t i = 1; i < bars.time.size(); ++i)
      if (!(bars.time[i - 1] < bars.time[i])) fail("times not increasing");

  // Round trip: write the columns that were read, read them back.
  if (n == 0) return;
  static constexpr const char* names[] = {"open", "high", "low", "close", "volume"};
  std::string out;
  bool first = true;
  if (!bars.date.empty()) {
    out += "date";
    first = false;
  }
  for (int k = 0; k < 5; ++k)
    if (!cols[k]->empty()) {
      out += first ? "" : ",";
      out += names[k];
      first = false;
    }
  out += "\n";
  for (std::size_t i = 0; i < n; ++i) {
    first = true;
    if (!bars.date.empty()) {
      out += bars.date_text[i];
      first = false;
    }
    for (const auto* c : cols)
      if (!c->empty()) {
        out += first ? "" : ",";
        append_number(out, (*c)[i]);
        first = false;
      }
    out += "\n";
  }
  taspan::csv_options again = opt;
  again.delimiter = ',';
  taspan::ohlcv<T> back;
  try {
    std::istringstream in2(out);
    back = taspan::read_csv<T>(in2, again);
  } catch (const taspan::error& e) {
    std::fprintf(stderr, "%s\n--- rewritten:\n%s\n", e.what(), out.c_str());
    fail("rewritten CSV does not read back");
  }
  const std::vector<T>* back_cols[] = {&back.open, &back.high, &back.low, &back.close,
                                       &back.volume};
  for (int k = 0; k < 5; ++k) {
    if (cols[k]->size() != back_cols[k]->size()) fail("round trip: column size");
    for (std::size_t i = 0; i < cols[k]->size(); ++i)
      if (!same(static_cast<double>((*cols[k])[i]), static_cast<double>((*back_cols[k])[i])))
        fail("round trip: value");
  }
  if (back.date != bars.date) fail("round trip: dates");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::uint8_t flags = data[0];
  taspan::csv_options opt;
  opt.required = static_cast<taspan::ohlcv_columns>(data[1] & 0x3FU);
  opt.allow_missing = (flags & 1U) != 0;
  opt.increasing_dates = (flags & 2U) != 0;
  opt.delimiter = (flags & 4U) != 0 ? ';' : ((flags & 8U) != 0 ? '\t' : ',');
  const std::string text(reinterpret_cast<const char*>(data + 2), size - 2);
  if ((flags & 16U) != 0) {
    check<float>(text, opt);
  } else {
    check<double>(text, opt);
  }
  return 0;
}
