#!/usr/bin/env bash
# Full reliability run of bin/xenstored: tests/reliability in FULL mode (XS_RELIABILITY=full):
# the million-message socket fuzz, coverage-guided fuzzing (atheris), hostile domains, database
# faults, and the crash-safety, concurrency and permission suites beside them.
# Prints every figure measured and exits non-zero if any check failed.
#
#   bash hacking/reliability.sh [extra pytest arguments, e.g. -k fuzz]
set -u -o pipefail
cd "$(dirname "$0")/.." || exit 2

PY=.venv/bin/python
if [ ! -x "$PY" ]; then
    echo "reliability: $PY is missing: run 'make bootstrap' first" >&2
    exit 2
fi
if ! "$PY" -c "import atheris" 2>/dev/null; then
    echo "reliability: installing atheris (coverage-guided fuzzing) into .venv"
    if ! .venv/bin/pip install --quiet "$(grep -m1 "^atheris" requirements-dev.txt)"; then
        echo "reliability: atheris cannot be installed here: the codec and dispatch fuzz run with hypothesis instead" >&2
    fi
fi

work=$(mktemp -d /tmp/xs-reliability.XXXXXX)
trap 'rm -rf "$work"' EXIT
report="$work/figures.jsonl"
log="$work/pytest.log"

echo "reliability: tests/reliability in FULL mode (a few minutes)"
started=$(date +%s)
{
    XS_RELIABILITY=full XS_RELIABILITY_REPORT="$report" PYTHONPATH="$PWD/.venv/collections" \
        "$PY" -m pytest -p no:cacheprovider -q -s -rfEw tests/reliability "$@"
    echo $? > "$work/status"
} > "$log" 2>&1 &
tail --pid=$! -n +1 -f "$log" | grep --line-buffered -E '^(FIGURE|XS-RELIABILITY)|passed|failed|error'
wait
status=$(cat "$work/status" 2>/dev/null || echo 1)
elapsed=$(( $(date +%s) - started ))

echo
echo "== figures (FULL mode, ${elapsed} s) =="
if [ -s "$report" ]; then
    "$PY" - "$report" <<'EOF'
import json
import sys

for line in open(sys.argv[1], encoding="utf-8"):
    figure = json.loads(line)
    note = " (%s)" % figure["note"] if figure["note"] else ""
    print("%-52s %12s %s%s" % (figure["name"], figure["value"], figure["unit"], note))
EOF
fi
grep -E '^XS-RELIABILITY' "$log" || true
echo
if [ "$status" -ne 0 ]; then
    kept=$(mktemp /tmp/xs-reliability-log.XXXXXX)
    cp "$log" "$kept"
    grep -E '^(FAILED|ERROR) ' "$log" >&2 || true
    echo "reliability: FAILED (pytest exit $status); the whole output is in $kept" >&2
    exit 1
fi
echo "reliability: every check passed"
