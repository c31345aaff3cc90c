// taspan_cli_golden_check CASE INPUT.csv CLI_OUTPUT.csv
//
// Checks a file written by taspan-cli against the library called directly, by a route that
// shares nothing with the CLI but the library and its CSV reader: no registry, no parameter
// parsing, no number formatting. Each CASE below names the call the CLI must have made (the
// ctest entry passes the matching command line). The CLI output is read back with a plain
// split on ',' and std::from_chars; every cell must be empty exactly where the library gives
// NaN and otherwise equal the library's double bit for bit (the CLI prints shortest round-trip).
#include <taspan/io/csv.hpp>
#include <taspan/taspan.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

using bars = taspan::ohlcv<double>;

struct expected {
  std::vector<std::string> names;  // output column names after "date"
  std::vector<std::vector<double>> values;
};

// CASE -> what the library gives for the command line in the ctest entry (see CMakeLists.txt).
const std::map<std::string, std::function<expected(const bars&)>>& cases() {
  static const std::map<std::string, std::function<expected(const bars&)>> table{
      // taspan-cli sma period=20
      {"sma20",
       [](const bars& b) {
         return expected{{"value"}, {taspan::sma(b.close, 20)}};
       }},
      // taspan-cli sum period=7
      {"sum7",
       [](const bars& b) {
         return expected{{"value"}, {taspan::sum(b.close, 7)}};
       }},
      // taspan-cli correl period=10   (two inputs: high and low)
      {"correl10",
       [](const bars& b) {
         return expected{{"value"}, {taspan::correl(b.high, b.low, 10)}};
       }},
      // taspan-cli macd fast=5 slow=13 signal=4   (three outputs)
      {"macd",
       [](const bars& b) {
         auto r = taspan::macd(b.close, 5, 13, 4);
         return expected{{"macd", "macdsignal", "macdhist"}, {r.macd, r.signal, r.hist}};
       }},
      // taspan-cli macdext fast=5 fastmatype=ema slow=13 slowmatype=WMA signal=4
      //                    signalmatype=dema   (a different type per line: catches a mix-up)
      {"macdext",
       [](const bars& b) {
         using taspan::ma_type;
         auto r = taspan::macdext(b.close, 5, ma_type::ema, 13, ma_type::wma, 4, ma_type::dema);
         return expected{{"macd", "macdsignal", "macdhist"}, {r.macd, r.signal, r.hist}};
       }},
      // taspan-cli t3 period=4 vfactor=0.5   (a real parameter)
      {"t3",
       [](const bars& b) {
         return expected{{"value"}, {taspan::t3(b.close, 4, 0.5)}};
       }},
      // taspan-cli ema period=10 seed=first_value
      {"ema_first",
       [](const bars& b) {
         return expected{{"value"}, {taspan::ema(b.close, 10, taspan::ema_seed::first_value)}};
       }},
      // taspan-cli adosc slow=12   (four inputs; fast keeps its default 3)
      {"adosc",
       [](const bars& b) {
         return expected{{"value"}, {taspan::adosc(b.high, b.low, b.close, b.volume, 3, 12)}};
       }},
      // taspan-cli rsi period=5 --timeframe 1h, checked against INPUT = the hourly bars pandas
      // made from the same minutes (testdata/minutes_ohlcv_1h.csv): same labels, same values.
      {"rsi5",
       [](const bars& b) {
         return expected{{"value"}, {taspan::rsi(b.close, 5)}};
       }},
      // taspan-cli rsi period=9
      {"rsi9",
       [](const bars& b) {
         return expected{{"value"}, {taspan::rsi(b.close, 9)}};
       }},
      // taspan-cli atr period=5 seed=tradingview
      {"atr_tv",
       [](const bars& b) {
         return expected{
             {"value"}, {taspan::atr(b.high, b.low, b.close, 5, taspan::wilder_seed::tradingview)}};
       }},
      // taspan-cli ultosc period1=3 period2=6 period3=12
      {"ultosc",
       [](const bars& b) {
         return expected{{"value"}, {taspan::ultosc(b.high, b.low, b.close, 3, 6, 12)}};
       }},
      // taspan-cli sar acceleration=0.03 maximum=0.25
      {"sar",
       [](const bars& b) {
         return expected{{"value"}, {taspan::sar(b.high, b.low, 0.03, 0.25)}};
       }},
      // taspan-cli keltner period=8 multiplier=1.5 atr_period=5
      {"keltner",
       [](const bars& b) {
         auto r = taspan::keltner(b.high, b.low, b.close, 8, 1.5, 5);
         return expected{{"upper", "middle", "lower"}, {r.upper, r.middle, r.lower}};
       }},
      // taspan-cli supertrend period=7 multiplier=2
      {"supertrend",
       [](const bars& b) {
         auto r = taspan::supertrend(b.high, b.low, b.close, 7, 2.0);
         return expected{{"value", "direction"}, {r.value, r.direction}};
       }},
      // taspan-cli bbands period=10 nbdevup=1.5 nbdevdn=2.5 matype=ema
      {"bbands",
       [](const bars& b) {
         auto r = taspan::bbands(b.close, 10, 1.5, 2.5, taspan::ma_type::ema);
         return expected{{"upperband", "middleband", "lowerband"}, {r.upper, r.middle, r.lower}};
       }},
      // taspan-cli stoch fastk=7 slowk=4 slowkmatype=ema slowd=2 slowdmatype=wma
      {"stoch",
       [](const bars& b) {
         using taspan::ma_type;
         auto r = taspan::stoch(b.high, b.low, b.close, 7, 4, ma_type::ema, 2, ma_type::wma);
         return expected{{"slowk", "slowd"}, {r.slowk, r.slowd}};
       }},
      // taspan-cli minmaxindex period=6
      {"minmaxindex",
       [](const bars& b) {
         auto r = taspan::minmaxindex(b.close, 6);
         return expected{{"minidx", "maxidx"}, {r.minidx, r.maxidx}};
       }},
      // taspan-cli aroon period=9
      {"aroon",
       [](const bars& b) {
         auto r = taspan::aroon(b.high, b.low, 9);
         return expected{{"aroondown", "aroonup"}, {r.aroondown, r.aroonup}};
       }},
      // taspan-cli sma   (default period 30, TA-Lib's default)
      {"sma_default",
       [](const bars& b) {
         return expected{{"value"}, {taspan::sma(b.close, 30)}};
       }},
  };
  return table;
}

