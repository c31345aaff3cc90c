// taspan-cli: run a taspan indicator on an OHLCV CSV file, without writing C++.
//
//   taspan-cli INDICATOR [name=value ...] [--input FILE] [--output FILE] < in.csv > out.csv
//   taspan-cli --list [--markdown]      every indicator of taspan/catalog.hpp
//   taspan-cli INDICATOR --help          one indicator: inputs, parameters, outputs
//
// Output: header "date,<outputs>", then one row per input row, in input order; warm-up (NaN)
// cells are empty, and so are non-finite values (+-inf: read_csv rejects them); numbers are printed
// shortest-round-trip (std::to_chars), so reading them back gives the same double. Every error:
// exit status 2, one line on stderr, nothing on stdout (the whole output is computed before
// anything is written).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <taspan/catalog.hpp>
#include <taspan/io/csv.hpp>

#include "../common/write_file.hpp"
#include "time_options.hpp"

namespace {

namespace catalog = taspan::catalog;
using taspan_cli::bars;
using taspan_cli::cols;
using taspan_cli::time_options;

constexpr std::string_view usage_text =
    "usage: taspan-cli INDICATOR [name=value ...] [--input FILE] [--output FILE]\n"
    "                 [--allow-missing] [--timeframe RULE] [--session HH:MM-HH:MM]\n"
    "                 [--tz OFFSET] [--time-format FORMAT]\n"
    "       taspan-cli --list [--markdown] | INDICATOR --help | --help\n"
    "\n"
    "Runs one taspan indicator on a CSV with a header row (columns date, open, high, low,\n"
    "close, volume, found by name, case-insensitive, in any order; only those the indicator\n"
    "needs are required). Reads stdin unless --input is given, writes stdout unless --output\n"
    "is given. Output: \"date,<outputs>\", one row per input row; warm-up and non-finite\n"
    "cells are empty. --output is written whole or not at all (temporary file + rename).\n"
    "\n"
    "  INDICATOR        an indicator name, e.g. sma (case-insensitive); ohlcv writes the\n"
    "                   bars themselves (with --timeframe: the resampled bars)\n"
    "  name=value       a parameter, e.g. period=20 or matype=ema; unset ones take defaults\n"
    "  --input FILE     read FILE instead of stdin ('-' is stdin)\n"
    "  --output FILE    write FILE instead of stdout ('-' is stdout)\n"
    "  --allow-missing  read empty, NaN and null numeric cells as missing values (NaN)\n"
    "                   instead of failing; outputs that depend on them are left empty\n"
    "%TIME%"
    "  --list           every indicator: family, input columns, parameters (default,\n"
    "                   range), outputs; with --markdown as a Markdown table\n"
    "  INDICATOR --help that indicator: inputs, outputs, parameters, lookback\n"
    "  --help           this text\n"
    "\n"
    "Exit status: 0 on success, 2 on any error (one line on stderr).\n"
    "Example: taspan-cli bbands period=20 nbdevup=2 --input spy.csv > spy_bbands.csv\n";

// Any failure the user should see: becomes "taspan-cli: <message>" and exit status 2.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[nodiscard]] std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// User text as it goes into a one-line message: control bytes (a newline in an argument) as \xNN.
[[nodiscard]] std::string printable(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7f) {
      out += c;
      continue;
    }
    constexpr std::string_view hex = "0123456789abcdef";
    out.append("\\x").append(1, hex[u >> 4]).append(1, hex[u & 15]);
  }
  return out;
}

[[nodiscard]] std::string in_quotes(std::string_view s) { return "\"" + printable(s) + "\""; }

