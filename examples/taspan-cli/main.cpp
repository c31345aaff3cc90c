// taspan-cli: run a taspan indicator on an OHLCV CSV file, without writing C++.
//
//   taspan-cli INDICATOR [name=value ...] [--input FILE] [--output FILE] < in.csv > out.csv
//   taspan-cli --list
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

#include "../common/write_file.hpp"
#include "registry.hpp"
#include "time_options.hpp"

namespace {

using namespace taspan_cli;

constexpr std::string_view usage_text =
    "usage: taspan-cli INDICATOR [name=value ...] [--input FILE] [--output FILE]\n"
    "                 [--allow-missing] [--timeframe RULE] [--session HH:MM-HH:MM]\n"
    "                 [--tz OFFSET] [--time-format FORMAT]\n"
    "       taspan-cli --list | --help\n"
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
    "                   range), outputs\n"
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

[[nodiscard]] const indicator* find_indicator(std::string_view name) {
  const std::string key = lower(name);
  if (key == ohlcv_indicator().name) return &ohlcv_indicator();
  for (const indicator& ind : registry())
    if (ind.name == key) return &ind;
  return nullptr;
}

[[nodiscard]] std::string column_list(cols set) {
  static constexpr std::pair<cols, std::string_view> all[]{
      {cols::date, "date"}, {cols::open, "open"},   {cols::high, "high"},
      {cols::low, "low"},   {cols::close, "close"}, {cols::volume, "volume"}};
  std::string out;
  for (const auto& [c, name] : all) {
    if (!taspan::contains(set, c)) continue;
    if (!out.empty()) out += ',';
    out += name;
  }
  return out;
}

[[nodiscard]] std::string range_text(const param& p) {
  if (p.kind == param_kind::choice) {
    std::string out;
    for (std::string_view n : *p.choices) out.append(out.empty() ? "" : "|").append(n);
    return out;
  }
  const double top = p.kind == param_kind::integer ? int_max : unbounded;
  const bool has_lo = p.lo > -unbounded, has_hi = p.hi < top;
  if (has_lo && has_hi) return "[" + number_text(p.lo) + ", " + number_text(p.hi) + "]";
  if (has_lo) return ">= " + number_text(p.lo);
  if (has_hi) return "<= " + number_text(p.hi);
  return "finite";
}

[[nodiscard]] std::string default_text(const param& p) {
  if (p.kind == param_kind::choice)
    return std::string((*p.choices)[static_cast<std::size_t>(p.def)]);
  return number_text(p.def);
}

// --list: one line per indicator, columns aligned, parameters last (they vary most in width).
[[nodiscard]] std::string list_text() {
  std::vector<std::vector<std::string>> rows{
      {"indicator", "family", "inputs", "outputs", "parameters: name=default (range)"}};
  std::vector<const indicator*> all{&ohlcv_indicator()};
  for (const indicator& ind : registry()) all.push_back(&ind);
  for (const indicator* entry : all) {
    const indicator& ind = *entry;
    std::string params;
    for (const param& p : ind.params) {
      if (!params.empty()) params += ' ';
      params.append(p.name).append("=").append(default_text(p));
      params.append(" (").append(p.choices == &ma_names ? "ma type" : range_text(p)).append(")");
    }
    std::string outputs;
    for (std::string_view o : ind.outputs) outputs.append(outputs.empty() ? "" : ",").append(o);
    rows.push_back({std::string(ind.name), std::string(ind.family), column_list(ind.inputs),
                    outputs, params.empty() ? "-" : params});
  }
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
  out += "\nma type: ";
  for (std::size_t k = 0; k < ma_names.size(); ++k) out.append(k ? "|" : "").append(ma_names[k]);
  out += "\n";
  return out;
}

// Parses "name=value" arguments against the entry's parameters; unset ones keep their defaults.
[[nodiscard]] args parse_params(const indicator& ind, const std::vector<std::string>& given) {
  std::vector<double> values;
  for (const param& p : ind.params) values.push_back(p.def);
  std::vector<bool> seen(ind.params.size(), false);
  const std::string who = std::string(ind.name) + ": ";

  for (const std::string& arg : given) {
    const auto eq = arg.find('=');
    if (eq == std::string::npos || eq == 0)
      throw usage_error(who + "expected a parameter as name=value, got " + in_quotes(arg));
    const std::string name = lower(std::string_view(arg).substr(0, eq));
    const std::string_view text = std::string_view(arg).substr(eq + 1);
    std::size_t k = 0;
    while (k < ind.params.size() && ind.params[k].name != name) ++k;
    if (k == ind.params.size()) {
      std::string known;
      for (const param& p : ind.params) known.append(known.empty() ? "" : ", ").append(p.name);
      throw usage_error(who + "unknown parameter " + in_quotes(name) +
                        (known.empty() ? " (it takes none)" : " (parameters: " + known + ")"));
    }
    if (seen[k]) throw usage_error(who + "parameter " + in_quotes(name) + " given twice");
    seen[k] = true;
    const param& p = ind.params[k];
    const std::string rule = who + std::string(p.name) + " must be ";

    double v = 0;
    if (p.kind == param_kind::choice) {
      const std::string key = lower(text);
      const auto& names = *p.choices;
      const auto it = std::find(names.begin(), names.end(), key);
      if (it == names.end())
        throw usage_error(rule + "one of " + range_text(p) + ", got " + in_quotes(text));
      v = static_cast<double>(it - names.begin());
    } else if (p.kind == param_kind::integer) {
      int x = 0;
      const auto r = std::from_chars(text.data(), text.data() + text.size(), x);
      if (text.empty() || r.ec != std::errc{} || r.ptr != text.data() + text.size())
        throw usage_error(rule + "an integer, got " + in_quotes(text));
      v = x;
    } else {
      const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
      if (text.empty() || r.ec != std::errc{} || r.ptr != text.data() + text.size() ||
          !std::isfinite(v))
        throw usage_error(rule + "a finite number, got " + in_quotes(text));
    }
    if (!(v >= p.lo && v <= p.hi)) {
      const std::string r = range_text(p);
      throw usage_error(rule + (r.starts_with("[") ? "in " + r : r) + ", got " + printable(text));
    }
    values[k] = v;
  }
  return args(ind.params, std::move(values));
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
  return resample_bars(b, time);
}

[[nodiscard]] std::string format_output(const indicator& ind, const bars& b, const columns& out) {
  const std::size_t n = b.size();
  if (out.size() != ind.outputs.size())
    throw std::logic_error("taspan-cli registry: " + std::string(ind.name) + " returned " +
                           std::to_string(out.size()) + " outputs");
  for (const auto& col : out)
    if (col.size() != n)
      throw std::logic_error("taspan-cli registry: " + std::string(ind.name) +
                             " returned an output of the wrong length");
  std::string text = "date";
  for (std::string_view name : ind.outputs) text.append(",").append(name);
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
  bool list = false, have_input = false, have_output = false, allow_missing = false;
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
      const std::string text(usage_text);
      const auto at = text.find("%TIME%");
      std::cout << text.substr(0, at) << time_usage << text.substr(at + 6);
      return 0;
    } else if (arg == "--list") {
      list = true;
    } else if (arg == "--allow-missing") {
      allow_missing = true;
    } else if (arg == "--input" || arg.starts_with("--input=")) {
      input = value_of("--input", have_input);
    } else if (arg == "--output" || arg.starts_with("--output=")) {
      output = value_of("--output", have_output);
    } else if (const auto* opt = std::find_if(time_option_names.begin(), time_option_names.end(),
                                              [&](std::string_view o) {
                                                return arg == o ||
                                                       (arg.starts_with(o) && arg[o.size()] == '=');
                                              });
               opt != time_option_names.end()) {
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
      set_time_option(*opt, value, time);
    } else if (arg.starts_with("-") && arg != "-") {
      throw usage_error("unknown option " + in_quotes(arg) + " (try --help)");
    } else if (name.empty()) {
      name = arg;
    } else {
      params.emplace_back(arg);
    }
  }
  if (list) {
    if (!name.empty()) throw usage_error("--list takes no indicator");
    std::cout << list_text();
    return 0;
  }
  if (name.empty()) throw usage_error("no indicator given (try --help or --list)");

  const indicator* ind = find_indicator(name);
  if (ind == nullptr)
    throw usage_error("unknown indicator " + in_quotes(name) + " (taspan-cli --list shows them)");
  const args a = parse_params(*ind, params);
  check_not_same_file(input, output);
  const bars b = read_input(input, ind->inputs, allow_missing, time);
  const columns out = ind->run(b, a);
  write_output(output, format_output(*ind, b, out));
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
