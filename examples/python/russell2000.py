"""The Russell 2000 breakout analysis in Python (the C++ example examples/russell2000_breakout,
step by step, notebook style). Every level comes from the data through taspan calls.

    PYTHONPATH=build/dev/python /usr/bin/python3 examples/python/russell2000.py [--csv FILE]
"""

import argparse
import pathlib

import numpy as np
import pandas as pd

import taspan

HERE = pathlib.Path(__file__).resolve().parent
BASE_MIN_BARS = 252  # a base lasts at least a year of trading days
BASE_MAX_HEIGHT = 0.5  # and is at most 50% deep
CONFIRM_MIN_BARS = 15  # a later record close after >= 3 weeks without one
FOLLOW_THROUGH = 5
VOLUME_PERIOD = 50


def num(v):
    return f"{v:,.2f}"


def word(v):
    return "unknown" if np.isnan(v) else "up" if v > 0 else "down" if v < 0 else "flat"


# %% The data: daily bars with a DatetimeIndex.
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--csv", default=str(HERE.parent / "data" / "rut_daily.csv"))
args = parser.parse_args()
bars = pd.read_csv(args.csv, parse_dates=["Date"], index_col="Date")
bars.columns = [c.lower() for c in bars.columns]
day = bars.index.strftime("%Y-%m-%d")
print(f"Russell 2000 breakout analysis: {len(bars)} daily bars, {day[0]} .. {day[-1]}\n")

# %% Trend on daily, weekly and monthly bars (weeks and months only once closed).
trend = taspan.multi_timeframe_trend(bars["close"])

# %% The base: a record close that held for at least a year, broken by a close above it.
options = dict(method="range", levels="close", max_height=BASE_MAX_HEIGHT,
               follow_through=FOLLOW_THROUGH, volume_period=VOLUME_PERIOD,
               higher_tf=trend["weekly"])
base = taspan.breakouts(bars, min_bars=BASE_MIN_BARS, **options)[-1]
height = base.range_top - base.range_bottom
print(f"Base (closing prices, record close that held >= {BASE_MIN_BARS} bars):")
print(f"  top     {num(base.range_top):>10}  {day[base.range_top_bar]}  (record close)")
print(f"  bottom  {num(base.range_bottom):>10}  {day[base.range_bottom_bar]}  "
      "(lowest close in the base)")
print(f"  height  {num(height):>10}  points, {100 * height / base.range_top:.1f}% of the top; "
      f"{base.bar - base.range_top_bar} bars")
print(f"Breakout: {day[base.bar]}, close {num(base.price)} above the base top {num(base.level)}; "
      f"volume {base.volume_ratio:.2f}x its {VOLUME_PERIOD}-day average")
ft = day[base.follow_through_at] if base.follow_through_at is not None else "none"
print(f"  follow-through (higher close within {FOLLOW_THROUGH} bars): {ft}")
if base.higher_tf_agrees is not None:
    print(f"  weekly trend on the breakout day: "
          f"{'up (agrees)' if base.higher_tf_agrees else 'not up'}")

# %% Later new highs: record closes after >= 3 weeks without one; the latest confirms.
later = [e for e in taspan.breakouts(bars, min_bars=CONFIRM_MIN_BARS, **options)
         if e.bar > base.bar]
print(f"\nLater new highs (record close after >= {CONFIRM_MIN_BARS} bars without one):")
for e in later:
    ft = day[e.follow_through_at] if e.follow_through_at is not None else "none"
    print(f"  {day[e.bar]}  close {num(e.price)}  above {num(e.level)} ({day[e.level_bar]}), "
          f"follow-through {ft}")


def period_confirm(unit, from_bar):
    """The first weekly or monthly record close at or after daily bar from_bar (closed periods)."""
    periods = taspan.resample_periods(bars, unit)
    closed = periods[periods["closed_at"] >= 0]
    closes = closed["close"].to_numpy()
    for e in taspan.breakouts(closes, closes, closes, method="all_time", levels="close"):
        last = closed["last"].iloc[e.bar]
        if last < from_bar:
            continue
        prev = closed["last"].iloc[e.level_bar]
        label = (lambda i: f"week ending {day[i]}") if unit == "week" else (lambda i: day[i][:7])
        return f"{label(last)} close {num(e.price)} above the record {unit}ly close " \
               f"{num(e.level)} ({label(prev)})"
    return None


if later:
    c = later[-1]
    print(f"Confirmed by the latest: {day[c.bar]}, close {num(c.price)} above the record close "
          f"{num(c.level)} of {day[c.level_bar]}")
    print(f"  weekly:  {period_confirm('week', c.bar)}")
    print(f"  monthly: {period_confirm('month', c.bar)}")

last = trend.iloc[-1]
print(f"\nTrend on {day[-1]} (close vs a rising/falling average): daily {word(last['daily'])}, "
      f"weekly {word(last['weekly'])}, monthly {word(last['monthly'])}")

# %% Measured-move targets from the base.
move = taspan.measured_move_for(base)
t = move.targets
print("\nMeasured-move targets (base height from the base top):")
f1 = f"{num(base.level)} + {num(height)}"
f2 = f"{num(base.level)} x {num(base.range_top)} / {num(base.range_bottom)}"
print(f"  arithmetic  top + height        {f1:<32} = {num(t.arithmetic)}  "
      f"(+{100 * (t.arithmetic / base.level - 1):.1f}%)")
print(f"  percentage  top x top / bottom  {f2:<32} = {num(t.percent)}  "
      f"(+{100 * (t.percent / base.level - 1):.1f}%)")
print('\nThe article: "+750 points" (about 3,250) and "+45% from the breakout point" '
      "(about 3,650).")