[[nodiscard]] std::string number_text(double v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

// The CSV column each catalog input reads: one series is close; a pair (correl, beta) is high
// and low, like TA-Lib's abstract API.
struct column {
  cols flag;
  std::string_view name;
  std::vector<double> bars::*series;
};
[[nodiscard]] column column_of(catalog::input in) {
  switch (in) {
    case catalog::input::open:
      return {cols::open, "open", &bars::open};
    case catalog::input::high:
    case catalog::input::real0:
      return {cols::high, "high", &bars::high};
    case catalog::input::low:
    case catalog::input::real1:
      return {cols::low, "low", &bars::low};
    case catalog::input::volume:
      return {cols::volume, "volume", &bars::volume};
    default:
      return {cols::close, "close", &bars::close};
  }
}

[[nodiscard]] cols columns_of(const catalog::entry& e) {
  cols set = cols::none;
  for (catalog::input in : e.inputs) set = set | column_of(in).flag;
  return set;
}

[[nodiscard]] std::string column_list(const catalog::entry& e) {
  std::string out;
  for (catalog::input in : e.inputs) out.append(out.empty() ? "" : ",").append(column_of(in).name);
  return out;
}

[[nodiscard]] std::string joined(std::span<const std::string_view> names, std::string_view sep) {
  std::string out;
  for (std::string_view n : names) out.append(out.empty() ? "" : sep).append(n);
  return out;
}

[[nodiscard]] std::string default_text(const catalog::param& p) {
  for (const catalog::choice& c : p.choices)
    if (c.value == static_cast<int>(p.def)) return std::string(c.name);
  return number_text(p.def);
}

// "(>= 1)", "([0, 1])", "(ma type)", "(sma|first_value)": the library's rule, briefly.
[[nodiscard]] std::string range_note(const catalog::entry& e, std::size_t k) {
  if (e.params[k].kind == catalog::param_kind::ma_type) return "ma type";
  std::string rule = e.rule_of(k);
  for (std::string_view prefix : {"one of ", "in "})
    if (rule.starts_with(prefix)) rule.erase(0, prefix.size());
  return rule;
}

[[nodiscard]] std::string params_text(const catalog::entry& e) {
  std::string out;
  for (std::size_t k = 0; k < e.params.size(); ++k) {
    out.append(out.empty() ? "" : " ").append(e.params[k].name).append("=");
    out.append(default_text(e.params[k])).append(" (").append(range_note(e, k)).append(")");
  }
  return out.empty() ? "-" : out;
}

[[nodiscard]] std::string ma_type_list() {
  std::string out;
  for (const catalog::choice& c : catalog::ma_type_choices)
    out.append(out.empty() ? "" : "|").append(c.name);
  return out;
}

// What the CLI runs: a catalog entry, or (entry == nullptr) `ohlcv`, the bars themselves (resampled
// with --timeframe; see time_options.hpp).
struct target {
  const catalog::entry* entry = nullptr;
  [[nodiscard]] std::string_view name() const { return entry ? entry->name : "ohlcv"; }
};
constexpr std::string_view ohlcv_summary = "the bars themselves (resampled with --timeframe)";
constexpr std::string_view ohlcv_columns = "open,high,low,close,volume";

// --list: one line per indicator, columns aligned, parameters last (they vary most in width).
[[nodiscard]] std::string list_text() {
  std::vector<std::vector<std::string>> rows{
      {"indicator", "family", "inputs", "outputs", "parameters: name=default (range)"},
      {"ohlcv", "timeframe", std::string(ohlcv_columns), std::string(ohlcv_columns), "-"}};
  for (const catalog::entry& e : catalog::entries())
    rows.push_back({std::string(e.name), std::string(catalog::name_of(e.family_of)), column_list(e),
                    joined(e.outputs, ","), params_text(e)});
  std::vector<std::size_t> width(rows[0].size(), 0);
  for (const auto& r : rows)
    for (std::size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], r[c].size());
  std::string out;
  for (const auto& r : rows) {
    for (std::size_t c = 0; c < r.size(); ++c) {
      out += r[c];
      if (c + 1 < r.size()) out.append(width[c] - r[c].size() + 2, ' ');
    }
    out += '\n';
  }
  return out + "\nma type: " + ma_type_list() + "\n";
}

// --list --markdown: the README's indicator table.
[[nodiscard]] std::string markdown_text() {
  std::string out =
      "| indicator | TA-Lib | family | what | inputs | outputs | parameters: name=default "
      "(range) |\n|---|---|---|---|---|---|---|\n";
  for (const catalog::entry& e : catalog::entries()) {
    std::string params = params_text(e);
    for (std::size_t at = params.find('|'); at != std::string::npos; at = params.find('|', at + 2))
      params.replace(at, 1, "\\|");
    out.append("| `").append(e.name).append("` | ").append(e.talib.empty() ? "-" : e.talib);
    out.append(" | ").append(catalog::name_of(e.family_of)).append(" | ").append(e.summary);
    out.append(" | ").append(column_list(e)).append(" | ").append(joined(e.outputs, ", "));
    out.append(" | ").append(params).append(" |\n");
  }
  return out + "\nma type: " + ma_type_list() + "\n";
}

