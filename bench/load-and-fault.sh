#!/usr/bin/env bash
# Load and fault tests, on loopback and bounded in time:
#   1. mixed read/write load on PostgreSQL: no 5xx, no transport errors,
#      every acknowledged write present and identical afterwards;
#   2. the same load while PostgreSQL is stopped abruptly (pg_ctl stop -m
#      immediate) and started again: 503 problem documents within the
#      configured timeout (never a 500, never a hang), readiness not ready,
#      serving again within 5 s of the database's return, no acknowledged
#      write lost;
#   3. SQLite with 32 concurrent writers: no "database is locked" reaches a
#      client;
#   and in every phase a resident set that stays flat.
# PostgreSQL runs as a throwaway cluster of its own (so stopping it disturbs
# nothing else). Usage: bench/load-and-fault.sh [--short]   (--short: the
# CI form, about a minute). IMVO_BINARY=path skips the release build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ "${1:-}" = --short ]; then
    STEADY=10 FAULT_RUN=20 FAULT_AT=5 OUTAGE=5 SQLITE_RUN=8
else
    STEADY=60 FAULT_RUN=60 FAULT_AT=20 OUTAGE=10 SQLITE_RUN=30
fi
PORT=${LOAD_PORT:-18431}
PG_PORT=${LOAD_PG_PORT:-55432}
DB_TIMEOUT_MS=2000
# No answer may take longer than the pool's wait plus a second's margin.
ANSWER_BOUND=$((DB_TIMEOUT_MS / 1000 + 1))

need curl:curl python3:python3
BIN_DIR=$(pg_bindir)
WORK=$(mktemp -d /tmp/imvo-load.XXXXXX)
CLUSTER="$WORK/pg"

# PostgreSQL refuses to run as root: run its tools as `postgres` then.
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
    stop_server
    as_postgres "$BIN_DIR/pg_ctl" -D "$CLUSTER" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ -n "${IMVO_BINARY:-}" ]; then
    BINARY=$IMVO_BINARY
else
    say "building the release binary"
    (cd "$REPO_DIR" && cargo build --release --locked --quiet)
    BINARY="$REPO_DIR/target/release/imvo-tracker"
fi
[ -x "$BINARY" ] || die "no binary at $BINARY"

say "starting a throwaway PostgreSQL cluster on 127.0.0.1:$PG_PORT"
mkdir -p "$CLUSTER"
[ "$(id -u)" = 0 ] && chown postgres "$WORK" "$CLUSTER"
as_postgres "$BIN_DIR/initdb" -D "$CLUSTER" -A trust -U postgres >/dev/null
PG_START="$BIN_DIR/pg_ctl -D $CLUSTER -w -l $CLUSTER/server.log -o '-p $PG_PORT -k $CLUSTER -c listen_addresses=127.0.0.1' start"
PG_STOP="$BIN_DIR/pg_ctl -D $CLUSTER -m immediate stop"
if [ "$(id -u)" = 0 ]; then
    PG_START="runuser -u postgres -- sh -c \"$PG_START\" >/dev/null"
    PG_STOP="runuser -u postgres -- $PG_STOP >/dev/null"
fi
eval "$PG_START" >/dev/null

export LISTEN_ADDRESS="127.0.0.1:$PORT" DB_TIMEOUT_MS SEED_ON_START=false RUST_LOG=warn
export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
"$BINARY" seed --synthetic --organisations 2000 >/dev/null
TOKEN=$("$BINARY" token --role admin --sub load-test --ttl 1h)
start_server "$BINARY" "$WORK/server-postgres.log"
say "idle resident set: $(rss_mb "$SERVER_PID") MB"

load() {
    python3 "$BENCH_DIR/loadgen.py" --port "$PORT" --token "$TOKEN" --pid "$SERVER_PID" \
        --timeout "$ANSWER_BOUND" "$@"
}

failed=0
phase() {
    printf '\n== %s ==\n' "$1"
    shift
    if load "$@"; then echo "PASSED"; else failed=1; fi
}

phase "PostgreSQL: mixed load for ${STEADY}s (8 readers, 4 writers)" --seconds "$STEADY"
phase "PostgreSQL stopped (immediate) after ${FAULT_AT}s for ${OUTAGE}s, under load" \
    --seconds "$FAULT_RUN" --fault-at "$FAULT_AT" --outage "$OUTAGE" \
    --stop-command "$PG_STOP" --start-command "$PG_START"
stop_server

export DATABASE_URL="sqlite://$WORK/load.sqlite3"
"$BINARY" seed --synthetic --organisations 2000 >/dev/null
start_server "$BINARY" "$WORK/server-sqlite.log"
# Writers queue for SQLite's one write lock for up to its busy timeout (10 s).
phase "SQLite: 32 concurrent writers and 4 readers for ${SQLITE_RUN}s" \
    --seconds "$SQLITE_RUN" --readers 4 --writers 32 --timeout 11

if [ "$failed" = 0 ]; then
    printf '\nload and fault tests passed\n'
else
    printf '\nload and fault tests FAILED (server logs were in %s)\n' "$WORK" >&2
    exit 1
fi
