#pragma once
// Bar sizes, trading sessions and the binner that maps an instant to its bar.
//
// bar_size: N seconds, N minutes, N hours (at most a day), 1 day, 1 ISO week, 1 month,
// 1 quarter, 1 year; parse_timeframe reads "30s", "5min", "1h", "1d", "1w", "1mo", "1q", "1y".
//
// Bins follow pandas' resample(rule, label='left', closed='left') with its default origin
// ('start_day'): a bin holds [start, start + size) and is labelled with its start. Intraday bins
// are counted from local midnight of the first bar's trading day (so for sizes that divide a day,
// every day's bins start at midnight: a 5-minute bar holds [09:30, 09:35)). Days, weeks, months,
// quarters and years start at local midnight of their first day; weeks are ISO weeks, Monday to
// Sunday (pandas 'W-MON' with label and closed 'left').
//
// Local time is UTC plus a zone offset: zone_offset::fixed(minutes) (the core, no dependency),
// or an IANA zone from the opt-in header taspan/timeframe/iana_zone.hpp (DST-aware).
//
// An optional session (open-close in local time, e.g. 09:30-16:00) makes the trading day the
// exchange's: bars outside it belong to no bin (skipped), and a session that closes before it
// opens (18:00-17:00, futures) belongs to the day on which it closes. Empty bins are never made,
// so overnight and weekend gaps create no bars.
//
// The trading calendar (every day, or Monday to Friday) and the base bars' own length tell when a
// bin is complete before the next bin's first bar arrives: a bin is closed by a base bar after
// whose end the next trading time falls in another bin (see next_trading_time, completes).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "../core/error.hpp"
#include "../core/timestamp.hpp"

namespace taspan {

enum class bar_unit { second, minute, hour, day, week, month, quarter, year };

struct bar_size {
  bar_unit unit = bar_unit::day;
  int count = 1;
  friend constexpr bool operator==(const bar_size&, const bar_size&) = default;

  // Intraday sizes have a fixed length; days and longer follow the calendar.
  [[nodiscard]] constexpr bool intraday() const noexcept { return unit <= bar_unit::hour; }
  [[nodiscard]] constexpr std::chrono::nanoseconds length() const noexcept {
    using namespace std::chrono;
    const nanoseconds one = unit == bar_unit::second   ? nanoseconds{seconds{1}}
                            : unit == bar_unit::minute ? nanoseconds{minutes{1}}
                            : unit == bar_unit::hour   ? nanoseconds{hours{1}}
                                                       : nanoseconds{days{1}};
    return one * count;
  }
};

namespace detail {

struct unit_name {
  std::string_view text;
  bar_unit unit;
};
inline constexpr unit_name unit_names[]{
    {"s", bar_unit::second}, {"sec", bar_unit::second}, {"min", bar_unit::minute},
    {"h", bar_unit::hour},   {"d", bar_unit::day},      {"w", bar_unit::week},
    {"mo", bar_unit::month}, {"q", bar_unit::quarter},  {"y", bar_unit::year},
};

[[nodiscard]] constexpr char lower_char(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline void check_bar_size(std::string_view function, const bar_size& b) {
  const int max = b.unit == bar_unit::second   ? 86400
                  : b.unit == bar_unit::minute ? 1440
                  : b.unit == bar_unit::hour   ? 24
                                               : 1;
  if (b.count < 1 || b.count > max)
    fail(function, "bar count", "in 1.." + std::to_string(max) + " for this unit", b.count);
}

}  // namespace detail

// "5min" -> {minute, 5}. Units (case-insensitive): s, min, h, d, w, mo, q, y; the count
// defaults to 1. "m" is rejected as ambiguous (min or mo).
[[nodiscard]] inline bar_size parse_timeframe(std::string_view rule) {
  constexpr std::string_view rule_text = "a bar size such as 30s, 5min, 1h, 1d, 1w, 1mo, 1q or 1y";
  std::size_t n = 0;
  while (n < rule.size() && rule[n] >= '0' && rule[n] <= '9') ++n;
  std::string unit;
  for (char c : rule.substr(n)) unit += detail::lower_char(c);
  const std::string shown = detail::quoted(rule);
  if (n > 6) detail::fail("parse_timeframe", "rule", rule_text, shown);
  bar_size b;
  b.count = n == 0 ? 1 : std::stoi(std::string(rule.substr(0, n)));
  bool found = false;
  for (const auto& u : detail::unit_names)
    if (u.text == unit) {
      b.unit = u.unit;
      found = true;
    }
  if (!found) detail::fail("parse_timeframe", "rule", rule_text, shown);
  detail::check_bar_size("parse_timeframe", b);
  return b;
}

[[nodiscard]] inline std::string to_string(const bar_size& b) {
  for (const auto& u : detail::unit_names)
    if (u.unit == b.unit && u.text != "sec") return std::to_string(b.count) + std::string(u.text);
  return {};  // unreachable: every unit has a name
}

// How far local time is ahead of UTC at an instant: a fixed offset, or a lookup (an IANA zone
// from iana_zone.hpp). A plain value: copies share the lookup's zone, which must outlive them
// (IANA zones live as long as the program).
class zone_offset {
 public:
  using lookup_fn = std::chrono::seconds (*)(const void* zone, std::chrono::sys_seconds t);

