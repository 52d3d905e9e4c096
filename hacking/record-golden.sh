#!/usr/bin/env bash
# Re-record tests/conformance/golden/NNN-topic.txt from the REAL C xenstored 4.17:
# for every script (or only the ones named), a fresh reference daemon (ref-xenstored,
# --domains 1..9), xsraw.py over it (domain connections over their rings, default
# normalisation), then the daemon is stopped. `make record-golden` calls this.
#   hacking/record-golden.sh                      every script
#   hacking/record-golden.sh 042-watch-rm.xs ...  only these (names or paths)
# $REF_XENSTORED_DIR overrides the tool directory (default ../shared/tools/ref-xenstored).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ref_dir=${REF_XENSTORED_DIR:-$root/../shared/tools/ref-xenstored}
scripts_dir=$root/tests/conformance/scripts
golden_dir=$root/tests/conformance/golden
domains=1,2,3,4,5,6,7,8,9

for tool in ref-xenstored xsraw.py; do
    if [ ! -x "$ref_dir/$tool" ]; then
        echo "record-golden: $ref_dir/$tool is missing: the reference tools" \
             "(../shared/tools/ref-xenstored) are needed to record golden transcripts" >&2
        exit 1
    fi
done
ref_dir=$(cd "$ref_dir" && pwd)

scripts=()
if [ $# -gt 0 ]; then
    for name in "$@"; do
        name=$(basename "$name" .xs)
        [ -f "$scripts_dir/$name.xs" ] || { echo "record-golden: no script $scripts_dir/$name.xs" >&2; exit 2; }
        scripts+=("$scripts_dir/$name.xs")
    done
else
    scripts=("$scripts_dir"/*.xs)
    [ -f "${scripts[0]}" ] || { echo "record-golden: no scripts in $scripts_dir" >&2; exit 2; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/record-golden.XXXXXX")
chmod 0755 "$work"
ref_pid=
cleanup() {
    if [ -n "$ref_pid" ]; then
        "$ref_dir/ref-xenstored" stop --pid "$ref_pid" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

"$ref_dir/ref-xenstored" setup >/dev/null
mkdir -p "$golden_dir"
recorded=0
for script in "${scripts[@]}"; do
    name=$(basename "$script" .xs)
    socket=$work/ref.sock
    if ! ref_pid=$("$ref_dir/ref-xenstored" start --socket "$socket" --domains "$domains"); then
        echo "record-golden: $name: the reference daemon did not start" >&2
        ref_pid=
        exit 1
    fi
    if ! "$ref_dir/xsraw.py" --socket "$socket" "$script" > "$work/out.txt"; then
        echo "record-golden: $name: xsraw.py failed" >&2
        exit 1
    fi
    "$ref_dir/ref-xenstored" stop --pid "$ref_pid" >/dev/null
    ref_pid=
    mv "$work/out.txt" "$golden_dir/$name.txt"
    recorded=$((recorded + 1))
done
if [ $# -eq 0 ]; then
    # a full run also drops the transcripts of scripts that no longer exist
    for golden in "$golden_dir"/*.txt; do
        [ -e "$golden" ] || continue
        if [ ! -f "$scripts_dir/$(basename "$golden" .txt).xs" ]; then
            echo "record-golden: removing $golden (no script)"
            rm -f "$golden"
        fi
    done
fi
echo "record-golden: $recorded golden transcript(s) recorded in tests/conformance/golden"
