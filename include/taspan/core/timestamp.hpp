#pragma once
// taspan::timestamp: an instant as int64 nanoseconds since the Unix epoch, UTC
// (std::chrono::sys_time<std::chrono::nanoseconds>), with parsing and formatting of the text
// forms price data comes in. Calendar arithmetic is std::chrono's (sys_days, year_month_day).
//
// Text forms (time_format):
//   date      YYYY-MM-DD                                     (midnight UTC)
//   datetime  YYYY-MM-DD HH:MM[:SS[.f...]] or with 'T' for the space, then optionally 'Z' or a
//             +hh:mm / -hh:mm offset (ISO 8601). Up to 9 fraction digits. Without a zone the
//             wall-clock time is read as UTC (so naive exchange times bin as written); with an
//             offset the instant is the local time minus the offset.
//   epoch_s   integer seconds since 1970-01-01T00:00:00Z
//   epoch_ms  integer milliseconds since then
//   automatic any of the above; an all-digit cell is epoch_s below 1e11 (until the year 5138)
//             and epoch_ms from 1e11 on (from 1973-03-03): pass the format where that guess is
//             wrong.
// Rejected, with the reason: invalid calendar dates (2023-02-29), hours above 23, minutes or
// seconds above 59 (leap seconds, :60, are not representable), offsets beyond 18 hours, years
// outside 1678..2261 (the range of int64 nanoseconds).
//
// parse_time returns the instant together with the style it was written in (time_style) and
// its offset, so that a program can write instants back the way it read them (format_time).

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "error.hpp"

namespace taspan {

using timestamp = std::chrono::sys_time<std::chrono::nanoseconds>;

enum class time_format { automatic, date, datetime, epoch_s, epoch_ms };
enum class time_zone_suffix { none, z, offset };

// How an instant was written (and how to write one back).
struct time_style {
  time_format format = time_format::date;
  char separator = ' ';  // between date and time: ' ' or 'T'
  bool seconds = true;   // HH:MM:SS (else HH:MM)
  int fraction_digits = 0;
  time_zone_suffix zone = time_zone_suffix::none;
  friend constexpr bool operator==(const time_style&, const time_style&) = default;
};

struct parsed_time {
  timestamp time{};
  time_style style{};
  std::chrono::minutes offset{0};  // the +hh:mm read (local time = time + offset)
};

// A parse result: the value, or the reason it failed (a static string).
struct time_parse_result {
  parsed_time value{};
  std::string_view error;  // empty on success
  [[nodiscard]] explicit operator bool() const noexcept { return error.empty(); }
};

namespace detail::time {

[[nodiscard]] constexpr bool digits(std::string_view s) noexcept {
  return !s.empty() && std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; });
}

[[nodiscard]] constexpr int number(std::string_view s) noexcept {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// The range of int64 nanoseconds, in whole days, minus a day of margin for offsets.
inline constexpr std::chrono::sys_days first_day{std::chrono::year{1678} / 1 / 1};
inline constexpr std::chrono::sys_days last_day{std::chrono::year{2261} / 12 / 31};

[[nodiscard]] inline std::string_view parse_date(std::string_view s, std::chrono::sys_days& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s.substr(0, 4)) ||
      !digits(s.substr(5, 2)) || !digits(s.substr(8, 2)))
    return "expected YYYY-MM-DD";
  const int m = number(s.substr(5, 2));
  if (m < 1 || m > 12) return "month must be 01..12";
  const std::chrono::year_month_day d{std::chrono::year{number(s.substr(0, 4))},
                                      std::chrono::month{static_cast<unsigned>(m)},
                                      std::chrono::day{static_cast<unsigned>(number(s.substr(8)))}};
  if (!d.ok()) return "day must exist in its month";
  out = std::chrono::sys_days{d};
  if (out < first_day || out > last_day) return "year must be in 1678..2261";
  return {};
}

