#!/bin/sh
# Runs exactly the rows of the speed targets (issue 14) from the bench binary and prints one table:
# case, ns per bar (per element for panels), ratio to the memcpy of the same run, target, met?
#   benchmarks/run_targets.sh [build-dir]     (default build/bench; e.g. build/bench-portable)
# Each case runs REPS times (default 5) for at least MIN_TIME seconds (default 0.1); the table
# takes the minimum over the repetitions (the least disturbed run), for the case and for memcpy.
# Needs python3. About 2 minutes on a quiet 2-core machine.
set -eu
build=${1:-build/bench}
bin=$build/benchmarks/taspan_benchmarks
[ -x "$bin" ] || { echo "run_targets.sh: no $bin (cmake --preset bench && cmake --build --preset bench)" >&2; exit 2; }
reps=${REPS:-5}
min_time=${MIN_TIME:-0.1}
json=$(mktemp)
trap 'rm -f "$json"' EXIT
panel='BM_panel_(sma|ema|rsi|rolling_max|rolling_min|stddev|bbands)<'
"$bin" --benchmark_filter="^target/|^$panel" --benchmark_repetitions="$reps" \
  --benchmark_min_time="$min_time" --benchmark_format=json --benchmark_out="$json" \
  --benchmark_out_format=json >/dev/null
python3 - "$json" "$build" <<'PY'
import json, re, sys

doc = json.load(open(sys.argv[1]))
best = {}  # name -> (ns per bar, x_memcpy or None), minimum over repetitions
for b in doc["benchmarks"]:
    if b.get("run_type") != "iteration":
        continue
    name = b.get("run_name", b["name"])
    ns = b.get("kernel_ns_per_elem", b.get("ns_per_bar", 0.0) * 1e9)
    x = b.get("x_memcpy")
    old = best.get(name)
    best[name] = (min(ns, old[0]) if old else ns,
                  (min(x, old[1]) if old and old[1] is not None else x) if x is not None else None)

ratio_target = {"sma_14": 2.5, "sma_200": 2.5, "ema_14": 3, "stddev_14": 5, "stddev_200": 5,
                "bbands_14": 6, "rsi_14": 5, "atr_14": 4, "macd_12_26_9": 5, "adx_14": 15,
                "stoch_14_3_3": 12}
stream_target = {"sma_14": 2, "ema_14": 2, "rsi_14": 2, "max_14": 2, "min_14": 2,
                 "bbands_14": 8, "macd_12_26_9": 8}
panel_target = {"sma": 1.5, "ema": 1.5, "rsi": 1.5, "rolling_max": 1.5, "rolling_min": 1.5,
                "stddev": 2, "bbands": 2}
rows = []
def row(case, ns, ratio, target, met):
    rows.append((case, f"{ns:.3f}", "" if ratio is None else f"{ratio:.2f}", target,
                 "yes" if met else "NO"))

mem = {t: best.get(f"target/memcpy/{t}", (float("nan"),))[0] for t in ("double", "float")}
for name, (ns, _) in best.items():
    m = re.fullmatch(r"target/(.+)/(double|float)", name)
    if not m or m.group(1) == "memcpy":
        continue
    case, t = m.groups()
    if case.endswith("_stream"):
        base = case[: -len("_stream")]
        row(f"{case} {t}", ns, ns / mem[t], f"<= {stream_target[base]} ns",
            ns <= stream_target[base])
        continue
    r = ns / mem[t]
    if t == "double":
        lim = 2.5 if re.match(r"(max|min)_", case) else ratio_target[case]
        row(f"{case} {t}", ns, r, f"<= {lim}x memcpy", r <= lim)
    elif f"target/{case}/double" in best:  # float: the target is its speed-up over double
        speed = best[f"target/{case}/double"][0] / ns
        rows.append((f"{case} float", f"{ns:.3f}", f"{r:.2f}",
                     f"double/float {speed:.2f} >= 1.6 (if vectorised)",
                     "yes" if speed >= 1.6 else "NO"))
for name, (ns, x) in best.items():
    m = re.fullmatch(r"BM_panel_(\w+)<(double|float), Eigen::(RowMajor|ColMajor)>/(\d+)/1.*", name)
    if not m or m.group(1) not in panel_target:
        continue
    kind, t, order, period = m.groups()
    lim = panel_target[kind]
    row(f"panel {kind} {period} {t} {order}", ns, x, f"<= {lim}x panel memcpy", x <= lim)

print(f"build: {sys.argv[2]}   memcpy ns/bar: double {mem['double']:.3f}, float {mem['float']:.3f}")
ctx = doc.get("context", {})
print(f"host: {ctx.get('host_name', '?')}, {ctx.get('num_cpus', '?')} cpus at "
      f"{ctx.get('mhz_per_cpu', '?')} MHz, load average {ctx.get('load_avg', '?')}")
widths = [max(len(r[i]) for r in rows + [("case", "ns/bar", "x memcpy", "target", "met?")])
          for i in range(5)]
for r in [("case", "ns/bar", "x memcpy", "target", "met?")] + sorted(rows):
    print("  ".join(c.ljust(w) if i in (0, 3) else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
met = sum(r[4] == "yes" for r in rows)
print(f"{met} of {len(rows)} targets met")
PY
