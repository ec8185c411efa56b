#!/usr/bin/env bash
# The benchmark: builds the release binary, loads synthetic data sets into
# the machine's PostgreSQL (127.0.0.1:5432), serves them, drives the API
# with wrk and the database itself with pgbench and psql, and prints one
# Markdown report with absolute figures and ratios to the database's own
# ceiling. Copy a run's report into bench/RESULTS.md.
#
# Usage: bench/run.sh            (sizes 10k, 100k and 1M; about 40 minutes)
#   BENCH_SIZES="10000 100000"   other sizes for the OECD indicator's scaling
#   BENCH_HTTP_SIZE=10000        the size (one of BENCH_SIZES) the HTTP runs use
#   BENCH_SECONDS=10             length of every wrk and pgbench run
#   BENCH_KEEP_DATA=1            reuse data sets a previous run loaded
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

read -r -a SIZES <<<"${BENCH_SIZES:-10000 100000 1000000}"
HTTP_SIZE=${BENCH_HTTP_SIZE:-10000}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
CONNECTIONS=(1 16 64)
PORT=${BENCH_PORT:-18430}
ADDRESS="127.0.0.1:$PORT"
BASE="http://$ADDRESS"
THREADS=$(nproc)
# Every figure is taken at this date, so runs on different days compare.
AS_OF=2026-11-23

need wrk:wrk curl:curl pgbench:postgresql-client psql:postgresql-client
ensure_postgres
WORK=$(mktemp -d /tmp/imvo-bench.XXXXXX)
OECD_PIDS=()
trap 'stop_server; kill "${OECD_PIDS[@]}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

say "building the release binary"
(cd "$REPO_DIR" && cargo build --release --locked --quiet)
BINARY="$REPO_DIR/target/release/imvo-tracker"
# The service as shipped, with its default pool (two connections per core)
# unless DB_POOL_SIZE is set.
export RUST_LOG=warn LISTEN_ADDRESS="$ADDRESS"

# --- start to ready on a fresh SQLite file --------------------------------
say "timing start to ready on a fresh SQLite file (5 starts)"
starts=()
for _ in 1 2 3 4 5; do
    rm -f "$WORK"/fresh.sqlite3*
    began=$(now_ns)
    DATABASE_URL="sqlite://$WORK/fresh.sqlite3" start_server "$BINARY" "$WORK/fresh.log"
    starts+=($((($(now_ns) - began) / 1000000)))
    stop_server
done
START_MS=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 3p)

# --- data sets --------------------------------------------------------------
declare -A DB_URL SEED_S
for size in "${SIZES[@]}"; do
    url="postgres://postgres@$PG_HOST:$PG_PORT/imvo_bench_$size"
    DB_URL[$size]=$url
    if [ -n "${BENCH_KEEP_DATA:-}" ] && psql -qAtXw "$url" -c "SELECT 1 FROM sectors WHERE code = 'synthetic'" 2>/dev/null | grep -q 1; then
        SEED_S[$size]=kept
        continue
    fi
    url=$(fresh_database "imvo_bench_$size")
    say "loading $size synthetic organisations"
    began=$(now_ns)
    DATABASE_URL=$url "$BINARY" seed --synthetic --organisations "$size" >/dev/null
    SEED_S[$size]=$(awk -v ns=$(($(now_ns) - began)) 'BEGIN { printf "%.1f", ns / 1e9 }')
    psql -qw "$url" -c "VACUUM ANALYZE" >/dev/null
done
LARGEST=${SIZES[-1]}
URL=${DB_URL[$HTTP_SIZE]:?BENCH_HTTP_SIZE must be one of BENCH_SIZES}

# wrk against one path: prints "rps mean_ms p99_ms errors" (transport
# errors, including answers slower than 30 s, plus non-2xx answers).
drive() {
    local connections=$1 script=$2 path=$3 out line
    out=$(wrk -t "$((connections < THREADS ? connections : THREADS))" -c "$connections" \
        -d "${SECONDS_PER_RUN}s" --timeout 30s -s "$script" "$BASE$path")
    line=$(grep '^WRK ' <<<"$out") || die "wrk printed no result for $path: $out"
    awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
           printf "%s %s %s %d\n", v["rps"], v["mean_ms"], v["p99_ms"], v["transport_errors"] + v["non_2xx"] }' <<<"$line"
}

# Waits until the database has finished what earlier runs left queued (a
# client that gave up does not cancel its query), so runs do not overlap.
drain() {
    while [ "$(psql -qAtXw "$URL" -c "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()")" != 0 ]; do
        sleep 0.5
    done
}

# One request's time in milliseconds ($1: the whole URL).
api_ms() {
    curl -sf -o /dev/null -w '%{time_total}\n' "$1" | awk '{ printf "%.1f", $1 * 1000 }' ||
        die "$1 failed"
}

