// The backtest engine (strategy.hpp): exact trades on a hand-computed synthetic series, and the
// same trades from streaming and batch signals on the Russell 2000 data.

#include "strategy.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

// 17 bars (open, high, low, close), no dates. With a Donchian breakout over 3 bars, ATR(2), a
// stop of 1 ATR and a time limit of 3 bars, the rules in strategy.hpp give, by hand:
//  bar 3  closes 102 above the channel of bars 0-2 (top 101, bottom 97): target 101 + 4 = 105.
//         ATR(2): TR 2, 2 -> 2 at bar 2; bar 3 TR 2.5 -> 2.25. Stop 102 - 2.25 = 99.75.
//  bar 4  buys at the open, 102. Close 103, TR 1.5 -> ATR 1.875, stop 101.125.
//  bar 5  close 103.5, TR 2 -> ATR 1.9375, stop 101.5625.
//  bar 6  high 105.5 reaches the target: sells at 105 (trade 1: target, bars 4..6).
//         Bars 4-6 each closed outside the channel before them, so no new breakout fires.
//  bar 9  closes 106.5 above the channel of bars 6-8 (top 105.5, bottom 103): target 108.
//         ATR: bar 7 TR 1.5 -> 1.859375, bar 8 TR 1 -> 1.4296875, bar 9 TR 2.5 -> 1.96484375;
//         stop 106.5 - 1.96484375.
//  bar 10 buys at 106.5; close 106.8, TR 1 -> ATR 1.482421875, stop 105.317578125.
//  bar 11 opens at 104, below the stop: sells at the open, 104 (trade 2: stop, gap).
//         TR 3.8 -> ATR 2.6412109375.
//  bar 12 closes 107.5 above the channel of bars 9-11 (top 107, bottom 103): target 111.
//         TR 4.5 -> ATR 3.57060546875.
//  bar 13 buys at 107.5; bars 13, 14, 15 stay inside stop and target; after bar 15 the trade
//         has lasted 3 bars, so
//  bar 16 sells at the open, 107.75 (trade 3: time).
struct ohlc {
  double o, h, l, c;
};
const std::vector<ohlc> synthetic{
    {100, 101, 97, 100},        {100, 101, 99, 100},       {100, 101, 99, 100},
    {100, 102.5, 100, 102},     {102, 103, 101.5, 103},    {103, 104, 102, 103.5},
    {103.5, 105.5, 103, 105},   {105, 105.5, 104, 104.5},  {104.5, 105, 104, 104.5},
    {104.5, 107, 104.5, 106.5}, {106.5, 107, 106, 106.8},  {104, 104.5, 103, 103.5},
    {104, 108, 104, 107.5},     {107.5, 108, 107, 107.5},  {107.5, 108, 107, 107.5},
    {107.5, 108, 107, 107.5},   {107.75, 108, 107, 107.5},
};

bt::bars synthetic_bars() {
  bt::bars b;
  for (const auto& x : synthetic) {
    b.open.push_back(x.o);
    b.high.push_back(x.h);
    b.low.push_back(x.l);
    b.close.push_back(x.c);
    b.volume.push_back(1000);
  }
  return b;
}

// P&L is a difference of two sums of about 1e5: compare to a cent's millionth.
constexpr double money = 1e-8;

bt::params synthetic_params() {
  bt::params p;
  p.method = taspan::breakout_method::donchian;
  p.lookback = 3;
  p.atr_period = 2;
  p.stop_atr = 1.0;
  p.max_bars = 3;
  p.commission_bps = 0;
  p.slippage_bps = 0;
  p.initial_equity = 100000;
  return p;
}

