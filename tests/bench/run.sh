#!/usr/bin/env bash
# Measures papo-server and the reference relay (Node.js + ws) with the same load generator
# and prints one table: metric, papo, reference, ratio. Then the write path alone.
#   tests/bench/run.sh                 # the targets: 15,000 visitors, 1,000 messages/s
#   tests/bench/run.sh --quick         # 1,000 visitors, 10 s of traffic: a fast check
#   tests/bench/run.sh --help          # every option
# Everything runs on loopback; each run is bounded in time (see LIMIT below).
set -euo pipefail
COMMAND="$0 $*"
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

BUILD=$ROOT/build/bench
VISITORS=15000
OPERATORS=10
RATE=1000
DURATION=30
IDLE=65 # papo-server pings a socket after 60 s of silence: one whole cycle is in the window
PER_PROCESS=2500
STORE_MESSAGES=20000
BUILD_FIRST=1
ONLY=

usage() {
    cat <<USAGE
usage: $0 [options]
  --quick             1,000 visitors, 10 s of traffic, 5 s idle, 5,000 stored messages
  --visitors N        visitor connections (default $VISITORS)
  --operators N       operator connections (default $OPERATORS)
  --rate N            visitor messages per second (default $RATE); each gets one reply
  --duration S        seconds of traffic (default $DURATION)
  --idle S            seconds of idle-CPU measurement (default $IDLE)
  --per-process N     visitors per load-generator process (default $PER_PROCESS)
  --store-messages N  messages for the write-path line (default $STORE_MESSAGES)
  --build DIR         build directory (default build/bench under the repository)
  --no-build          use the binaries already in the build directory
  --only papo|reference|store   run one part only
USAGE
}

while (($#)); do
    case $1 in
        --quick) VISITORS=1000; DURATION=10; IDLE=5; STORE_MESSAGES=5000 ;;
        --visitors) VISITORS=$2; shift ;;
        --operators) OPERATORS=$2; shift ;;
        --rate) RATE=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --idle) IDLE=$2; shift ;;
        --per-process) PER_PROCESS=$2; shift ;;
        --store-messages) STORE_MESSAGES=$2; shift ;;
        --build) BUILD=$(readlink -f "$2"); shift ;;
        --no-build) BUILD_FIRST=0 ;;
        --only) ONLY=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# Each connection is a file descriptor: the server holds all of them in one process.
ulimit -n "$(ulimit -Hn)"
(( $(ulimit -n) >= VISITORS + OPERATORS + 100 )) \
    || die "the open-file limit ($(ulimit -n)) is too low for $VISITORS visitors"

if ((BUILD_FIRST)); then
    say "Building (Release) in $BUILD"
    [[ -f $BUILD/CMakeCache.txt ]] || cmake -S "$ROOT" -B "$BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DPAPO_BUILD_CLIENT=OFF >/dev/null
    cmake --build "$BUILD" --target papo-server papo-loadgen papo-bench-store >/dev/null
fi
binary() {
    local found
    found=$(find "$BUILD" -type f -name "$1" -perm -u+x -print -quit 2>/dev/null)
    [[ -n $found ]] || die "$1 is not built in $BUILD (drop --no-build, or pass --build DIR)"
    printf '%s\n' "$found"
}
SERVER=$(binary papo-server)
LOADGEN=$(binary papo-loadgen)
STORE=$(binary papo-bench-store)

REFERENCE=$HERE/reference
if [[ ! -d $REFERENCE/node_modules || $REFERENCE/package-lock.json -nt $REFERENCE/node_modules ]]; then
    say "Installing the reference relay's dependencies (npm ci)"
    (cd "$REFERENCE" && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
fi

# Both servers and the generator share this machine's cores: anything else running skews them.
read -r LOAD _ </proc/loadavg
if awk -v load="$LOAD" 'BEGIN { exit !(load > 0.5) }'; then
    say "Warning: load average $LOAD before starting; other work on this machine skews the figures"
fi

WORK=$(mktemp -d /tmp/papo-bench.XXXXXX)
SERVER_PID=
cleanup() {
    if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK/papo-data"
}
trap cleanup EXIT

export PAPO_OWNER_EMAIL=bench@papo.test
export PAPO_OWNER_PASSWORD=bench-password-123
# The coordinator's own timeouts end a stuck phase; this is the outer bound of one run.
LIMIT=$((300 + 60 + DURATION + IDLE + 120))

# measure NAME COMMAND...: starts a server, waits for its port and key, runs the generator.
measure() {
    local name=$1
    shift
    say "Measuring $name"
    "$@" >"$WORK/$name.log" 2>&1 &
    SERVER_PID=$!
    local port= key= waited=0
    until [[ -n $port && -n $key ]]; do
        sleep 0.2
        port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$WORK/$name.log" | head -1)
        key=$(sed -n 's|^Website key: \(.*\)$|\1|p' "$WORK/$name.log" | head -1)
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/$name.log" >&2; die "$name did not start"; }
        (( ++waited < 150 )) || die "$name did not print its port and key in 30 s"
    done
    timeout "$LIMIT" "$LOADGEN" --label "$name" --url "http://127.0.0.1:$port" --key "$key" \
        --server-pid "$SERVER_PID" --visitors "$VISITORS" --operators "$OPERATORS" \
        --rate "$RATE" --duration "$DURATION" --idle "$IDLE" --per-process "$PER_PROCESS" \
        --out "$WORK/$name.json" || say "$name: the run did not complete (see above)"
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
    sleep 2 # let the closed sockets drain before the next server
}

if [[ -z $ONLY || $ONLY == papo ]]; then
    # One machine plays every visitor: the per-address limits would stop it at once.
    measure papo "$SERVER" --listen 127.0.0.1 --port 0 --data-dir "$WORK/papo-data" --rate-limit-scale 0
fi
if [[ -z $ONLY || $ONLY == reference ]]; then
    measure reference node "$REFERENCE/relay.js" --listen 127.0.0.1 --port 0
fi
STORE_LINE=
if [[ -z $ONLY || $ONLY == store ]]; then
    say "Measuring the write path alone"
    STORE_LINE=$("$STORE" --messages "$STORE_MESSAGES" --dir "$WORK/store-data")
    rm -rf "$WORK/store-data"
fi

if [[ -f $WORK/papo.json && -f $WORK/reference.json ]]; then
    echo
    echo "Papo load test: $VISITORS visitors, $OPERATORS operators, $RATE visitor messages/s for" \
         "${DURATION} s (each answered by one operator), idle CPU over ${IDLE} s"
    "$LOADGEN" --compare "$WORK/papo.json" "$WORK/reference.json"
fi
if [[ -n $STORE_LINE ]]; then
    echo
    echo "$STORE_LINE"
fi
echo
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM, $(uname -sr)"
echo "command: $COMMAND"
echo "results: $WORK"