  constexpr zone_offset() noexcept = default;
  [[nodiscard]] static constexpr zone_offset fixed(std::chrono::minutes offset) noexcept {
    zone_offset z;
    z.fixed_ = offset;
    return z;
  }
  [[nodiscard]] static constexpr zone_offset lookup(const void* zone, lookup_fn fn) noexcept {
    zone_offset z;
    z.zone_ = zone;
    z.fn_ = fn;
    return z;
  }
  [[nodiscard]] std::chrono::seconds at(timestamp t) const {
    if (fn_ == nullptr) return fixed_;
    return fn_(zone_, std::chrono::floor<std::chrono::seconds>(t));
  }
  [[nodiscard]] constexpr bool is_fixed() const noexcept { return fn_ == nullptr; }

 private:
  std::chrono::seconds fixed_{0};
  const void* zone_ = nullptr;
  lookup_fn fn_ = nullptr;
};

// "+05:30", "-04:00", "UTC" or "Z" -> a fixed offset.
[[nodiscard]] inline zone_offset parse_utc_offset(std::string_view text) {
  if (text == "UTC" || text == "utc" || text == "Z") return zone_offset::fixed({});
  time_style style;
  std::chrono::minutes offset{};
  if (!detail::time::parse_zone(text, offset, style).empty() ||
      style.zone != time_zone_suffix::offset)
    detail::fail("parse_utc_offset", "offset", "UTC or +hh:mm / -hh:mm within 18 hours",
                 detail::quoted(text));
  return zone_offset::fixed(offset);
}

// Trading hours in local time: [open, close), or overnight when close <= open.
struct session {
  std::chrono::minutes open{0};
  std::chrono::minutes close{24 * 60};
  [[nodiscard]] constexpr bool overnight() const noexcept { return close <= open; }
};

// "09:30-16:00" -> a session.
[[nodiscard]] inline session parse_session(std::string_view text) {
  const auto fail = [&] {
    detail::fail("parse_session", "session", "HH:MM-HH:MM in local time (e.g. 09:30-16:00)",
                 detail::quoted(text));
  };
  const auto clock = [&](std::string_view s) {
    if (s == "24:00") return std::chrono::minutes{24 * 60};
    std::chrono::nanoseconds t{};
    time_style style;
    if (s.size() != 5 || !detail::time::parse_clock(s, t, style).empty()) fail();
    return std::chrono::duration_cast<std::chrono::minutes>(t);
  };
  const auto dash = text.find('-');
  if (dash == std::string_view::npos) fail();
  const session s{clock(text.substr(0, dash)), clock(text.substr(dash + 1))};
  if (s.open == s.close) fail();
  return s;
}

// Where instants fall: the trading day, the bin and the trading calendar.
struct bin_options {
  zone_offset zone{};                       // local time = UTC + offset
  std::optional<session> hours{};           // trading hours; none = the whole day
  bool weekdays_only = false;               // trading days are Monday to Friday
  std::chrono::nanoseconds base_length{0};  // length of one base bar (0: unknown)
};

class bar_binner {
 public:
  bar_binner(bar_size size, const bin_options& options) : size_(size), opt_(options) {
    detail::check_bar_size("bar_binner", size);
    if (options.base_length < std::chrono::nanoseconds{0})
      detail::fail("bar_binner", "base_length", ">= 0", options.base_length.count());
  }

