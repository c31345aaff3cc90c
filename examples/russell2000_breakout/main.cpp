// russell2000_breakout: finds, from daily bars alone, the base the Russell 2000 broke out of, the
// breakout, the later new high that confirmed it and the trend on daily, weekly and monthly bars;
// then projects the two measured-move targets and compares them with a January 2026 article
// ("+750 points", about 3,250, and "+45% from the breakout point", about 3,650).
//
//   russell2000_breakout [--csv FILE] [--as-of YYYY-MM-DD] [--json] [--svg FILE [--log]]
//
// No date or level is written into the logic: every level comes from the data through taspan
// calls (breakouts, swings, measured_move, resample, multi_timeframe_trend). The article's
// figures appear only in the comparison with them.

#include <taspan/io/csv.hpp>
#include <taspan/taspan.hpp>

#include "../common/chart_ticks.hpp"
#include "../common/close_rule.hpp"
#include "../common/json_number.hpp"
#include "../common/write_file.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef RUT_CSV
#define RUT_CSV "examples/data/rut_daily.csv"
#endif

namespace {

using event = taspan::breakout_event<double>;
using taspan::direction;

// Analysis parameters (not levels or dates): what counts as a base and as a confirmation.
constexpr int base_min_bars = 252;       // a base lasts at least a year of trading days
constexpr double base_max_height = 0.5;  // and is at most 50% deep
constexpr int confirm_min_bars = 15;     // a later record close after >= 3 weeks without one
constexpr int follow_through_bars = 5;   // a higher close within a week
constexpr int volume_period = 50;
constexpr double leg_swing_pct = 8.0;    // zigzag threshold for the rally-leg readings
constexpr double wide_swing_pct = 15.0;  // ... and for the automatic leg of measured_move_for
constexpr std::size_t min_bars_needed = 300;

// The article's figures, for comparison only.
constexpr double article_points = 750.0, article_points_target = 3250.0;
constexpr double article_percent = 45.0, article_percent_target = 3650.0;

struct usage_error {
  std::string what;
};

struct options {
  std::string csv = RUT_CSV;
  std::optional<std::chrono::year_month_day> as_of;
  bool json = false;
  std::string svg;
  bool log_scale = false;
};

std::optional<std::chrono::year_month_day> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  auto num = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  const std::chrono::year_month_day d{std::chrono::year{num(0, 4)},
                                      std::chrono::month{static_cast<unsigned>(num(5, 2))},
                                      std::chrono::day{static_cast<unsigned>(num(8, 2))}};
  if (!d.ok()) return std::nullopt;
  return d;
}

options parse_args(int argc, char** argv) {
  options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw usage_error{std::string(a) + " needs a value"};
      return argv[++i];
    };
    if (a == "--csv") {
      o.csv = value();
    } else if (a == "--as-of") {
      const std::string v = value();
      o.as_of = parse_date(v);
      if (!o.as_of) throw usage_error{"--as-of expects a date YYYY-MM-DD, got \"" + v + "\""};
    } else if (a == "--json") {
      o.json = true;
    } else if (a == "--svg") {
      o.svg = value();
    } else if (a == "--log") {
      o.log_scale = true;
    } else {
      throw usage_error{"unknown argument \"" + std::string(a) +
                        "\" (usage: russell2000_breakout [--csv FILE] [--as-of YYYY-MM-DD] "
                        "[--json] [--svg FILE [--log]])"};
    }
  }
  return o;
}

// 2442.74 -> "2,442.74"
std::string num(double v, int decimals = 2) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(v));
  const std::string_view s = buf;
  const std::size_t int_digits = std::min(s.find('.'), s.size());
  std::string out = v < 0 ? "-" : "";
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && i < int_digits && (int_digits - i) % 3 == 0) out.push_back(',');
    out.push_back(s[i]);
  }
  return out;
}

const char* trend_word(double v) {
  if (std::isnan(v)) return "unknown";
  return v > 0 ? "up" : v < 0 ? "down" : "flat";
}

struct weekly_monthly_confirm {
  std::string label;  // "week ending 2026-01-09", "2026-01"
  double close = NAN;
  double level = NAN;
  std::string level_label;
};

struct sensitivity_row {
  std::string reading;
  double low;
  std::string low_date;
  double high;
  std::string high_date;
  double level;
  std::string level_what;
  taspan::measured_move_targets<double> t;
};

