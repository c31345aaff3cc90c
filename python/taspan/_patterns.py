"""Breakouts, swings, pivots, measured moves, resampling and trends: thin wrappers over
taspan._core that accept a DataFrame of bars (open/high/low/close/volume columns) and pandas
time indexes. Computed in float64."""

import numpy as np

from . import _core
from ._indicators import _pd, as_array, frame_column, is_frame, is_series

Pivot = _core.Pivot
Swing = _core.Swing
BreakoutEvent = _core.BreakoutEvent
MeasuredMove = _core.MeasuredMove
Targets = _core.Targets
measured_move = _core.measured_move


def _columns(bars, names, function, extra=None):
    if extra is not None:
        raise TypeError(f"taspan.{function}: with a DataFrame of bars, pass the options by keyword")
    return [as_array(frame_column(bars, n, function)) for n in names]


def breakouts(high, low=None, close=None, volume=None, *, higher_tf=None, method="highest",
              period=20, min_bars=20, max_height=0.25, levels="high_low", intrabar=False,
              sides="up", volume_period=0, follow_through=0):
    """Breakout events (list of taspan.BreakoutEvent), ordered by bar; see taspan::breakouts.
    high may be a DataFrame of bars (its volume column is read when volume_period > 0).
    method: highest | all_time | donchian | range; levels: high_low | close; sides: up | down |
    both. higher_tf: a series aligned with the bars (> 0 agrees with an upside breakout)."""
    if is_frame(high):
        bars = high
        high, low, close = _columns(bars, ["high", "low", "close"], "breakouts", low)
        if volume_period > 0 and volume is None:
            volume = as_array(frame_column(bars, "volume", "breakouts"))
    return _core.breakouts(as_array(high), as_array(low), as_array(close),
                           None if volume is None else as_array(volume),
                           None if higher_tf is None else as_array(higher_tf), method, period,
                           min_bars, max_height, levels, intrabar, sides, volume_period,
                           follow_through)


def swings(high, low=None, threshold=5.0, unit="percent", atr=None):
    """Zigzag swings (list of taspan.Swing); unit: percent | points | atr (then pass atr, a series
    aligned with the bars). One series (low None) runs on closes; a DataFrame on its high/low
    (then give threshold and unit by keyword)."""
    if is_frame(high):
        high, low = _columns(high, ["high", "low"], "swings", low)
    return _core.swings(as_array(high), None if low is None else as_array(low), threshold, unit,
                        None if atr is None else as_array(atr))


def pivots(high, low=None, left=2, right=2):
    """Fractal pivots (list of taspan.Pivot); one series (low None) gives highs and lows of it."""
    if is_frame(high):
        high, low = _columns(high, ["high", "low"], "pivots", low)
    return _core.pivots(as_array(high), None if low is None else as_array(low), left, right)


def measured_move_for(event, swings=()):
    """Targets for a breakout event and what they measure (taspan.MeasuredMove), or None."""
    return _core.measured_move_for(event, list(swings))


def _time_column(field):
    """bar -> time, level_bar -> level_time, confirmed_at -> confirmed_time ..."""
    return "time" if field == "bar" else field.removesuffix("_bar").removesuffix("_at") + "_time"


def records_frame(records, index=None):
    """A DataFrame of records (Pivot, Swing, BreakoutEvent, MeasuredMove ...): one row each,
    one column per field (targets flattened to target_*). With index (the bars' index), each
    bar-number column (bar, *_bar, *_at) gets a *_time companion holding that bar's label."""
    rows = []
    for r in records:
        d = r._asdict()
        t = d.pop("targets", None)
        if t is not None:
            d.update({f"target_{k}": v for k, v in t._asdict().items()})
        rows.append(d)
    frame = _pd.DataFrame(rows)
    if index is not None:
        for c in [c for c in frame.columns if c == "bar" or c.endswith(("_bar", "_at"))]:
            frame[_time_column(c)] = [None if _pd.isna(p) else index[int(p)] for p in frame[c]]
    return frame


# ---- time ----------------------------------------------------------------------------------

def _time_index(bars, function):
    """The instants of a bars DataFrame or Series: its DatetimeIndex, or a time/date column."""
    if isinstance(bars.index, _pd.DatetimeIndex):
        return bars.index
    if is_frame(bars):
        for c in bars.columns:
            if isinstance(c, str) and c.lower() in ("time", "date", "datetime", "timestamp"):
                return _pd.DatetimeIndex(_pd.to_datetime(bars[c]))
    raise ValueError(f"taspan.{function}: the bars need a DatetimeIndex or a time/date column")


def _ns(index):
    """int64 nanoseconds since the epoch, UTC (a zone-aware index is converted)."""
    return np.asarray(index.asi8, dtype=np.int64)


