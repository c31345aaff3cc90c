// taspan-cli: run a taspan indicator on an OHLCV CSV file, without writing C++.
//
//   taspan-cli INDICATOR [name=value ...] [--input FILE] [--output FILE] < in.csv > out.csv
//   taspan-cli --list [--markdown]      every indicator of taspan/catalog.hpp
//   taspan-cli INDICATOR --help          one indicator: inputs, parameters, outputs
//
// Output: header "date,<outputs>", then one row per input row, in input order; warm-up (NaN)
// cells are empty; numbers are printed shortest-round-trip (std::to_chars), so reading them back
// gives the same double. Every error: exit status 2, one line on stderr, nothing on stdout (the
// whole output is computed before anything is written).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
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

namespace {

namespace catalog = taspan::catalog;
using cols = taspan::ohlcv_columns;
using bars = taspan::ohlcv<double>;

constexpr std::string_view usage_text =
    "usage: taspan-cli INDICATOR [name=value ...] [--input FILE] [--output FILE]\n"
    "                 [--allow-missing]\n"
    "       taspan-cli --list [--markdown] | INDICATOR --help | --help\n"
    "\n"
    "Runs one taspan indicator on a CSV with a header row (columns date, open, high, low,\n"
    "close, volume, found by name, case-insensitive, in any order; only those the indicator\n"
    "needs are required). Reads stdin unless --input is given, writes stdout unless --output\n"
    "is given. Output: \"date,<outputs>\", one row per input row; warm-up cells are empty.\n"
    "\n"
    "  INDICATOR        an indicator name, e.g. sma (case-insensitive)\n"
    "  name=value       a parameter, e.g. period=20 or matype=ema; unset ones take defaults\n"
    "  --input FILE     read FILE instead of stdin ('-' is stdin)\n"
    "  --output FILE    write FILE instead of stdout ('-' is stdout)\n"
    "  --allow-missing  read empty, NaN and null numeric cells as missing values (NaN)\n"
    "                   instead of failing; outputs that depend on them are left empty\n"
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

[[nodiscard]] std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

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

// --list: one line per indicator, columns aligned, parameters last (they vary most in width).
[[nodiscard]] std::string list_text() {
  std::vector<std::vector<std::string>> rows{
      {"indicator", "family", "inputs", "outputs", "parameters: name=default (range)"}};
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
[[nodiscard]] std::string indicator_help(const catalog::entry& e) {
  std::string out = std::string(e.name) + ": " + std::string(e.summary) + "\n";
  out += "  TA-Lib:     " + std::string(e.talib.empty() ? "-" : e.talib) + "\n";
  out += "  family:     " + std::string(catalog::name_of(e.family_of)) + "\n";
  out += "  inputs:     " + column_list(e) + "\n";
  out += "  outputs:    " + joined(e.outputs, ",") + "\n";
  out += "  parameters: " + params_text(e) + "\n";
  out += "  lookback:   " + std::to_string(e.lookback(e.defaults())) + " with the defaults\n";
  return out;
}

[[nodiscard]] const catalog::entry& find_indicator(std::string_view name) {
  const catalog::entry* e = catalog::find(name);
  if (e == nullptr)
    throw usage_error("unknown indicator " + in_quotes(name) + " (taspan-cli --list shows them)");
  return *e;
}

// Parses "name=value" arguments; the catalog checks each value as the library does. Unset ones
// keep their defaults.
[[nodiscard]] catalog::args parse_params(const catalog::entry& e,
                                         const std::vector<std::string>& given) {
  catalog::args a(e);
  std::vector<std::string> seen;
  const std::string who = std::string(e.name) + ": ";
  for (const std::string& arg : given) {
    const auto eq = arg.find('=');
    if (eq == std::string::npos || eq == 0)
      throw usage_error(who + "expected a parameter as name=value, got " + in_quotes(arg));
    const std::string name = lower(std::string_view(arg).substr(0, eq));
    if (std::find(seen.begin(), seen.end(), name) != seen.end())
      throw usage_error(who + "parameter " + in_quotes(name) + " given twice");
    seen.push_back(name);
    try {
      a.set(name, std::string_view(arg).substr(eq + 1));
    } catch (const taspan::error& err) {  // "taspan::<indicator>: ..." -> "<indicator>: ..."
      throw usage_error(std::string(err.what()).substr(std::string_view("taspan::").size()));
    }
  }
  return a;
}

[[nodiscard]] bars read_input(const std::string& path, cols needed, bool allow_missing) {
  taspan::csv_options opt;
  opt.required = needed;
  opt.read = needed | cols::date;  // other columns are not parsed: their cells cannot fail
  opt.allow_missing = allow_missing;
  if (path.empty() || path == "-") return taspan::read_csv<double>(std::cin, opt);
  return taspan::read_csv<double>(std::filesystem::path(path), opt);
}

// Runs the entry on the bars' columns into one vector per output.
[[nodiscard]] std::vector<std::vector<double>> run_indicator(const catalog::entry& e, const bars& b,
                                                             const catalog::args& a) {
  std::vector<std::span<const double>> in;
  for (catalog::input i : e.inputs) in.emplace_back(b.*column_of(i).series);
  std::vector<std::vector<double>> out(e.outputs.size(), std::vector<double>(b.size()));
  std::vector<std::span<double>> out_spans(out.begin(), out.end());
  e.call<double>(in, out_spans, a);
  return out;
}

[[nodiscard]] std::string format_output(const catalog::entry& e, const bars& b,
                                        const std::vector<std::vector<double>>& out) {
  const std::size_t n = b.size();
  std::string text = "date";
  for (std::string_view name : e.outputs) text.append(",").append(name);
  text += '\n';
  char buf[64];
  for (std::size_t i = 0; i < n; ++i) {
    if (!b.date_text.empty()) text += b.date_text[i];
    for (const auto& col : out) {
      text += ',';
      if (std::isnan(col[i])) continue;
      const auto r = std::to_chars(buf, buf + sizeof buf, col[i]);
      text.append(buf, r.ptr);
    }
    text += '\n';
  }
  return text;
}

void write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
    std::cout.flush();
    if (!std::cout) throw usage_error("cannot write to stdout");
    return;
  }
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw usage_error("cannot open " + in_quotes(path) + " for writing");
  f.write(text.data(), static_cast<std::streamsize>(text.size()));
  f.close();
  if (!f) throw usage_error("cannot write " + in_quotes(path));
}

int run(int argc, char** argv) {
  std::string name, input, output;
  bool list = false, markdown = false, help = false, have_input = false, have_output = false,
       allow_missing = false;
  std::vector<std::string> params;
  for (int k = 1; k < argc; ++k) {
    const std::string_view arg = argv[k];
    auto value_of = [&](std::string_view option, bool& have) -> std::string {
      if (have) throw usage_error(std::string(option) + " given twice");
      have = true;
      if (arg.size() > option.size()) return std::string(arg.substr(option.size() + 1));
      if (k + 1 >= argc) throw usage_error(std::string(option) + " needs a file name");
      return argv[++k];
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
    if (help) return std::cout << usage_text, 0;
    throw usage_error("no indicator given (try --help or --list)");
  }
  const catalog::entry& e = find_indicator(name);
  if (help) return std::cout << indicator_help(e), 0;
  const catalog::args a = parse_params(e, params);
  const bars b = read_input(input, columns_of(e), allow_missing);
  write_output(output, format_output(e, b, run_indicator(e, b, a)));
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