struct analysis {
  taspan::ohlcv<double> bars;
  std::size_t n = 0;
  std::optional<event> base;     // the base breakout
  std::vector<event> new_highs;  // later record closes out of >= confirm_min_bars bases
  std::optional<event> confirm;  // the latest of them
  std::optional<weekly_monthly_confirm> weekly, monthly;
  double trend_d = NAN, trend_w = NAN, trend_m = NAN;
  std::optional<taspan::measured_move_result<double>> move;
  std::vector<sensitivity_row> rows;
  // When there is no breakout yet: the record close and the lowest close since.
  std::size_t record_bar = 0, low_since_bar = 0;
};

std::string date_of(const analysis& a, std::size_t bar) { return a.bars.date_text[bar]; }

// The first weekly or monthly record close at or after daily bar `from` (on closed periods).
std::optional<weekly_monthly_confirm> period_confirm(const analysis& a, taspan::period_unit unit,
                                                     std::size_t from) {
  const auto periods = taspan::resample(std::span(a.bars.date), a.bars.close, unit,
                                        taspan_examples::close_rule_for(a.bars.date));
  std::vector<double> closes;
  for (std::size_t k = 0; k < periods.size() && periods.closed(k); ++k)
    closes.push_back(periods.close[k]);
  taspan::breakout_options o;
  o.method = taspan::breakout_method::all_time;
  o.levels = taspan::breakout_levels::close;
  for (const auto& e : taspan::breakouts(closes, closes, closes, o)) {
    if (periods.last[e.bar] < from) continue;
    weekly_monthly_confirm c;
    const auto& last = a.bars.date_text[periods.last[e.bar]];
    const auto& prev = a.bars.date_text[periods.last[e.level_bar]];
    c.label = unit == taspan::period_unit::week ? "week ending " + last : last.substr(0, 7);
    c.close = e.price;
    c.level = e.level;
    c.level_label = unit == taspan::period_unit::week ? "week ending " + prev : prev.substr(0, 7);
    return c;
  }
  return std::nullopt;
}

// Percent moves and B*H/L targets need positive prices (zero or negative ones printed "-nan%"
// and "200% below"): the first bad one is an error naming its date and data row.
void check_prices(const taspan::ohlcv<double>& b) {
  const std::pair<const char*, const std::vector<double>*> columns[] = {
      {"open", &b.open}, {"high", &b.high}, {"low", &b.low}, {"close", &b.close}};
  for (std::size_t i = 0; i < b.date.size(); ++i)
    for (const auto& [name, v] : columns)
      if (i < v->size() && !((*v)[i] > 0))
        throw usage_error{"prices must be > 0, got " + std::string(name) + " " +
                          taspan_examples::json_number((*v)[i]) + " on " + b.date_text[i] +
                          " (data row " + std::to_string(i + 1) + ")"};
}

