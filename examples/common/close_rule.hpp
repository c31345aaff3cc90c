#pragma once
// Which close rule resampling should use for a set of daily dates: close_rule::last_weekday
// (a week closes on its Friday bar) for exchange data, close_rule::next_bar when any bar falls on
// a weekend (calendar-daily data such as crypto, which last_weekday rejects: a Saturday bar would
// come after its week had closed on the Friday).

#include <chrono>
#include <span>

#include <taspan/timeframe/resample.hpp>

namespace taspan_examples {

[[nodiscard]] inline taspan::close_rule close_rule_for(
    std::span<const std::chrono::year_month_day> dates) noexcept {
  for (const auto d : dates) {
    const std::chrono::weekday w{std::chrono::sys_days{d}};
    if (w == std::chrono::Saturday || w == std::chrono::Sunday) return taspan::close_rule::next_bar;
  }
  return taspan::close_rule::last_weekday;
}

}  // namespace taspan_examples
