#!/usr/bin/env bash
# Re-record the golden transcripts CORPUS/golden/NNN-topic.txt of a script corpus from the REAL
# C xenstored 4.17: for every script of CORPUS/scripts (or only the ones named), a fresh reference
# daemon (ref-xenstored, --domains 1..9), xsraw.py over it (domain connections over their rings,
# default normalisation), then the daemon is stopped. The corpora: tests/conformance (`make
# record-golden`) and tests/reliability/permissions (run its generate.py first when it changed).
#   hacking/record-golden.sh tests/conformance                          every script
#   hacking/record-golden.sh tests/conformance 042-watch-rm.xs ...      only these (names or paths)
#   hacking/record-golden.sh tests/reliability/permissions 010-matrix-o0
# $REF_XENSTORED_DIR overrides the tool directory (default ../shared/tools/ref-xenstored).
set -euo pipefail
me=record-golden
if [ $# -lt 1 ] || [ ! -d "$1/scripts" ]; then
    echo "usage: hacking/record-golden.sh CORPUS [SCRIPT...]  (CORPUS: a folder with scripts/*.xs," \
         "e.g. tests/conformance or tests/reliability/permissions)" >&2
    exit 2
fi
corpus=$(cd "$1" && pwd)
shift
cd "$(dirname "$0")/.."
root=$(pwd)
ref_dir=${REF_XENSTORED_DIR:-$root/../shared/tools/ref-xenstored}
scripts_dir=$corpus/scripts
golden_dir=$corpus/golden
domains=1,2,3,4,5,6,7,8,9

for tool in ref-xenstored xsraw.py; do
    if [ ! -x "$ref_dir/$tool" ]; then
        echo "$me: $ref_dir/$tool is missing: the reference tools" \
             "(../shared/tools/ref-xenstored) are needed to record golden transcripts" >&2
        exit 1
    fi
done
ref_dir=$(cd "$ref_dir" && pwd)

scripts=()
if [ $# -gt 0 ]; then
    for name in "$@"; do
        name=$(basename "$name" .xs)
        [ -f "$scripts_dir/$name.xs" ] || { echo "$me: no script $scripts_dir/$name.xs" >&2; exit 2; }
        scripts+=("$scripts_dir/$name.xs")
    done
else
    scripts=("$scripts_dir"/*.xs)
    [ -f "${scripts[0]}" ] || { echo "$me: no scripts in $scripts_dir" >&2; exit 2; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/$me.XXXXXX")
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
        echo "$me: $name: the reference daemon did not start" >&2
        ref_pid=
        exit 1
    fi
    if ! "$ref_dir/xsraw.py" --socket "$socket" "$script" > "$work/out.txt"; then
        echo "$me: $name: xsraw.py failed" >&2
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
            echo "$me: removing $golden (no script)"
            rm -f "$golden"
        fi
    done
fi
echo "$me: $recorded golden transcript(s) recorded in ${golden_dir#"$root"/}"