analysis analyse(const options& opt) {
  analysis a;
  taspan::csv_options co;
  co.required = taspan::ohlcv_columns::date | taspan::ohlcv_columns::high |
                taspan::ohlcv_columns::low | taspan::ohlcv_columns::close;
  a.bars = taspan::read_csv<double>(opt.csv, co);
  auto& b = a.bars;
  check_prices(b);
  std::size_t n = b.date.size();
  if (opt.as_of) {
    n = static_cast<std::size_t>(std::upper_bound(b.date.begin(), b.date.end(), *opt.as_of) -
                                 b.date.begin());
    for (auto* v : {&b.open, &b.high, &b.low, &b.close, &b.volume})
      if (v->size() > n) v->resize(n);
    b.date.resize(n);
    b.date_text.resize(n);
  }
  if (n < min_bars_needed)
    throw usage_error{"too little data: " + std::to_string(n) + " daily bars in " + opt.csv +
                      (opt.as_of ? " up to the --as-of date" : "") + ", need at least " +
                      std::to_string(min_bars_needed)};
  a.n = n;

  // Trend on daily, weekly and monthly bars (weeks and months only once closed).
  taspan::multi_timeframe_trend_options trend_options;
  trend_options.rule = taspan_examples::close_rule_for(b.date);  // weekend bars: next_bar
  const auto tr = taspan::multi_timeframe_trend(std::span(b.date), b.close, trend_options);
  a.trend_d = tr.daily[n - 1];
  a.trend_w = tr.weekly[n - 1];
  a.trend_m = tr.monthly[n - 1];

  // 1. The base: a record close that held for at least a year, broken by a close above it.
  taspan::breakout_options o;
  o.method = taspan::breakout_method::range;
  o.levels = taspan::breakout_levels::close;
  o.min_bars = base_min_bars;
  o.max_height = base_max_height;
  o.follow_through = follow_through_bars;
  const bool has_volume = b.volume.size() == n;
  o.volume_period = has_volume ? volume_period : 0;
  const taspan::breakout_series<double> in{
      b.high, b.low, b.close,
      has_volume ? std::span<const double>(b.volume) : std::span<const double>{}, tr.weekly};
  const auto bases = taspan::breakouts(in, o);
  if (bases.empty()) {
    const auto rec = std::max_element(b.close.begin(), b.close.end());  // first of equal highs
    a.record_bar = static_cast<std::size_t>(rec - b.close.begin());
    const auto low = std::min_element(rec, b.close.end());
    a.low_since_bar = static_cast<std::size_t>(low - b.close.begin());
    return a;
  }
  a.base = bases.back();
  a.move = taspan::measured_move_for(*a.base);

  // 2. Later new highs: record closes after >= 3 weeks without one; the latest confirms.
  o.min_bars = confirm_min_bars;
  for (const auto& e : taspan::breakouts(in, o))
    if (e.bar > a.base->bar) a.new_highs.push_back(e);
  if (!a.new_highs.empty()) {
    a.confirm = a.new_highs.back();
    a.weekly = period_confirm(a, taspan::period_unit::week, a.confirm->bar);
    a.monthly = period_confirm(a, taspan::period_unit::month, a.confirm->bar);
  }

  // 3. Alternative readings of the article, each from levels found in the data.
  const auto& e = *a.base;
  auto row = [&](std::string what, double l, std::size_t lb, double h, std::size_t hb, double lv,
                 std::string lv_what) {
    a.rows.push_back({std::move(what), l, date_of(a, lb), h, date_of(a, hb), lv, std::move(lv_what),
                      taspan::measured_move(l, h, lv)});
  };
  row("closing-price base (main)", e.range_bottom, e.range_bottom_bar, e.range_top, e.range_top_bar,
      e.level, "base top");
  // Intraday base: the highest high and lowest low from the base's top to the breakout.
  {
    const auto first = b.high.begin() + static_cast<long>(e.range_top_bar);
    const auto last = b.high.begin() + static_cast<long>(e.bar);
    const auto hi = std::max_element(first, last);
    const auto lo = std::min_element(b.low.begin() + static_cast<long>(e.range_top_bar),
                                     b.low.begin() + static_cast<long>(e.bar));
    const auto hb = static_cast<std::size_t>(hi - b.high.begin());
    const auto lb = static_cast<std::size_t>(lo - b.low.begin());
    row("intraday base (high/low)", *lo, lb, *hi, hb, *hi, "base high");
  }
  // The rally leg into the breakout: zigzag swings on highs/lows.
  const auto sw = taspan::swings(b.high, b.low, taspan::swing_threshold::percent(leg_swing_pct));
  const taspan::swing<double>* leg_low = nullptr;
  const taspan::swing<double>* leg_high = nullptr;
  for (const auto& s : sw) {  // the last swing low before the breakout, and the swing high after
    if (s.kind == taspan::extreme::low && s.bar < e.bar) leg_low = &s, leg_high = nullptr;
    if (s.kind == taspan::extreme::high && leg_low != nullptr && s.bar > leg_low->bar &&
        leg_high == nullptr)
      leg_high = &s;
  }
  if (leg_low != nullptr && leg_high != nullptr) {
    row("rally leg, projected from its high", leg_low->price, leg_low->bar, leg_high->price,
        leg_high->bar, leg_high->price, "leg high");
    if (a.confirm)
      row("rally leg, projected from the new high's level", leg_low->price, leg_low->bar,
          leg_high->price, leg_high->bar, a.confirm->level, "new high's level");
  }
  if (a.confirm) {
    // measured_move_for on the new high as a plain all-time-high event (no range): it measures
    // the leg from the last major swing low (15% zigzag) into the level broken.
    taspan::breakout_options ath;
    ath.method = taspan::breakout_method::all_time;
    ath.levels = taspan::breakout_levels::close;
    const auto wide =
        taspan::swings(b.high, b.low, taspan::swing_threshold::percent(wide_swing_pct));
    for (const auto& h : taspan::breakouts(b.high, b.low, b.close, ath)) {
      if (h.bar != a.confirm->bar) continue;
      if (const auto m = taspan::measured_move_for(h, wide))
        a.rows.push_back({"measured_move_for(new high, 15% swings)", m->low, date_of(a, m->low_bar),
                          m->high, date_of(a, m->high_bar), m->level, "new high's level",
                          m->targets});
    }
  }
  return a;
}

