#pragma once
// A double as a JSON number, shared by the examples' --json output: the shortest text that reads
// back as the same double (std::to_chars, full precision at any magnitude, no fixed-size
// truncation), and `null` for NaN and +-inf, which JSON cannot represent.

#include <charconv>
#include <cmath>
#include <string>

namespace taspan_examples {

[[nodiscard]] inline std::string json_number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];  // the shortest round-trip form of a double needs at most 24 characters
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

}  // namespace taspan_examples