// HH:MM[:SS[.f...]] at the start of s; the rest (a zone) is left in s.
[[nodiscard]] inline std::string_view parse_clock(std::string_view& s,
                                                  std::chrono::nanoseconds& out,
                                                  time_style& style) {
  if (s.size() < 5 || s[2] != ':' || !digits(s.substr(0, 2)) || !digits(s.substr(3, 2)))
    return "expected HH:MM after the date";
  const int h = number(s.substr(0, 2));
  const int m = number(s.substr(3, 2));
  if (h > 23) return "hour must be 00..23";
  if (m > 59) return "minute must be 00..59";
  out = std::chrono::hours{h} + std::chrono::minutes{m};
  s.remove_prefix(5);
  style.seconds = !s.empty() && s[0] == ':';
  if (!style.seconds) return {};
  if (s.size() < 3 || !digits(s.substr(1, 2))) return "expected :SS after HH:MM";
  const int sec = number(s.substr(1, 2));
  if (sec == 60) return "second must be 00..59 (leap seconds are not supported)";
  if (sec > 59) return "second must be 00..59";
  out += std::chrono::seconds{sec};
  s.remove_prefix(3);
  if (s.empty() || s[0] != '.') return {};
  std::size_t n = 1;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  const std::size_t count = n - 1;
  if (count == 0 || count > 9) return "expected 1 to 9 fraction digits";
  std::int64_t frac = number(s.substr(1, count));
  for (std::size_t k = count; k < 9; ++k) frac *= 10;
  out += std::chrono::nanoseconds{frac};
  style.fraction_digits = static_cast<int>(count);
  s.remove_prefix(n);
  return {};
}

[[nodiscard]] inline std::string_view parse_zone(std::string_view s, std::chrono::minutes& offset,
                                                 time_style& style) {
  if (s.empty()) return {};
  if (s == "Z" || s == "z") {
    style.zone = time_zone_suffix::z;
    return {};
  }
  if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':' || !digits(s.substr(1, 2)) ||
      !digits(s.substr(4, 2)))
    return "expected Z or an offset +hh:mm / -hh:mm after the time";
  const int h = number(s.substr(1, 2));
  const int m = number(s.substr(4, 2));
  if (h > 18 || m > 59 || (h == 18 && m > 0)) return "offset must be within 18 hours";
  offset = std::chrono::minutes{(s[0] == '-' ? -1 : 1) * (h * 60 + m)};
  style.zone = time_zone_suffix::offset;
  return {};
}

[[nodiscard]] inline time_parse_result parse_datetime(std::string_view s) {
  time_parse_result r;
  r.value.style.format = time_format::datetime;
  std::chrono::sys_days day;
  if (s.size() < 11 || (s[10] != ' ' && s[10] != 'T' && s[10] != 't')) {
    r.error = "expected YYYY-MM-DD HH:MM[:SS[.fff]] or YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+hh:mm]";
    return r;
  }
  if (const auto e = parse_date(s.substr(0, 10), day); !e.empty()) {
    r.error = e;
    return r;
  }
  r.value.style.separator = s[10] == ' ' ? ' ' : 'T';
  std::string_view rest = s.substr(11);
  std::chrono::nanoseconds clock{};
  r.error = parse_clock(rest, clock, r.value.style);
  if (r.error.empty()) r.error = parse_zone(rest, r.value.offset, r.value.style);
  if (r.error.empty()) r.value.time = timestamp{day} + clock - r.value.offset;
  return r;
}

[[nodiscard]] inline time_parse_result parse_epoch(std::string_view s, time_format f) {
  time_parse_result r;
  std::int64_t v = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (!digits(s) || ec != std::errc{} || ptr != s.data() + s.size()) {
    r.error = "expected an integer count since 1970-01-01 (epoch)";
    return r;
  }
  if (f == time_format::automatic)
    f = v < 100'000'000'000 ? time_format::epoch_s : time_format::epoch_ms;
  // Both limits keep the instant inside int64 nanoseconds (year 2261).
  const std::int64_t limit = f == time_format::epoch_s ? 9'200'000'000 : 9'200'000'000'000;
  if (v > limit) {
    r.error = "epoch value must be before the year 2262";
    return r;
  }
  r.value.style.format = f;
  r.value.time = f == time_format::epoch_s ? timestamp{std::chrono::seconds{v}}
                                           : timestamp{std::chrono::milliseconds{v}};
  return r;
}

