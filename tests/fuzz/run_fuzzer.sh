#!/bin/sh
# run_fuzzer.sh FUZZER WORK_CORPUS SEED_CORPUS ARTIFACT_DIR
# Runs FUZZER for $TASPAN_FUZZ_SECONDS seconds (default 60) over the seed corpus; new inputs go to
# WORK_CORPUS (in the build tree), crashes to ARTIFACT_DIR. Exit status: the fuzzer's.
set -eu
fuzzer=$1 work=$2 seeds=$3 artifacts=$4
seconds=${TASPAN_FUZZ_SECONDS:-60}
[ -n "$seconds" ] || seconds=60
mkdir -p "$work" "$artifacts"
# Under CI the run starts from a fixed seed; TASPAN_FUZZ_RUNS, if set, bounds the number of inputs
# too (the time limit stays as a cap), to replay a CI run exactly.
repro=""
[ -n "${CI:-}" ] && repro="-seed=1${TASPAN_FUZZ_RUNS:+ -runs=$TASPAN_FUZZ_RUNS}"
# shellcheck disable=SC2086
exec "$fuzzer" $repro -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "$seeds"
