#!/usr/bin/env bash
# The official SDKs under clients/ against a live service: the Python SDK
# through the flow of clients/python/tests/test_flow.py (list, get with
# expand, create and patch with If-Match, next links to the end, a metric)
# and its example; the TypeScript SDK built, and its example compiled and run.
# Usage: .ci/clients.sh BINARY DATABASE_URL PORT
# Tools at exact versions: the Python ones from clients/python/requirements-test.txt
# in .ci/venv-clients-test, the TypeScript ones from clients/typescript's
# package-lock.json in clients/typescript/node_modules (all gitignored).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ "$#" -eq 3 ] || {
    echo "ERROR: usage: .ci/clients.sh BINARY DATABASE_URL PORT" >&2
    exit 2
}
BINARY=$1
DATABASE=$2
PORT=$3
URL=http://127.0.0.1:$PORT/v1
VENV=$(pwd)/.ci/venv-clients-test
REQUIREMENTS=clients/python/requirements-test.txt
TS=clients/typescript
# Keep the tree clean of bytecode caches.
export PYTHONDONTWRITEBYTECODE=1

fail() {
    echo "ERROR: $*" >&2
    exit 1
}

if [ ! -d clients/python/imvo-tracker-client ] || [ ! -d $TS/imvo-tracker-client ]; then
    fail "the generated SDKs are missing under clients/: run clients/generate.sh"
fi

# --- tools (before the server, so that it does not wait for them) -------------
# The venv is rebuilt whenever the pins change (their hash is kept inside it).
pins=$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)
if [ ! -f "$VENV/.pins" ] || [ "$(cat "$VENV/.pins")" != "$pins" ]; then
    echo "installing $REQUIREMENTS into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
    echo "$pins" >"$VENV/.pins"
fi
# The SDK as committed, with nothing but its pinned dependencies.
"$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps --no-build-isolation \
    -e clients/python/imvo-tracker-client
"$VENV/bin/python" --version
"$VENV/bin/pip" show imvo-tracker-client | sed -n 's/^Version: /imvo-tracker-client (Python SDK) /p'

if ! command -v npm >/dev/null 2>&1; then
    echo "npm is not installed: installing Node.js and npm from Debian's packages"
    [ "$(id -u)" -eq 0 ] || fail "npm is missing and only root can install it: apt-get install nodejs npm"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm
fi
node --version
npm ci --prefix $TS --no-audit --no-fund --ignore-scripts --loglevel=error
TSC=$TS/node_modules/.bin/tsc
echo "typescript $("$TSC" --version)"
# The SDK as an integrator builds it (its own tsconfig.json), then the example
# against it, as a project that depends on @imvo-tracker/client. Incremental:
# the second run on the same tree rebuilds only what changed.
"$TSC" -p $TS/imvo-tracker-client --incremental --tsBuildInfoFile $TS/imvo-tracker-client/dist/.tsbuildinfo ||
    fail "the TypeScript SDK ($TS/imvo-tracker-client) does not compile"
"$TSC" -p $TS || fail "the TypeScript example ($TS/example.ts) does not compile against the SDK"

# --- the service ---------------------------------------------------------------
WORK=$(mktemp -d)
server=
cleanup() {
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

DATABASE_URL=$DATABASE DEVELOPMENT_MODE=true LISTEN_ADDRESS=127.0.0.1:$PORT RUST_LOG=warn \
    "$BINARY" serve >"$WORK/server.log" 2>&1 &
server=$!
for _ in $(seq 60); do
    curl -fs "$URL/health/ready" >/dev/null && break
    sleep 1
done
curl -fs "$URL/health/ready" >/dev/null || {
    cat "$WORK/server.log" >&2
    fail "the service did not become ready on port $PORT"
}
TOKEN=$(DEVELOPMENT_MODE=true "$BINARY" token --role admin --sub clients-ci)

server_log_on_failure() {
    echo "-- server log" >&2
    tail -n 50 "$WORK/server.log" >&2
}

# --- Python --------------------------------------------------------------------------
echo "-- Python SDK: the flow test"
IMVO_TRACKER_URL=$URL IMVO_TRACKER_TOKEN=$TOKEN \
    "$VENV/bin/python" -m pytest clients/python/tests -p no:cacheprovider -q ||
    { server_log_on_failure; fail "the Python SDK's flow test failed against $URL"; }
echo "-- Python SDK: the example"
"$VENV/bin/python" clients/python/example.py "$URL" ||
    { server_log_on_failure; fail "the Python example (clients/python/example.py) failed against $URL"; }

# --- TypeScript ------------------------------------------------------------------------
echo "-- TypeScript SDK: the example"
node $TS/build/example.js "$URL" ||
    { server_log_on_failure; fail "the TypeScript example ($TS/example.ts) failed against $URL"; }
