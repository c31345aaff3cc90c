// intraday_breakout [--csv FILE] [--svg FILE]: opening-range breakouts on one-minute bars, with
// 5-minute / hourly / daily trends and measured-move targets.
//
// The opening range (OR) of a session is its first 30-minute bar (09:30-10:00). A breakout is the
// first closed 5-minute bar after it whose close is above the OR high (below the OR low: a
// breakdown). Its targets are taspan::measured_move of the range from the broken level:
// arithmetic H + (H - L), percentage H * H / L. The trends are taspan::multi_timeframe_trend on
// 5-minute, hourly and daily bars, each seen only once closed (no look-ahead), read at the
// one-minute bar that closed the breakout's 5-minute bar. Nothing about the data is written into
// the logic: the default input is the seeded file make_minutes writes at build time.
#include <taspan/io/csv.hpp>
#include <taspan/taspan.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace {

using taspan::timestamp;
using namespace std::chrono;

struct options {
  std::string csv = TASPAN_INTRADAY_CSV;
  std::string svg;
};

struct breakout {
  std::size_t session_first = 0, session_last = 0;  // one-minute bars of the session
  double or_low = 0, or_high = 0;
  std::size_t bar = 0;  // the one-minute bar that closed the breakout's 5-minute bar
  timestamp time{};     // the 5-minute bar's label
  taspan::direction side = taspan::direction::up;
  double close = 0;
  taspan::measured_move_targets<double> targets{};
  double trend5 = 0, trend60 = 0, trend_day = 0, agree = 0;
  std::optional<std::size_t> reached;  // one-minute bar whose high (low) reached the target
};

std::string clock_text(timestamp t) {
  taspan::time_style s;
  s.format = taspan::time_format::datetime;
  s.seconds = false;
  return taspan::format_time(t, s).substr(11);
}
std::string day_text(timestamp t) { return taspan::format_time(t).substr(0, 10); }

const char* trend_word(double v) {
  return std::isnan(v) ? "n/a" : v > 0 ? "up" : v < 0 ? "down" : "flat";
}

std::vector<breakout> find_breakouts(const taspan::ohlcv<double>& b,
                                     const taspan::bin_options& bins,
                                     const taspan::timeframes_trend_result<double>& trends) {
  const std::span<const timestamp> t(b.time);
  const auto ranges = taspan::resample(t, b.open, b.high, b.low, b.close, b.volume,
                                       taspan::parse_timeframe("30min"), bins);
  const auto five = taspan::resample(t, b.open, b.high, b.low, b.close, b.volume,
                                     taspan::parse_timeframe("5min"), bins);
  const auto days = taspan::resample(t, b.close, taspan::parse_timeframe("1d"), bins);
  std::vector<breakout> out;
  std::size_t k5 = 0, kr = 0;
  for (std::size_t d = 0; d < days.size(); ++d) {
    while (kr < ranges.size() && ranges.first[kr] < days.first[d]) ++kr;
    if (kr == ranges.size() || !ranges.closed(kr)) break;
    breakout e;
    e.session_first = days.first[d];
    e.session_last = days.last[d];
    e.or_low = ranges.low[kr];
    e.or_high = ranges.high[kr];
    bool done = false;
    for (; k5 < five.size() && five.first[k5] <= days.last[d]; ++k5) {
      if (done || five.first[k5] <= ranges.last[kr] || !five.closed(k5)) continue;
      const bool up = five.close[k5] > e.or_high, down = five.close[k5] < e.or_low;
      if (!up && !down) continue;
      e.side = up ? taspan::direction::up : taspan::direction::down;
      e.bar = five.closed_at[k5];
      e.time = five.time[k5];
      e.close = five.close[k5];
      const double level = up ? e.or_high : e.or_low;
      e.targets = taspan::measured_move(e.or_low, e.or_high, level, e.side);
      e.trend5 = trends.trends[0][e.bar];
      e.trend60 = trends.trends[1][e.bar];
      e.trend_day = trends.trends[2][e.bar];
      e.agree = trends.agree[e.bar];
      for (std::size_t i = e.bar + 1; i <= days.last[d] && !e.reached; ++i)
        if (up ? b.high[i] >= e.targets.arithmetic : b.low[i] <= e.targets.arithmetic)
          e.reached = i;
      out.push_back(e);
      done = true;
    }
  }
  return out;
}