// INDICATOR --help: what the catalog says about one indicator.
[[nodiscard]] std::string indicator_help(const target& t) {
  if (t.entry == nullptr)
    return "ohlcv: " + std::string(ohlcv_summary) +
           "\n  outputs:    " + std::string(ohlcv_columns) + "\n";
  const catalog::entry& e = *t.entry;
  std::string out = std::string(e.name) + ": " + std::string(e.summary) + "\n";
  out += "  TA-Lib:     " + std::string(e.talib.empty() ? "-" : e.talib) + "\n";
  out += "  family:     " + std::string(catalog::name_of(e.family_of)) + "\n";
  out += "  inputs:     " + column_list(e) + "\n";
  out += "  outputs:    " + joined(e.outputs, ",") + "\n";
  out += "  parameters: " + params_text(e) + "\n";
  out += "  lookback:   " + std::to_string(e.lookback(e.defaults())) + " with the defaults\n";
  return out;
}

[[nodiscard]] target find_indicator(std::string_view name) {
  if (lower(name) == "ohlcv") return {};
  const catalog::entry* e = catalog::find(name);
  if (e == nullptr)
    throw usage_error("unknown indicator " + in_quotes(name) + " (taspan-cli --list shows them)");
  return {e};
}

// Parses "name=value" arguments; the catalog checks each value as the library does. Unset ones
// keep their defaults.
[[nodiscard]] std::optional<catalog::args> parse_params(const target& t,
                                                        const std::vector<std::string>& given) {
  std::optional<catalog::args> a;
  if (t.entry != nullptr) a.emplace(*t.entry);
  std::vector<std::string> seen;
  const std::string who = std::string(t.name()) + ": ";
  for (const std::string& arg : given) {
    const auto eq = arg.find('=');
    if (eq == std::string::npos || eq == 0)
      throw usage_error(who + "expected a parameter as name=value, got " + in_quotes(arg));
    const std::string name = lower(std::string_view(arg).substr(0, eq));
    if (std::find(seen.begin(), seen.end(), name) != seen.end())
      throw usage_error(who + "parameter " + in_quotes(name) + " given twice");
    seen.push_back(name);
    if (!a) throw usage_error(who + "unknown parameter " + in_quotes(name) + " (it takes none)");
    try {
      a->set(name, std::string_view(arg).substr(eq + 1));
    } catch (const taspan::error& err) {  // "taspan::<indicator>: ..." -> "<indicator>: ..."
      throw usage_error(
          printable(std::string(err.what()).substr(std::string_view("taspan::").size())));
    }
  }
  return a;
}

[[nodiscard]] bars read_input(const std::string& path, cols needed, bool allow_missing,
                              const time_options& time) {
  taspan::csv_options opt;
  opt.required = time.timeframe ? needed | cols::date : needed;
  opt.read = needed | cols::date;  // other columns are not parsed: their cells cannot fail
  opt.allow_missing = allow_missing;
  opt.format = time.format;
  bars b = path.empty() || path == "-" ? taspan::read_csv<double>(std::cin, opt)
                                       : taspan::read_csv<double>(std::filesystem::path(path), opt);
  if (!time.timeframe) return b;
  const bool zoned = b.style.zone != taspan::time_zone_suffix::none ||
                     b.style.format == taspan::time_format::epoch_s ||
                     b.style.format == taspan::time_format::epoch_ms;
  if (time.bins.zone.at({}).count() != 0 && !zoned)
    throw usage_error(
        "--tz needs timestamps with Z or an offset, or epoch times (timestamps without a zone "
        "are local wall-clock times already)");
  return taspan_cli::resample_bars(b, time);
}

[[nodiscard]] cols columns_of(const target& t) {
  return t.entry ? columns_of(*t.entry) : cols::ohlc | cols::volume;
}

// Runs the indicator on the bars' columns into one vector per output.
[[nodiscard]] std::vector<std::vector<double>> run_indicator(
    const target& t, const bars& b, const std::optional<catalog::args>& a) {
  if (t.entry == nullptr) return {b.open, b.high, b.low, b.close, b.volume};
  const catalog::entry& e = *t.entry;
  std::vector<std::span<const double>> in;
  for (catalog::input i : e.inputs) in.emplace_back(b.*column_of(i).series);
  std::vector<std::vector<double>> out(e.outputs.size(), std::vector<double>(b.size()));
  std::vector<std::span<double>> out_spans(out.begin(), out.end());
  e.call<double>(in, out_spans, *a);
  return out;
}

[[nodiscard]] std::string format_output(const target& t, const bars& b,
                                        const std::vector<std::vector<double>>& out) {
  const std::size_t n = b.size();
  std::string text = "date,";
  text += t.entry ? joined(t.entry->outputs, ",") : std::string(ohlcv_columns);
  text += '\n';
  char buf[64];
  for (std::size_t i = 0; i < n; ++i) {
    if (!b.date_text.empty()) text += b.date_text[i];
    for (const auto& col : out) {
      text += ',';
      if (!std::isfinite(col[i])) continue;  // empty, as read_csv reads it back (allow_missing)
      const auto r = std::to_chars(buf, buf + sizeof buf, col[i]);
      text.append(buf, r.ptr);
    }
    text += '\n';
  }
  return text;
}

