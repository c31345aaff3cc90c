#!/bin/sh
# Regenerates tests/data/talib/*.csv, TA-Lib's own outputs for tests/talib (issue 15): fetches
# TA-Lib 0.6's C sources with `npm pack talib@2.0.5` (nothing vendored in git), compiles them
# and tools/talib_fixture/generate.c, and runs it on examples/data/rut_daily.csv and seeded
# synthetic OHLCV. Run from the repository root:  sh tools/talib_fixture/run.sh [work-dir]
set -eu
src=$(pwd)
work=${1:-build/talib_fixture}
mkdir -p "$work"
cd "$work"
if [ ! -d talib ]; then
  npm pack --silent talib@2.0.5 >/dev/null && mkdir -p talib && tar -xzf talib-2.0.5.tgz -C talib
fi
ta=talib/package/src/lib
mkdir -p obj
ls "$ta"/src/ta_func/*.c "$ta"/src/ta_common/*.c | xargs -P 2 -I{} sh -c \
  'o=obj/$(basename {} .c).o; [ -f "$o" ] || gcc -O2 -w -I'"$ta"'/include -I'"$ta"'/src/ta_common -c {} -o "$o"'
gcc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -I"$ta"/include "$src"/tools/talib_fixture/generate.c \
  obj/*.o -lm -o generate
mkdir -p "$src"/tests/data/talib
./generate "$src"/examples/data/rut_daily.csv "$src"/tests/data/talib
