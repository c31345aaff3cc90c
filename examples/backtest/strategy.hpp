#pragma once
// A breakout strategy backtest: example code (not taspan API) that the `backtest` program and its
// tests share. Long only, one position at a time, all equity in each trade.
//
// Each bar t is processed in this order, so that nothing uses a bar before it has happened:
//   1. orders placed at the close of bar t-1 fill at the open of bar t (an entry, or a time exit);
//   2. an open position is tested against its stop and target on bar t's range;
//   3. equity is marked at the close of bar t;
//   4. at the close of bar t the signals of bar t (breakout, measured-move target, ATR) are
//      known: the trailing stop is raised, the time limit is checked, and a new entry is ordered
//      for the open of bar t+1.
// The signals come either from taspan's streaming classes, bar by bar (stream_signals), or from
// its batch functions over the whole series (batch_signals); the tests check that both give
// identical trades.
//
// Rules:
// - Entry: an upside breakout (taspan::breakout_stream / taspan::breakouts) on bar t that passes
//   the optional confirmations (volume ratio >= min_volume_ratio; the last closed week's trend
//   up, via the event's higher_tf_agrees) and has a measured-move target
//   (taspan::measured_move_for, measuring the event's range or the last confirmed zigzag swing
//   low into the level) buys at the open of bar t+1. No target, no trade.
// - Initial stop: close[t] - stop_atr * ATR[t]; after every close in the trade it is raised to
//   close - stop_atr * ATR if that is higher (an ATR trailing stop; it never moves down).
// - Exits, whichever comes first:
//     stop:   a bar whose low reaches the stop sells at the stop; if the bar opens at or below the
//             stop (a gap through it) it sells at the open instead;
//     target: a bar whose high reaches the target sells at the target; a gap above it sells at
//             the open (better than the target);
//     if one bar reaches both the stop and the target, the stop is assumed to come first;
//     time:   after max_bars bars in the trade (entry bar included), sell at the next open;
//     end:    a position still open on the last bar is sold at its close.
// - The entry bar is tested for the stop and target after the open fill. An entry whose open is
//   already at or beyond its target or stop is not taken (counted as skipped).
// - Costs: every fill pays slippage_bps (buys fill higher, sells lower, stops and targets
//   included) and commission_bps of the traded value.

#include <taspan/io/csv.hpp>
#include <taspan/taspan.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace bt {

using bars = taspan::ohlcv<double>;
inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

enum class target_kind { arithmetic, percent, fib1618 };

struct params {
  taspan::breakout_method method = taspan::breakout_method::highest;
  int lookback = 50;            // highest, donchian: bars in the window
  int min_bars = 20;            // range: shortest base
  double max_height = 0.15;     // range: largest (top - bottom) / top
  double min_volume_ratio = 0;  // > 0: require volume / mean volume of volume_period bars >= this
  int volume_period = 50;
  bool weekly_trend = false;  // require the last closed week's trend (30-week SMA) to be up
  int weekly_period = 30;
  int weekly_slope = 4;
  // How weeks close: on their last weekday (exchange data) or on the next week's first bar (data
  // with weekend bars; see examples/common/close_rule.hpp).
  taspan::close_rule week_close = taspan::close_rule::last_weekday;
  double swing_pct = 5.0;  // zigzag threshold of the legs that measured moves measure
  target_kind target = target_kind::arithmetic;
  int atr_period = 14;
  double stop_atr = 3.0;  // trailing stop distance, in ATRs
  int max_bars = 60;      // time limit, bars in the trade
  double commission_bps = 1.0;
  double slippage_bps = 2.0;
  double initial_equity = 100000.0;
};

// What is known at the close of one bar.
struct signal {
  bool entry = false;   // an upside breakout that passed the confirmations and has a target
  double level = nan;   // the level it broke
  double target = nan;  // its measured-move target
  double atr = nan;     // ATR at this bar
  bool operator==(const signal& o) const {
    auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    return entry == o.entry && same(level, o.level) && same(target, o.target) && same(atr, o.atr);
  }
};

inline taspan::breakout_options breakout_opts(const params& p) {
  taspan::breakout_options o;
  o.method = p.method;
  o.period = p.lookback;
  o.min_bars = p.min_bars;
  o.max_height = p.max_height;
  o.volume_period = p.min_volume_ratio > 0 ? p.volume_period : 0;
  return o;
}

inline double pick(const taspan::measured_move_targets<double>& t, target_kind k) {
  switch (k) {
    case target_kind::arithmetic:
      return t.arithmetic;
    case target_kind::percent:
      return t.percent;
    case target_kind::fib1618:
      return t.fibonacci[1];
  }
  return nan;
}

