// backtest: a breakout strategy on daily bars, run bar by bar through taspan's streaming API.
// The rules are in strategy.hpp; `backtest --help` lists the options.

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "../common/chart_ticks.hpp"
#include "../common/cli.hpp"
#include "../common/close_rule.hpp"
#include "../common/json_number.hpp"
#include "../common/write_file.hpp"
#include "strategy.hpp"

#ifndef TASPAN_SOURCE_DIR
#define TASPAN_SOURCE_DIR "."
#endif

namespace {

using example_cli::number;
using example_cli::usage_error;

const char* const usage_text =
    "usage: backtest [options]\n"
    "A long-only breakout strategy on daily OHLCV bars, run bar by bar through taspan's\n"
    "streaming classes: buy at the next open after an upside breakout; sell at the measured-move\n"
    "target, at an ATR trailing stop or after a time limit, whichever comes first (a gap through\n"
    "the stop or target fills at the open).\n"
    "  --csv FILE           daily bars (default: examples/data/rut_daily.csv, Russell 2000)\n"
    "  --method M           highest | all_time | donchian | range        (default highest)\n"
    "  --lookback N         breakout window, bars (highest, donchian)      (default 50)\n"
    "  --min-bars N         range: shortest base, bars                    (default 20)\n"
    "  --max-height X       range: largest (top - bottom) / top           (default 0.15)\n"
    "  --volume R           only breakouts with volume >= R x its 50-bar mean (default off)\n"
    "  --weekly-trend       only breakouts while the last closed week's 30-week trend is up\n"
    "  --swing PCT          zigzag threshold of the leg a measured move measures (default 5)\n"
    "  --target T           arithmetic | percent | fib1.618              (default arithmetic)\n"
    "  --stop K             trailing stop, ATR multiples                  (default 3)\n"
    "  --atr N              ATR period                                    (default 14)\n"
    "  --max-bars N         time limit, bars in a trade                   (default 60)\n"
    "  --commission BPS     per fill, basis points of the traded value    (default 1)\n"
    "  --slippage BPS       per fill, basis points of the price           (default 2)\n"
    "  --json               print the trades and summary as JSON\n"
    "  --svg FILE           draw price, trades, targets, equity and drawdown\n"
    "  --sweep              table over lookback 20,50,100,200 x stop 2,3,4 (parallel)\n"
    "  --threads N          threads for --sweep (default: hardware threads)\n";

struct options {
  std::string csv = std::string(TASPAN_SOURCE_DIR) + "/examples/data/rut_daily.csv";
  std::string csv_label = "examples/data/rut_daily.csv";  // the file, as printed
  bt::params p;
  bool json = false, do_sweep = false;
  std::string svg;
  unsigned threads = 0;
};

options parse(int argc, char** argv) {
  options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&] { return example_cli::option_value(argc, argv, i); };
    auto positive = [&](int v) {
      if (v < 1) throw usage_error(std::string(a) + " must be >= 1, got " + std::to_string(v));
      return v;
    };
    auto non_negative = [&](double v) {
      if (!(v >= 0) || !std::isfinite(v))
        throw usage_error(std::string(a) + " must be >= 0, got " + std::to_string(v));
      return v;
    };
    // Costs in basis points: 10,000 bp is the whole traded value, beyond which returns are
    // meaningless (buy and hold went below -100% and the annual return printed nan).
    auto cost_bps = [&](double v) {
      if (non_negative(v) >= 10000)
        throw usage_error(std::string(a) + " must be < 10000 (basis points), got " +
                          std::to_string(v));
      return v;
    };
    if (a == "--help" || a == "-h") {
      std::fputs(usage_text, stdout);
      std::exit(0);
    } else if (a == "--csv") {
      o.csv = o.csv_label = value();
    } else if (a == "--method") {
      const std::string_view m = value();
      using taspan::breakout_method;
      if (m == "highest")
        o.p.method = breakout_method::highest;
      else if (m == "all_time")
        o.p.method = breakout_method::all_time;
      else if (m == "donchian")
        o.p.method = breakout_method::donchian;
      else if (m == "range")
        o.p.method = breakout_method::range;
      else
        throw usage_error("--method must be highest, all_time, donchian or range, got \"" +
                          std::string(m) + "\"");
    } else if (a == "--lookback") {
      o.p.lookback = positive(number<int>(a, value()));
    } else if (a == "--min-bars") {
      o.p.min_bars = positive(number<int>(a, value()));
    } else if (a == "--max-height") {
      o.p.max_height = non_negative(number<double>(a, value()));
    } else if (a == "--volume") {
      o.p.min_volume_ratio = non_negative(number<double>(a, value()));
    } else if (a == "--weekly-trend") {
      o.p.weekly_trend = true;
    } else if (a == "--swing") {
      o.p.swing_pct = non_negative(number<double>(a, value()));
    } else if (a == "--target") {
      const std::string_view t = value();
      if (t == "arithmetic")
        o.p.target = bt::target_kind::arithmetic;
      else if (t == "percent")
        o.p.target = bt::target_kind::percent;
      else if (t == "fib1.618")
        o.p.target = bt::target_kind::fib1618;
      else
        throw usage_error("--target must be arithmetic, percent or fib1.618, got \"" +
                          std::string(t) + "\"");
    } else if (a == "--stop") {
      o.p.stop_atr = non_negative(number<double>(a, value()));
    } else if (a == "--atr") {
      o.p.atr_period = positive(number<int>(a, value()));
    } else if (a == "--max-bars") {
      o.p.max_bars = positive(number<int>(a, value()));
    } else if (a == "--commission") {
      o.p.commission_bps = cost_bps(number<double>(a, value()));
    } else if (a == "--slippage") {
      o.p.slippage_bps = cost_bps(number<double>(a, value()));
    } else if (a == "--json") {
      o.json = true;
    } else if (a == "--svg") {
      o.svg = value();
    } else if (a == "--sweep") {
      o.do_sweep = true;
    } else if (a == "--threads") {
      o.threads = static_cast<unsigned>(positive(number<int>(a, value())));
    } else {
      throw usage_error("unknown option \"" + std::string(a) + "\" (try --help)");
    }
  }
  return o;
}

