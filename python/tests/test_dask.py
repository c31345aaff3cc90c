"""The Dask screen (examples/python/dask_screen.py) on a 2-process LocalCluster on loopback
equals the same screen run in one process."""

import os
import sys

import pandas as pd
import pytest

from conftest import SOURCE

distributed = pytest.importorskip("distributed")

sys.path.insert(0, str(SOURCE / "examples" / "python"))
import dask_screen  # noqa: E402


def test_two_worker_processes_equal_one_process(monkeypatch):
    # the worker processes import dask_screen (and taspan, already on PYTHONPATH) by name
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(SOURCE / "examples" / "python"), os.environ.get("PYTHONPATH", "")]))
    args = (11, 240, 500, 40)  # seed, symbols, bars, symbols per partition: 6 partitions
    loose = dict(recent=500, min_ratio=0.0)  # every symbol with a base breakout, for a big table
    single = dask_screen.combine(dask_screen.run_single(*args, **loose))
    with dask_screen.local_cluster(2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        parts = dask_screen.run_dask(client, *args, **loose)
    result = dask_screen.combine(parts)
    assert len(result) > 20
    pd.testing.assert_frame_equal(result, single)
    assert list(result["symbol"]) == sorted(result["symbol"])