TEST(BacktestSynthetic, SignalsAsComputedByHand) {
  const auto b = synthetic_bars();
  const auto sig = bt::batch_signals(b, synthetic_params());
  ASSERT_EQ(sig.size(), 17u);
  for (std::size_t t = 0; t < sig.size(); ++t)
    EXPECT_EQ(sig[t].entry, t == 3 || t == 9 || t == 12) << "bar " << t;
  EXPECT_EQ(sig[3].target, 105.0);
  EXPECT_EQ(sig[9].target, 108.0);
  EXPECT_EQ(sig[12].target, 111.0);
  EXPECT_EQ(sig[3].atr, 2.25);
  EXPECT_EQ(sig[9].atr, 1.96484375);
  EXPECT_NEAR(sig[12].atr, 3.57060546875, 1e-12);  // TR 3.8 and 4.5 are not binary fractions
  EXPECT_TRUE(std::isnan(sig[1].atr));
}

TEST(BacktestSynthetic, ExactTradesWithoutCosts) {
  const auto b = synthetic_bars();
  const auto p = synthetic_params();
  const auto r = bt::run_stream(b, p);
  ASSERT_EQ(r.trades.size(), 3u);
  const auto& t1 = r.trades[0];
  EXPECT_EQ(t1.signal_bar, 3u);
  EXPECT_EQ(t1.entry_bar, 4u);
  EXPECT_EQ(t1.exit_bar, 6u);
  EXPECT_EQ(t1.reason, bt::exit_reason::target);
  EXPECT_FALSE(t1.gap);
  EXPECT_EQ(t1.entry_price, 102.0);
  EXPECT_EQ(t1.exit_price, 105.0);
  EXPECT_EQ(t1.initial_stop, 99.75);
  EXPECT_NEAR(t1.pnl(), 100000.0 * (105.0 / 102.0 - 1.0), money);

  const double equity1 = 100000.0 * 105.0 / 102.0;
  const auto& t2 = r.trades[1];
  EXPECT_EQ(t2.entry_bar, 10u);
  EXPECT_EQ(t2.exit_bar, 11u);
  EXPECT_EQ(t2.reason, bt::exit_reason::stop);
  EXPECT_TRUE(t2.gap);
  EXPECT_EQ(t2.exit_price, 104.0);  // the open, below the stop 105.317578125
  EXPECT_EQ(t2.initial_stop, 106.5 - 1.96484375);
  EXPECT_NEAR(t2.pnl(), equity1 * (104.0 / 106.5 - 1.0), money);

  const double equity2 = equity1 * 104.0 / 106.5;
  const auto& t3 = r.trades[2];
  EXPECT_EQ(t3.entry_bar, 13u);
  EXPECT_EQ(t3.exit_bar, 16u);
  EXPECT_EQ(t3.reason, bt::exit_reason::time);
  EXPECT_EQ(t3.entry_price, 107.5);
  EXPECT_EQ(t3.exit_price, 107.75);
  EXPECT_EQ(t3.target, 111.0);
  EXPECT_NEAR(t3.pnl(), equity2 * (107.75 / 107.5 - 1.0), money);

  // Equity marked at closes: flat before the first entry, units * close while in a trade.
  ASSERT_EQ(r.equity.size(), 17u);
  EXPECT_EQ(r.equity[3], 100000.0);
  EXPECT_DOUBLE_EQ(r.equity[5], 100000.0 / 102.0 * 103.5);
  EXPECT_DOUBLE_EQ(r.equity[8], equity1);
  EXPECT_DOUBLE_EQ(r.equity[16], equity2 * 107.75 / 107.5);

  const auto s = bt::summarize(r, b, p);
  EXPECT_EQ(s.trades, 3u);
  EXPECT_DOUBLE_EQ(s.win_rate, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.profit_factor, (t1.pnl() + t3.pnl()) / -t2.pnl());
  EXPECT_DOUBLE_EQ(s.total_return, equity2 * 107.75 / 107.5 / 100000.0 - 1.0);
  // In the market: bars 4-6, 10, 13-15 (exits at the open do not count their bar).
  EXPECT_DOUBLE_EQ(s.exposure, 7.0 / 17.0);
  // Drawdown: the low after the first trade is bar 11's close, from the peak at bar 10.
  const double peak = equity1 / 106.5 * 106.8;
  EXPECT_DOUBLE_EQ(s.max_drawdown, 1.0 - equity2 / peak);
}

