#!/usr/bin/env bash
# Runs the whole ctest suite several times in a row on one build while a CPU hog keeps one
# core busy: a test that waits on time instead of on an event fails here first.
#   tests/stress-suite.sh [BUILD_DIR] [RUNS]     (defaults: build/test, 5)
# PAPO_STRESS_HOG may name another single-threaded command to be the hog, so the busy core
# does useful work (e.g. a fuzz target); it is stopped with the runs.
set -uo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
build=${1:-build/test}
runs=${2:-5}
jobs=${PAPO_JOBS:-$(nproc)}
[[ -f $build/CTestTestfile.cmake ]] || { echo "No ctest build in $build: run ./papo.sh test first." >&2; exit 2; }

# The hog: one process keeping one core busy for as long as the runs take, in its own
# process group so that everything it started stops with it.
setsid bash -c "${PAPO_STRESS_HOG:-while :; do :; done}" &
hog=$!
trap 'kill -- -$hog 2>/dev/null' EXIT

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
green=0
for run in $(seq "$runs"); do
    log=$build/stress-run-$run.log
    start=$SECONDS
    if ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 600 >"$log" 2>&1; then
        green=$((green + 1))
        result=green
    else
        result="RED: $(grep -E '^\s+[0-9]+ - ' "$log" | sed 's/^ *//' | paste -sd, -)"
    fi
    echo "run $run/$runs: $(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log") in $((SECONDS - start)) s: $result"
done
echo "$green of $runs runs green, with one core kept busy"
((green == runs))