  // The local trading day of t, or nothing when t is outside the session (or on a weekend when
  // weekdays_only).
  [[nodiscard]] std::optional<std::chrono::sys_days> trading_day(timestamp t) const {
    const timestamp local = t + opt_.zone.at(t);
    std::chrono::sys_days day = std::chrono::floor<std::chrono::days>(local);
    if (opt_.hours) {
      const auto tod = local - day;
      const session& s = *opt_.hours;
      if (s.overnight()) {
        if (tod >= s.open)
          day += std::chrono::days{1};
        else if (tod >= s.close)
          return std::nullopt;
      } else if (tod < s.open || tod >= s.close) {
        return std::nullopt;
      }
    }
    if (opt_.weekdays_only && std::chrono::weekday{day}.iso_encoding() > 5) return std::nullopt;
    return day;
  }

  // Start (the label) and end of t's bin, as UTC instants; nothing outside the session.
  // `origin`: local midnight of the first trading day, from which intraday bins count.
  struct bin {
    timestamp start, end;
    std::chrono::sys_days day;  // trading day of the instant binned
  };
  [[nodiscard]] std::optional<bin> locate(timestamp t, std::chrono::sys_days origin) const {
    const auto day = trading_day(t);
    if (!day) return std::nullopt;
    using namespace std::chrono;
    if (size_.intraday()) {
      const nanoseconds off = opt_.zone.at(t);
      const nanoseconds local = (t + off) - timestamp{origin};
      const nanoseconds len = size_.length();
      const auto k = local.count() >= 0 ? local / len : (local - len + nanoseconds{1}) / len;
      const timestamp start = timestamp{origin} + k * len - off;
      return bin{start, start + len, *day};
    }
    const auto [first, next] = calendar_bin(*day);
    return bin{utc(first), utc(next), *day};
  }

  // The first trading instant at or after t (UTC), within about a week; used to decide that a
  // bin has no trading time left after a base bar.
  [[nodiscard]] timestamp next_trading_time(timestamp t) const {
    using namespace std::chrono;
    for (int k = 0; k < 10; ++k) {
      if (trading_day(t)) return t;
      const nanoseconds off = opt_.zone.at(t);
      const timestamp local = t + off;
      const sys_days day = floor<days>(local);
      const auto tod = local - day;
      // The next local instant that may trade: the session's open (today or tomorrow), or the
      // next midnight when there is no session.
      timestamp next_local = timestamp{day + days{1}};
      if (opt_.hours && tod < opt_.hours->open)
        next_local = timestamp{day} + opt_.hours->open;
      else if (opt_.hours)
        next_local = timestamp{day + days{1}} + opt_.hours->open;
      t = next_local - opt_.zone.at(next_local - off);
    }
    return t;
  }

  // Whether the base bar starting at t completes its bin (the one starting at bin_start): the
  // next trading time after the bar's end falls in another bin.
  [[nodiscard]] bool completes(timestamp t, timestamp bin_start,
                               std::chrono::sys_days origin) const {
    if (opt_.base_length.count() == 0) return false;
    const auto next = locate(next_trading_time(t + opt_.base_length), origin);
    return !next || next->start != bin_start;
  }

  [[nodiscard]] const bar_size& size() const noexcept { return size_; }
  [[nodiscard]] const bin_options& options() const noexcept { return opt_; }

 private:
  // First day of the calendar bin holding `day`, and the first day after it.
  [[nodiscard]] std::pair<std::chrono::sys_days, std::chrono::sys_days> calendar_bin(
      std::chrono::sys_days day) const noexcept {
    using namespace std::chrono;
    const year_month_day d{day};
    switch (size_.unit) {
      case bar_unit::week: {
        const sys_days monday = day - days{weekday{day}.iso_encoding() - 1};
        return {monday, monday + days{7}};
      }
      case bar_unit::month: {
        const auto first = d.year() / d.month() / 1;
        return {sys_days{first}, sys_days{first + months{1}}};
      }
      case bar_unit::quarter: {
        const unsigned q = (static_cast<unsigned>(d.month()) - 1) / 3 * 3 + 1;
        const auto first = d.year() / month{q} / 1;
        return {sys_days{first}, sys_days{first + months{3}}};
      }
      case bar_unit::year:
        return {sys_days{d.year() / 1 / 1}, sys_days{(d.year() + years{1}) / 1 / 1}};
      default:
        return {day, day + days{1}};
    }
  }

  // The UTC instant of local midnight starting `day` (the offset taken at that instant).
  [[nodiscard]] timestamp utc(std::chrono::sys_days day) const {
    const timestamp local{day};
    return local - opt_.zone.at(local - opt_.zone.at(local));
  }

  bar_size size_;
  bin_options opt_;
};

}  // namespace taspan