inline void put2(std::string& s, std::int64_t v) {
  s += static_cast<char>('0' + v / 10 % 10);
  s += static_cast<char>('0' + v % 10);
}

}  // namespace detail::time

// Parses one instant in `format` (automatic: whichever form the text has).
[[nodiscard]] inline time_parse_result parse_time(std::string_view text,
                                                  time_format format = time_format::automatic) {
  namespace dt = detail::time;
  const bool all_digits = dt::digits(text);
  if (format == time_format::epoch_s || format == time_format::epoch_ms ||
      (format == time_format::automatic && all_digits))
    return dt::parse_epoch(text, format);
  if (format == time_format::date || (format == time_format::automatic && text.size() <= 10)) {
    time_parse_result r;
    std::chrono::sys_days day;
    r.error = dt::parse_date(text, day);
    if (r.error.empty()) r.value.time = timestamp{day};  // out-of-range days would overflow
    return r;
  }
  return dt::parse_datetime(text);
}

// Parses one instant or throws taspan::error naming the text and the reason.
[[nodiscard]] inline timestamp parse_timestamp(std::string_view text,
                                               time_format format = time_format::automatic) {
  const auto r = parse_time(text, format);
  if (!r) {
    std::string rule = "a timestamp (";
    rule.append(r.error).append(")");
    detail::fail("parse_timestamp", "text", rule, detail::quoted(text));
  }
  return r.value.time;
}

// Writes t in `style`; `offset` is added for the local time and written when style.zone is
// time_zone_suffix::offset.
[[nodiscard]] inline std::string format_time(timestamp t, const time_style& style = {},
                                             std::chrono::minutes offset = {}) {
  using namespace std::chrono;
  if (style.format == time_format::epoch_s)
    return std::to_string(floor<seconds>(t).time_since_epoch().count());
  if (style.format == time_format::epoch_ms)
    return std::to_string(floor<milliseconds>(t).time_since_epoch().count());
  const timestamp local = t + offset;
  const sys_days day = floor<days>(local);
  const year_month_day d{day};
  std::string s = std::to_string(static_cast<int>(d.year()));
  s.insert(0, s.size() < 4 ? 4 - s.size() : 0, '0');
  s += '-';
  detail::time::put2(s, static_cast<unsigned>(d.month()));
  s += '-';
  detail::time::put2(s, static_cast<unsigned>(d.day()));
  if (style.format == time_format::date) return s;
  const hh_mm_ss<nanoseconds> clock{local - day};
  s += style.separator;
  detail::time::put2(s, clock.hours().count());
  s += ':';
  detail::time::put2(s, clock.minutes().count());
  if (style.seconds || style.fraction_digits > 0) {
    s += ':';
    detail::time::put2(s, clock.seconds().count());
  }
  if (style.fraction_digits > 0) {
    std::string f = std::to_string(clock.subseconds().count() + 1'000'000'000);
    s.append(".").append(f, 1, static_cast<std::size_t>(style.fraction_digits));
  }
  if (style.zone == time_zone_suffix::z) s += 'Z';
  if (style.zone == time_zone_suffix::offset) {
    const auto m = offset.count();
    s += m < 0 ? '-' : '+';
    detail::time::put2(s, (m < 0 ? -m : m) / 60);
    s += ':';
    detail::time::put2(s, (m < 0 ? -m : m) % 60);
  }
  return s;
}

namespace detail {
// "2024-01-02 09:30:00" (with the fraction when there is one), for error messages.
[[nodiscard]] inline std::string time_text(timestamp t) {
  time_style s;
  s.format = time_format::datetime;
  const auto ns = (t - std::chrono::floor<std::chrono::seconds>(t)).count();
  s.fraction_digits = ns == 0 ? 0 : 9;
  return format_time(t, s);
}
}  // namespace detail

}  // namespace taspan
