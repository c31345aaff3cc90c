#pragma once
// taspan-cli's time options: --timeframe RULE (resample before computing), --session HH:MM-HH:MM,
// --tz OFFSET, --time-format FORMAT (main.cpp's `ohlcv` writes the bars themselves, resampled
// when --timeframe is given).
//
// Resampled bars follow pandas' resample(rule, label='left', closed='left'): each row is labelled
// with its bin's start, written in the input's timestamp form (an input with +hh:mm offsets gets
// the offset of the bin's first bar). Bins without bars are not written.

#include <taspan/io/csv.hpp>
#include <taspan/timeframe.hpp>

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace taspan_cli {

using cols = taspan::ohlcv_columns;
using bars = taspan::ohlcv<double>;

struct time_options {
  std::optional<taspan::bar_size> timeframe;
  taspan::bin_options bins;  // session and zone
  taspan::time_format format = taspan::time_format::automatic;
};

inline constexpr std::string_view time_usage =
    "  --timeframe RULE resample the bars to RULE before computing (30s, 5min, 1h, 1d, 1w,\n"
    "                   1mo, 1q, 1y): bins [start, start + RULE) labelled with their start,\n"
    "                   open first, high max, low min, close last, volume sum (as pandas'\n"
    "                   resample(RULE, label='left', closed='left')); empty bins are skipped\n"
    "  --session HH:MM-HH:MM  trading hours in local time: bars outside are dropped, days\n"
    "                   follow the session (18:00-17:00 belongs to the day it closes)\n"
    "  --tz OFFSET      local time for --session and day bins: UTC (default) or +hh:mm/-hh:mm;\n"
    "                   timestamps without a zone are read as local wall-clock time already\n"
    "  --time-format F  how the date column is written: auto (default), date, datetime (or\n"
    "                   iso), epoch_s, epoch_ms (auto reads all digits as seconds below 1e11)\n";

[[nodiscard]] inline taspan::time_format parse_time_format(std::string_view text) {
  using taspan::time_format;
  constexpr std::array<std::pair<std::string_view, time_format>, 6> names{{
      {"auto", time_format::automatic},
      {"date", time_format::date},
      {"datetime", time_format::datetime},
      {"iso", time_format::datetime},
      {"epoch_s", time_format::epoch_s},
      {"epoch_ms", time_format::epoch_ms},
  }};
  for (const auto& [name, f] : names)
    if (name == text) return f;
  throw taspan::error("--time-format must be auto, date, datetime, iso, epoch_s or epoch_ms, got " +
                      taspan::detail::quoted(text));
}

// Applies one time option (name and its value); false if `option` is not a time option.
inline bool set_time_option(std::string_view option, const std::string& value, time_options& t) {
  if (option == "--timeframe")
    t.timeframe = taspan::parse_timeframe(value);
  else if (option == "--session")
    t.bins.hours = taspan::parse_session(value);
  else if (option == "--tz")
    t.bins.zone = taspan::parse_utc_offset(value);
  else if (option == "--time-format")
    t.format = parse_time_format(value);
  else
    return false;
  return true;
}

inline constexpr std::array<std::string_view, 4> time_option_names{"--timeframe", "--session",
                                                                   "--tz", "--time-format"};

// The bars resampled to t.timeframe, with their labels written in the input's form.
[[nodiscard]] inline bars resample_bars(const bars& in, const time_options& t) {
  const auto r = taspan::resample(std::span<const taspan::timestamp>(in.time), in.open, in.high,
                                  in.low, in.close, in.volume, *t.timeframe, t.bins);
  bars out;
  out.style = in.style;
  out.time = r.time;
  out.open = r.open;
  out.high = r.high;
  out.low = r.low;
  out.close = r.close;
  out.volume = r.volume;
  for (std::size_t k = 0; k < r.size(); ++k) {
    std::chrono::minutes offset{0};
    if (in.style.zone == taspan::time_zone_suffix::offset)
      offset = taspan::parse_time(in.date_text[r.first[k]]).value.offset;
    out.date_text.push_back(taspan::format_time(r.time[k], in.style, offset));
    out.date.emplace_back(std::chrono::floor<std::chrono::days>(r.time[k] + offset));
  }
  return out;
}

}  // namespace taspan_cli