// The entry decision shared by both signal sources: the confirmations and the target.
inline signal decide(const params& p, const std::optional<taspan::breakout_event<double>>& up,
                     std::span<const taspan::swing<double>> swings, double atr) {
  signal s;
  s.atr = atr;
  if (!up) return s;
  if (p.min_volume_ratio > 0 && !(up->volume_ratio >= p.min_volume_ratio)) return s;
  if (p.weekly_trend && up->higher_tf_agrees != true) return s;
  const auto mm = taspan::measured_move_for(*up, swings);
  if (!mm) return s;
  s.entry = true;
  s.level = up->level;
  s.target = pick(mm->targets, p.target);
  return s;
}

// Signals bar by bar from taspan's streaming classes: update() sees only the bar it is given.
class stream_signals {
 public:
  explicit stream_signals(const params& p)
      : p_(p),
        breakout_(breakout_opts(p)),
        swing_(taspan::swing_threshold::percent(p.swing_pct)),
        atr_(p.atr_period),
        weeks_(taspan::period_unit::week, p.week_close),
        weekly_trend_(p.weekly_period, p.weekly_slope) {}

  signal update(std::chrono::year_month_day date, double open, double high, double low,
                double close, double volume) {
    double htf = nan;
    if (p_.weekly_trend) {
      for (const auto& week : weeks_.update(date, open, high, low, close, volume))
        htf_ = weekly_trend_.update(week.close);  // weeks that closed by this bar
      htf = htf_;
    }
    if (auto s = swing_.update(high, low)) swings_.push_back(*s);
    const double atr = atr_.update(high, low, close);
    const auto fired = breakout_.update(high, low, close, volume, htf);
    return decide(p_, fired.up, swings_, atr);
  }

 private:
  params p_;
  taspan::breakout_stream<double> breakout_;
  taspan::swing_stream<double> swing_;
  taspan::atr_stream<double> atr_;
  taspan::resample_stream<double> weeks_;
  taspan::trend_stream<double> weekly_trend_;
  double htf_ = nan;
  std::vector<taspan::swing<double>> swings_;  // confirmed so far
};

// The same signals from taspan's batch functions over the whole series.
inline std::vector<signal> batch_signals(const bars& b, const params& p) {
  const std::size_t n = b.close.size();
  const auto atr = taspan::atr(b.high, b.low, b.close, p.atr_period);
  const auto sw = taspan::swings(b.high, b.low, taspan::swing_threshold::percent(p.swing_pct));
  std::vector<double> htf;
  if (p.weekly_trend) {
    const auto weeks = taspan::resample(b, taspan::period_unit::week);
    htf = taspan::align(weeks, taspan::trend(weeks.close, p.weekly_period, p.weekly_slope), n);
  }
  taspan::breakout_series<double> in{b.high, b.low, b.close};
  const auto opt = breakout_opts(p);
  if (opt.volume_period > 0) in.volume = b.volume;
  in.higher_tf = htf;
  const auto events = taspan::breakouts(in, opt);
  std::vector<signal> out(n);
  std::size_t e = 0;
  for (std::size_t t = 0; t < n; ++t) {
    std::optional<taspan::breakout_event<double>> up;
    for (; e < events.size() && events[e].bar == t; ++e)
      if (events[e].side == taspan::direction::up) up = events[e];
    out[t] = decide(p, up, sw, atr[t]);
  }
  return out;
}

enum class exit_reason { target, stop, time, end };

inline const char* name(exit_reason r) {
  switch (r) {
    case exit_reason::target:
      return "target";
    case exit_reason::stop:
      return "stop";
    case exit_reason::time:
      return "time";
    case exit_reason::end:
      return "end";
  }
  return "?";
}

struct trade {
  std::size_t signal_bar = 0, entry_bar = 0, exit_bar = 0;
  double level = nan, target = nan, initial_stop = nan;
  double entry_price = 0, exit_price = 0;  // fills, after slippage
  double units = 0;
  double cost = 0, proceeds = 0;  // cash out at entry, in at exit (commission included)
  exit_reason reason = exit_reason::end;
  bool gap = false;  // the exit filled at the open, through the stop or target
  [[nodiscard]] double pnl() const { return proceeds - cost; }
  [[nodiscard]] double ret() const { return proceeds / cost - 1.0; }
  bool operator==(const trade&) const = default;
};

struct result {
  std::vector<trade> trades;
  std::vector<double> equity;  // marked at each close
  std::size_t skipped = 0;     // entries not taken: the open was beyond the target or stop
  std::size_t bars_in_market = 0;
};

// The bar-by-bar engine (fills, position, stops). Feed every bar with the signal of that bar.
class engine {
 public:
  explicit engine(const params& p) : p_(p), cash_(p.initial_equity) {}