def _days(index):
    """int64 days since the epoch of each bar's local date."""
    if index.tz is not None:
        index = index.tz_localize(None)
    return index.values.astype("datetime64[D]").astype(np.int64)


def _close_of(bars, function):
    return as_array(bars) if is_series(bars) else as_array(frame_column(bars, "close", function))


def resample(bars, rule, session=None, tz=None, weekdays_only=False, base_length=None):
    """Bars resampled to any bar size (rule: 30s, 5min, 1h, 1d, 1w, 1mo, 1q, 1y), as pandas'
    resample(rule, label='left', closed='left'), with closed_at: the base bar (position) at which
    each bar was known complete (-1: not yet). bars: a DataFrame with a DatetimeIndex (or a time
    column) and a close column (open/high/low/volume used when present), or a close Series.
    session "09:30-16:00", tz "+hh:mm" (local time of sessions and days), base_length a
    Timedelta/str such as "1min" (lets a bar close on its last base bar)."""
    index = _time_index(bars, "resample")
    cols = {}
    for name in ("open", "high", "low", "volume"):
        if is_frame(bars) and any(isinstance(c, str) and c.lower() == name for c in bars.columns):
            cols[name] = as_array(frame_column(bars, name, "resample"))
    length = 0 if base_length is None else int(_pd.Timedelta(base_length).value)
    r = _core.resample(_ns(index), cols.get("open"), cols.get("high"), cols.get("low"),
                       _close_of(bars, "resample"), cols.get("volume"), rule, session, tz,
                       weekdays_only, length)
    out = _pd.DataFrame(
        {k: r[k] for k in ("open", "high", "low", "close", "volume") if len(r[k]) or k == "close"},
        index=_pd.DatetimeIndex(_pd.to_datetime(r["time"], utc=index.tz is not None),
                                name="time"))
    if index.tz is not None:
        out.index = out.index.tz_convert(index.tz)
    out["last_time"] = _pd.to_datetime(r["last_time"], utc=index.tz is not None)
    for k in ("first", "last", "closed_at"):
        out[k] = r[k]
    return out


def resample_periods(bars, unit="week", close_rule="last_weekday"):
    """Daily bars' closes by ISO week or calendar month (unit: week | month), indexed by each
    period's first date; closed_at as in resample (close_rule: last_weekday | next_bar)."""
    index = _time_index(bars, "resample_periods")
    r = _core.resample_periods(_days(index), _close_of(bars, "resample_periods"), unit, close_rule)
    day = np.timedelta64(1, "D")
    out = _pd.DataFrame({"close": r["close"]},
                        index=_pd.DatetimeIndex(np.datetime64(0, "D") + r["date"] * day,
                                                name="date"))
    out["last_date"] = np.datetime64(0, "D") + r["last_date"] * day
    for k in ("first", "last", "closed_at"):
        out[k] = r[k]
    return out


def multi_timeframe_trend(close, daily=(50, 10), weekly=(30, 4), monthly=(10, 2),
                          close_rule="last_weekday"):
    """Trend (+1 up, 0 flat, -1 down, NaN unknown) of daily bars, of the last closed week and
    month, and where all three agree, on the daily bars (a Series/DataFrame with a DatetimeIndex);
    (period, slope_bars) per time frame. Returns a DataFrame on the same index."""
    index = _time_index(close, "multi_timeframe_trend")
    r = _core.multi_timeframe_trend(_days(index), _close_of(close, "multi_timeframe_trend"),
                                    tuple(daily), tuple(weekly), tuple(monthly), close_rule)
    return _pd.DataFrame(r, index=index)


def timeframes_trend(close, frames, session=None, tz=None, weekdays_only=False, base_length=None):
    """Trends on several bar sizes, aligned onto the bars without look-ahead: frames is a list of
    (rule, period, slope_bars), e.g. [("5min", 12, 3), ("1h", 7, 2), ("1d", 5, 2)]. Returns a
    DataFrame with one column per rule and `agree`."""
    index = _time_index(close, "timeframes_trend")
    length = 0 if base_length is None else int(_pd.Timedelta(base_length).value)
    r = _core.timeframes_trend(_ns(index), _close_of(close, "timeframes_trend"),
                               [tuple(f) for f in frames], session, tz, weekdays_only, length)
    out = _pd.DataFrame({f[0]: s for f, s in zip(frames, r["trends"])}, index=index)
    out["agree"] = r["agree"]
    return out


def trend(close, period=50, slope_bars=10):
    """+1 above a rising SMA, -1 below a falling one, else 0 (NaN during the lookback)."""
    out = _core.trend(as_array(close), period, slope_bars)
    return _pd.Series(out, index=close.index, name="trend") if is_series(close) else out
