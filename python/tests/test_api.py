"""How calls behave: dtypes, pandas in and out, memory layouts, errors, the GIL, reference counts."""

import os
import sys
import threading
import time
import tracemalloc

import numpy as np
import pandas as pd
import pytest

import taspan


@pytest.fixture()
def close(bars):
    return bars["close"].to_numpy()


def test_dtypes(close):
    assert taspan.sma(close, 5).dtype == np.float64
    assert taspan.sma(close.astype(np.float32), 5).dtype == np.float32
    ints = (close * 100).astype(np.int64)
    np.testing.assert_array_equal(taspan.sma(ints, 5), taspan.sma(ints.astype(np.float64), 5))
    np.testing.assert_array_equal(taspan.sma(list(close), 5), taspan.sma(close, 5))
    # a float32 input beside a float64 one: computed in float64
    h, lo = close.astype(np.float32), close - 1
    assert taspan.medprice(h, lo).dtype == np.float64


def test_series_keep_their_index(bars):
    s = bars["close"]
    out = taspan.rsi(s, 10)
    assert isinstance(out, pd.Series) and out.index.equals(s.index) and out.name == "rsi"
    np.testing.assert_array_equal(out.to_numpy(), taspan.rsi(s.to_numpy(), 10))
    shuffled = s.iloc[::-1]  # labels are carried, positions computed: no realignment
    assert taspan.sma(shuffled, 3).index.equals(shuffled.index)


def test_dataframe_in_dataframe_out(bars):
    frame = bars.rename(columns=str.capitalize)  # "Close": found case-insensitively
    out = taspan.bbands(frame, 20)
    assert list(out.columns) == ["upperband", "middleband", "lowerband"]
    assert out.index.equals(bars.index)
    np.testing.assert_allclose(out["middleband"], taspan.sma(bars["close"].to_numpy(), 20),
                               rtol=1e-14, equal_nan=True)
    atr = taspan.atr(frame, 14)
    np.testing.assert_array_equal(atr, taspan.atr(bars["high"], bars["low"], bars["close"], 14))
    with pytest.raises(ValueError, match="taspan.ad: the DataFrame has no 'volume' column"):
        taspan.ad(bars.drop(columns="volume"))


def test_tuple_for_several_outputs(close):
    m = taspan.macd(close)
    assert isinstance(m, tuple) and len(m) == 3
    np.testing.assert_allclose(m[2], m[0] - m[1], equal_nan=True)


def test_non_contiguous_and_read_only(close):
    strided = np.repeat(close, 2)[::2]
    assert not strided.flags.c_contiguous
    np.testing.assert_array_equal(taspan.ema(strided, 10), taspan.ema(close, 10))
    fortran = np.asfortranarray(np.column_stack([close, close * 2]))
    np.testing.assert_array_equal(taspan.ema(fortran[1], 1), fortran[1])  # a row: strided
    frozen = close.copy()
    frozen.flags.writeable = False
    np.testing.assert_array_equal(taspan.wma(frozen, 7), taspan.wma(close, 7))
    np.testing.assert_array_equal(frozen, close)
    with pytest.raises(ValueError, match="dimensions must be 1, got 2"):
        taspan.sma(fortran, 5)


def allocated(f):
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        f()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_contiguous_inputs_are_not_copied():
    x = np.linspace(1.0, 2.0, 1_000_000)
    out_bytes = x.nbytes
    assert allocated(lambda: taspan.sma(x, 20)) < 1.2 * out_bytes  # the output only
    y = np.linspace(1.0, 2.0, 2_000_000)[::2]
    assert allocated(lambda: taspan.sma(y, 20)) > 1.9 * out_bytes  # a contiguous copy, then out


def test_bad_parameters(close, bars):
    with pytest.raises(ValueError, match=r"^taspan::sma: period must be >= 1, got 0$"):
        taspan.sma(close, 0)
    with pytest.raises(ValueError, match=r"^taspan::sma: period must be an integer, got 2.5$"):
        taspan.sma(close, 2.5)
    with pytest.raises(ValueError, match=r'^taspan::bbands: matype must be one of sma\|ema'):
        taspan.bbands(close, matype="mama")
    with pytest.raises(ValueError, match=r"^taspan::t3: vfactor must be in \[0, 1\], got 2$"):
        taspan.t3(close, vfactor=2)
    with pytest.raises(ValueError, match=r"^taspan::correl: .*size"):
        taspan.correl(close, close[:-1])
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'periods'"):
        taspan.sma(close, periods=3)
    with pytest.raises(TypeError, match=r"takes at most 1 parameter"):
        taspan.sma(close, 3, 4)
    with pytest.raises(TypeError, match=r"missing input 'low'"):
        taspan.medprice(close)
    with pytest.raises(TypeError, match=r"period must be a number or a name, got bool"):
        taspan.sma(close, True)
    with pytest.raises(ValueError, match=r'unknown indicator "smaa" \(did you mean sma'):
        taspan.lookback("smaa")
    with pytest.raises(ValueError, match=r"^taspan::rsi: dtype must be float64 or float32"):
        taspan.stream.RSI(dtype="int8")
    with pytest.raises(TypeError, match=r"takes 3 value\(s\) per bar \(high, low, close\), got 1"):
        taspan.stream.ATR().update(1.0)
    with pytest.raises(ValueError, match=r"^taspan::breakouts: method must be one of"):
        taspan.breakouts(bars, method="sideways")
    with pytest.raises(ValueError, match=r"^taspan::panel::rsi: period must be >= 2, got 1$"):
        taspan.panel.rsi(np.ones((10, 3)), 1)


def test_batch_calls_release_the_gil(bars):
    """While another thread is inside a long call, this thread keeps running Python code: its
    ticks cover most of each call (with the GIL held they could not start before it returned)."""
    n = 100_000
    h, lo, c = (np.resize(bars[k].to_numpy(), n) for k in ("high", "low", "close"))
    calls = []

    def worker():
        for _ in range(3):
            start = time.perf_counter()
            taspan.cci(h, lo, c, 1000)  # O(n * period), as TA-Lib's CCI: >= 0.1 s
            calls.append((start, time.perf_counter()))

    t = threading.Thread(target=worker)
    ticks = []
    t.start()
    while t.is_alive():
        ticks.append(time.perf_counter())
        time.sleep(0.001)
    t.join()
    for start, end in calls:
        inside = [x for x in ticks if start < x < end]
        assert end - start > 0.05
        assert inside and inside[-1] - inside[0] > 0.5 * (end - start)


def resident_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_no_leaks_over_1e5_calls(close):
    x = close[:50].copy()
    period = float(5)  # an object of its own (small ints are shared)
    refs = sys.getrefcount(x), sys.getrefcount(period)
    s = taspan.stream.BBANDS(period)
    for _ in range(1_000):  # warm up allocator pools
        taspan.bbands(x, period)
        s.update(1.0)
    before = resident_bytes()
    for _ in range(100_000):
        taspan.bbands(x, period)  # three 400-byte outputs a call: 120 MB if they leaked
        s.update(1.0)
    grown = resident_bytes() - before
    assert (sys.getrefcount(x), sys.getrefcount(period)) == refs
    assert grown < 8 * 1024 * 1024