# pgbench on the HTTP runs' data set: prints its transactions per second.
pgbench_tps() {
    pgbench -n -T "$SECONDS_PER_RUN" -c "$1" -j "$(($1 < THREADS ? $1 : THREADS))" "${@:2}" "$URL" 2>/dev/null |
        awk '/^tps = / { printf "%.1f", $3 }'
}

# psql's own time for a file's last statement, milliseconds.
psql_ms() {
    psql -qXw "$1" -c '\timing on' -f "$2" | awk '/^Time: / { last = $2 } END { print last }'
}

# The median of its arguments.
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

OECD_PATH="/v1/metrics/oecd-endorsement?asOf=$AS_OF"
REPORT="$BENCH_DIR/wrk/report.lua"
GET_SCRIPT="$WORK/get.lua"
POST_SCRIPT="$WORK/post.lua"
cat "$REPORT" >"$GET_SCRIPT"
cat "$BENCH_DIR/wrk/create-measurement.lua" "$REPORT" >"$POST_SCRIPT"

# --- the OECD indicator at every size: API against hand-written SQL --------
# One server per size, all started first and warmed by one request; then
# five rounds, each timing every size once, so that the machine's drift over
# minutes falls on all sizes alike. Each figure is the median of its five.
declare -A OECD_API OECD_SQL OECD_URL
for i in "${!SIZES[@]}"; do
    size=${SIZES[$i]} address="127.0.0.1:$((PORT + 1 + i))"
    LISTEN_ADDRESS=$address DATABASE_URL=${DB_URL[$size]} SEED_ON_START=false \
        start_server "$BINARY" "$WORK/oecd-$size.log"
    OECD_PIDS+=("$SERVER_PID")
    OECD_URL[$size]="http://$address$OECD_PATH"
    api_ms "${OECD_URL[$size]}" >/dev/null
done
SERVER_PID=
for round in 1 2 3 4 5; do
    say "OECD indicator, round $round of 5"
    for size in "${SIZES[@]}"; do
        OECD_API[$size]+=" $(api_ms "${OECD_URL[$size]}")"
        OECD_SQL[$size]+=" $(psql_ms "${DB_URL[$size]}" "$BENCH_DIR/sql/oecd-indicator.sql")"
    done
done
kill "${OECD_PIDS[@]}"
wait "${OECD_PIDS[@]}" 2>/dev/null || true
OECD_PIDS=()
for size in "${SIZES[@]}"; do
    # shellcheck disable=SC2086 # the lists split into their numbers
    OECD_API[$size]=$(median ${OECD_API[$size]})
    # shellcheck disable=SC2086
    OECD_SQL[$size]=$(median ${OECD_SQL[$size]})
done

# --- HTTP scenarios and pgbench on the largest set --------------------------
say "HTTP runs on $HTTP_SIZE organisations"
pgbench -i -q -s 10 "$URL" >/dev/null 2>&1 || die "pgbench -i failed"
read -r INDICATOR COVENANT < <(psql -AtXw "$URL" -F ' ' -c \
    "SELECT i.id, c.id FROM indicators i, covenants c WHERE i.code = 'synthetic-coverage' AND c.code = 'synthetic-01'")
# Real seeds too, so the overview and market coverage have their indicators.
DATABASE_URL=$URL SEED_ON_START=true start_server "$BINARY" "$WORK/http.log"
IDLE_MB=$(rss_mb "$SERVER_PID")
BENCH_TOKEN=$(DATABASE_URL=$URL "$BINARY" token --role admin --sub benchmark --ttl 2h)
export BENCH_TOKEN

SCENARIOS=(
    "single resource|GET /v1/covenants/synthetic-01|$GET_SCRIPT|/v1/covenants/synthetic-01|select"
    "list page with a filter|GET /v1/participations?covenant=synthetic-03|$GET_SCRIPT|/v1/participations?covenant=synthetic-03&pageSize=20|"
    "create a measurement|POST /v1/measurements|$POST_SCRIPT|/v1/measurements|insert"
    "market coverage|GET /v1/covenants/synthetic-03/market-coverage|$GET_SCRIPT|/v1/covenants/synthetic-03/market-coverage?asOf=$AS_OF|"
    "overview|GET /v1/metrics/overview|$GET_SCRIPT|/v1/metrics/overview?asOf=$AS_OF|"
    "OECD indicator|GET /v1/metrics/oecd-endorsement|$GET_SCRIPT|$OECD_PATH|"
)
# pgbench's own figure for a ceiling: -S, or the measurement insert.
ceiling_tps() {
    case $1 in
    select) pgbench_tps "$2" -S ;;
    insert) pgbench_tps "$2" -f "$BENCH_DIR/sql/insert-measurement.sql" \
        -D indicator="$INDICATOR" -D covenant="$COVENANT" ;;
    esac
}

