"""A live-style loop in Python: daily bars read one row at a time, every indicator a stream
(taspan.stream.*), an alert when the close breaks above the highest high of the last 50 bars,
with measured-move targets from the last confirmed 5% swing low. The Python twin of
examples/streaming (same breakouts: 116 on the Russell 2000 file).

    PYTHONPATH=build/dev/python /usr/bin/python3 examples/python/streaming.py < examples/data/rut_daily.csv
"""

import csv
import math
import sys

import taspan

LOOKBACK = 50


def fmt(x):
    return "-" if math.isnan(x) else f"{x:.2f}"


rsi = taspan.stream.RSI(14)
atr = taspan.stream.ATR(14)
sma = taspan.stream.SMA(50)
breakout = taspan.stream.BreakoutStream(period=LOOKBACK, volume_period=50)
swing = taspan.stream.SwingStream(5.0)
swings, dates, alerts = [], [], 0

print(f"streaming: breakouts above the {LOOKBACK}-bar high, swings of 5.0%, from stdin")
for row in csv.DictReader(sys.stdin):  # one bar at a time, as it would arrive
    row = {k.lower(): v for k, v in row.items()}
    h, lo, c, v = (float(row[k]) for k in ("high", "low", "close", "volume"))
    dates.append(row["date"])
    r, a, m = rsi.update(c), atr.update(h, lo, c), sma.update(c)
    confirmed = swing.update(h, lo)
    if confirmed is not None:
        swings.append(confirmed)
    up, _, _ = breakout.update(h, lo, c, v)
    if up is None:
        continue
    alerts += 1
    print(f"{row['date']} BREAKOUT close {fmt(up.price)} > {LOOKBACK}-bar high {fmt(up.level)} "
          f"({dates[up.level_bar]}); volume x{fmt(up.volume_ratio)}; rsi {r:.1f}; atr {fmt(a)}")
    move = taspan.measured_move_for(up, swings)
    if move is not None:
        t = move.targets
        print(f"    targets: points {fmt(t.arithmetic)}, percent {fmt(t.percent)}, fib 1.618 "
              f"{fmt(t.fibonacci[1])} (leg {fmt(move.low)} on {dates[move.low_bar]} -> "
              f"{fmt(move.high)})")

print(f"{len(dates)} bars, {alerts} breakouts, {len(swings)} swings; last bar {dates[-1]}: "
      f"close {fmt(c)} sma50 {fmt(m)} rsi {r:.1f} atr {fmt(a)}")
# What the next bar would do if it closed 2% higher, without changing any state (peek):
print(f"what if the next close were {fmt(c * 1.02)}: rsi {rsi.peek(c * 1.02):.1f}")
