#!/bin/sh
# A throw-away PostgreSQL cluster for one ctest run (the fixture of every `postgresql` test):
#   postgresql-cluster.sh start DIR   initdb + pg_ctl start in DIR, unix socket in DIR only
#   postgresql-cluster.sh stop DIR    stop it and remove DIR
#   postgresql-cluster.sh restart DIR stop it (its connections cut) and start it again
#   postgresql-cluster.sh pause DIR   stop it, keeping its data; `resume DIR` starts it again
# PAPO_PG_OPTIONS adds server options to `start` (the bench loads pg_stat_statements with it).
# initdb refuses to run as root, so as root the cluster belongs to the `postgres` user that
# Debian's postgresql package creates. Local connections are trusted (the socket lives in a
# directory of its own), except for the role `papo_secret`, which must give its password:
# the tests of --database's password handling log in as it.
set -eu

action=${1:?usage: postgresql-cluster.sh start|stop|restart|pause|resume DIR}
dir=${2:?usage: postgresql-cluster.sh start|stop|restart|pause|resume DIR}

bindir=${PAPO_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ ! -x "$bindir/initdb" ]; then
    echo "postgresql-cluster.sh: no initdb (install postgresql-15, or set PAPO_PG_BINDIR)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

# Speed over durability: the cluster is deleted at the end of the run anyway.
serve() {
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
        "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB \
         ${PAPO_PG_OPTIONS:-}" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
}

case $action in
start)
    stop # whatever an interrupted run left behind
    mkdir -p "$dir"
    chmod 700 "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # hba is read top-down: the password role's line goes before initdb's `trust` lines.
    hba="$dir/data/pg_hba.conf"
    { echo "local all papo_secret scram-sha-256"; cat "$hba"; } >"$hba.new"
    mv "$hba.new" "$hba"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$hba"
    serve
    echo "PostgreSQL is up: socket directory $dir"
    ;;
stop)
    stop
    ;;
pause)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    serve
    ;;
restart)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    ;;
*)
    echo "usage: postgresql-cluster.sh start|stop|restart|pause|resume DIR" >&2
    exit 2
    ;;
esac