TEST(BacktestSynthetic, CostsOnEveryFill) {
  const auto b = synthetic_bars();
  auto p = synthetic_params();
  p.commission_bps = 10;  // 0.1 % of the traded value
  p.slippage_bps = 5;     // buys 0.05 % higher, sells 0.05 % lower
  const auto r = bt::run_stream(b, p);
  ASSERT_EQ(r.trades.size(), 3u);
  const double buy = 102.0 * 1.0005, sell = 105.0 * 0.9995;
  EXPECT_DOUBLE_EQ(r.trades[0].entry_price, buy);
  EXPECT_DOUBLE_EQ(r.trades[0].exit_price, sell);
  const double units = 100000.0 / (buy * 1.001);
  EXPECT_NEAR(r.trades[0].pnl(), units * sell * 0.999 - 100000.0, money);
  EXPECT_DOUBLE_EQ(r.trades[1].exit_price, 104.0 * 0.9995);  // the gap fill, with slippage
}

TEST(BacktestSynthetic, EntryNotTakenWhenTheOpenIsBeyondTheTarget) {
  auto b = synthetic_bars();
  b.open[4] = 105.5;  // bar 4 gaps above the 105 target of bar 3's breakout
  b.high[4] = 106;
  const auto r = bt::run_stream(b, synthetic_params());
  EXPECT_EQ(r.skipped, 1u);
  ASSERT_FALSE(r.trades.empty());
  EXPECT_EQ(r.trades[0].entry_bar, 10u);
}

TEST(BacktestSynthetic, StopAndTargetOnOneBarTakesTheStop) {
  auto b = synthetic_bars();
  b.low[5] = 100;  // bar 5 reaches both the stop (101.125) and the target (105)
  b.high[5] = 106;
  const auto r = bt::run_stream(b, synthetic_params());
  ASSERT_FALSE(r.trades.empty());
  EXPECT_EQ(r.trades[0].exit_bar, 5u);
  EXPECT_EQ(r.trades[0].reason, bt::exit_reason::stop);
  EXPECT_EQ(r.trades[0].exit_price, 101.125);
}

TEST(BacktestSynthetic, OpenPositionClosedAtTheEnd) {
  auto b = synthetic_bars();
  for (auto* v : {&b.open, &b.high, &b.low, &b.close, &b.volume}) v->resize(15);  // bars 0-14
  const auto r = bt::run_stream(b, synthetic_params());
  ASSERT_EQ(r.trades.size(), 3u);
  EXPECT_EQ(r.trades[2].exit_bar, 14u);
  EXPECT_EQ(r.trades[2].reason, bt::exit_reason::end);
  EXPECT_EQ(r.trades[2].exit_price, 107.5);
  EXPECT_DOUBLE_EQ(r.equity.back(), r.trades[2].proceeds);
}

// ---- streaming == batch, on the shipped Russell 2000 data ----

const bt::bars& rut() {
  static const bt::bars b =
      taspan::read_csv<double>(std::string(TASPAN_SOURCE_DIR) + "/examples/data/rut_daily.csv");
  return b;
}

std::vector<bt::params> variants() {
  std::vector<bt::params> v;
  bt::params p;
  v.push_back(p);  // highest, 50 bars
  p.lookback = 20;
  p.target = bt::target_kind::percent;
  v.push_back(p);
  p.method = taspan::breakout_method::donchian;
  p.min_volume_ratio = 1.0;
  v.push_back(p);
  p.method = taspan::breakout_method::all_time;
  p.min_volume_ratio = 0;
  p.weekly_trend = true;
  v.push_back(p);
  p.method = taspan::breakout_method::range;
  p.target = bt::target_kind::fib1618;
  p.max_height = 0.2;
  p.min_bars = 10;
  v.push_back(p);
  p.method = taspan::breakout_method::highest;
  p.lookback = 100;
  p.weekly_trend = true;
  p.min_volume_ratio = 1.2;
  p.stop_atr = 2;
  v.push_back(p);
  return v;
}

