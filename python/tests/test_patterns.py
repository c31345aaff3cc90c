"""Breakouts, swings, pivots, measured moves, resampling, trends and panels from Python."""

import numpy as np
import pandas as pd
import pytest

import taspan


def test_russell_2000_base_and_targets(rut):
    events = taspan.breakouts(rut, method="range", levels="close", min_bars=252, max_height=0.5,
                              follow_through=5, volume_period=50)
    base = events[-1]
    assert base.has_range and base.side == "up"
    assert str(rut.index[base.bar].date()) == "2025-09-18"
    move = taspan.measured_move_for(base)
    assert move.basis == "range"
    assert round(move.targets.arithmetic, 2) == 3248.54
    assert round(move.targets.percent, 2) == 3645.20
    t = taspan.measured_move(base.range_bottom, base.range_top, base.level)
    assert t.arithmetic == base.level + (base.range_top - base.range_bottom)
    assert t.percent == base.level * base.range_top / base.range_bottom


def test_breakout_stream_fires_the_batch_events(bars):
    opts = dict(method="donchian", period=15, sides="both", volume_period=10, follow_through=3)
    batch = taspan.breakouts(bars, **opts)
    s = taspan.stream.BreakoutStream(**opts)
    fired = []
    for h, lo, c, v in bars[["high", "low", "close", "volume"]].itertuples(index=False):
        up, down, notes = s.update(h, lo, c, v)
        fired += [e for e in (up, down) if e is not None]
        for bar, side, at in notes:
            assert any(e.bar == bar and e.side == side for e in fired) and at > bar
    assert [(e.bar, e.side, e.level) for e in fired] == [(e.bar, e.side, e.level) for e in batch]
    assert len(batch) > 5


def test_swings_and_pivots_match_their_streams(bars):
    sw = taspan.swings(bars, threshold=4.0)
    with pytest.raises(TypeError, match="pass the options by keyword"):
        taspan.swings(bars, 4.0)
    s = taspan.stream.SwingStream(4.0)
    fed = [x for x in (s.update(h, lo) for h, lo in zip(bars["high"], bars["low"])) if x]
    assert fed == sw and len(sw) > 3
    assert all(a.kind != b.kind for a, b in zip(sw, sw[1:]))
    piv = taspan.pivots(bars, left=3, right=2)
    p = taspan.stream.PivotStream(3, 2)
    got = []
    for h, lo in zip(bars["high"], bars["low"]):
        got += [x for x in p.update(h, lo) if x is not None]
    assert got == piv
    frame = taspan.records_frame(piv, index=bars.index)
    assert list(frame["bar"]) == [x.bar for x in piv]
    assert frame["time"].iloc[0] == bars.index[piv[0].bar]


def test_resample_weekly_equals_pandas(rut):
    weeks = taspan.resample(rut, "1w")
    want = rut.resample("W-MON", label="left", closed="left").agg(
        {"open": "first", "high": "max", "low": "min", "close": "last", "volume": "sum"}).dropna()
    np.testing.assert_array_equal(weeks.index.values, want.index.values)
    for c in ("open", "high", "low", "close", "volume"):
        np.testing.assert_array_equal(weeks[c].to_numpy(), want[c].to_numpy(), err_msg=c)
    assert (weeks["closed_at"].iloc[:-1] >= weeks["last"].iloc[:-1]).all()


def test_trends(rut):
    t = taspan.multi_timeframe_trend(rut["close"])
    assert list(t.columns) == ["daily", "weekly", "monthly", "agree"]
    np.testing.assert_array_equal(t["daily"], taspan.trend(rut["close"].to_numpy(), 50, 10))
    assert set(np.unique(t["agree"].dropna())) <= {-1.0, 0.0, 1.0}
    periods = taspan.resample_periods(rut, "month")
    first = rut.index.to_period("M") == rut.index[0].to_period("M")
    assert periods["close"].iloc[0] == rut["close"][first].iloc[-1]
    frames = taspan.timeframes_trend(rut["close"], [("1d", 50, 10)], base_length="1d")
    np.testing.assert_array_equal(frames["1d"], t["daily"])


@pytest.mark.parametrize("order", ["C", "F"])
def test_panels_equal_the_single_series_functions(bars, order):
    cols = [bars["close"].to_numpy() * k for k in (1.0, 0.5, 2.0, 3.0)]
    x = np.array(np.column_stack(cols), order=order)
    for name, args in [("sma", (10,)), ("rolling_max", (7,)), ("stddev", (9,)), ("ema", (12,))]:
        out = getattr(taspan.panel, name)(x, *args, threads=2)
        assert out.flags.f_contiguous == (order == "F")
        for j, c in enumerate(cols):
            np.testing.assert_allclose(out[:, j], getattr(taspan, name)(c, *args), rtol=1e-13,
                                       equal_nan=True, err_msg=name)
    r = taspan.panel.rsi(x.astype(np.float32))
    assert r.dtype == np.float32
    upper, middle, lower = taspan.panel.bbands(x, 20, matype="ema")
    np.testing.assert_allclose(middle[:, 1], taspan.ema(cols[1], 20), rtol=1e-13, equal_nan=True)


def test_breakout_screen_equals_breakouts(bars):
    frames = {k: pd.DataFrame({f"S{j}": bars[k].to_numpy() * (1 + 0.1 * j) for j in range(5)},
                              index=bars.index) for k in ("high", "low", "close", "volume")}
    screen = taspan.panel.breakout_screen(frames["high"], frames["low"], frames["close"],
                                          frames["volume"], method="highest", period=30,
                                          volume_period=20, swing_threshold=4.0)
    assert list(screen.index) == [f"S{j}" for j in range(5)]
    for j, sym in enumerate(screen.index):
        events = taspan.breakouts(frames["high"][sym], frames["low"][sym], frames["close"][sym],
                                  frames["volume"][sym], method="highest", period=30,
                                  volume_period=20)
        e = events[-1]
        row = screen.loc[sym]
        assert row["found"] and row["bar"] == e.bar and row["level"] == e.level
        move = taspan.measured_move_for(e, taspan.swings(frames["high"][sym], frames["low"][sym],
                                                         4.0))
        assert row["target_arithmetic"] == (move.targets.arithmetic if move else row["target_arithmetic"])
