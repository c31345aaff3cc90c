// streaming: a live-style loop. Reads daily bars one at a time from stdin (CSV with a header,
// through taspan::csv_reader), updates streaming indicators, a breakout detector and a swing
// detector on each bar, and prints an alert when a breakout fires, with its measured-move
// targets. At the end of the input it uses peek() to show what the next bar would do if it
// closed at a few prices, without changing any state.
//
//   (head -n 1 examples/data/rut_daily.csv; tail -n 300 examples/data/rut_daily.csv) | streaming

#include <taspan/io/csv.hpp>
#include <taspan/taspan.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "../common/cli.hpp"

namespace {

using example_cli::number;
using example_cli::usage_error;

const char* const usage_text =
    "usage: streaming [options] < bars.csv\n"
    "Reads daily OHLCV bars (CSV with a header: Date,Open,High,Low,Close,Volume) from stdin one\n"
    "at a time and prints an alert for every breakout above the highest high of the last N bars,\n"
    "with measured-move targets from the last confirmed swing low; then what-if values (peek).\n"
    "  --lookback N      breakout window, bars                  (default 50)\n"
    "  --swing PCT       zigzag threshold for swings, percent   (default 5)\n"
    "  --swings          also print each swing when it is confirmed\n";

struct options {
  int lookback = 50;
  double swing_pct = 5.0;
  bool print_swings = false;
};

options parse(int argc, char** argv) {
  options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&] { return example_cli::option_value(argc, argv, i); };
    if (a == "--help" || a == "-h") {
      std::fputs(usage_text, stdout);
      std::exit(0);
    } else if (a == "--lookback") {
      o.lookback = number<int>(a, value());
    } else if (a == "--swing") {
      o.swing_pct = number<double>(a, value());
    } else if (a == "--swings") {
      o.print_swings = true;
    } else {
      throw usage_error("unknown option \"" + std::string(a) + "\" (try --help)");
    }
  }
  return o;
}

// The dates of the latest bars by bar number, in a ring: memory stays flat on an endless stream.
// Older bars (a level or swing more than 65,536 bars back) print as "bar N".
class recent_dates {
 public:
  explicit recent_dates(std::size_t capacity) : ring_(capacity) {}
  void push(const std::string& date) { ring_[count_++ % ring_.size()] = date; }
  [[nodiscard]] std::string at(std::size_t bar) const {
    if (bar >= count_ || count_ - bar > ring_.size()) return "bar " + std::to_string(bar);
    return ring_[bar % ring_.size()];
  }
  [[nodiscard]] std::size_t size() const noexcept { return count_; }

 private:
  std::vector<std::string> ring_;
  std::size_t count_ = 0;
};

// The live state: every indicator is a *_stream; nothing keeps the bars themselves. Memory stays
// flat and time linear on an endless stream: a ring of recent dates (for printing bar numbers
// as dates) and only the swings a measured move can still use.
struct live {
  explicit live(const options& o)
      : breakout([&] {
          taspan::breakout_options b;
          b.period = o.lookback;
          b.volume_period = 50;
          return b;
        }()),
        swing(taspan::swing_threshold::percent(o.swing_pct)),
        dates(65536) {}

  taspan::sma_stream<double> sma50{50};
  taspan::ema_stream<double> ema20{20};
  taspan::rsi_stream<double> rsi14{14};
  taspan::atr_stream<double> atr14{14};
  taspan::breakout_stream<double> breakout;
  taspan::swing_stream<double> swing;
  // Confirmed swings a breakout can still measure: those at or after the oldest bar a breakout
  // level can be on, and the two before them (the last high and low before that bar; older ones
  // of the same kind are never the latest before a level).
  std::vector<taspan::swing<double>> swings;
  std::size_t swings_seen = 0;
  recent_dates dates;

  void add_swing(const taspan::swing<double>& sw, std::size_t oldest_level_bar) {
    swings.push_back(sw);
    ++swings_seen;
    std::size_t drop = 0;
    while (drop + 2 < swings.size() && swings[drop + 2].bar < oldest_level_bar) ++drop;
    swings.erase(swings.begin(), swings.begin() + static_cast<std::ptrdiff_t>(drop));
  }
};

