# Shared by bench/run.sh and bench/load-and-fault.sh: tools, PostgreSQL on
# loopback, starting the service and reading its memory. Sourced, not run.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_ADMIN_URL="postgres://postgres@$PG_HOST:$PG_PORT/postgres"
# A development secret for local runs only; the service listens on loopback.
export JWT_SECRET=${JWT_SECRET:-bench-secret-bench-secret-bench-secret-0123}

die() {
    echo "ERROR: $*" >&2
    exit 1
}

say() {
    printf '%s\n' "$*" >&2
}

# Installs Debian packages for commands that are missing: `need wrk:wrk`.
need() {
    local missing=()
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]} from Debian's packages"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
        die "could not install ${missing[*]}"
}

# The server binaries of the installed PostgreSQL (pg_ctl, initdb, postgres).
pg_bindir() {
    # shellcheck disable=SC2012 # version folders are plain numbers
    local version
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
    [ -n "$version" ] || die "PostgreSQL is not installed (no /usr/lib/postgresql)"
    echo "/usr/lib/postgresql/$version/bin"
}

# Starts the machine's PostgreSQL cluster at $PG_HOST:$PG_PORT unless it answers.
ensure_postgres() {
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && return 0
    local version
    # shellcheck disable=SC2012
    version=$(ls /etc/postgresql | head -1)
    say "PostgreSQL is not answering: starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 60); do
        pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && return 0
        sleep 1
    done
    die "PostgreSQL could not be started at $PG_HOST:$PG_PORT"
}

# (Re)creates an empty database and prints its URL.
fresh_database() {
    local name=$1
    psql -qw "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null ||
        die "cannot create database $name"
    echo "postgres://postgres@$PG_HOST:$PG_PORT/$name"
}

now_ns() {
    date +%s%N
}

# Starts the service in the background ($1: binary, $2: log file; the
# environment configures it) and waits until it is ready. Sets SERVER_PID.
start_server() {
    local binary=$1 log=$2 address=${LISTEN_ADDRESS:?LISTEN_ADDRESS must be set}
    "$binary" serve >"$log" 2>&1 &
    SERVER_PID=$!
    wait_ready "http://$address" 600 || {
        tail -n 20 "$log" >&2
        die "the service did not become ready (log: $log)"
    }
}

# Polls readiness every 5 ms, up to $2 times 50 ms.
wait_ready() {
    local base=$1 tries=$(($2 * 10))
    for _ in $(seq "$tries"); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/v1/health/ready")" = 200 ] && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || return 1
        sleep 0.005
    done
    return 1
}

stop_server() {
    [ -n "${SERVER_PID:-}" ] || return 0
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

# Resident set (current, peak) of a process in MB (10^6 bytes), from /proc.
rss_mb() {
    awk '/^VmRSS:/ { printf "%.1f", $2 * 1024 / 1e6 }' "/proc/$1/status"
}
peak_rss_mb() {
    awk '/^VmHWM:/ { printf "%.1f", $2 * 1024 / 1e6 }' "/proc/$1/status"
}