const char* method_name(taspan::breakout_method m) {
  switch (m) {
    case taspan::breakout_method::highest:
      return "highest";
    case taspan::breakout_method::all_time:
      return "all_time";
    case taspan::breakout_method::donchian:
      return "donchian";
    case taspan::breakout_method::range:
      return "range";
  }
  return "?";
}

const char* target_name(bt::target_kind k) {
  switch (k) {
    case bt::target_kind::arithmetic:
      return "arithmetic";
    case bt::target_kind::percent:
      return "percent";
    case bt::target_kind::fib1618:
      return "fib1.618";
  }
  return "?";
}

std::string date_of(const bt::bars& b, std::size_t i) {
  return b.date_text.empty() ? std::to_string(i) : b.date_text[i];
}

std::string pct(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * x);
  return buf;
}

std::string num(double x, const char* fmt = "%.2f") {
  if (std::isinf(x)) return "inf";
  if (std::isnan(x)) return "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, x);
  return buf;
}

// JSON numbers: non-finite values as null.
std::string jnum(double x) { return taspan_examples::json_number(x); }

void print_text(const options& o, const bt::bars& b, const bt::result& r, const bt::stats& s,
                const bt::buy_and_hold& h) {
  const auto& p = o.p;
  std::printf("breakout backtest (long only): %s, %zu bars %s .. %s\n", o.csv_label.c_str(),
              b.close.size(), date_of(b, 0).c_str(), date_of(b, b.close.size() - 1).c_str());
  std::printf(
      "entry: %s breakout, lookback %d%s%s; target %s (swing %.1f%%); stop %.1f x ATR(%d); "
      "time %d bars; costs %.1f + %.1f bps\n\n",
      method_name(p.method), p.lookback,
      p.min_volume_ratio > 0 ? (", volume >= " + num(p.min_volume_ratio) + "x").c_str() : "",
      p.weekly_trend ? ", weekly trend up" : "", target_name(p.target), p.swing_pct, p.stop_atr,
      p.atr_period, p.max_bars, p.commission_bps, p.slippage_bps);
  std::printf("%3s  %-10s %9s  %-10s %9s  %-6s %9s %9s %5s %9s %10s\n", "#", "entry", "price",
              "exit", "price", "reason", "target", "stop0", "bars", "return", "P&L");
  for (std::size_t k = 0; k < r.trades.size(); ++k) {
    const auto& t = r.trades[k];
    std::printf("%3zu  %-10s %9.2f  %-10s %9.2f  %-6s %9.2f %9.2f %5zu %9s %10.2f\n", k + 1,
                date_of(b, t.entry_bar).c_str(), t.entry_price, date_of(b, t.exit_bar).c_str(),
                t.exit_price, (std::string(bt::name(t.reason)) + (t.gap ? "*" : "")).c_str(),
                t.target, t.initial_stop, t.exit_bar - t.entry_bar + 1, pct(t.ret()).c_str(),
                t.pnl());
  }
  if (r.trades.empty()) std::printf("(no trades)\n");
  std::printf("(* filled at the open, through the level)%s\n\n",
              r.skipped ? (" skipped entries: " + std::to_string(r.skipped)).c_str() : "");
  std::printf("%-22s %12s %12s\n", "", "strategy", "buy & hold");
  std::printf("%-22s %12s %12s\n", "total return", pct(s.total_return).c_str(),
              pct(h.s.total_return).c_str());
  std::printf("%-22s %12s %12s\n", "annualised return", pct(s.annual_return).c_str(),
              pct(h.s.annual_return).c_str());
  std::printf("%-22s %12s %12s\n", "max drawdown", pct(s.max_drawdown).c_str(),
              pct(h.s.max_drawdown).c_str());
  std::printf("%-22s %12s %12s\n", "win rate",
              std::isnan(s.win_rate) ? "n/a" : pct(s.win_rate).c_str(), "");
  std::printf("%-22s %12s %12s\n", "profit factor", num(s.profit_factor).c_str(), "");
  std::printf("%-22s %12s %12s\n", "exposure", pct(s.exposure).c_str(), pct(1.0).c_str());
  std::printf("%-22s %12zu %12d\n", "trades", s.trades, 1);
}

