#!/usr/bin/env bash
# `make demo`: declare a VM with a playbook on the embedded store, twice, then list it
# with Debian's real xenstore-ls through bin/xenstored.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=$root/.venv/bin/python
work=$(mktemp -d /tmp/xen-xenstore-demo.XXXXXX)
trap 'if [ -f "$work/pid" ]; then kill "$(cat "$work/pid")" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
export ANSIBLE_COLLECTIONS_PATH=$root/.venv/collections
export ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false
playbook=("$root/.venv/bin/ansible-playbook" "$root/examples/declare_vm.yml" -e "xenstore_database=$work/tdb")

echo "== first run: the playbook declares the VM (embedded store, $work/tdb)"
"${playbook[@]}" --diff | sed -n '/^TASK/,$p'
echo "== second run: nothing to change"
"${playbook[@]}" > "$work/second.log"
grep -E '^localhost' "$work/second.log"
grep -qE 'changed=0 ' "$work/second.log" || { echo "demo: the second run changed something" >&2; exit 1; }

echo "== the tree, read by Debian's xenstore-ls through bin/xenstored on the same database"
"$python" "$root/bin/xenstored" --socket "$work/socket" --database "$work/tdb" --detach --pid-file "$work/pid"
XENSTORED_PATH=$work/socket xenstore-ls -p