// The session of `e`: one-minute closes, the opening range, the breakout and the target.
std::string chart(const taspan::ohlcv<double>& b, const breakout& e) {
  const double w = 900, h = 420, left = 60, right = 170, top = 40, bottom = 40;
  double lo = e.targets.arithmetic, hi = e.targets.arithmetic;
  for (std::size_t i = e.session_first; i <= e.session_last; ++i) {
    lo = std::min(lo, b.low[i]);
    hi = std::max(hi, b.high[i]);
  }
  const double pad = (hi - lo) * 0.05;
  lo -= pad;
  hi += pad;
  const double n = static_cast<double>(e.session_last - e.session_first);
  const auto x = [&](std::size_t i) {
    return left + (w - left - right) * static_cast<double>(i - e.session_first) / n;
  };
  const auto y = [&](double p) { return top + (h - top - bottom) * (hi - p) / (hi - lo); };
  std::string s;
  char buf[512];
  const auto add = [&](const char* fmt, auto... args) {
    std::snprintf(buf, sizeof buf, fmt, args...);
    s += buf;
  };
  add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
      "font-family=\"sans-serif\" font-size=\"12\">\n",
      w, h);
  s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  add("<text x=\"%.0f\" y=\"22\" font-size=\"15\">Opening-range breakout, %s (one-minute "
      "closes)</text>\n",
      left, day_text(b.time[e.session_first]).c_str());
  // Price grid.
  for (int g = 0; g <= 4; ++g) {
    const double p = lo + (hi - lo) * g / 4.0;
    add("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", left,
        w - right, y(p), y(p));
    add("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%.2f</text>\n", left - 6,
        y(p) + 4, p);
  }
  for (std::size_t i = e.session_first; i <= e.session_last; i += 60)
    add("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#555\">%s</text>\n", x(i),
        h - bottom + 18, clock_text(b.time[i]).c_str());
  // The opening range: a box over its 30 minutes, its high and low carried across the session.
  const std::size_t or_end = e.session_first + 29;
  add("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#9ecae1\" "
      "fill-opacity=\"0.5\"/>\n",
      x(e.session_first), y(e.or_high), x(or_end) - x(e.session_first), y(e.or_low) - y(e.or_high));
  for (const double p : {e.or_high, e.or_low})
    add("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#3182bd\" "
        "stroke-dasharray=\"4 3\"/>\n",
        x(or_end), w - right, y(p), y(p));
  add("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#31a354\" "
      "stroke-width=\"1.5\" stroke-dasharray=\"8 4\"/>\n",
      x(e.bar), w - right, y(e.targets.arithmetic), y(e.targets.arithmetic));
  // Closes.
  s += "<polyline fill=\"none\" stroke=\"#222\" stroke-width=\"1.2\" points=\"";
  for (std::size_t i = e.session_first; i <= e.session_last; ++i)
    add("%.1f,%.1f ", x(i), y(b.close[i]));
  s += "\"/>\n";
  add("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#e6550d\"/>\n", x(e.bar), y(b.close[e.bar]));
  const double lx = w - right + 8;
  add("<text x=\"%.1f\" y=\"%.1f\" fill=\"#31a354\">target %.2f</text>\n", lx,
      y(e.targets.arithmetic) + 4, e.targets.arithmetic);
  add("<text x=\"%.1f\" y=\"%.1f\" fill=\"#3182bd\">OR high %.2f</text>\n", lx, y(e.or_high) + 4,
      e.or_high);
  add("<text x=\"%.1f\" y=\"%.1f\" fill=\"#3182bd\">OR low %.2f</text>\n", lx, y(e.or_low) + 4,
      e.or_low);
  add("<text x=\"%.1f\" y=\"%.1f\" fill=\"#e6550d\">breakout %s</text>\n", x(e.bar) + 8,
      y(b.close[e.bar]) + 18, clock_text(e.time + minutes{5}).c_str());
  add("<text x=\"%.0f\" y=\"%.0f\" fill=\"#555\">trends at the breakout: 5-minute %s, hourly %s, "
      "daily %s</text>\n",
      left, h - 6, trend_word(e.trend5), trend_word(e.trend60), trend_word(e.trend_day));
  s += "</svg>\n";
  return s;
}