void print_text(const analysis& a, const options& opt) {
  const auto& b = a.bars;
  std::printf("Russell 2000 breakout analysis: %zu daily bars, %s .. %s (%s)\n\n", a.n,
              b.date_text.front().c_str(), b.date_text[a.n - 1].c_str(),
              opt.csv == RUT_CSV ? "examples/data/rut_daily.csv" : opt.csv.c_str());
  if (!a.base) {
    const double top = b.close[a.record_bar], low = b.close[a.low_since_bar];
    std::printf(
        "No breakout yet: no close has topped a record close that held for at least %d bars.\n",
        base_min_bars);
    std::printf("  record close       %10s  %s\n", num(top).c_str(),
                date_of(a, a.record_bar).c_str());
    std::printf("  lowest close since %10s  %s  (%.1f%% below the record)\n", num(low).c_str(),
                date_of(a, a.low_since_bar).c_str(), 100.0 * (top - low) / top);
    std::printf("  last close         %10s  %s  (%.1f%% below the record)\n",
                num(b.close[a.n - 1]).c_str(), b.date_text[a.n - 1].c_str(),
                100.0 * (top - b.close[a.n - 1]) / top);
    std::printf("\nTrend (close vs a rising/falling average): daily %s, weekly %s, monthly %s\n",
                trend_word(a.trend_d), trend_word(a.trend_w), trend_word(a.trend_m));
    return;
  }
  const auto& e = *a.base;
  const double height = e.range_top - e.range_bottom;
  std::printf("Base (closing prices, record close that held >= %d bars):\n", base_min_bars);
  std::printf("  top     %10s  %s  (record close)\n", num(e.range_top).c_str(),
              date_of(a, e.range_top_bar).c_str());
  std::printf("  bottom  %10s  %s  (lowest close in the base)\n", num(e.range_bottom).c_str(),
              date_of(a, e.range_bottom_bar).c_str());
  std::printf("  height  %10s  points, %.1f%% of the top; %zu bars\n", num(height).c_str(),
              100.0 * height / e.range_top, e.bar - e.range_top_bar);
  std::printf("Breakout: %s, close %s above the base top %s", date_of(a, e.bar).c_str(),
              num(e.price).c_str(), num(e.level).c_str());
  if (!std::isnan(e.volume_ratio))
    std::printf("; volume %.2fx its %d-day average", e.volume_ratio, volume_period);
  std::printf("\n  follow-through (higher close within %d bars): %s\n", follow_through_bars,
              e.follow_through_at ? date_of(a, *e.follow_through_at).c_str() : "none");
  if (e.higher_tf_agrees)
    std::printf("  weekly trend on the breakout day: %s\n",
                *e.higher_tf_agrees ? "up (agrees)" : "not up");
  std::printf("\nLater new highs (record close after >= %d bars without one):\n", confirm_min_bars);
  for (const auto& h : a.new_highs)
    std::printf("  %s  close %s  above %s (%s), follow-through %s\n", date_of(a, h.bar).c_str(),
                num(h.price).c_str(), num(h.level).c_str(), date_of(a, h.level_bar).c_str(),
                h.follow_through_at ? date_of(a, *h.follow_through_at).c_str() : "none");
  if (a.confirm) {
    std::printf("Confirmed by the latest: %s, close %s above the record close %s of %s\n",
                date_of(a, a.confirm->bar).c_str(), num(a.confirm->price).c_str(),
                num(a.confirm->level).c_str(), date_of(a, a.confirm->level_bar).c_str());
    if (a.weekly)
      std::printf("  weekly:  %s close %s above the record weekly close %s (%s)\n",
                  a.weekly->label.c_str(), num(a.weekly->close).c_str(),
                  num(a.weekly->level).c_str(), a.weekly->level_label.c_str());
    if (a.monthly)
      std::printf("  monthly: %s close %s above the record monthly close %s (%s)\n",
                  a.monthly->label.c_str(), num(a.monthly->close).c_str(),
                  num(a.monthly->level).c_str(), a.monthly->level_label.c_str());
  }
  std::printf(
      "\nTrend on %s (close vs a rising/falling average): daily %s, weekly %s, monthly %s\n",
      b.date_text[a.n - 1].c_str(), trend_word(a.trend_d), trend_word(a.trend_w),
      trend_word(a.trend_m));
  if (!a.move) return;
  const auto& t = a.move->targets;
  std::printf("\nMeasured-move targets (base height from the base top):\n");
  const std::string f1 = num(e.level) + " + " + num(height);
  const std::string f2 = num(e.level) + " x " + num(e.range_top) + " / " + num(e.range_bottom);
  std::printf("  arithmetic  top + height        %-32s = %s  (+%.1f%%)\n", f1.c_str(),
              num(t.arithmetic).c_str(), 100.0 * (t.arithmetic / e.level - 1.0));
  std::printf("  percentage  top x top / bottom  %-32s = %s  (+%.1f%%)\n", f2.c_str(),
              num(t.percent).c_str(), 100.0 * (t.percent / e.level - 1.0));
  std::printf(
      "\nThe article: \"+%.0f points\" (about %s) and \"+%.0f%% from the breakout point\" (about "
      "%s).\n",
      article_points, num(article_points_target, 0).c_str(), article_percent,
      num(article_percent_target, 0).c_str());
  std::printf("  arithmetic target %s is %.2f%% from %s; percentage target %s is %.2f%% from %s.\n",
              num(t.arithmetic).c_str(), 100.0 * std::abs(t.arithmetic / article_points_target - 1),
              num(article_points_target, 0).c_str(), num(t.percent).c_str(),
              100.0 * std::abs(t.percent / article_percent_target - 1),
              num(article_percent_target, 0).c_str());
  const double from_pts = t.arithmetic - article_points;
  const double from_pct = t.percent / (1 + article_percent / 100);
  std::printf("  +%.0f points and +%.0f%% put the breakout point at %s and %s;\n", article_points,
              article_percent, num(from_pts).c_str(), num(from_pct).c_str());
  std::string band;
  if (a.confirm) {
    for (std::size_t i = a.confirm->range_bottom_bar; i <= a.confirm->bar; ++i)
      if (b.close[i] >= from_pts && b.close[i] <= from_pct)
        band += (band.empty() ? "" : ", ") + date_of(a, i) + " " + num(b.close[i]);
  }
  if (!band.empty())
    std::printf(
        "  the index closed there just before the new high that confirmed the breakout (%s).\n",
        band.c_str());
  std::printf("  From the base top %s itself the targets are +%s points and +%.1f%%.\n",
              num(e.level).c_str(), num(t.arithmetic - e.level).c_str(),
              100.0 * (t.percent / e.level - 1.0));
  std::printf("\nOther readings of the article (other ranges and legs), same formulas:\n");
  std::printf("  %-46s %20s %20s %9s %8s %6s %10s %10s\n", "reading", "low L (date)",
              "high H (date)", "from B", "H-L", "H/L-1", "B+(H-L)", "B*H/L");
  for (const auto& r : a.rows)
    std::printf("  %-46s %9s %10s %9s %10s %9s %8s %5.1f%% %10s %10s\n", r.reading.c_str(),
                num(r.low).c_str(), r.low_date.c_str(), num(r.high).c_str(), r.high_date.c_str(),
                num(r.level).c_str(), num(r.high - r.low).c_str(), 100.0 * (r.high / r.low - 1),
                num(r.t.arithmetic).c_str(), num(r.t.percent).c_str());
}

