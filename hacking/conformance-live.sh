#!/usr/bin/env bash
# Run the conformance corpus live: every script (or only the ones named) with xs-diff
# against a FRESH real C xenstored 4.17 (ref-xenstored, --domains 1..9, domains over their
# rings) and a FRESH bin/xenstored (uid 42000+N acts as domain N), one pair per script.
# Prints one line per script and a summary; exit 1 if any script differs, 2 on set-up
# errors. `make conformance-live` calls this.
#   hacking/conformance-live.sh                       every script
#   hacking/conformance-live.sh 042-watch-rm.xs ...   only these (names or paths)
# $REF_XENSTORED_DIR overrides the tool directory (default ../shared/tools/ref-xenstored);
# $XS_DIFF_OPTS adds xs-diff options (e.g. --full or --show).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ref_dir=${REF_XENSTORED_DIR:-$root/../shared/tools/ref-xenstored}
scripts_dir=$root/tests/conformance/scripts
python=$root/.venv/bin/python
domains=1,2,3,4,5,6,7,8,9

for tool in ref-xenstored xs-diff; do
    if [ ! -x "$ref_dir/$tool" ]; then
        echo "conformance-live: $ref_dir/$tool is missing: the reference tools" \
             "(../shared/tools/ref-xenstored) are needed" >&2
        exit 2
    fi
done
ref_dir=$(cd "$ref_dir" && pwd)
[ -x "$python" ] || { echo "conformance-live: $python is missing (run make bootstrap)" >&2; exit 2; }

uid_map=()
for domid in ${domains//,/ }; do
    uid_map+=(--uid-domid "$((42000 + domid)):$domid")
done

scripts=()
if [ $# -gt 0 ]; then
    for name in "$@"; do
        name=$(basename "$name" .xs)
        [ -f "$scripts_dir/$name.xs" ] || { echo "conformance-live: no script $scripts_dir/$name.xs" >&2; exit 2; }
        scripts+=("$scripts_dir/$name.xs")
    done
else
    scripts=("$scripts_dir"/*.xs)
    [ -f "${scripts[0]}" ] || { echo "conformance-live: no scripts in $scripts_dir" >&2; exit 2; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/conformance-live.XXXXXX")
chmod 0755 "$work"      # the mapped uids must reach our daemon's socket
ref_pid=
our_pid_file=
stopping=()            # our daemons told to stop (they exit on their own time: waited for at the end)
stop_daemons() {
    if [ -n "$ref_pid" ]; then
        "$ref_dir/ref-xenstored" stop --pid "$ref_pid" >/dev/null 2>&1 || true
        ref_pid=
    fi
    if [ -n "$our_pid_file" ] && [ -f "$our_pid_file" ]; then
        local pid
        pid=$(cat "$our_pid_file")
        kill "$pid" 2>/dev/null && stopping+=("$pid")
    fi
    our_pid_file=
}
finish() {
    stop_daemons
    local pid
    for pid in "${stopping[@]}"; do
        for _ in $(seq 200); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
    done
    rm -rf "$work"
}
trap finish EXIT

"$ref_dir/ref-xenstored" setup >/dev/null
total=0
same=0
different=()
for script in "${scripts[@]}"; do
    name=$(basename "$script" .xs)
    total=$((total + 1))
    ours=$work/$name
    mkdir -m 0755 "$ours"
    if ! ref_pid=$("$ref_dir/ref-xenstored" start --socket "$work/ref.sock" --domains "$domains"); then
        echo "conformance-live: $name: the reference daemon did not start" >&2
        ref_pid=
        exit 2
    fi
    our_pid_file=$ours/pid
    if ! "$python" bin/xenstored --socket "$ours/socket" --database "$ours/tdb" --detach \
            --pid-file "$our_pid_file" "${uid_map[@]}"; then
        echo "conformance-live: $name: bin/xenstored did not start" >&2
        exit 2
    fi
    set +e
    # shellcheck disable=SC2086  # XS_DIFF_OPTS is a list of options
    "$ref_dir/xs-diff" --label-a C-xenstored --label-b bin/xenstored ${XS_DIFF_OPTS:-} \
        "${uid_map[@]}" "$work/ref.sock" "$ours/socket" "$script" | grep -v '^xs-diff: '
    status=${PIPESTATUS[0]}
    set -e
    stop_daemons
    case $status in
        0) same=$((same + 1)) ;;
        1) different+=("$name") ;;
        *) echo "conformance-live: $name: xs-diff failed (status $status)" >&2; exit 2 ;;
    esac
done
echo "conformance-live: $same/$total scripts identical"
if [ ${#different[@]} -gt 0 ]; then
    echo "conformance-live: different: ${different[*]}"
    exit 1
fi
