#!/usr/bin/env bash
# "Try it out" in the served Swagger UI, in a real headless browser (issue
# #15): Debian's Chromium, driven by playwright-core, against the service
# running on a fresh SQLite database (seeded on first start). The browser's
# server dropdown must offer the running service itself, a GET must answer
# 200 there with seeded records, and as an admin a POST with the documented
# example body must answer 201 (see .ci/browser/try-it-out.mjs).
# Installs what it lacks: chromium from Debian's packages, playwright-core at
# the exact version of .ci/package-lock.json. It never downloads a browser
# build (no `playwright install`).
# Usage: .ci/browser.sh BINARY PORT
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() {
    echo "ERROR: $*" >&2
    exit 1
}
[ $# -eq 2 ] || fail "usage: .ci/browser.sh BINARY PORT"
BINARY=$1
PORT=$2
CHROMIUM=/usr/bin/chromium
BASE_URL=http://127.0.0.1:$PORT
[ -x "$BINARY" ] || fail "$BINARY is not an executable: build the service first (cargo build)"

apt_updated=
apt_install() {
    if [ -z "$apt_updated" ]; then
        apt-get update
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

if [ ! -x "$CHROMIUM" ]; then
    echo "$CHROMIUM is missing: installing chromium from Debian's packages"
    apt_install chromium
fi
# The launcher script's own warnings (stderr) are noise here.
"$CHROMIUM" --version 2>/dev/null || fail "$CHROMIUM does not start: it cannot run the browser test"

if ! command -v npm >/dev/null 2>&1; then
    echo "npm is not installed: installing Node.js and npm from Debian's packages"
    apt_install nodejs npm
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] ||
    fail "Node.js $(node --version) is too old: playwright-core (.ci/package.json) needs Node.js 20 or later"
# The exact version that .ci/package-lock.json pins; `npm ci` (as in the
# lint step of .ci/run) only when it is not installed already.
wanted=$(node -p 'require("./.ci/package-lock.json").packages["node_modules/playwright-core"].version')
installed=$(node -p 'try { require("./.ci/node_modules/playwright-core/package.json").version } catch { "" }')
if [ "$installed" != "$wanted" ]; then
    echo "playwright-core $wanted is not installed (found: ${installed:-none}): npm ci in .ci"
    npm ci --prefix .ci --no-audit --no-fund --ignore-scripts
fi
echo "playwright-core $wanted, node $(node --version)"

WORK=$(mktemp -d)
server=
cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if curl -fs -o /dev/null "$BASE_URL/v1/health/live" 2>/dev/null; then
    fail "something already answers on port $PORT: stop it or choose another port"
fi
# DEVELOPMENT_MODE: the token minted below is signed with the development
# key. No PUBLIC_BASE_URL: the served document must name the request's own
# address, which is what the browser checks.
env -u PUBLIC_BASE_URL DATABASE_URL="$WORK/browser.sqlite3" DEVELOPMENT_MODE=true \
    LISTEN_ADDRESS="127.0.0.1:$PORT" RUST_LOG=warn \
    "$BINARY" serve >"$WORK/server.log" 2>&1 &
server=$!
for _ in $(seq 60); do
    curl -fs -o /dev/null "$BASE_URL/v1/health/ready" && break
    kill -0 "$server" 2>/dev/null || break
    sleep 1
done
curl -fs -o /dev/null "$BASE_URL/v1/health/ready" || {
    cat "$WORK/server.log" >&2
    fail "the service did not become ready on port $PORT"
}
ADMIN_TOKEN=$(DEVELOPMENT_MODE=true "$BINARY" token --role admin --sub browser)
export ADMIN_TOKEN CHROMIUM

rc=0
timeout 300 node .ci/browser/try-it-out.mjs "$BASE_URL" || rc=$?
if [ "$rc" -ne 0 ]; then
    echo "-- service log (last 40 lines)" >&2
    tail -n 40 "$WORK/server.log" >&2
    [ "$rc" -ne 124 ] || fail "the browser test did not finish within 300 s"
    fail "the browser test failed (see above)"
fi
