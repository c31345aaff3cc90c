#pragma once
// IANA time zones (America/New_York, Europe/London, ...) for sessions and day bins, with their
// daylight-saving changes. Opt-in: this header needs Howard Hinnant's date/tz.h (Debian:
// libhowardhinnant-date-dev, which reads the system's tzdata; link date::date-tz from
// find_package(date CONFIG), which defines USE_OS_TZDB=1). The rest of taspan does not include
// it and has no dependency; GCC 12's standard library has no time-zone database.
//
//   taspan::bin_options o;
//   o.zone = taspan::iana_zone("America/New_York");
//   o.hours = taspan::parse_session("09:30-16:00");   // 09:30 New York time, EST or EDT

#include <date/tz.h>

#include <chrono>
#include <exception>
#include <string>
#include <string_view>

#include "../core/error.hpp"
#include "bar_size.hpp"

namespace taspan {

namespace detail {
inline std::chrono::seconds iana_offset(const void* zone, std::chrono::sys_seconds t) {
  return static_cast<const date::time_zone*>(zone)->get_info(t).offset;
}
}  // namespace detail

// The zone named `name`; throws taspan::error if the database has no such zone. The zone lives
// as long as the program (the database is loaded once).
[[nodiscard]] inline zone_offset iana_zone(std::string_view name) {
  const date::time_zone* z = nullptr;
  try {
    z = date::locate_zone(std::string(name));
  } catch (const std::exception&) {
    detail::fail("iana_zone", "name", "a zone of the IANA database (e.g. America/New_York)",
                 "\"" + std::string(name) + "\"");
  }
  return zone_offset::lookup(z, &detail::iana_offset);
}

}  // namespace taspan