void stats_json(std::ostream& out, const bt::stats& s) {
  out << "{\"total_return\": " << jnum(s.total_return)
      << ", \"annual_return\": " << jnum(s.annual_return)
      << ", \"max_drawdown\": " << jnum(s.max_drawdown) << ", \"win_rate\": " << jnum(s.win_rate)
      << ", \"profit_factor\": " << jnum(s.profit_factor) << ", \"exposure\": " << jnum(s.exposure)
      << ", \"trades\": " << s.trades << "}";
}

void print_json(const options& o, const bt::bars& b, const bt::result& r, const bt::stats& s,
                const bt::buy_and_hold& h) {
  const auto& p = o.p;
  std::ostringstream out;
  out << "{\n  \"bars\": " << b.close.size() << ", \"first\": \"" << date_of(b, 0)
      << "\", \"last\": \"" << date_of(b, b.close.size() - 1) << "\",\n";
  out << "  \"params\": {\"method\": \"" << method_name(p.method)
      << "\", \"lookback\": " << p.lookback
      << ", \"min_volume_ratio\": " << jnum(p.min_volume_ratio)
      << ", \"weekly_trend\": " << (p.weekly_trend ? "true" : "false")
      << ", \"swing_pct\": " << jnum(p.swing_pct) << ", \"target\": \"" << target_name(p.target)
      << "\", \"stop_atr\": " << jnum(p.stop_atr) << ", \"atr_period\": " << p.atr_period
      << ", \"max_bars\": " << p.max_bars << ", \"commission_bps\": " << jnum(p.commission_bps)
      << ", \"slippage_bps\": " << jnum(p.slippage_bps) << "},\n  \"trades\": [";
  for (std::size_t k = 0; k < r.trades.size(); ++k) {
    const auto& t = r.trades[k];
    out << (k ? ",\n    " : "\n    ") << "{\"entry_date\": \"" << date_of(b, t.entry_bar)
        << "\", \"entry_bar\": " << t.entry_bar << ", \"entry_price\": " << jnum(t.entry_price)
        << ", \"exit_date\": \"" << date_of(b, t.exit_bar) << "\", \"exit_bar\": " << t.exit_bar
        << ", \"exit_price\": " << jnum(t.exit_price) << ", \"reason\": \"" << bt::name(t.reason)
        << "\", \"gap\": " << (t.gap ? "true" : "false") << ", \"level\": " << jnum(t.level)
        << ", \"target\": " << jnum(t.target) << ", \"initial_stop\": " << jnum(t.initial_stop)
        << ", \"return\": " << jnum(t.ret()) << ", \"pnl\": " << jnum(t.pnl()) << "}";
  }
  out << (r.trades.empty() ? "],\n" : "\n  ],\n");
  out << "  \"skipped\": " << r.skipped << ",\n  \"summary\": ";
  stats_json(out, s);
  out << ",\n  \"buy_and_hold\": ";
  stats_json(out, h.s);
  out << "\n}\n";
  std::fputs(out.str().c_str(), stdout);
}