  void on_bar(double open, double high, double low, double close, const signal& s) {
    const std::size_t t = bar_++;
    const double slip = p_.slippage_bps * 1e-4, comm = p_.commission_bps * 1e-4;
    // 1. fills at the open
    if (exit_at_open_) {
      close_position(t, open, exit_reason::time, false);
      exit_at_open_ = false;
    }
    if (pending_) {
      const signal e = *pending_;
      pending_.reset();
      if (open >= e.target || open <= stop_) {
        ++res_.skipped;
      } else {
        trade tr;
        tr.signal_bar = t - 1;
        tr.entry_bar = t;
        tr.level = e.level;
        tr.target = e.target;
        tr.initial_stop = stop_;
        tr.entry_price = open * (1.0 + slip);
        tr.units = cash_ / (tr.entry_price * (1.0 + comm));
        tr.cost = cash_;
        cash_ = 0;
        pos_ = tr;
      }
    }
    // 2. stop and target within the bar
    if (pos_) {
      const bool from_open = pos_->entry_bar != t;  // gaps are only possible after the entry bar
      if (from_open && open <= stop_) {
        close_position(t, open, exit_reason::stop, true);
      } else if (from_open && open >= pos_->target) {
        close_position(t, open, exit_reason::target, true);
      } else if (low <= stop_) {
        close_position(t, stop_, exit_reason::stop, false);
      } else if (high >= pos_->target) {
        close_position(t, pos_->target, exit_reason::target, false);
      }
    }
    if (pos_ || (!res_.trades.empty() && res_.trades.back().exit_bar == t &&
                 !res_.trades.back().gap && res_.trades.back().reason != exit_reason::time))
      ++res_.bars_in_market;
    // 3. mark
    res_.equity.push_back(cash_ + (pos_ ? pos_->units * close : 0.0));
    // 4. at the close: stop, time limit, new entry
    if (pos_) {
      if (!std::isnan(s.atr)) stop_ = std::max(stop_, close - p_.stop_atr * s.atr);
      if (t + 1 - pos_->entry_bar >= static_cast<std::size_t>(p_.max_bars)) exit_at_open_ = true;
    } else if (s.entry && !std::isnan(s.atr)) {
      pending_ = s;
      stop_ = close - p_.stop_atr * s.atr;
    }
  }

  // Closes a position still open at the last close (reason end) and returns the result.
  result finish(double last_close) {
    if (pos_ && bar_ > 0) {
      close_position(bar_ - 1, last_close, exit_reason::end, false);
      res_.equity.back() = cash_;
    }
    return std::move(res_);
  }

 private:
  void close_position(std::size_t t, double price, exit_reason why, bool gap) {
    const double slip = p_.slippage_bps * 1e-4, comm = p_.commission_bps * 1e-4;
    trade tr = *pos_;
    tr.exit_bar = t;
    tr.exit_price = price * (1.0 - slip);
    tr.proceeds = tr.units * tr.exit_price * (1.0 - comm);
    tr.reason = why;
    tr.gap = gap;
    cash_ = tr.proceeds;
    res_.trades.push_back(tr);
    pos_.reset();
  }

  params p_;
  double cash_;
  double stop_ = nan;
  std::optional<trade> pos_;
  std::optional<signal> pending_;
  bool exit_at_open_ = false;
  std::size_t bar_ = 0;
  result res_;
};

// The backtest with streaming signals: bar by bar, nothing sees a later bar.
inline result run_stream(const bars& b, const params& p) {
  stream_signals sig(p);
  engine eng(p);
  const bool dated = !b.date.empty();
  for (std::size_t t = 0; t < b.close.size(); ++t) {
    const signal s =
        sig.update(dated ? b.date[t] : std::chrono::year_month_day{}, b.open[t], b.high[t],
                   b.low[t], b.close[t], b.volume.empty() ? nan : b.volume[t]);
    eng.on_bar(b.open[t], b.high[t], b.low[t], b.close[t], s);
  }
  return eng.finish(b.close.empty() ? nan : b.close.back());
}

// The same backtest with signals from the batch functions.
inline result run_batch(const bars& b, const params& p) {
  const auto sig = batch_signals(b, p);
  engine eng(p);
  for (std::size_t t = 0; t < b.close.size(); ++t)
    eng.on_bar(b.open[t], b.high[t], b.low[t], b.close[t], sig[t]);
  return eng.finish(b.close.empty() ? nan : b.close.back());
}

// ---- statistics ----

struct stats {
  double total_return = 0, annual_return = 0, max_drawdown = 0;
  double win_rate = nan, profit_factor = nan, exposure = 0;
  std::size_t trades = 0;
};

// Years from the first to the last bar: calendar days / 365.25 if dated, else bars / 252.
inline double years(const bars& b) {
  if (b.date.size() >= 2) {
    const auto days =
        (std::chrono::sys_days{b.date.back()} - std::chrono::sys_days{b.date.front()}).count();
    return static_cast<double>(days) / 365.25;
  }
  return static_cast<double>(b.close.size()) / 252.0;
}