int run(const options& o) {
  taspan::csv_options copt;
  copt.format = taspan::time_format::datetime;
  const auto b = taspan::read_csv<double>(std::filesystem::path(o.csv), copt);
  if (b.size() < 2 * 390) throw taspan::error("intraday_breakout: need at least two sessions");

  taspan::bin_options bins;  // exchange time as written; 09:30-16:00, Monday to Friday
  bins.hours = taspan::parse_session("09:30-16:00");
  bins.weekdays_only = true;
  bins.base_length = minutes{1};
  const std::vector<taspan::timeframe_trend> frames{
      {taspan::parse_timeframe("5min"), {12, 3}},  // an hour of 5-minute bars, rising over 15 min
      {taspan::parse_timeframe("1h"), {7, 2}},     // a session of hourly bars
      {taspan::parse_timeframe("1d"), {5, 2}}};    // a week of daily bars
  const auto trends =
      taspan::multi_timeframe_trend(std::span<const timestamp>(b.time), b.close, frames, bins);
  const auto found = find_breakouts(b, bins, trends);

  std::printf("Opening-range breakouts: %zu one-minute bars, %s .. %s (%s)\n", b.size(),
              day_text(b.time.front()).c_str(), day_text(b.time.back()).c_str(),
              std::filesystem::path(o.csv).filename().string().c_str());
  std::printf(
      "Session 09:30-16:00; opening range = the first 30-minute bar; trends (closed bars "
      "only): 5-minute SMA(12) rising over 3, hourly SMA(7) over 2, daily SMA(5) over 2\n\n");
  std::printf("%-10s  %8s  %8s  %5s  %-4s  %8s  %8s  %-4s  %-4s  %-4s  %s\n", "session", "OR low",
              "OR high", "time", "side", "close", "target", "5min", "1h", "1d", "reached");
  const breakout* best = nullptr;
  for (const auto& e : found) {
    const bool up = e.side == taspan::direction::up;
    std::printf("%-10s  %8.2f  %8.2f  %5s  %-4s  %8.2f  %8.2f  %-4s  %-4s  %-4s  %s\n",
                day_text(e.time).c_str(), e.or_low, e.or_high,
                clock_text(e.time + minutes{5}).c_str(), up ? "up" : "down", e.close,
                e.targets.arithmetic, trend_word(e.trend5), trend_word(e.trend60),
                trend_word(e.trend_day), e.reached ? clock_text(b.time[*e.reached]).c_str() : "-");
    if (e.agree == (up ? 1.0 : -1.0)) best = &e;
  }
  std::printf("\n%zu sessions with a breakout or breakdown of the opening range\n", found.size());
  if (best == nullptr) {
    std::printf("No breakout with all three time frames agreeing.\n");
    return 0;
  }
  const auto& e = *best;
  const double height = e.or_high - e.or_low;
  std::printf("\nLatest breakout with the 5-minute, hourly and daily trends agreeing: %s %s\n",
              day_text(e.time).c_str(), clock_text(e.time + minutes{5}).c_str());
  std::printf("  opening range %.2f - %.2f (height %.2f, %.2f%%), 5-minute close %.2f\n", e.or_low,
              e.or_high, height, 100 * height / e.or_low, e.close);
  std::printf(
      "  measured-move targets: arithmetic %.2f (OR high + height), percentage %.2f "
      "(OR high x high / low)\n",
      e.targets.arithmetic, e.targets.percent);
  if (e.reached)
    std::printf("  arithmetic target reached at %s (high %.2f)\n",
                clock_text(b.time[*e.reached]).c_str(), b.high[*e.reached]);
  else
    std::printf("  arithmetic target not reached that session\n");
  if (!o.svg.empty()) {
    std::ofstream f(o.svg, std::ios::binary);
    f << chart(b, e);
    if (!f) throw taspan::error("intraday_breakout: cannot write " + o.svg);
    std::printf("Chart: %s\n", o.svg.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  options o;
  for (int k = 1; k < argc; ++k) {
    const std::string a = argv[k];
    if ((a == "--csv" || a == "--svg") && k + 1 < argc) {
      (a == "--csv" ? o.csv : o.svg) = argv[++k];
    } else {
      std::fprintf(stderr, "usage: intraday_breakout [--csv FILE] [--svg FILE]\n");
      return 2;
    }
  }
  try {
    return run(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "intraday_breakout: %s\n", e.what());
    return 2;
  }
}