[[nodiscard]] bool is_stdio(const std::string& path) { return path == "-"; }

// Refuses --output naming the --input file: the run would replace the data it reads.
void check_not_same_file(const std::string& input, const std::string& output) {
  if (is_stdio(input) || is_stdio(output) || input.empty() || output.empty()) return;
  std::error_code ec;
  const bool same = input == output || std::filesystem::equivalent(input, output, ec);
  if (same)
    throw usage_error("--output " + in_quotes(output) +
                      " is the --input file (write the result elsewhere)");
}

// --output is written whole or not at all (examples/common/write_file.hpp).
void write_output(const std::string& path, const std::string& text) {
  if (path.empty() || is_stdio(path)) {
    std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
    std::cout.flush();
    if (!std::cout) throw usage_error("cannot write to stdout");
    return;
  }
  try {
    taspan_examples::write_whole_file(path, text);
  } catch (const std::runtime_error& e) {
    throw usage_error(e.what());
  }
}

int run(int argc, char** argv) {
  std::string name, input, output;
  bool list = false, markdown = false, help = false, have_input = false, have_output = false,
       allow_missing = false;
  std::vector<std::string> params;
  time_options time;
  std::vector<std::string_view> time_seen;
  for (int k = 1; k < argc; ++k) {
    const std::string_view arg = argv[k];
    auto value_of = [&](std::string_view option, bool& have) -> std::string {
      if (have) throw usage_error(std::string(option) + " given twice");
      have = true;
      std::string file;
      if (arg.size() > option.size())
        file = arg.substr(option.size() + 1);
      else if (k + 1 < argc)
        file = argv[++k];
      if (file.empty()) throw usage_error(std::string(option) + " needs a file name");
      return file;
    };
    if (arg == "--help" || arg == "-h") {
      help = true;
    } else if (arg == "--markdown") {
      markdown = true;
    } else if (arg == "--list") {
      list = true;
    } else if (arg == "--allow-missing") {
      allow_missing = true;
    } else if (arg == "--input" || arg.starts_with("--input=")) {
      input = value_of("--input", have_input);
    } else if (arg == "--output" || arg.starts_with("--output=")) {
      output = value_of("--output", have_output);
    } else if (const auto* opt = std::find_if(
                   taspan_cli::time_option_names.begin(), taspan_cli::time_option_names.end(),
                   [&](std::string_view o) {
                     return arg == o || (arg.starts_with(o) && arg[o.size()] == '=');
                   });
               opt != taspan_cli::time_option_names.end()) {
      if (std::find(time_seen.begin(), time_seen.end(), *opt) != time_seen.end())
        throw usage_error(std::string(*opt) + " given twice");
      time_seen.push_back(*opt);
      std::string value;
      if (arg.size() > opt->size())
        value = std::string(arg.substr(opt->size() + 1));
      else if (k + 1 < argc)
        value = argv[++k];
      else
        throw usage_error(std::string(*opt) + " needs a value");
      taspan_cli::set_time_option(*opt, value, time);
    } else if (arg.starts_with("-") && arg != "-") {
      throw usage_error("unknown option " + in_quotes(arg) + " (try --help)");
    } else if (name.empty()) {
      name = arg;
    } else {
      params.emplace_back(arg);
    }
  }
  if (markdown && !list) throw usage_error("--markdown goes with --list");
  if (list) {
    if (!name.empty()) throw usage_error("--list takes no indicator");
    std::cout << (markdown ? markdown_text() : list_text());
    return 0;
  }
  if (name.empty()) {
    if (!help) throw usage_error("no indicator given (try --help or --list)");
    const std::string text(usage_text);
    const auto at = text.find("%TIME%");
    std::cout << text.substr(0, at) << taspan_cli::time_usage << text.substr(at + 6);
    return 0;
  }
  const target t = find_indicator(name);
  if (help) return std::cout << indicator_help(t), 0;
  const auto a = parse_params(t, params);
  check_not_same_file(input, output);
  const bars b = read_input(input, columns_of(t), allow_missing, time);
  write_output(output, format_output(t, b, run_indicator(t, b, a)));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const taspan::error& e) {  // the library's own message names the problem
    std::cerr << "taspan-cli: " << e.what() << '\n';
  } catch (const usage_error& e) {
    std::cerr << "taspan-cli: " << e.what() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "taspan-cli: internal error: " << e.what() << '\n';
  }
  return 2;
}
