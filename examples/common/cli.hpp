#pragma once
// Command-line helpers shared by the examples: a usage error (main prints it and exits with 2)
// and strict parsing of option values.

#include <charconv>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

namespace example_cli {

struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The whole of `text` as a number, or a usage_error naming the option.
template <class V>
V number(std::string_view opt, std::string_view text) {
  V v{};
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  if (r.ec != std::errc{} || r.ptr != text.data() + text.size())
    throw usage_error(std::string(opt) + " expects a number, got \"" + std::string(text) + "\"");
  return v;
}

// The value that follows option argv[i] (i moves to it), or a usage_error naming the option.
inline std::string_view option_value(int argc, char** argv, int& i) {
  if (i + 1 >= argc) throw usage_error(std::string(argv[i]) + " needs a value");
  return argv[++i];
}

}  // namespace example_cli