inline std::vector<double> drawdown(std::span<const double> equity) {
  std::vector<double> dd(equity.size());
  double peak = -std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < equity.size(); ++i) {
    peak = std::max(peak, equity[i]);
    dd[i] = equity[i] / peak - 1.0;
  }
  return dd;
}

inline void curve_stats(std::span<const double> equity, double initial, double yrs, stats& s) {
  if (equity.empty()) return;
  s.total_return = equity.back() / initial - 1.0;
  s.annual_return = yrs > 0 ? std::pow(1.0 + s.total_return, 1.0 / yrs) - 1.0 : nan;
  const auto dd = drawdown(equity);
  s.max_drawdown = -*std::min_element(dd.begin(), dd.end());
}

inline stats summarize(const result& r, const bars& b, const params& p) {
  stats s;
  curve_stats(r.equity, p.initial_equity, years(b), s);
  s.trades = r.trades.size();
  double gains = 0, losses = 0;
  std::size_t wins = 0;
  for (const trade& t : r.trades) {
    if (t.pnl() > 0) {
      ++wins;
      gains += t.pnl();
    } else {
      losses -= t.pnl();
    }
  }
  if (s.trades > 0) s.win_rate = static_cast<double>(wins) / static_cast<double>(s.trades);
  s.profit_factor = losses > 0  ? gains / losses
                    : gains > 0 ? std::numeric_limits<double>::infinity()
                                : nan;
  s.exposure = b.close.empty()
                   ? 0.0
                   : static_cast<double>(r.bars_in_market) / static_cast<double>(b.close.size());
  return s;
}

// Buy at the first open, sell at the last close, with the same costs.
struct buy_and_hold {
  std::vector<double> equity;
  stats s;
};

inline buy_and_hold hold(const bars& b, const params& p) {
  buy_and_hold h;
  if (b.close.empty()) return h;
  const double slip = p.slippage_bps * 1e-4, comm = p.commission_bps * 1e-4;
  const double units = p.initial_equity / (b.open.front() * (1.0 + slip) * (1.0 + comm));
  for (double c : b.close) h.equity.push_back(units * c);
  h.equity.back() = units * b.close.back() * (1.0 - slip) * (1.0 - comm);
  curve_stats(h.equity, p.initial_equity, years(b), h.s);
  h.s.trades = 1;
  h.s.exposure = 1.0;
  return h;
}

// ---- parameter sweep ----

struct sweep_row {
  int lookback = 0;
  double stop_atr = 0;
  stats s;
  bool operator==(const sweep_row& o) const {
    auto same = [](double a, double c) { return a == c || (std::isnan(a) && std::isnan(c)); };
    return lookback == o.lookback && stop_atr == o.stop_atr &&
           same(s.total_return, o.s.total_return) && same(s.annual_return, o.s.annual_return) &&
           same(s.max_drawdown, o.s.max_drawdown) && same(s.win_rate, o.s.win_rate) &&
           same(s.profit_factor, o.s.profit_factor) && same(s.exposure, o.s.exposure) &&
           s.trades == o.s.trades;
  }
};

// Every (lookback, stop) pair, on `threads` threads (1: sequential). Each thread takes the next
// parameter set from a shared counter and writes its own row; the rows do not depend on the
// thread count.
inline std::vector<sweep_row> sweep(const bars& b, const params& base,
                                    std::span<const int> lookbacks, std::span<const double> stops,
                                    unsigned threads) {
  std::vector<sweep_row> rows;
  for (int lb : lookbacks)
    for (double st : stops) rows.push_back({lb, st, {}});
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < rows.size(); i = next++) {
      params p = base;
      p.lookback = rows[i].lookback;
      p.stop_atr = rows[i].stop_atr;
      rows[i].s = summarize(run_stream(b, p), b, p);
    }
  };
  if (threads <= 1) {
    work();
    return rows;
  }
  // More threads than parameter sets would idle; a thread that cannot start is an error, raised
  // once the started ones have joined (std::thread's destructor would otherwise terminate).
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, rows.size()));
  std::vector<std::thread> pool;
  std::string failure;
  for (unsigned k = 0; k < threads && failure.empty(); ++k) {
    try {
      pool.emplace_back(work);
    } catch (const std::system_error& e) {
      failure = "cannot start sweep thread " + std::to_string(k + 1) + " of " +
                std::to_string(threads) + ": " + e.what();
      next = rows.size();  // the running threads stop after their current set
    }
  }
  for (auto& th : pool) th.join();
  if (!failure.empty()) throw std::runtime_error(failure);
  return rows;
}

}  // namespace bt