std::string jstr(const std::string& s) { return "\"" + s + "\""; }
std::string jnum(double v) { return taspan_examples::json_number(v); }

void print_json(const analysis& a) {
  std::ostringstream j;
  const auto& b = a.bars;
  j << "{\"bars\":" << a.n << ",\"first_date\":" << jstr(b.date_text.front())
    << ",\"last_date\":" << jstr(b.date_text[a.n - 1]);
  if (a.base) {
    const auto& e = *a.base;
    j << ",\"breakout_date\":" << jstr(date_of(a, e.bar)) << ",\"breakout_close\":" << jnum(e.price)
      << ",\"breakout_level\":" << jnum(e.level) << ",\"range_top\":" << jnum(e.range_top)
      << ",\"range_top_date\":" << jstr(date_of(a, e.range_top_bar))
      << ",\"range_bottom\":" << jnum(e.range_bottom)
      << ",\"range_bottom_date\":" << jstr(date_of(a, e.range_bottom_bar))
      << ",\"volume_ratio\":" << jnum(e.volume_ratio) << ",\"follow_through_date\":"
      << (e.follow_through_at ? jstr(date_of(a, *e.follow_through_at)) : "null");
  } else {
    j << ",\"breakout_date\":null,\"breakout_level\":null,\"record_close\":"
      << jnum(b.close[a.record_bar]) << ",\"record_close_date\":" << jstr(date_of(a, a.record_bar));
  }
  if (a.confirm)
    j << ",\"confirmation_date\":" << jstr(date_of(a, a.confirm->bar))
      << ",\"confirmation_close\":" << jnum(a.confirm->price)
      << ",\"confirmation_level\":" << jnum(a.confirm->level)
      << ",\"confirmation_level_date\":" << jstr(date_of(a, a.confirm->level_bar));
  else
    j << ",\"confirmation_date\":null";
  if (a.move)
    j << ",\"target_points\":" << jnum(a.move->targets.arithmetic)
      << ",\"target_percent\":" << jnum(a.move->targets.percent);
  else
    j << ",\"target_points\":null,\"target_percent\":null";
  j << ",\"trend\":{\"daily\":" << jstr(trend_word(a.trend_d))
    << ",\"weekly\":" << jstr(trend_word(a.trend_w))
    << ",\"monthly\":" << jstr(trend_word(a.trend_m)) << "}";
  j << ",\"sensitivity\":[";
  for (std::size_t i = 0; i < a.rows.size(); ++i) {
    const auto& r = a.rows[i];
    j << (i ? "," : "") << "{\"reading\":" << jstr(r.reading) << ",\"low\":" << jnum(r.low)
      << ",\"low_date\":" << jstr(r.low_date) << ",\"high\":" << jnum(r.high)
      << ",\"high_date\":" << jstr(r.high_date) << ",\"level\":" << jnum(r.level)
      << ",\"target_points\":" << jnum(r.t.arithmetic)
      << ",\"target_percent\":" << jnum(r.t.percent) << "}";
  }
  j << "]}";
  std::printf("%s\n", j.str().c_str());
}

