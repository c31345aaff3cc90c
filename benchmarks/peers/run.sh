#!/bin/sh
# taspan beside TA-Lib and tulip indicators, same kernels, same flags, one binary (issue 14).
#   benchmarks/peers/run.sh [build-dir]        (default build/peers; run from the repository root)
# Fetches with `npm pack` (npm registry): talib@2.0.5 (TA-Lib 0.6's C core under src/lib; its
# bundled archives are macOS objects, so the C files are compiled) and tulind@0.8.20 (tulip
# indicators 0.8.4 as one amalgamated C file under external/). Nothing is vendored in git.
# Flags: CFLAGS (default "-O3 -march=native", the same for C and C++). Then runs every kernel
# (REPS repetitions, default 3, minimum taken) and prints ns per bar, the ratio to memcpy, and
# taspan's speed-up over the best peer. Needs g++, gcc, npm, python3, libbenchmark-dev.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build/peers}
flags=${CFLAGS:-"-O3 -march=native"}
reps=${REPS:-3}
mkdir -p "$build"
build=$(cd "$build" && pwd)
cd "$build"
if [ ! -d talib ]; then
  npm pack --silent talib@2.0.5 >/dev/null && mkdir -p talib && tar -xzf talib-2.0.5.tgz -C talib
fi
if [ ! -d tulind ]; then
  npm pack --silent tulind@0.8.20 >/dev/null && mkdir -p tulind && tar -xzf tulind-0.8.20.tgz -C tulind
fi
ta=talib/package/src/lib
tu=tulind/package/external
mkdir -p obj
# TA-Lib's C core: the functions run here, those they call (TA_MA dispatches to every moving
# average; STDDEV uses VAR) and ta_common.
funcs="ADX ATR TRANGE BBANDS EMA MACD MAX RSI SMA STDDEV VAR STOCH MA DEMA TEMA TRIMA KAMA MAMA T3 WMA"
{ for f in $funcs; do echo "$ta/src/ta_func/ta_$f.c"; done
  echo "$ta/src/ta_func/ta_utility.c"; ls "$ta"/src/ta_common/*.c; } | xargs -P 2 -I{} sh -c \
  'o=obj/$(basename {} .c).o; [ -f "$o" ] || gcc '"$flags"' -w -I'"$ta"'/include -I'"$ta"'/src/ta_common -c {} -o "$o"'
[ -f obj/tiamalgamation.o ] || gcc $flags -w -c "$tu"/tiamalgamation.c -o obj/tiamalgamation.o
g++ -std=c++20 $flags -DNDEBUG -I"$src"/include -I"$ta"/include -I"$tu" \
  "$src"/benchmarks/peers/peers_bench.cpp obj/*.o -lbenchmark_main -lbenchmark -pthread -lm \
  -o peers_bench
./peers_bench --benchmark_repetitions="$reps" --benchmark_min_time="${MIN_TIME:-0.1}" \
  --benchmark_format=json --benchmark_out=peers.json --benchmark_out_format=json >/dev/null
python3 - peers.json "$flags" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
best = {}
for b in doc["benchmarks"]:
    if b.get("run_type") != "iteration":
        continue
    name = b.get("run_name", b["name"])
    ns = b["ns_per_bar"] * 1e9
    best[name] = min(ns, best.get(name, ns))
mem = best.pop("memcpy/memcpy")
kernels = sorted({k.split("/")[0] for k in best})
ctx = doc.get("context", {})
print(f"flags: {sys.argv[2]}; host {ctx.get('host_name')}, {ctx.get('num_cpus')} cpus, "
      f"load average {ctx.get('load_avg')}; memcpy {mem:.3f} ns per double; n = 10^6")
print(f"{'kernel':<18}{'taspan':>10}{'TA-Lib':>10}{'tulip':>10}   (x memcpy: taspan TA-Lib tulip)"
      "   taspan vs best peer")
for k in kernels:
    t, a, u = (best.get(f"{k}/{lib}", float("nan")) for lib in ("taspan", "talib", "tulip"))
    peer = min(a, u)
    verdict = f"{peer / t:.1f}x faster" if t <= peer else f"{t / peer:.1f}x SLOWER"
    print(f"{k:<18}{t:>10.3f}{a:>10.3f}{u:>10.3f}   ({t / mem:6.1f} {a / mem:6.1f} {u / mem:6.1f})"
          f"          {verdict}")
print("ns per bar (minimum of the repetitions); x memcpy = ns / memcpy ns")
PY