// ---- SVG: price with trades and targets; equity; drawdown ----

void write_svg(const std::string& path, const options& o, const bt::bars& b, const bt::result& r,
               const bt::buy_and_hold& h) {
  const double W = 1000, left = 70, right = 20, plot_w = W - left - right;
  struct panel {
    double top, height, lo, hi;
    [[nodiscard]] double y(double v) const { return top + height * (hi - v) / (hi - lo); }
  };
  const std::size_t n = b.close.size();
  auto x = [&](std::size_t i) {
    return left + plot_w * static_cast<double>(i) / static_cast<double>(n > 1 ? n - 1 : 1);
  };
  auto range_of = [](std::span<const double> v, double& lo, double& hi) {
    lo = std::numeric_limits<double>::infinity();
    hi = -lo;
    for (double e : v) {
      if (std::isnan(e)) continue;
      lo = std::min(lo, e);
      hi = std::max(hi, e);
    }
    const double pad = (hi - lo) * 0.05 + 1e-9;
    lo -= pad;
    hi += pad;
  };
  double plo, phi;
  std::vector<double> prices(b.low.begin(), b.low.end());
  prices.insert(prices.end(), b.high.begin(), b.high.end());
  for (const auto& t : r.trades) prices.push_back(t.target);
  range_of(prices, plo, phi);
  panel price{55, 330, plo, phi};
  std::vector<double> eq(r.equity.begin(), r.equity.end());
  eq.insert(eq.end(), h.equity.begin(), h.equity.end());
  double elo, ehi;
  range_of(eq, elo, ehi);
  panel equity{420, 150, elo, ehi};
  const auto dd = bt::drawdown(r.equity);
  const auto hdd = bt::drawdown(h.equity);
  double dlo = 0;
  for (double d : dd) dlo = std::min(dlo, d);
  for (double d : hdd) dlo = std::min(dlo, d);
  panel down{610, 100, dlo * 1.05 - 1e-9, 0};

  std::ostringstream f;  // the whole chart, written to the file at the end (or not at all)
  char buf[256];
  auto line = [&](const char* fmt, auto... args) {
    std::snprintf(buf, sizeof buf, fmt, args...);
    f << buf;
  };
  line(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"750\" "
      "viewBox=\"0 0 %.0f 750\" font-family=\"sans-serif\" font-size=\"12\">\n",
      W, W);
  f << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  line(
      "<text x=\"%.0f\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s breakout, lookback "
      "%d, stop %.1f ATR, time %d bars: %zu trades</text>\n",
      left, method_name(o.p.method), o.p.lookback, o.p.stop_atr, o.p.max_bars, r.trades.size());
  auto polyline = [&](const panel& pn, std::span<const double> v, const char* style) {
    f << "<polyline fill=\"none\" " << style << " points=\"";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (std::isnan(v[i])) continue;
      line("%.1f,%.1f ", x(i), pn.y(v[i]));
    }
    f << "\"/>\n";
  };
  auto axis = [&](const panel& pn, const char* label, bool percent) {
    line(
        "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" "
        "stroke=\"#999\"/>\n",
        left, pn.top, plot_w, pn.height);
    for (const double v : taspan_examples::nice_ticks(pn.lo, pn.hi, 5)) {  // round levels
      const double y = pn.y(v);
      line("<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>\n", left,
           left + plot_w, y, y);
      if (percent) {
        line("<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%.0f%%</text>\n", left - 6, y + 4,
             100 * v);
      } else {
        line("<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>\n", left - 6, y + 4, v);
      }
    }
    line("<text x=\"%.0f\" y=\"%.0f\" fill=\"#333\">%s</text>\n", left, pn.top - 6, label);
  };
  axis(price, "close; entries (green), exits (red), measured-move targets (orange)", false);
  axis(equity, "equity: strategy (blue), buy and hold (grey)", false);
  axis(down, "drawdown: strategy (blue), buy and hold (grey)", true);
  // year ticks
  if (!b.date.empty()) {
    for (std::size_t i = 0; i < n; ++i) {
      if (i > 0 && b.date[i].year() == b.date[i - 1].year()) continue;
      line("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"55\" y2=\"710\" stroke=\"#f0f0f0\"/>\n", x(i), x(i));
      line("<text x=\"%.1f\" y=\"728\" text-anchor=\"middle\">%d</text>\n", x(i),
           static_cast<int>(b.date[i].year()));
    }
  }
  polyline(price, b.close, "stroke=\"#555\" stroke-width=\"1\"");
  for (const auto& t : r.trades) {
    const double x0 = x(t.entry_bar), x1 = x(t.exit_bar);
    line(
        "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"orange\" "
        "stroke-width=\"2\"/>\n",
        x0, std::max(x1, x0 + 3), price.y(t.target), price.y(t.target));
    line(
        "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
        "stroke-width=\"1.5\" stroke-dasharray=\"3,2\"/>\n",
        x0, x1, price.y(t.entry_price), price.y(t.exit_price), t.pnl() > 0 ? "green" : "red");
    const double ye = price.y(t.entry_price), yx = price.y(t.exit_price);
    line("<path d=\"M%.1f %.1f l-5 9 h10 z\" fill=\"green\"/>\n", x0, ye + 2);
    line("<path d=\"M%.1f %.1f l-5 -9 h10 z\" fill=\"red\"/>\n", x1, yx - 2);
  }
  polyline(equity, h.equity, "stroke=\"#aaa\" stroke-width=\"1\"");
  polyline(equity, r.equity, "stroke=\"#1f5fbf\" stroke-width=\"1.5\"");
  polyline(down, hdd, "stroke=\"#aaa\" stroke-width=\"1\"");
  f << "<polygon fill=\"#1f5fbf\" fill-opacity=\"0.35\" stroke=\"#1f5fbf\" points=\"";
  line("%.1f,%.1f ", x(0), down.y(0));
  for (std::size_t i = 0; i < dd.size(); ++i) line("%.1f,%.1f ", x(i), down.y(dd[i]));
  line("%.1f,%.1f", x(n - 1), down.y(0));
  f << "\"/>\n</svg>\n";
  taspan_examples::write_whole_file(path, f.str());
}