ROWS=()
declare -A RATIO
for scenario in "${SCENARIOS[@]}"; do
    IFS='|' read -r name request script path ceiling <<<"$scenario"
    for c in "${CONNECTIONS[@]}"; do
        say "$name at $c connections"
        drain
        ratio="" base="" before=""
        # The ceiling is measured right before and right after the run, and
        # their mean taken: the machine's speed drifts within minutes.
        [ -n "$ceiling" ] && before=$(ceiling_tps "$ceiling" "$c")
        read -r rps mean p99 errors < <(drive "$c" "$script" "$path")
        if [ -n "$ceiling" ]; then
            drain
            base=$(awk -v a="$before" -v b="$(ceiling_tps "$ceiling" "$c")" 'BEGIN { printf "%.1f", (a + b) / 2 }')
            ratio=$(awk -v a="$rps" -v b="$base" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "0%" }')
            RATIO[$ceiling,$c]=$ratio
        fi
        ROWS+=("| $name | \`$request\` | $c | $rps | $mean | $p99 | $errors | ${base:--} | ${ratio:--} |")
    done
done
PEAK_MB=$(peak_rss_mb "$SERVER_PID")
stop_server

# --- report -----------------------------------------------------------------
verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "met" : "**missed**") }'; }
pct() { tr -d '%' <<<"$1"; }
cat <<EOF
## Run of $(date -u +%Y-%m-%d) at $(cd "$REPO_DIR" && git rev-parse --short HEAD)

Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)),
$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory; $(psql -AtXw "$URL" -c 'SHOW server_version' | sed 's/^/PostgreSQL /'),
$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $(pgbench --version). Load generator, service and
database share the machine. Every run lasts ${SECONDS_PER_RUN} s; HTTP runs use $HTTP_SIZE organisations;
DB_POOL_SIZE=${DB_POOL_SIZE:-default, two per core}. Errors: transport errors (an answer slower than 30 s counts) and non-2xx answers.

| Scenario | Request | Connections | Requests/s | Mean ms | p99 ms | Errors | pgbench TPS | Ratio |
|---|---|---:|---:|---:|---:|---:|---:|---:|
$(printf '%s\n' "${ROWS[@]}")

pgbench ceilings: \`pgbench -S\` (select-only by primary key) for the single resource;
\`bench/sql/insert-measurement.sql\` (the same single-row insert, in a transaction) for the write;
each the mean of a pgbench run right before and one right after the HTTP run.

OECD indicator (\`$OECD_PATH\`) against \`bench/sql/oecd-indicator.sql\` in psql: each the
median of 5 rounds that time every size in turn, the servers warmed by one request:

| Organisations | Seed s | API ms | psql ms | API / psql |
|---:|---:|---:|---:|---:|
$(for size in "${SIZES[@]}"; do
    awk -v n="$size" -v s="${SEED_S[$size]}" -v a="${OECD_API[$size]}" -v p="${OECD_SQL[$size]}" \
        'BEGIN { printf "| %d | %s | %.1f | %.1f | %.2f |\n", n, s, a, p, a / p }'
done)

Memory: ${IDLE_MB} MB resident when idle; peak ${PEAK_MB} MB after the 64-connection runs.
Start to ready on a fresh SQLite file (migrations and seeds; median of 5): ${START_MS} ms.

| Target | Figure | Verdict |
|---|---|---|
| covenant GET at 64 connections ≥ 70% of \`pgbench -S\` | ${RATIO[select,64]} | $(verdict "$(($(pct "${RATIO[select,64]}") >= 70))") |
| create a measurement at 64 connections ≥ 50% of the pgbench insert | ${RATIO[insert,64]} | $(verdict "$(($(pct "${RATIO[insert,64]}") >= 50))") |
| OECD indicator at $LARGEST within 2x of psql | $(awk -v a="${OECD_API[$LARGEST]}" -v p="${OECD_SQL[$LARGEST]}" 'BEGIN { printf "%.2fx", a / p }') | $(verdict "$(awk -v a="${OECD_API[$LARGEST]}" -v p="${OECD_SQL[$LARGEST]}" 'BEGIN { print (a <= 2 * p) }')") |
| OECD indicator no worse than linear over the sizes | $(for size in "${SIZES[@]}"; do printf '%s ms ' "${OECD_API[$size]}"; done) | $(verdict "$(awk -v s="${SIZES[*]}" -v t="$(for size in "${SIZES[@]}"; do printf '%s ' "${OECD_API[$size]}"; done)" 'BEGIN { n = split(s, a, " "); split(t, b, " "); ok = 1; for (i = 2; i <= n; i++) if (b[i] / b[i-1] > 1.1 * a[i] / a[i-1]) ok = 0; print ok }')") |
| resident set idle ≤ 30 MB | ${IDLE_MB} MB | $(verdict "$(awk -v m="$IDLE_MB" 'BEGIN { print (m <= 30) }')") |
| resident set at 64 connections ≤ 100 MB | ${PEAK_MB} MB | $(verdict "$(awk -v m="$PEAK_MB" 'BEGIN { print (m <= 100) }')") |
| start to ready on fresh SQLite ≤ 1 s | ${START_MS} ms | $(verdict "$((START_MS <= 1000))") |
EOF
