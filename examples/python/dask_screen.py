"""Screening a universe larger than one machine on Dask: a seeded universe of daily bars
(default 20,000 symbols x 2,520 bars), partitioned by symbol, each partition screened through
taspan's panel functions for volume-confirmed base breakouts with measured-move targets and RSI /
ATR / Bollinger context. Each partition makes its own bars from (seed, first symbol), so only
the results travel.

    PYTHONPATH=build/dev/python /usr/bin/python3 examples/python/dask_screen.py            # LocalCluster
    ... dask_screen.py --scheduler tcp://HOST:8786                                         # a cluster
    ... dask_screen.py --single                                                             # one process
    ... dask_screen.py --check            # also runs it in one process and compares the results

On several machines: `dask scheduler` on one (port 8786), `dask worker tcp://HOST:8786
--nworkers 2 --nthreads 1` on each, with taspan importable there (PYTHONPATH or pip install).
"""

import argparse
import contextlib
import time

import numpy as np
import pandas as pd

import taspan

# What counts as a signal: a close above a base (a record close that held >= 126 bars, at most
# 35% deep) within the last 20 bars, on at least 1.5x the 50-bar average volume.
SCREEN = dict(method="range", levels="close", min_bars=126, max_height=0.35, volume_period=50,
              follow_through=5)
RECENT_BARS = 20
MIN_VOLUME_RATIO = 1.5


def make_bars(seed, first, count, bars):
    """Bars of symbols first .. first+count-1 (rows = bars, columns = symbols): random walks with
    a per-symbol drift, so some trend out of bases. Depends only on (seed, first, count, bars)."""
    rng = np.random.default_rng([seed, first, count, bars])
    drift = rng.normal(0.0002, 0.0006, count)
    vol = rng.uniform(0.01, 0.03, count)
    close = 20 * np.exp(rng.uniform(0, 3, count) +
                        np.cumsum(drift + vol * rng.standard_normal((bars, count)), axis=0))
    spread = vol * np.abs(rng.standard_normal((bars, count)))
    high = close * (1 + spread)
    low = close * (1 - spread)
    volume = rng.lognormal(12, 0.5, (bars, count)) * (1 + 2 * (rng.random((bars, count)) < 0.03))
    return high, low, close, volume


def screen_partition(seed, first, count, bars, recent=RECENT_BARS, min_ratio=MIN_VOLUME_RATIO):
    """One partition: (signals DataFrame, seconds spent making bars, screening, on context)."""
    t0 = time.perf_counter()
    high, low, close, volume = make_bars(seed, first, count, bars)
    t1 = time.perf_counter()
    found = taspan.panel.breakout_screen(high, low, close, volume, **SCREEN)
    t2 = time.perf_counter()
    rsi = taspan.panel.rsi(close, 14)[-1]
    atr = taspan.panel.atr(high, low, close, 14)[-1]
    upper, middle, lower = (b[-1] for b in taspan.panel.bbands(close, 20, 2.0, 2.0))
    t3 = time.perf_counter()
    found["symbol"] = [f"S{first + j:05d}" for j in range(count)]
    found["last_close"] = close[-1]
    found["rsi"] = rsi
    found["atr_pct"] = 100 * atr / close[-1]
    found["bollinger_b"] = (close[-1] - lower) / (upper - lower)
    keep = found["found"] & (found["bar"] >= bars - recent) & (found["volume_ratio"] >= min_ratio)
    columns = ["symbol", "bar", "close", "level", "range_bottom", "volume_ratio",
               "target_arithmetic", "target_percent", "last_close", "rsi", "atr_pct",
               "bollinger_b"]
    return found.loc[keep, columns].reset_index(drop=True), (t1 - t0, t2 - t1, t3 - t2)


def partitions(symbols, per_partition):
    return [(first, min(per_partition, symbols - first))
            for first in range(0, symbols, per_partition)]


def combine(parts):
    frames = [p[0] for p in parts]
    result = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return result.sort_values("symbol").reset_index(drop=True)


def run_single(seed, symbols, bars, per_partition, **filters):
    return [screen_partition(seed, first, count, bars, **filters)
            for first, count in partitions(symbols, per_partition)]


def run_dask(client, seed, symbols, bars, per_partition, **filters):
    """The partitions as tasks on the cluster (each makes its own bars), results gathered."""
    parts = partitions(symbols, per_partition)
    futures = client.map(screen_partition, [seed] * len(parts), [p[0] for p in parts],
                         [p[1] for p in parts], [bars] * len(parts), pure=False, **filters)
    return client.gather(futures)


@contextlib.contextmanager
def local_cluster(workers):
    """A client of a LocalCluster of `workers` single-threaded processes on loopback."""
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def report(label, parts, seconds, symbols):
    make, screen, context = (sum(p[1][k] for p in parts) for k in range(3))
    work = make + screen + context
    print(f"{label}: {symbols:,} symbols in {seconds:.2f} s = {symbols / seconds:,.0f} symbols/s; "
          f"{len(parts)} partitions; inside them: bars {make:.2f} s, breakout screen "
          f"{screen:.2f} s, RSI/ATR/Bollinger {context:.2f} s; outside them (scheduling, "
          f"transfer, start-up of the workers excluded): {max(seconds - work, 0):.2f} s")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--symbols", type=int, default=20_000)
    p.add_argument("--bars", type=int, default=2_520)
    p.add_argument("--per-partition", type=int, default=500)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    p.add_argument("--scheduler", help="tcp://HOST:8786 of a running dask scheduler")
    p.add_argument("--single", action="store_true", help="run in this process only")
    p.add_argument("--check", action="store_true", help="compare with the single-process run")
    a = p.parse_args()
    args = (a.seed, a.symbols, a.bars, a.per_partition)

    if a.single:
        t = time.perf_counter()
        parts = run_single(*args)
        seconds = time.perf_counter() - t
        report("one process", parts, seconds, a.symbols)
    else:
        from distributed import Client
        with Client(a.scheduler) if a.scheduler else local_cluster(a.workers) as client:
            workers = len(client.scheduler_info()["workers"])
            t = time.perf_counter()
            parts = run_dask(client, *args)
            seconds = time.perf_counter() - t
            report(f"dask, {workers} worker(s)", parts, seconds, a.symbols)
    result = combine(parts)
    print(f"\n{len(result)} volume-confirmed base breakouts in the last {RECENT_BARS} bars:")
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        print(result.sort_values("volume_ratio", ascending=False).head(15).round(2)
              .to_string(index=False))
    if a.check and not a.single:
        pd.testing.assert_frame_equal(result, combine(run_single(*args)))
        print("\nequal to the single-process result")


if __name__ == "__main__":
    main()
