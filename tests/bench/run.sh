#!/usr/bin/env bash
# Measures papo-server and the reference relay (Node.js + ws) with the same load generator
# and prints one table: metric, papo, reference, ratio (connecting, a burst of connections,
# idle, traffic, the CPU after it, a reconnect storm after kill -9), a second one for
# browsing with 50 operators, then the write path alone.
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
CLIENTS= # sockets per operator account; empty: every 5th account on 3, the rest on 1
RATE=1000
DURATION=30
IDLE=65 # papo-server pings a socket after 60 s of silence: one whole cycle is in the window
PER_PROCESS=2500
PHASES=burst,idle,traffic,storm
BURST=1000
BURST_BATCH=250
AFTER=60 # "measure CPU for a minute after the traffic too"
STORM=15
BROWSE=1
BROWSE_OPERATORS=50
BROWSE_RATE= # default: every visitor views a page every 10 s
STORE_MESSAGES=20000
BUILD_FIRST=1
ONLY=
NODES=1

usage() {
    cat <<USAGE
usage: $0 [options]
  --quick             1,000 visitors, 10 s of traffic, 5 s idle, 10 s after, a burst of
                      500, 9 s of storm traffic, 5,000 stored messages
  --visitors N        visitor connections (default $VISITORS)
  --operators N       operator accounts (default $OPERATORS): the owner and invited ones
  --clients-per-operator K
                      sockets per account (default: every 5th account on 3, the rest on 1)
  --rate N            visitor messages per second (default $RATE); each gets one reply
  --duration S        seconds of traffic, and of browsing (default $DURATION)
  --idle S            seconds of idle-CPU measurement (default $IDLE)
  --after S           seconds of server CPU measured after the traffic stops (default $AFTER)
  --burst N           visitors of the burst phase, opened in batches at once (default $BURST)
  --burst-batch N     visitors per batch (default $BURST_BATCH)
  --storm S           seconds of traffic in the reconnect storm; the server is killed (-9)
                      and restarted a third of the way in (default $STORM)
  --phases LIST       phases of the main run, of burst,idle,traffic,storm (default $PHASES)
  --browse-rate N     page views per second in the browsing run (default: visitors / 10)
  --browse-operators N
                      operator accounts of the browsing run (default $BROWSE_OPERATORS)
  --no-browse         skip the browsing run
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
        --quick) VISITORS=1000; DURATION=10; IDLE=5; STORE_MESSAGES=5000; AFTER=10; BURST=500
                 STORM=9 ;;
        --visitors) VISITORS=$2; shift ;;
        --operators) OPERATORS=$2; shift ;;
        --clients-per-operator) CLIENTS=$2; shift ;;
        --after) AFTER=$2; shift ;;
        --burst) BURST=$2; shift ;;
        --burst-batch) BURST_BATCH=$2; shift ;;
        --storm) STORM=$2; shift ;;
        --phases) PHASES=$2; shift ;;
        --browse-rate) BROWSE_RATE=$2; shift ;;
        --browse-operators) BROWSE_OPERATORS=$2; shift ;;
        --no-browse) BROWSE=0 ;;
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

BROWSE_RATE=${BROWSE_RATE:-$((VISITORS / 10))}

# Each connection is a file descriptor: the server holds all of them in one process.
ulimit -n "$(ulimit -Hn)"
(( $(ulimit -n) >= VISITORS + BURST + 3 * (OPERATORS > BROWSE_OPERATORS ? OPERATORS : BROWSE_OPERATORS) + 100 )) \
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
# stop PID: a server we started, or one the storm's restart script started (not our child).
stop() {
    kill "$1" 2>/dev/null || return 0
    wait "$1" 2>/dev/null || while [[ -e /proc/$1 ]]; do sleep 0.1; done
}
cleanup() {
    for pid in $SERVER_PID $OTHER_PID; do stop "$pid"; done
    rm -rf "$WORK/papo-data" "$WORK/node-a" "$WORK/node-b"
    [[ ! -d $WORK/pg ]] || sh "$ROOT/tests/support/postgresql-cluster.sh" stop "$WORK/pg"
}
trap cleanup EXIT

