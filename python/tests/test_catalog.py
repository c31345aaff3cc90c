"""Every catalog entry from Python: equal to the C++ library (taspan-cli runs the same catalog
entry in a separate program), signatures and TA-Lib's keyword names, streams equal to batch."""

import inspect
import io
import subprocess

import numpy as np
import pandas as pd
import pytest

import taspan

ENTRIES = taspan.indicators()
NAMES = [e["name"] for e in ENTRIES]


def other_params(entry):
    """A second parameter set inside each suggested range (not the defaults)."""
    values = {}
    for p in entry["params"]:
        lo, hi = p["suggested"]
        if p["kind"] == "integer":
            values[p["name"]] = int(round((lo + hi) / 2))
        elif p["kind"] == "real":
            values[p["name"]] = (lo + hi) / 2
        else:
            values[p["name"]] = p["choices"][-1][0]
    return values


def cli_outputs(cli, entry, csv_path, params):
    args = [cli, entry["name"], *(f"{k}={v}" for k, v in params.items()), "--input", str(csv_path)]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(io.StringIO(done.stdout), float_precision="round_trip")
    return [frame[c].to_numpy(dtype=np.float64) for c in frame.columns[1:]]


@pytest.fixture(scope="module")
def csv_path(bars, tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "bars.csv"
    bars.to_csv(path, float_format="%.17g")
    return path


@pytest.mark.parametrize("name", NAMES)
def test_entry_equals_cpp(name, bars, csv_path, cli):
    entry = taspan._indicators.BY_NAME[name]
    written = pd.read_csv(csv_path, index_col=0, float_precision="round_trip")  # what the CLI reads
    for params in ({}, other_params(entry)):
        got = getattr(taspan, name)(written, **params)
        got = [got.to_numpy()] if isinstance(got, pd.Series) else [got[c].to_numpy() for c in got]
        want = cli_outputs(cli, entry, csv_path, params)
        assert len(got) == len(want) == len(entry["outputs"])
        for g, w in zip(got, want):
            # the CLI writes non-finite values as empty cells
            g = np.where(np.isfinite(g), g, np.nan)
            np.testing.assert_array_equal(g, w, err_msg=f"{name} {params}")


@pytest.mark.parametrize("name", NAMES)
def test_stream_equals_batch(name, bars):
    entry = taspan._indicators.BY_NAME[name]
    batch = getattr(taspan, name)(bars)
    batch = np.column_stack([batch.to_numpy()] if isinstance(batch, pd.Series) else
                            [batch[c].to_numpy() for c in batch])
    cols = [taspan._indicators.frame_column(bars, i, name).to_numpy() for i in entry["inputs"]]
    s = getattr(taspan.stream, name.upper())()
    fed = np.array([s.update(*bar) for bar in zip(*cols)], dtype=np.float64).reshape(batch.shape)
    np.testing.assert_allclose(fed, batch, rtol=1e-9, atol=1e-9, equal_nan=True)
    assert s.lookback() == taspan.lookback(name)
    assert s.ready()
    s.reset()
    assert not s.ready() or taspan.lookback(name) == 0


@pytest.mark.parametrize("name", NAMES)
def test_signature_is_the_catalog(name):
    entry = taspan._indicators.BY_NAME[name]
    sig = inspect.signature(getattr(taspan, name))
    assert list(sig.parameters)[: len(entry["inputs"])] == entry["inputs"]
    params = {p["name"]: p["default"] for p in entry["params"]}
    assert {k: v.default for k, v in sig.parameters.items() if k in params} == params
    assert entry["summary"] in getattr(taspan, name).__doc__


def test_float32_runs_the_float_kernels(bars):
    for name in NAMES:
        out = getattr(taspan, name)(bars.astype(np.float32))
        frame = out.to_frame() if isinstance(out, pd.Series) else out
        assert all(frame.dtypes == np.float32), name
        ref = getattr(taspan, name)(bars)
        ref = ref.to_frame() if isinstance(ref, pd.Series) else ref
        assert (frame.isna().to_numpy() == ref.isna().to_numpy()).mean() > 0.99, name


def test_talib_function_names():
    for e in ENTRIES:
        if e["talib"]:
            assert getattr(taspan, e["talib"]) is getattr(taspan, e["name"])
    assert taspan.MINMAXINDEX is taspan.minmaxindex


def test_talib_keyword_names(bars):
    c = bars["close"].to_numpy()
    np.testing.assert_array_equal(
        taspan.bbands(c, timeperiod=20, nbdevup=1.5, nbdevdn=2.5, matype=1)[0],
        taspan.bbands(c, 20, 1.5, 2.5, "ema")[0])
    h, lo = bars["high"].to_numpy(), bars["low"].to_numpy()
    a = taspan.stoch(h, lo, c, fastk_period=9, slowk_period=4, slowk_matype=1, slowd_period=2,
                     slowd_matype=0)
    b = taspan.stoch(h, lo, c, fastk=9, slowk=4, slowkmatype="ema", slowd=2, slowdmatype="sma")
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])
    np.testing.assert_array_equal(taspan.macd(c, fastperiod=5, slowperiod=9, signalperiod=3)[2],
                                  taspan.macd(c, 5, 9, 3)[2])
    np.testing.assert_array_equal(taspan.ultosc(h, lo, c, timeperiod1=3, timeperiod2=6,
                                                timeperiod3=12),
                                  taspan.ultosc(h, lo, c, 3, 6, 12))
