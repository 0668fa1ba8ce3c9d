#!/usr/bin/env bash
# Measures papo-server and the reference relay (Node.js + ws) with the same load generator
# and prints one table: metric, papo, reference, ratio. Then the write path alone.
#   tests/bench/run.sh                 # the targets: 15,000 visitors, 1,000 messages/s
#   tests/bench/run.sh --quick         # 1,000 visitors, 10 s of traffic: a fast check
#   tests/bench/run.sh --nodes 2       # also two nodes on PostgreSQL: visitors on one, operators
#                                      # on the other (every message crosses nodes)
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
NODES=1

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
  --nodes 2           also measure two papo-server nodes on one PostgreSQL (a throw-away
                      cluster): visitors connect to one, operators to the other
  --only papo|reference|store|nodes   run one part only
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
        --nodes) NODES=$2; shift ;;
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
OTHER_PID=
cleanup() {
    for pid in $SERVER_PID $OTHER_PID; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK/papo-data" "$WORK/node-a" "$WORK/node-b"
    [[ ! -d $WORK/pg ]] || sh "$ROOT/tests/support/postgresql-cluster.sh" stop "$WORK/pg"
}
trap cleanup EXIT

export PAPO_OWNER_EMAIL=bench@papo.test
export PAPO_OWNER_PASSWORD=bench-password-123
# The coordinator's own timeouts end a stuck phase; this is the outer bound of one run.
LIMIT=$((300 + 60 + DURATION + IDLE + 120))

# start_server NAME COMMAND...: starts a server in the background and waits for its port and
# key (STARTED_PID, STARTED_PORT, STARTED_KEY).
start_server() {
    local name=$1
    shift
    "$@" >"$WORK/$name.log" 2>&1 &
    STARTED_PID=$!
    STARTED_PORT= STARTED_KEY=
    local waited=0
    until [[ -n $STARTED_PORT && -n $STARTED_KEY ]]; do
        sleep 0.2
        STARTED_PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$WORK/$name.log" | head -1)
        STARTED_KEY=$(sed -n 's|^Website key: \(.*\)$|\1|p' "$WORK/$name.log" | head -1)
        kill -0 "$STARTED_PID" 2>/dev/null || { cat "$WORK/$name.log" >&2; die "$name did not start"; }
        (( ++waited < 150 )) || die "$name did not print its port and key in 30 s"
    done
}

# generate NAME PORT KEY [OPERATOR-PORT]: the load generator against the server SERVER_PID.
generate() {
    local name=$1 port=$2 key=$3 operatorPort=${4:-$2}
    timeout "$LIMIT" "$LOADGEN" --label "$name" --url "http://127.0.0.1:$port" --key "$key" \
        --operator-url "http://127.0.0.1:$operatorPort" \
        --server-pid "$SERVER_PID" --visitors "$VISITORS" --operators "$OPERATORS" \
        --rate "$RATE" --duration "$DURATION" --idle "$IDLE" --per-process "$PER_PROCESS" \
        --out "$WORK/$name.json" || say "$name: the run did not complete (see above)"
}

stop_servers() {
    for pid in $SERVER_PID $OTHER_PID; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    SERVER_PID= OTHER_PID=
    sleep 2 # let the closed sockets drain before the next server
}

# measure NAME COMMAND...: starts a server, waits for its port and key, runs the generator.
measure() {
    local name=$1
    shift
    say "Measuring $name"
    start_server "$name" "$@"
    SERVER_PID=$STARTED_PID
    generate "$name" "$STARTED_PORT" "$STARTED_KEY"
    stop_servers
}

# Two nodes on one PostgreSQL: visitors on node A, operators on node B, so every message and
# reply crosses from one node to the other (docs/scaling.md, "Several nodes"). The memory and
# CPU figures are node A's.
measure_two_nodes() {
    say "Measuring two nodes on PostgreSQL"
    chmod 711 "$WORK" # as root the cluster belongs to `postgres`, who must reach its directory
    PAPO_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements" \
        sh "$ROOT/tests/support/postgresql-cluster.sh" start "$WORK/pg"
    psql -q -h "$WORK/pg" -U postgres -c "CREATE DATABASE papo_bench" postgres
    psql -q -h "$WORK/pg" -U postgres -c "CREATE EXTENSION pg_stat_statements" papo_bench
    local url="postgresql://postgres@/papo_bench?host=$WORK/pg"
    start_server node-a "$SERVER" --listen 127.0.0.1 --port 0 --data-dir "$WORK/node-a" \
        --database "$url" --rate-limit-scale 0
    SERVER_PID=$STARTED_PID
    local portA=$STARTED_PORT key=$STARTED_KEY
    start_server node-b "$SERVER" --listen 127.0.0.1 --port 0 --data-dir "$WORK/node-b" \
        --database "$url" --rate-limit-scale 0
    OTHER_PID=$STARTED_PID
    psql -q -h "$WORK/pg" -U postgres -c "SELECT pg_stat_statements_reset()" papo_bench >/dev/null
    generate papo-2-nodes "$portA" "$key" "$STARTED_PORT"
    report_statements >"$WORK/pg-statements.txt"
    stop_servers
}

# What the two nodes asked PostgreSQL during the run: statements per stored message, and the
# busiest statements with their total time (a lock wait shows as a long mean).
report_statements() {
    local pg=(psql -h "$WORK/pg" -U postgres -d papo_bench)
    "${pg[@]}" -Atc "SELECT 'statements per stored message: ' || round(SUM(calls)::numeric / \
        GREATEST((SELECT COUNT(*) FROM messages), 1), 1) || ' (' || SUM(calls) || ' for ' || \
        (SELECT COUNT(*) FROM messages) || ' messages)' FROM pg_stat_statements"
    "${pg[@]}" -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, \
        round(mean_exec_time::numeric, 3) AS mean_ms, \
        left(regexp_replace(query, '\s+', ' ', 'g'), 100) AS statement \
        FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25"
}

if [[ -z $ONLY || $ONLY == papo ]]; then
    # One machine plays every visitor: the per-address limits would stop it at once.
    measure papo "$SERVER" --listen 127.0.0.1 --port 0 --data-dir "$WORK/papo-data" --rate-limit-scale 0
fi
if [[ -z $ONLY || $ONLY == reference ]]; then
    measure reference node "$REFERENCE/relay.js" --listen 127.0.0.1 --port 0
fi
if [[ ( -z $ONLY && $NODES == 2 ) || $ONLY == nodes ]]; then
    measure_two_nodes
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
if [[ -f $WORK/papo-2-nodes.json && -f $WORK/papo.json ]]; then
    echo
    echo "Two nodes on PostgreSQL (visitors on one, operators on the other) against one node on SQLite"
    "$LOADGEN" --compare "$WORK/papo-2-nodes.json" "$WORK/papo.json"
fi
if [[ -f $WORK/pg-statements.txt ]]; then
    echo
    echo "Two nodes: what PostgreSQL was asked ($WORK/pg-statements.txt)"
    head -n 1 "$WORK/pg-statements.txt"
fi
if [[ -n $STORE_LINE ]]; then
    echo
    echo "$STORE_LINE"
fi
echo
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM, $(uname -sr)"
echo "command: $COMMAND"
echo "results: $WORK"
