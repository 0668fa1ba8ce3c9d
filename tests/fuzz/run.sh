#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 30) on its seed corpus, e.g.
#   tests/fuzz/run.sh build/fuzz 30            # what ./papo.sh test does when clang is there
#   tests/fuzz/run.sh build/fuzz 3600 envelope # an hour of one target
# Builds the targets first (clang-14, -DPAPO_FUZZ=ON). New inputs go to BUILD/fuzz-corpus/
# (the seeds in tests/fuzz/corpus/ stay as they are); a crash leaves its input in
# BUILD/fuzz-crashes/ and makes this script fail. Prints one line per target: runs, corpus,
# time.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build/fuzz}
SECONDS_EACH=${2:-30}
shift 2 || true
TARGETS=("$@")
if [[ ${#TARGETS[@]} -eq 0 ]]; then
    TARGETS=(envelope formatting requestframer attachmenttype useragent workingschedule widgettexts)
fi
if [[ ! -f $BUILD/CMakeCache.txt ]]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
        -DCMAKE_CXX_COMPILER=clang++-14 -DPAPO_FUZZ=ON -DPAPO_BUILD_CLIENT=OFF \
        -DPAPO_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" --target fuzz_targets -j "${PAPO_JOBS:-$(nproc)}" >/dev/null
mkdir -p "$BUILD/fuzz-crashes"
failed=0
for name in "${TARGETS[@]}"; do
    work=$BUILD/fuzz-corpus/$name
    seeds=$ROOT/tests/fuzz/corpus/$name
    if [[ ! -d $seeds ]]; then
        printf '%-16s NO SEEDS: %s is missing\n' "$name" "$seeds"
        failed=1
        continue
    fi
    mkdir -p "$work"
    log=$BUILD/fuzz-$name.log
    # Leak checks stay on: the targets hold no Qt platform plugins that would report leaks.
    if "$BUILD/tests/fuzz/fuzz_$name" "$work" "$seeds" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$BUILD/fuzz-crashes/$name-" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        printf '%-16s ok     %12s runs  %6s inputs  %ss\n' "$name" "$runs" \
            "$(ls "$work" | wc -l)" "$SECONDS_EACH"
    else
        printf '%-16s CRASH  see %s and %s\n' "$name" "$log" "$BUILD/fuzz-crashes/"
        failed=1
    fi
done
exit $failed
