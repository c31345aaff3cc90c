"""Shared data for the taspan Python tests: seeded OHLCV bars, the RUT daily file, taspan-cli."""

import os
import pathlib

import numpy as np
import pandas as pd
import pytest

SOURCE = pathlib.Path(os.environ.get("TASPAN_SOURCE_DIR", pathlib.Path(__file__).parents[2]))


def make_bars(n=400, seed=7, start=100.0):
    """A seeded random walk with consistent OHLCV bars on business days."""
    rng = np.random.default_rng(seed)
    close = start * np.exp(np.cumsum(rng.normal(0, 0.015, n)))
    open_ = np.concatenate([[start], close[:-1]]) * np.exp(rng.normal(0, 0.004, n))
    high = np.maximum(open_, close) * (1 + rng.uniform(0, 0.01, n))
    low = np.minimum(open_, close) * (1 - rng.uniform(0, 0.01, n))
    volume = rng.integers(1_000, 100_000, n).astype(np.float64)
    index = pd.bdate_range("2020-01-01", periods=n, name="date")
    return pd.DataFrame({"open": open_, "high": high, "low": low, "close": close,
                         "volume": volume}, index=index)


@pytest.fixture(scope="session")
def bars():
    return make_bars()


@pytest.fixture(scope="session")
def rut():
    frame = pd.read_csv(SOURCE / "examples" / "data" / "rut_daily.csv", parse_dates=["Date"])
    frame.columns = [c.lower() for c in frame.columns]
    return frame.set_index("date")


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("TASPAN_CLI")
    if not path or not os.path.exists(path):
        pytest.skip("taspan-cli not built (TASPAN_CLI unset): the C++ reference is missing")
    return path
