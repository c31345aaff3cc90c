#!/bin/sh
# Regenerates tests/data/talib/candles_* (TA-Lib's CDL* outputs; see make_fixture.cpp):
#   tools/talib_candles/run.sh [work-dir]      (from the repository root; default build/talib)
# Fetches TA-Lib 0.6's C sources with `npm pack talib@2.0.5` and compiles them with -O2 and no
# -march (no FMA contraction, the arithmetic TA-Lib's callers get on x86-64). Needs gcc, g++, npm.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-build/talib}
mkdir -p "$work"
work=$(cd "$work" && pwd)
cd "$work"
if [ ! -d talib ]; then
  npm pack --silent talib@2.0.5 >/dev/null && mkdir -p talib && tar -xzf talib-2.0.5.tgz -C talib
fi
ta=talib/package/src/lib
mkdir -p obj
for c in "$ta"/src/ta_func/ta_CDL*.c "$ta"/src/ta_func/ta_utility.c "$ta"/src/ta_common/*.c; do
  o=obj/$(basename "$c" .c).o
  [ -f "$o" ] || gcc -O2 -w -I"$ta"/include -I"$ta"/src/ta_common -c "$c" -o "$o"
done
g++ -std=c++20 -O2 -I"$ta"/include "$src"/tools/talib_candles/make_fixture.cpp obj/*.o -lm \
  -o make_fixture
mkdir -p "$src"/tests/data/talib
./make_fixture "$src" "$src"/tests/data/talib