export PAPO_OWNER_EMAIL=bench@papo.test
export PAPO_OWNER_PASSWORD=bench-password-123
# The coordinator's own timeouts end a stuck phase; this is the outer bound of one run.
LIMIT=$((300 + 60 + DURATION + IDLE + 120 + AFTER + STORM + 300 + 120))

# start_server NAME COMMAND...: starts a server in the background and waits for its port and
# key (STARTED_PID, STARTED_PORT, STARTED_KEY).
start_server() {
    local name=$1
    shift
    "$@" >"$WORK/$name.log" 2>&1 &
    STARTED_PID=$!
    disown "$STARTED_PID" # the storm kills it with -9: no job report for that
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

# generate NAME PORT KEY OPERATOR-PORT [LOADGEN-OPTIONS...]: the load generator against the
# server SERVER_PID.
generate() {
    local name=$1 port=$2 key=$3 operatorPort=$4
    shift 4
    local clients=()
    [[ -z $CLIENTS ]] || clients=(--clients-per-operator "$CLIENTS")
    timeout "$LIMIT" "$LOADGEN" --label "$name" --url "http://127.0.0.1:$port" --key "$key" \
        --operator-url "http://127.0.0.1:$operatorPort" "${clients[@]}" \
        --server-pid "$SERVER_PID" --visitors "$VISITORS" --operators "$OPERATORS" \
        --rate "$RATE" --duration "$DURATION" --idle "$IDLE" --per-process "$PER_PROCESS" \
        --after "$AFTER" --out "$WORK/$name.json" "$@" \
        || say "$name: the run did not complete (see above)"
}

stop_servers() {
    for pid in $SERVER_PID $OTHER_PID; do stop "$pid"; done
    SERVER_PID= OTHER_PID=
    sleep 2 # let the closed sockets drain before the next server
}

# A port outside the kernel's ephemeral range: thousands of visitors reconnecting to a dead
# port on loopback would, sooner or later, get it as their own source port (a TCP
# self-connect) and keep the restarted server from binding it.
free_port() {
    local port
    for _ in $(seq 100); do
        port=$((20000 + RANDOM % 12000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    die "no free port between 20000 and 32000"
}

# restart_script NAME COMMAND...: writes the storm's restart command for the server NAME
# (pid in $WORK/NAME.pid): kill -9, start it again with the same arguments, wait until it
# listens, print the new pid. The load generator runs it, at the moment it chooses.
restart_script() {
    local name=$1
    shift
    local script=$WORK/restart-$name.sh
    {
        echo '#!/usr/bin/env bash'
        echo 'set -euo pipefail'
        printf 'pidfile=%q log=%q\n' "$WORK/$name.pid" "$WORK/$name-restarted.log"
        echo 'pid=$(cat "$pidfile")'
        echo 'kill -9 "$pid"'
        echo '# Gone, or a zombie (our parent reaps it later) whose other threads have exited too:'
        echo '# only then are its files closed and the database lock free.'
        echo 'while [[ -e /proc/$pid ]]; do'
        echo '    [[ $(cut -d" " -f3 "/proc/$pid/stat" 2>/dev/null) == Z'
        echo '       && $(ls "/proc/$pid/task" 2>/dev/null | wc -l) -le 1 ]] && break'
        echo '    sleep 0.02'
        echo 'done'
        printf '%q ' "$@"
        echo '>"$log" 2>&1 </dev/null &'
        echo 'new=$!'
        echo 'echo "$new" >"$pidfile"'
        echo 'for _ in $(seq 600); do'
        echo '    grep -q "listening on" "$log" && { echo "$new"; exit 0; }'
        echo '    kill -0 "$new" 2>/dev/null || break'
        echo '    sleep 0.05'
        echo 'done'
        echo 'cat "$log" >&2; exit 1'
    } >"$script"
    chmod +x "$script"
}

# measure NAME COMMAND...: starts a server (COMMAND has --port PORT), waits for its port and
# key, runs the generator (burst, idle, traffic, the CPU after it, the storm), then a second
# generator on the same server for browsing with BROWSE_OPERATORS operators.
measure() {
    local name=$1
    shift
    local stormOptions=()
    say "Measuring $name"
    start_server "$name" "$@"
    SERVER_PID=$STARTED_PID
    echo "$SERVER_PID" >"$WORK/$name.pid"
    restart_script "$name" "$@"
    [[ $name != reference ]] || stormOptions=(--stateless)
    generate "$name" "$STARTED_PORT" "$STARTED_KEY" "$STARTED_PORT" --phases "$PHASES" \
        --burst "$BURST" --burst-batch "$BURST_BATCH" --storm-duration "$STORM" \
        --restart-command "$WORK/restart-$name.sh" "${stormOptions[@]}"
    if ((BROWSE)); then
        SERVER_PID=$(cat "$WORK/$name.pid") # the storm restarted it
        say "Measuring $name: browsing with $BROWSE_OPERATORS operators"
        generate "$name-browse" "$STARTED_PORT" "$STARTED_KEY" "$STARTED_PORT" --phases browse \
            --operators "$BROWSE_OPERATORS" --browse-rate "$BROWSE_RATE"
    fi
    SERVER_PID=$(cat "$WORK/$name.pid")
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
    generate papo-2-nodes "$portA" "$key" "$STARTED_PORT" --phases idle,traffic
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
    "${pg[@]}" -Atc "SELECT 'deadlocks between the nodes: ' || deadlocks \
        FROM pg_stat_database WHERE datname = current_database()"
    "${pg[@]}" -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, \
        round(mean_exec_time::numeric, 3) AS mean_ms, \
        left(regexp_replace(query, '\s+', ' ', 'g'), 100) AS statement \
        FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25"
    echo "The most frequent statements (each one a round trip from a node):"
    "${pg[@]}" -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, \
        left(regexp_replace(query, '\s+', ' ', 'g'), 160) AS statement \
        FROM pg_stat_statements ORDER BY calls DESC LIMIT 50"
}

if [[ -z $ONLY || $ONLY == papo ]]; then
    # One machine plays every visitor: the per-address limits would stop it at once.
    measure papo "$SERVER" --listen 127.0.0.1 --port "$(free_port)" --data-dir "$WORK/papo-data" \
        --rate-limit-scale 0
fi
if [[ -z $ONLY || $ONLY == reference ]]; then
    # A key of our own, so the restarted relay (the storm) takes the visitors' hellos again.
    measure reference node "$REFERENCE/relay.js" --listen 127.0.0.1 --port "$(free_port)" \
        --key "$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
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
    echo "Papo load test: $VISITORS visitors, $OPERATORS operator accounts" \
         "(${CLIENTS:-every 5th on 3 clients}), $RATE visitor messages/s for ${DURATION} s" \
         "(each answered by one operator), idle CPU over ${IDLE} s, CPU after the traffic over" \
         "${AFTER} s; burst: $BURST visitors in batches of $BURST_BATCH; storm: kill -9 and" \
         "restart under $RATE messages/s"
    "$LOADGEN" --compare "$WORK/papo.json" "$WORK/reference.json"
fi
if [[ -f $WORK/papo-browse.json && -f $WORK/reference-browse.json ]]; then
    echo
    echo "Browsing: $VISITORS visitors, $BROWSE_RATE page views/s for ${DURATION} s," \
         "$BROWSE_OPERATORS operator accounts online"
    "$LOADGEN" --compare "$WORK/papo-browse.json" "$WORK/reference-browse.json"
fi
if [[ -f $WORK/papo-2-nodes.json && -f $WORK/papo.json ]]; then
    echo
    echo "Two nodes on PostgreSQL (visitors on one, operators on the other) against one node on SQLite"
    "$LOADGEN" --compare "$WORK/papo-2-nodes.json" "$WORK/papo.json"
fi
if [[ -f $WORK/pg-statements.txt ]]; then
    echo
    echo "Two nodes: what PostgreSQL was asked ($WORK/pg-statements.txt)"
    head -n 2 "$WORK/pg-statements.txt"
fi
if [[ -n $STORE_LINE ]]; then
    echo
    echo "$STORE_LINE"
fi
echo
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM, $(uname -sr)"
echo "command: $COMMAND"
echo "results: $WORK"
