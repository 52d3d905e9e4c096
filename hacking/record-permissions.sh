#!/usr/bin/env bash
# Re-record tests/reliability/permissions/golden/NNN-topic.txt (the permission matrix of
# tests/reliability/permissions/generate.py) from the REAL C xenstored 4.17:
# for every script (or only the ones named), a fresh reference daemon (ref-xenstored,
# --domains 1..9), xsraw.py over it (domain connections over their rings, default
# normalisation), then the daemon is stopped. Run generate.py first when the generator changed.
#   hacking/record-permissions.sh                 every script
#   hacking/record-permissions.sh 010-matrix-o0 ...  only these (names or paths)
# $REF_XENSTORED_DIR overrides the tool directory (default ../shared/tools/ref-xenstored).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ref_dir=${REF_XENSTORED_DIR:-$root/../shared/tools/ref-xenstored}
scripts_dir=$root/tests/reliability/permissions/scripts
golden_dir=$root/tests/reliability/permissions/golden
domains=1,2,3,4,5,6,7,8,9

for tool in ref-xenstored xsraw.py; do
    if [ ! -x "$ref_dir/$tool" ]; then
        echo "record-permissions: $ref_dir/$tool is missing: the reference tools" \
             "(../shared/tools/ref-xenstored) are needed to record golden transcripts" >&2
        exit 1
    fi
done
ref_dir=$(cd "$ref_dir" && pwd)

scripts=()
if [ $# -gt 0 ]; then
    for name in "$@"; do
        name=$(basename "$name" .xs)
        [ -f "$scripts_dir/$name.xs" ] || { echo "record-permissions: no script $scripts_dir/$name.xs" >&2; exit 2; }
        scripts+=("$scripts_dir/$name.xs")
    done
else
    scripts=("$scripts_dir"/*.xs)
    [ -f "${scripts[0]}" ] || { echo "record-permissions: no scripts in $scripts_dir" >&2; exit 2; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/record-permissions.XXXXXX")
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
        echo "record-permissions: $name: the reference daemon did not start" >&2
        ref_pid=
        exit 1
    fi
    if ! "$ref_dir/xsraw.py" --socket "$socket" "$script" > "$work/out.txt"; then
        echo "record-permissions: $name: xsraw.py failed" >&2
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
            echo "record-permissions: removing $golden (no script)"
            rm -f "$golden"
        fi
    done
fi
echo "record-permissions: $recorded golden transcript(s) recorded in tests/reliability/permissions/golden"