std::vector<std::string_view> split(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    const auto c = line.find(',');
    out.push_back(line.substr(0, c));
    if (c == std::string_view::npos) return out;
    line.remove_prefix(c + 1);
  }
}

int fail(const std::string& what) {
  std::fprintf(stderr, "taspan_cli_golden_check: %s\n", what.c_str());
  return 1;
}

int check(const std::string& name, const std::string& input, const std::string& output) {
  const auto it = cases().find(name);
  if (it == cases().end()) return fail("unknown case " + name);
  taspan::csv_options opt;
  opt.required = taspan::ohlcv_columns::date;
  const bars b = taspan::read_csv<double>(std::filesystem::path(input), opt);
  const expected e = it->second(b);

  std::ifstream f(output, std::ios::binary);
  if (!f) return fail("cannot open " + output);
  std::vector<std::string> lines;
  for (std::string line; std::getline(f, line);) lines.push_back(line);

  std::string header = "date";
  for (const auto& n : e.names) header += "," + n;
  if (lines.empty() || lines[0] != header) return fail("header is not " + header);
  if (lines.size() != b.size() + 1)
    return fail("expected " + std::to_string(b.size()) + " rows, got " +
                std::to_string(lines.size() - 1));

  std::size_t numbers = 0;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto cells = split(lines[i + 1]);
    const std::string where = "row " + std::to_string(i + 1);
    if (cells.size() != e.names.size() + 1) return fail(where + ": wrong number of cells");
    if (cells[0] != b.date_text[i]) return fail(where + ": date is not " + b.date_text[i]);
    for (std::size_t k = 0; k < e.names.size(); ++k) {
      const double want = e.values[k][i];
      const std::string_view cell = cells[k + 1];
      if (std::isnan(want)) {
        if (!cell.empty())
          return fail(where + ": expected an empty cell, got " + std::string(cell));
        continue;
      }
      double got = 0;
      const auto r = std::from_chars(cell.data(), cell.data() + cell.size(), got);
      if (r.ec != std::errc{} || r.ptr != cell.data() + cell.size())
        return fail(where + ": not a number: " + std::string(cell));
      if (got != want) {
        char buf[64];
        const auto w = std::to_chars(buf, buf + sizeof buf, want);
        return fail(where + " " + e.names[k] + ": got " + std::string(cell) + ", library gives " +
                    std::string(buf, w.ptr));
      }
      ++numbers;
    }
  }
  if (numbers == 0) return fail("no numbers compared");  // a case must exercise something
  std::printf("%s: %zu rows, %zu numbers equal to the library's\n", name.c_str(), b.size(),
              numbers);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) return fail("usage: taspan_cli_golden_check CASE INPUT.csv CLI_OUTPUT.csv");
  try {
    return check(argv[1], argv[2], argv[3]);
  } catch (const std::exception& e) {
    return fail(e.what());
  }
}
