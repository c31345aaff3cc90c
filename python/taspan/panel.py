"""Panel functions: many symbols at once on 2-D arrays, rows = bars and columns = symbols.

A C-ordered array is read as a row-major panel (the kernels vectorise across symbols) and a
Fortran-ordered one as column-major (each symbol's column in place); other layouts are copied.
A DataFrame (index = bars, columns = symbols) gives DataFrames back. Every function equals the
single-series function column by column; `threads` splits the columns across C++ threads.
"""

import numpy as np

from . import _core
from ._indicators import BY_NAME, _pd, is_frame

_p = _core.panel


def _choice(entry, param, value):
    """A choice's value from its name (ma types, seeds), as the catalog names them."""
    if not isinstance(value, str):
        return int(value)
    for p in BY_NAME[entry]["params"]:
        if p["name"] == param:
            for name, v in p["choices"]:
                if name == value.lower():
                    return v
            names = "|".join(n for n, _ in p["choices"])
            raise ValueError(f"taspan::panel::{entry}: {param} must be one of {names}, "
                             f"got {value!r}")
    raise KeyError(param)


def _values(x):
    return x.to_numpy() if is_frame(x) else x


def _wrap(like, out):
    if not is_frame(like):
        return out
    if isinstance(out, tuple):
        return tuple(_pd.DataFrame(o, index=like.index, columns=like.columns) for o in out)
    return _pd.DataFrame(out, index=like.index, columns=like.columns)


def _unary(name, doc):
    f = getattr(_p, name)

    def run(x, *args, **kwargs):
        return _wrap(x, f(_values(x), *args, **kwargs))

    run.__name__ = run.__qualname__ = name
    run.__doc__ = doc
    return run


sma = _unary("sma", "Simple moving average of every column: sma(x, period=30, threads=1).")
rolling_sum = _unary("rolling_sum", "rolling_sum(x, period, threads=1)")
rolling_mean = _unary("rolling_mean", "rolling_mean(x, period, threads=1)")
rolling_max = _unary("rolling_max", "rolling_max(x, period, threads=1)")
rolling_min = _unary("rolling_min", "rolling_min(x, period, threads=1)")
rolling_var = _unary("rolling_var", "rolling_var(x, period, ddof=0, threads=1)")
rolling_stddev = _unary("rolling_stddev", "rolling_stddev(x, period, ddof=0, threads=1)")
var = _unary("var", "TA-Lib VAR of every column: var(x, period=5, nbdev=1.0, threads=1).")
stddev = _unary("stddev", "TA-Lib STDDEV of every column: stddev(x, period=5, nbdev=1.0, threads=1).")
rsi = _unary("rsi", "RSI of every column: rsi(x, period=14, threads=1).")


def ema(x, period=30, seed="sma", threads=1):
    """EMA of every column; seed sma (TA-Lib) or first_value (TradingView)."""
    return _wrap(x, _p.ema(_values(x), period, _choice("ema", "seed", seed), threads))


def atr(high, low, close, period=14, seed="talib", threads=1):
    """ATR of every column (seed talib or tradingview)."""
    return _wrap(close, _p.atr(_values(high), _values(low), _values(close), period,
                               _choice("atr", "seed", seed), threads))


def bbands(x, period=5, nbdevup=2.0, nbdevdn=2.0, matype="sma", threads=1):
    """Bollinger bands of every column: (upper, middle, lower)."""
    return _wrap(x, _p.bbands(_values(x), period, nbdevup, nbdevdn,
                              _choice("bbands", "matype", matype), threads))


def donchian(high, low, period=20, threads=1):
    """Donchian channel of every column: (upper, middle, lower)."""
    return _wrap(high, _p.donchian(_values(high), _values(low), period, threads))


def breakout_screen(high, low, close, volume=None, *, swing_threshold=5.0, swing_unit="percent",
                    threads=1, **breakout):
    """The latest breakout of every symbol (column) with its measured-move targets: a DataFrame
    with one row per symbol (found, bar, side 'up'/'down', level, close, range, volume_ratio,
    follow_through_at, target_arithmetic, target_percent, target_range_height, move_low/high;
    -1 / NaN where there is none). breakout options as taspan.breakouts (method, period,
    min_bars, max_height, levels, intrabar, sides, volume_period, follow_through); swings measure
    the legs of events without a range."""
    cols = _core.panel.breakout_screen(
        _values(high), _values(low), _values(close), None if volume is None else _values(volume),
        swing_threshold=swing_threshold, swing_unit=swing_unit, threads=threads, **breakout)
    frame = _pd.DataFrame(cols, index=close.columns if is_frame(close) else None)
    frame["found"] = frame["found"].astype(bool)
    frame["side"] = np.where(frame["side"] > 0, "up", np.where(frame["side"] < 0, "down", ""))
    frame.index.name = "symbol"
    return frame