std::string fmt(double x) {
  if (std::isnan(x)) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const options o = parse(argc, argv);
    live s(o);
    taspan::csv_reader<double> rows(std::cin);
    taspan::ohlcv_bar<double> bar;
    double last_close = std::nan(""), sma = 0, ema = 0, rsi = 0, atr = 0;
    std::size_t alerts = 0;
    while (rows.next(bar)) {
      if (s.dates.size() == 0)
        std::printf("streaming: breakouts above the %d-bar high, swings of %.1f%%, from stdin\n",
                    o.lookback, o.swing_pct);
      s.dates.push(bar.date_text);
      const std::size_t bar_no = s.dates.size() - 1;
      sma = s.sma50.update(bar.close);
      ema = s.ema20.update(bar.close);
      rsi = s.rsi14.update(bar.close);
      atr = s.atr14.update(bar.high, bar.low, bar.close);
      if (auto sw = s.swing.update(bar.high, bar.low)) {
        const auto lookback = static_cast<std::size_t>(o.lookback);
        s.add_swing(*sw, bar_no >= lookback ? bar_no - lookback : 0);
        if (o.print_swings)
          std::printf("%s swing %s %s on %s\n", bar.date_text.c_str(),
                      sw->kind == taspan::extreme::high ? "high" : "low ", fmt(sw->price).c_str(),
                      s.dates.at(sw->bar).c_str());
      }
      const auto fired = s.breakout.update(bar.high, bar.low, bar.close, bar.volume);
      if (fired.up) {
        const auto& e = *fired.up;
        ++alerts;
        std::printf("%s BREAKOUT close %s > %d-bar high %s (%s); volume x%s; rsi %.1f; atr %s",
                    bar.date_text.c_str(), fmt(e.price).c_str(), o.lookback, fmt(e.level).c_str(),
                    s.dates.at(e.level_bar).c_str(), fmt(e.volume_ratio).c_str(), rsi,
                    fmt(atr).c_str());
        if (const auto mm = taspan::measured_move_for(e, s.swings)) {
          const auto& t = mm->targets;
          std::printf("\n    targets: points %s, percent %s, fib 1.618 %s (leg %s on %s -> %s)\n",
                      fmt(t.arithmetic).c_str(), fmt(t.percent).c_str(),
                      fmt(t.fibonacci[1]).c_str(), fmt(mm->low).c_str(),
                      s.dates.at(mm->low_bar).c_str(), fmt(mm->high).c_str());
        } else {
          std::printf("\n    targets: none (no confirmed swing low before the level)\n");
        }
      }
      last_close = bar.close;
    }
    if (s.dates.size() == 0) throw usage_error("no bars on stdin");
    std::printf(
        "%zu bars, %zu breakouts, %zu swings; last bar %s: close %s sma50 %s ema20 %s "
        "rsi14 %s atr14 %s\n",
        s.dates.size(), alerts, s.swings_seen, s.dates.at(s.dates.size() - 1).c_str(),
        fmt(last_close).c_str(), fmt(sma).c_str(), fmt(ema).c_str(), fmt(rsi).c_str(),
        fmt(atr).c_str());
    // peek: if the next bar opened at the last close and closed at c (high and low at the
    // extremes of the two), what would the indicators and the detector say? No state changes.
    std::printf("peek: if the next bar opened at the last close and closed at\n");
    std::printf("%7s %9s %9s %9s %7s %8s  %s\n", "change", "close", "sma50", "ema20", "rsi14",
                "atr14", "breakout");
    for (const double move : {-0.03, -0.01, 0.0, 0.01, 0.03, 0.06}) {
      const double c = last_close * (1.0 + move);
      const double hi = std::max(c, last_close), lo = std::min(c, last_close);
      const auto b = s.breakout.peek(hi, lo, c);
      std::printf("%+6.1f%% %9s %9s %9s %7.1f %8s  %s\n", 100 * move, fmt(c).c_str(),
                  fmt(s.sma50.peek(c)).c_str(), fmt(s.ema20.peek(c)).c_str(), s.rsi14.peek(c),
                  fmt(s.atr14.peek(hi, lo, c)).c_str(),
                  b.up ? ("fires above " + fmt(b.up->level)).c_str() : "no");
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "streaming: %s\n", e.what());
    return 2;
  }
}
