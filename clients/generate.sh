#!/usr/bin/env bash
# Regenerates the official SDKs from the committed OpenAPI document
# (openapi/openapi.json):
#   clients/python/imvo-tracker-client      openapi-python-client
#   clients/typescript/imvo-tracker-client  openapi-generator, typescript-fetch
# Everything else under clients/ (READMEs, examples, tests, the generators'
# configuration) is written by hand and left alone.
#
# Usage: clients/generate.sh          regenerate both SDKs in place
#        clients/generate.sh --check  regenerate into a temporary folder and
#                                     fail if the committed SDKs differ
#
# The generators are installed by this script, at the exact versions in
# clients/requirements-generate.txt, into .ci/venv-clients (gitignored);
# openapi-generator needs Java, installed from Debian's packages if missing.
# Either generator saying anything but its progress (a warning about the
# document, a skipped endpoint or model) fails the run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OPENAPI=openapi/openapi.json
VENV=$(pwd)/.ci/venv-clients
REQUIREMENTS=clients/requirements-generate.txt
PY_CONFIG=clients/python/openapi-python-client.yaml
TS_CONFIG=clients/typescript/openapi-generator.yaml
PY_SDK=clients/python/imvo-tracker-client
TS_SDK=clients/typescript/imvo-tracker-client
# Build and install output (each SDK's own .gitignore lists it): never part of
# the comparison, and kept out of the committed trees.
IGNORED=(__pycache__ '*.egg-info' build dist node_modules .pytest_cache .ruff_cache)

fail() {
    echo "ERROR: $*" >&2
    exit 1
}

check=
case "${1:-}" in
"") ;;
--check) check=1 ;;
*) fail "unknown argument '$1' (usage: clients/generate.sh [--check])" ;;
esac
[ "$#" -le 1 ] || fail "too many arguments (usage: clients/generate.sh [--check])"
[ -f "$OPENAPI" ] || fail "$OPENAPI is missing"

# --- tools -------------------------------------------------------------------
if ! command -v java >/dev/null 2>&1; then
    echo "java is not installed (openapi-generator needs it): installing default-jre-headless from Debian's packages"
    [ "$(id -u)" -eq 0 ] || fail "java is missing and only root can install it: apt-get install default-jre-headless"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends default-jre-headless
fi

# The venv is rebuilt whenever the pins change (their hash is kept inside it).
pins=$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)
if [ ! -f "$VENV/.pins" ] || [ "$(cat "$VENV/.pins")" != "$pins" ]; then
    echo "installing the generators from $REQUIREMENTS into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
    echo "$pins" >"$VENV/.pins"
fi
# openapi-python-client runs ruff from PATH.
export PATH="$VENV/bin:$PATH"
echo "openapi-python-client $("$VENV/bin/pip" show openapi-python-client | sed -n 's/^Version: //p'), ruff $(ruff --version | cut -d' ' -f2), openapi-generator $(openapi-generator-cli version), $(java -version 2>&1 | head -1)"

# --- generate into a temporary folder ------------------------------------------
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# openapi-python-client prints one line, "Generating <path>", when all is well;
# anything else (a warning, a skipped endpoint) fails.
py_out=$WORK/python/imvo-tracker-client
mkdir -p "$WORK/python"
if ! openapi-python-client generate --path "$OPENAPI" --config "$PY_CONFIG" --meta setup \
    --output-path "$py_out" --fail-on-warning >"$WORK/python.log" 2>&1; then
    cat "$WORK/python.log" >&2
    fail "openapi-python-client failed on $OPENAPI (its output is above)"
fi
if grep -v -x "Generating $py_out" "$WORK/python.log" >"$WORK/python.warnings"; then
    cat "$WORK/python.warnings" >&2
    fail "openapi-python-client warned about $OPENAPI (above): the SDK must generate without warnings"
fi

# openapi-generator logs at INFO what it writes; every WARN or ERROR fails but
# one: the notice it gives for any OpenAPI 3.1 document (utoipa writes 3.1.0).
ts_out=$WORK/typescript/imvo-tracker-client
if ! openapi-generator-cli generate -g typescript-fetch -i "$OPENAPI" -c "$TS_CONFIG" \
    -o "$ts_out" >"$WORK/typescript.log" 2>&1; then
    cat "$WORK/typescript.log" >&2
    fail "openapi-generator (typescript-fetch) failed on $OPENAPI (its output is above)"
fi
OAS31_NOTICE='[main] WARN  o.o.codegen.DefaultCodegen - OpenAPI 3.1 support is still in beta. To report an issue related to 3.1 spec, please kindly open an issue in the Github repo: https://github.com/openAPITools/openapi-generator.'
if grep -E '^\[[^]]*\] +(WARN|ERROR)|^Exception|^Caused by' "$WORK/typescript.log" | grep -v -x -F "$OAS31_NOTICE" >"$WORK/typescript.warnings"; then
    cat "$WORK/typescript.warnings" >&2
    if grep -q -F 'Failed to get the schema name: null' "$WORK/typescript.warnings"; then
        echo "hint: openapi-generator says this of an inline (not \$ref) additionalProperties, e.g. \"additionalProperties\": false, anywhere in an OpenAPI 3.1 document" >&2
    fi
    fail "openapi-generator (typescript-fetch) warned about $OPENAPI (above): the SDK must generate without warnings"
fi

# Nothing of this machine may leak into the SDKs.
if grep -rl -F "$WORK" "$WORK/python" "$WORK/typescript"; then
    fail "the generated files above name the temporary folder $WORK: the output would not be reproducible"
fi

# --- compare or install ------------------------------------------------------------
if [ -n "$check" ]; then
    excludes=()
    for pattern in "${IGNORED[@]}"; do excludes+=(-x "$pattern"); done
    stale=
    for pair in "$py_out:$PY_SDK" "$ts_out:$TS_SDK"; do
        fresh=${pair%%:*}
        committed=${pair#*:}
        if [ ! -d "$committed" ]; then
            echo "$committed is missing" >&2
            stale=1
        elif ! diff -r -q "${excludes[@]}" "$committed" "$fresh" >"$WORK/diff" 2>&1; then
            sed "s|$WORK/[a-z]*/imvo-tracker-client|(regenerated)|g" "$WORK/diff" | head -n 40 >&2 || true
            diff -r -u "${excludes[@]}" "$committed" "$fresh" 2>&1 |
                sed "s|$WORK/[a-z]*/imvo-tracker-client|(regenerated)|g" | head -n 60 >&2 || true
            stale=1
        fi
    done
    [ -z "$stale" ] || fail "clients/ is out of date with $OPENAPI: run clients/generate.sh"
    echo "clients/ is up to date with $OPENAPI"
else
    for pair in "$py_out:$PY_SDK" "$ts_out:$TS_SDK"; do
        fresh=${pair%%:*}
        committed=${pair#*:}
        rm -rf "$committed"
        cp -R "$fresh" "$committed"
        echo "regenerated $committed"
    done
fi