// ---- chart ----

std::string esc(const std::string& s) {
  std::string o;
  for (char c : s)
    o += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
  return o;
}

void write_svg(const analysis& a, const options& opt) {
  const auto& b = a.bars;
  const double W = 1200, H = 680, left = 78, right = 24, top = 64, bottom = 56;
  const double pw = W - left - right, ph = H - top - bottom;
  double lo = *std::min_element(b.close.begin(), b.close.begin() + static_cast<long>(a.n));
  double hi = *std::max_element(b.close.begin(), b.close.begin() + static_cast<long>(a.n));
  if (a.move) hi = std::max({hi, a.move->targets.arithmetic, a.move->targets.percent});
  lo *= 0.94;
  hi *= 1.06;
  const bool lg = opt.log_scale;
  auto fy = [&](double v) { return lg ? std::log(v) : v; };
  auto y = [&](double v) { return top + ph * (fy(hi) - fy(v)) / (fy(hi) - fy(lo)); };
  const double last = static_cast<double>(a.n - 1);
  const double nx = last * 1.2;  // the last sixth of the width is for the targets and labels
  auto x = [&](std::size_t i) { return left + pw * static_cast<double>(i) / nx; };
  const double xr = left + pw;   // right edge
  const double xl = x(a.n - 1);  // last bar
  std::ostringstream f;          // the whole chart, written to the file at the end (or not at all)
  char buf[512];
  auto out = [&](const char* fmt, auto... args) {
    if constexpr (sizeof...(args) == 0) {
      f << fmt;  // plain text (clang: no non-literal format without arguments)
    } else {
      std::snprintf(buf, sizeof buf, fmt, args...);
      f << buf;
    }
  };
  // Text with a white halo, so that it stays readable over lines.
  auto text = [&](double tx, double ty, const char* anchor, const char* color, const std::string& s,
                  const char* extra = "") {
    out("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\" stroke=\"#fff\" "
        "stroke-width=\"3.5\" paint-order=\"stroke\" %s>%s</text>\n",
        tx, ty, anchor, color, extra, esc(s).c_str());
  };
  out("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f "
      "%.0f\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"13\">\n",
      W, H, W, H);
  out("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
  const std::string title =
      "Russell 2000 (^RUT) daily closes " + b.date_text.front().substr(0, 4) + "\xE2\x80\x93" +
      b.date_text[a.n - 1].substr(0, 4) +
      (a.base ? ": base breakout and measured-move targets" : ": no base breakout yet");
  out("<text x=\"%.0f\" y=\"30\" font-size=\"19\" font-weight=\"bold\" "
      "fill=\"#1a1a1a\">%s</text>\n",
      left, esc(title).c_str());
  out("<text x=\"%.0f\" y=\"50\" font-size=\"12\" fill=\"#555\">%s scale; every level on the chart "
      "was found by taspan from the data (%s .. %s)</text>\n",
      left, lg ? "log" : "linear", b.date_text.front().c_str(), b.date_text[a.n - 1].c_str());
  // Grid: nice levels from the data's range (at most ~10 lines); on a log scale the round
  // levels of the index when they fit the range.
  std::vector<double> grid;
  if (lg) {
    for (double g : {500.0, 750.0, 1000.0, 1250.0, 1500.0, 1750.0, 2000.0, 2500.0, 3000.0, 3500.0,
                     4000.0, 5000.0, 6000.0})
      if (g >= lo && g <= hi) grid.push_back(g);
  }
  if (grid.size() < 2) grid = taspan_examples::nice_ticks(lo, hi, 10);
  for (double g : grid) {
    if (g < lo || g > hi) continue;
    out("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e6e6e6\"/>\n", left, xr,
        y(g), y(g));
    out("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%s</text>\n", left - 8,
        y(g) + 4, num(g, 0).c_str());
  }
  // Years on the x axis.
  for (std::size_t i = 1; i < a.n; ++i) {
    if (b.date_text[i].substr(0, 4) == b.date_text[i - 1].substr(0, 4)) continue;
    out("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eeeeee\"/>\n", x(i), x(i),
        top, top + ph);
    out("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>\n", x(i), x(i),
        top + ph, top + ph + 5);
    out("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"start\" fill=\"#555\">%s</text>\n", x(i) + 3,
        top + ph + 20, b.date_text[i].substr(0, 4).c_str());
  }
  out("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
      "stroke=\"#999\"/>\n",
      left, top, pw, ph);
  out("<text transform=\"translate(18 %.1f) rotate(-90)\" text-anchor=\"middle\" fill=\"#555\">"
      "index level (points)</text>\n",
      top + ph / 2);
  if (a.base) {
    const auto& e = *a.base;
    const double x0 = x(e.range_top_bar), x1 = x(e.bar);
    out("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#dbe7f6\" "
        "opacity=\"0.75\"/>\n",
        x0, y(e.range_top), x1 - x0, y(e.range_bottom) - y(e.range_top));
    for (double lv : {e.range_top, e.range_bottom})
      out("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#3a6ea5\" "
          "stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>\n",
          x0, x1, y(lv), y(lv));
  }
  // Closes.
  f << "<polyline fill=\"none\" stroke=\"#222\" stroke-width=\"1.1\" points=\"";
  for (std::size_t i = 0; i < a.n; ++i) {
    std::snprintf(buf, sizeof buf, "%.1f,%.1f ", x(i), y(b.close[i]));
    f << buf;
  }
  f << "\"/>\n";
  if (a.base) {
    const auto& e = *a.base;
    const double x0 = x(e.range_top_bar), x1 = x(e.bar);
    const double mid = 0.5 * (x0 + x1);
    text(mid, y(e.range_top) - 8, "middle", "#2b5a8a",
         "base top " + num(e.range_top) + " (record close " + date_of(a, e.range_top_bar) + ")");
    text(mid, y(e.range_bottom) + 18, "middle", "#2b5a8a",
         "base bottom " + num(e.range_bottom) + " (lowest close, " +
             date_of(a, e.range_bottom_bar) + ")");
    // The height, on the bottom's bar (where the closes touch the bottom, not the line).
    const double hx = x(e.range_bottom_bar);
    out("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#2b5a8a\" "
        "stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>\n",
        hx, hx, y(e.range_bottom), y(e.range_top));
    text(hx + 6, y(e.range_top) + 0.35 * (y(e.range_bottom) - y(e.range_top)), "start", "#2b5a8a",
         "height " + num(e.range_top - e.range_bottom) + " (" +
             num(100.0 * (e.range_top - e.range_bottom) / e.range_top, 1) + "% of the top)");
  }
  if (a.base && a.move) {
    const auto& e = *a.base;
    const auto& t = a.move->targets;
    struct target_line {
      double v;
      const char* color;
      std::string label;
    };
    const target_line lines[] = {
        {t.percent, "#b04a00",
         "percentage target " + num(t.percent) + "  (top \xC3\x97 top/bottom, +" +
             num(100.0 * (t.percent / e.level - 1), 1) + "% from the top)"},
        {t.arithmetic, "#1f7a3a",
         "arithmetic target " + num(t.arithmetic) + "  (top + height, +" +
             num(t.arithmetic - e.level) + ")"}};
    for (const auto& l : lines) {
      out("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
          "stroke-width=\"1.6\" "
          "stroke-dasharray=\"8 4\"/>\n",
          x(e.bar), xr, y(l.v), y(l.v), l.color);
      text(xr - 6, y(l.v) - 8, "end", l.color, l.label, "font-weight=\"bold\"");
    }
    // The base height again, stacked on the top up to the arithmetic target.
    const double px = xr - 26;
    out("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#1f7a3a\" "
        "stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>\n",
        px, px, y(e.range_top), y(t.arithmetic));
    out("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#3a6ea5\" "
        "stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>\n",
        x(e.bar), xr, y(e.range_top), y(e.range_top));
    text(px - 6, y(t.arithmetic) + 20, "end", "#1f7a3a",
         "+ height " + num(e.range_top - e.range_bottom));
    // Breakout and confirmation markers, labelled to the right of the last bar.
    struct marker {
      std::size_t bar;
      double v;
      std::string line1, line2;
      double label_y;
    };
    std::vector<marker> marks{{e.bar, e.price, "breakout " + date_of(a, e.bar),
                               "close " + num(e.price) + " > top", y(e.range_top) + 34}};
    if (a.confirm)
      marks.push_back({a.confirm->bar, a.confirm->price, "new high " + date_of(a, a.confirm->bar),
                       "close " + num(a.confirm->price) + " > " + num(a.confirm->level),
                       std::min(0.5 * (y(e.range_top) + y(t.arithmetic)) + 10,
                                y(*std::max_element(b.close.begin() + static_cast<long>(e.bar),
                                                    b.close.begin() + static_cast<long>(a.n))) -
                                    26)});
    for (const auto& m : marks) {
      out("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d62728\" "
          "stroke-width=\"0.8\"/>\n",
          x(m.bar), y(m.v), xl + 12, m.label_y - 4);
      out("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#d62728\" stroke=\"#fff\" "
          "stroke-width=\"1.2\"/>\n",
          x(m.bar), y(m.v));
      text(xl + 16, m.label_y, "start", "#d62728", m.line1);
      text(xl + 16, m.label_y + 16, "start", "#d62728", m.line2, "font-size=\"12\"");
    }
  }
  out("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" fill=\"#777\">Data: Yahoo "
      "Finance ^RUT daily levels. Chart: taspan examples/russell2000_breakout</text>\n",
      W - 12, H - 10);
  f << "</svg>\n";
  taspan_examples::write_whole_file(opt.svg, f.str());
}
}  // namespace

int main(int argc, char** argv) {
  try {
    const options opt = parse_args(argc, argv);
    const analysis a = analyse(opt);
    if (!opt.svg.empty()) write_svg(a, opt);  // first: a failed chart prints no report
    if (opt.json) {
      print_json(a);
    } else {
      print_text(a, opt);
    }
    if (!opt.svg.empty() && !opt.json) std::printf("\nChart written to %s\n", opt.svg.c_str());
    return 0;
  } catch (const usage_error& e) {
    std::fprintf(stderr, "russell2000_breakout: %s\n", e.what.c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "russell2000_breakout: %s\n", e.what());
  }
  return 2;
}
