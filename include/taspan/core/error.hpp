#pragma once
// taspan::error and the checks that produce its messages:
//   "taspan::<function>: <parameter> must be <rule>, got <value>"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace taspan {

class error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// The largest period (or other bar count) any taspan function accepts. Every lookback built from
// such parameters fits in an int (the largest, MACDEXT of T3 averages, is about 12 * max_period),
// and a window this long is already 800 MB of doubles.
inline constexpr int max_period = 100'000'000;

namespace detail {

template <class V>
[[nodiscard]] std::string to_text(const V& value) {
  if constexpr (std::is_same_v<V, bool>) {
    return value ? "true" : "false";
  } else if constexpr (std::is_arithmetic_v<V>) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, res.ptr);
  } else {
    return std::string(value);
  }
}

// User text quoted for a one-line message: control bytes (a newline, a tab) as \xNN, and at most
// ~80 characters of it ("..." marks a cut).
[[nodiscard]] inline std::string quoted(std::string_view s) {
  constexpr std::size_t max_quoted = 80;
  constexpr std::string_view hex = "0123456789abcdef";
  std::string q = "\"";
  for (const char c : s.substr(0, max_quoted)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      q.append("\\x").push_back(hex[byte >> 4U]);
      q.push_back(hex[byte & 0xfU]);
    } else {
      q.push_back(c);
    }
  }
  q.append(s.size() > max_quoted ? "...\"" : "\"");
  return q;
}

template <class V>
[[noreturn]] void fail(std::string_view function, std::string_view parameter, std::string_view rule,
                       const V& value) {
  std::string msg = "taspan::";
  msg.append(function).append(": ").append(parameter).append(" must be ").append(rule);
  msg.append(", got ").append(to_text(value));
  throw error(msg);
}

// Integer parameter at least `min` and at most max_period (periods, lookbacks, bar counts).
inline void check_min(std::string_view function, std::string_view parameter, int value, int min) {
  if (value < min) fail(function, parameter, ">= " + std::to_string(min), value);
  if (value > max_period) fail(function, parameter, "<= " + std::to_string(max_period), value);
}

// Lookback functions take any int: a parameter beyond +-max_period makes them return -1 (TA-Lib's
// lookback of invalid parameters) instead of overflowing.
template <class... I>
[[nodiscard]] constexpr bool lookback_args_ok(I... p) noexcept {
  return ((p >= -max_period && p <= max_period) && ...);
}

// Returns the period, so a constructor can check it where it uses it.
inline int check_period(std::string_view function, int period, int min = 1) {
  check_min(function, "period", period, min);
  return period;
}

// Real parameter in [lo, hi]; NaN fails too.
inline void check_between(std::string_view function, std::string_view parameter, double value,
                          double lo, double hi) {
  if (!(value >= lo && value <= hi))
    fail(function, parameter, "in [" + to_text(lo) + ", " + to_text(hi) + "]", value);
}

// Real parameter finite (band widths, SAREXT's start value).
inline void check_finite(std::string_view function, std::string_view parameter, double value) {
  if (!std::isfinite(value)) fail(function, parameter, "finite", value);
}

// Real parameter > 0 and finite.
inline void check_positive(std::string_view function, std::string_view parameter, double value) {
  if (!(value > 0.0 && value < std::numeric_limits<double>::infinity()))
    fail(function, parameter, "> 0 and finite", value);
}

// Real parameter >= 0 and finite (multipliers, accelerations).
inline void check_non_negative(std::string_view function, std::string_view parameter,
                               double value) {
  if (!(value >= 0.0 && value < std::numeric_limits<double>::infinity()))
    fail(function, parameter, ">= 0 and finite", value);
}

// Every series of one call has the length of the first input.
inline void check_size(std::string_view function, std::string_view parameter, std::size_t size,
                       std::string_view reference, std::size_t expected) {
  if (size != expected) {
    std::string rule = "the size of ";
    rule.append(reference).append(" (").append(std::to_string(expected)).append(")");
    fail(function, std::string(parameter) + " size", rule, size);
  }
}

}  // namespace detail
}  // namespace taspan
