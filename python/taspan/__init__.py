"""taspan: TA-Lib-compatible technical analysis on NumPy arrays and pandas, from the C++ library.

    import taspan
    taspan.rsi(close)                    # NumPy in, NumPy out; a Series in, a Series out
    taspan.bbands(close, 20, 2, 2)       # several outputs: a tuple, or a DataFrame for pandas
    taspan.atr(bars, 14)                 # a DataFrame of bars: its high/low/close columns
    taspan.stream.RSI(14).update(x)      # streaming twins
    taspan.breakouts(bars, method="range", levels="close", min_bars=252)
    taspan.panel.rsi(closes_2d)          # many symbols at once

Every indicator of the C++ catalog is a function here, named as in C++ (TA-Lib's name in lower
case), and under TA-Lib's upper-case name too where it has one (taspan.SMA); see
taspan.indicators() and help(taspan.<name>).
"""

from . import _core
from ._indicators import ENTRIES, FUNCTIONS, lookback
from ._patterns import (BreakoutEvent, MeasuredMove, Pivot, Swing, Targets, breakouts,
                        measured_move, measured_move_for, multi_timeframe_trend, pivots,
                        records_frame, resample, resample_periods, swings, timeframes_trend, trend)
from . import panel, stream

__version__ = _core.__version__
globals().update(FUNCTIONS)
# TA-Lib's function names as aliases (taspan.SMA is taspan.sma), for code written against the
# talib wrapper: the same positional order, and its keyword names are accepted.
TALIB_NAMES = {e["talib"]: FUNCTIONS[e["name"]] for e in ENTRIES if e["talib"]}
globals().update(TALIB_NAMES)


def indicators():
    """The catalog: one dict per indicator (name, talib, family, summary, inputs, outputs,
    params with kind, default, rule, suggested range and choices)."""
    return [dict(e) for e in ENTRIES]


__all__ = sorted(FUNCTIONS) + sorted(TALIB_NAMES) + [
    "BreakoutEvent", "MeasuredMove", "Pivot", "Swing", "Targets", "breakouts", "indicators",
    "lookback", "measured_move", "measured_move_for", "multi_timeframe_trend", "panel", "pivots",
    "records_frame", "resample", "resample_periods", "stream", "swings", "timeframes_trend",
    "trend"]
