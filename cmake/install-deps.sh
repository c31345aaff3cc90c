#!/bin/sh
# Installs, from Debian's packages and only where missing, what taspan's builds need.
#   sh cmake/install-deps.sh          compiler, CMake, Ninja (enough for the examples)
#   sh cmake/install-deps.sh --tests  also GoogleTest, Google Benchmark, Eigen, clang with its
#                                     sanitizer/libFuzzer runtimes, clang-tidy, clang-format, gcovr,
#                                     llvm (llvm-cov), valgrind, Howard Hinnant's date-tz with
#                                     tzdata (tests/iana, taspan/timeframe/iana_zone.hpp), and for
#                                     the Python module: pybind11, NumPy, pandas, pytest, Dask
#                                     (Debian's python3-*, for /usr/bin/python3)
set -eu
need="g++ cmake ninja-build"
if [ "${1:-}" = "--tests" ]; then
  need="$need libgtest-dev libbenchmark-dev libeigen3-dev clang libclang-rt-dev clang-tidy clang-format gcovr llvm valgrind libhowardhinnant-date-dev tzdata python3-dev pybind11-dev python3-numpy python3-pandas python3-pytest python3-dask python3-distributed"
fi
missing=""
for pkg in $need; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi
