// libFuzzer target: taspan-cli's argument and parameter parsing (examples/taspan-cli/main.cpp,
// compiled into this target with its main renamed). The input is split at NUL bytes into
// arguments (at most 16); the run reads a fixed 60-bar OHLCV file and writes stdout, which is
// discarded. Fuzzed --input/--output options are dropped (the fuzzer must not write files).
// Checks: no crash, hang or sanitizer report; every failure is a taspan::error or a usage error
// whose message is one line; nothing else escapes ("internal error" is a finding).
// Integer values in (1e6, max_period] are skipped: they are valid periods whose O(period) state
// would exceed the fuzzer's memory limit (issue 19's memory item), not parsing bugs.

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#define main taspan_cli_main
#include "../../examples/taspan-cli/main.cpp"
#undef main

namespace {

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "cli_fuzz: %s\n", what.c_str());
  std::abort();
}

// A small deterministic OHLCV file every run reads.
std::string write_bars() {
  const auto path = std::filesystem::temp_directory_path() /
                    ("taspan_cli_fuzz_" + std::to_string(::getpid()) + ".csv");
  std::ofstream f(path);
  f << "date,open,high,low,close,volume\n";
  double c = 100;
  for (int i = 0; i < 60; ++i) {
    c += (i * 7919 % 13) - 6.0;
    f << "2024-" << (i / 28 + 1 < 10 ? "0" : "") << i / 28 + 1 << '-'
      << (i % 28 + 1 < 10 ? "0" : "") << i % 28 + 1 << ',' << c << ',' << c + 2 << ',' << c - 2
      << ',' << c + 0.5 << ',' << 1000 + i * 10 << '\n';
  }
  return path.string();
}

bool memory_heavy(std::string_view arg) {
  const auto eq = arg.find('=');
  if (eq == std::string_view::npos) return false;
  long long v = 0;
  const auto text = arg.substr(eq + 1);
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  return r.ec == std::errc{} && v > 1'000'000 && v <= taspan::max_period;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string bars_file = write_bars();
  std::vector<std::string> args{"taspan-cli"};
  std::string cur;
  for (std::size_t i = 0; i <= size && args.size() < 17; ++i) {
    if (i == size || data[i] == 0) {
      if (!cur.starts_with("--input") && !cur.starts_with("--output")) args.push_back(cur);
      if (memory_heavy(cur)) return 0;
      cur.clear();
    } else {
      cur += static_cast<char>(data[i]);
    }
  }
  for (const char* extra : {"--input", bars_file.c_str(), "--output", "-"})
    args.emplace_back(extra);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  std::ostringstream sink;
  auto* saved = std::cout.rdbuf(sink.rdbuf());
  std::string error;
  try {
    (void)run(static_cast<int>(args.size()), argv.data());
  } catch (const taspan::error& e) {
    error = e.what();
  } catch (const usage_error& e) {
    error = e.what();
  } catch (const std::exception& e) {
    std::cout.rdbuf(saved);
    finding(std::string("internal error: ") + e.what());
  }
  std::cout.rdbuf(saved);
  if (error.find('\n') != std::string::npos) finding("a message of several lines: " + error);
  if (!error.empty() && !sink.str().empty()) finding("output written before an error: " + error);
  return 0;
}
