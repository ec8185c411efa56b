#!/usr/bin/env bash
# A bounded schemathesis run against the service, as its users call it:
# every phase (examples, coverage, fuzzing, stateful), deterministic, on
# loopback only. Anonymously with every check; as an admin and as a
# covenant secretariat with every check but positive_data_acceptance
# (.ci/schemathesis.toml: the one operation-specific exception and why) (schema-valid bodies that business rules
# refuse, e.g. a code in the body that must equal the path's; see
# docs/ARCHITECTURE.md). Usage: .ci/schemathesis.sh BINARY DATABASE_URL PORT
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BINARY=$1
DATABASE=$2
PORT=$3
VENV=$(pwd)/.ci/venv
CONFIG=$(pwd)/.ci/schemathesis.toml
VERSION=4.32.5

if [ ! -x "$VENV/bin/st" ] || ! "$VENV/bin/st" --version | grep -q "$VERSION"; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION"
fi
"$VENV/bin/st" --version

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
    curl -fs "http://127.0.0.1:$PORT/v1/health/ready" >/dev/null && break
    sleep 1
done
curl -fs "http://127.0.0.1:$PORT/v1/health/ready" >/dev/null || {
    cat "$WORK/server.log" >&2
    echo "ERROR: the service did not become ready on port $PORT" >&2
    exit 1
}
# The instant every generated `knownAt` asks at (.ci/schemathesis.toml).
export KNOWN_AT
KNOWN_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
TOKEN=$(DEVELOPMENT_MODE=true "$BINARY" token --role admin --sub schemathesis)
SECRETARIAT=$(DEVELOPMENT_MODE=true "$BINARY" token --role secretariat --covenant textile --sub schemathesis-textile)

run() {
    (cd "$WORK" && timeout 900 "$VENV/bin/st" --config-file "$CONFIG" run \
        "http://127.0.0.1:$PORT/v1/openapi.json" --url "http://127.0.0.1:$PORT/v1" \
        --max-examples 10 --workers 1 --generation-deterministic "$@")
}
echo "-- anonymous, every check"
run --checks all
echo "-- admin, every check but positive_data_acceptance"
run --checks all --exclude-checks positive_data_acceptance -H "Authorization: Bearer $TOKEN"
echo "-- secretariat of the textile covenant, every check but positive_data_acceptance"
run --checks all --exclude-checks positive_data_acceptance -H "Authorization: Bearer $SECRETARIAT"