void print_sweep_json(const options& o, const bt::bars& b, const std::vector<bt::sweep_row>& rows,
                      bool uses_lookback) {
  std::ostringstream out;
  out << "{\n  \"sweep\": \"" << method_name(o.p.method) << "\", \"bars\": " << b.close.size()
      << ",\n  \"rows\": [";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    out << (i ? ",\n" : "\n") << "    {\"lookback\": ";
    if (uses_lookback) {
      out << rows[i].lookback;
    } else {
      out << "null";
    }
    out << ", \"stop_atr\": " << jnum(rows[i].stop_atr) << ", \"summary\": ";
    stats_json(out, rows[i].s);
    out << "}";
  }
  out << "\n  ],\n  \"buy_and_hold\": ";
  stats_json(out, bt::hold(b, o.p).s);
  out << "\n}\n";
  std::fputs(out.str().c_str(), stdout);
}

void print_sweep(const options& o, const bt::bars& b) {
  // The lookback only matters to the highest and donchian methods: range and all_time would
  // repeat the same rows for every lookback.
  const bool uses_lookback = o.p.method == taspan::breakout_method::highest ||
                             o.p.method == taspan::breakout_method::donchian;
  const std::vector<int> lookbacks =
      uses_lookback ? std::vector<int>{20, 50, 100, 200} : std::vector<int>{o.p.lookback};
  const std::vector<double> stops{2.0, 3.0, 4.0};
  const auto sets = static_cast<unsigned>(lookbacks.size() * stops.size());
  const unsigned threads =
      std::min(sets, o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency()));
  const auto rows = bt::sweep(b, o.p, lookbacks, stops, threads);
  if (o.json) {
    print_sweep_json(o, b, rows, uses_lookback);
    return;
  }
  std::printf("sweep: %s breakout, %zu parameter sets on %u threads, %zu bars %s .. %s\n",
              method_name(o.p.method), rows.size(), threads, b.close.size(), date_of(b, 0).c_str(),
              date_of(b, b.close.size() - 1).c_str());
  std::printf("%8s %5s %7s %9s %9s %9s %8s %7s %9s\n", "lookback", "stop", "trades", "total",
              "annual", "max dd", "win", "PF", "exposure");
  for (const auto& row : rows) {
    std::printf("%8s %5.1f %7zu %9s %9s %9s %8s %7s %9s\n",
                uses_lookback ? std::to_string(row.lookback).c_str() : "-", row.stop_atr,
                row.s.trades, pct(row.s.total_return).c_str(), pct(row.s.annual_return).c_str(),
                pct(row.s.max_drawdown).c_str(),
                std::isnan(row.s.win_rate) ? "n/a" : pct(row.s.win_rate).c_str(),
                num(row.s.profit_factor).c_str(), pct(row.s.exposure).c_str());
  }
  const auto h = bt::hold(b, o.p);
  std::printf("buy and hold: total %s, annual %s, max dd %s\n", pct(h.s.total_return).c_str(),
              pct(h.s.annual_return).c_str(), pct(h.s.max_drawdown).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  try {
    options o = parse(argc, argv);
    const bt::bars b = taspan::read_csv<double>(o.csv);
    if (b.close.size() < 2) throw usage_error("\"" + o.csv + "\" has fewer than 2 bars");
    o.p.week_close = taspan_examples::close_rule_for(b.date);  // weekend bars: next_bar
    if (o.do_sweep) {
      if (!o.svg.empty())
        throw usage_error("--svg draws one run: it cannot be combined with --sweep");
      print_sweep(o, b);
      return 0;
    }
    const bt::result r = bt::run_stream(b, o.p);
    const bt::stats s = bt::summarize(r, b, o.p);
    const bt::buy_and_hold h = bt::hold(b, o.p);
    if (!o.svg.empty()) write_svg(o.svg, o, b, r, h);
    if (o.json) {
      print_json(o, b, r, s, h);
    } else {
      print_text(o, b, r, s, h);
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "backtest: %s\n", e.what());
    return 2;
  }
}