TEST(BacktestRut, StreamingAndBatchGiveIdenticalTrades) {
  const auto& b = rut();
  ASSERT_EQ(b.size(), 1795u);
  for (const auto& p : variants()) {
    const auto s = bt::run_stream(b, p);
    const auto a = bt::run_batch(b, p);
    EXPECT_FALSE(s.trades.empty());
    EXPECT_EQ(s.trades, a.trades);
    EXPECT_EQ(s.equity, a.equity);
    EXPECT_EQ(s.skipped, a.skipped);
  }
}

TEST(BacktestRut, StreamingSignalsEqualBatchSignalsBarByBar) {
  const auto& b = rut();
  for (const auto& p : variants()) {
    const auto batch = bt::batch_signals(b, p);
    bt::stream_signals live(p);
    std::size_t entries = 0;
    for (std::size_t t = 0; t < b.size(); ++t) {
      const auto s =
          live.update(b.date[t], b.open[t], b.high[t], b.low[t], b.close[t], b.volume[t]);
      ASSERT_EQ(s, batch[t]) << "bar " << t;
      entries += s.entry ? 1 : 0;
    }
    EXPECT_GT(entries, 0u);
  }
}

// No look-ahead: the batch signals of a prefix of the data equal those of the whole series.
TEST(BacktestRut, SignalsOfAPrefixDoNotChange) {
  const auto& b = rut();
  bt::params p = variants()[3];  // all-time breakouts with the weekly trend
  const auto all = bt::batch_signals(b, p);
  bt::bars head;
  const std::size_t k = 1000;
  head.date.assign(b.date.begin(), b.date.begin() + k);
  head.open.assign(b.open.begin(), b.open.begin() + k);
  head.high.assign(b.high.begin(), b.high.begin() + k);
  head.low.assign(b.low.begin(), b.low.begin() + k);
  head.close.assign(b.close.begin(), b.close.begin() + k);
  head.volume.assign(b.volume.begin(), b.volume.begin() + k);
  const auto part = bt::batch_signals(head, p);
  for (std::size_t t = 0; t < k; ++t) ASSERT_EQ(part[t], all[t]) << "bar " << t;
}

TEST(BacktestRut, ParallelSweepEqualsSequential) {
  const auto& b = rut();
  const std::vector<int> lookbacks{20, 50, 100};
  const std::vector<double> stops{2.0, 3.5};
  const auto seq = bt::sweep(b, {}, lookbacks, stops, 1);
  const auto par = bt::sweep(b, {}, lookbacks, stops, 4);
  ASSERT_EQ(seq.size(), 6u);
  EXPECT_EQ(seq, par);
  // Each row is the single run with its parameters.
  bt::params p;
  p.lookback = 100;
  p.stop_atr = 3.5;
  const auto one = bt::summarize(bt::run_stream(b, p), b, p);
  EXPECT_EQ(seq[5].s.trades, one.trades);
  EXPECT_EQ(seq[5].s.total_return, one.total_return);
}

TEST(BacktestRut, BuyAndHoldByHand) {
  const auto& b = rut();
  bt::params p;
  const auto h = bt::hold(b, p);
  // Bought at the first open with costs, sold at the last close with costs.
  const double expect = b.close.back() * 0.9998 * 0.9999 / (b.open.front() * 1.0002 * 1.0001);
  EXPECT_DOUBLE_EQ(h.s.total_return, expect - 1.0);
  EXPECT_EQ(h.equity.size(), b.size());
}

}  // namespace
