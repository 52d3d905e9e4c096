#!/usr/bin/env bash
# Run ansible-test on a physical copy of the git-listed files (it rejects symlinks and
# sees nothing inside a git-ignored folder), outside the work tree.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
base=${TMPDIR:-/tmp}/xen-xenstore-ansible-test.$(id -u)
dest=$base/ansible_collections/xen/xenstore
rm -rf "$base" && mkdir -p "$dest"
git -C "$src" ls-files -z --cached --others --exclude-standard \
    | (cd "$src" && while IFS= read -r -d '' f; do
           if [ -e "$f" ] || [ -L "$f" ]; then cp -P --parents -- "$f" "$dest"; fi
       done)
if [ "${1:-}" = integration ]; then
    # Environment variables do not reach the targets: pass the copy's root (bin/xenstored)
    # and the venv python (it sees Debian's tdb) as variables.
    mkdir -p "$dest/tests/integration"
    printf -- '---\nxenstore_collection_root: "%s"\nxenstore_python: "%s"\n' \
        "$dest" "$src/.venv/bin/python" > "$dest/tests/integration/integration_config.yml"
fi
cd "$dest"
export PATH="$src/.venv/bin:$PATH"
set +e
ansible-test "$@" 2>&1 | tee "$base/output.log"
status=${PIPESTATUS[0]}
set -e
if grep -q 'All targets skipped' "$base/output.log"; then
    echo "ansible-test: every target was skipped: that is a failure here" >&2
    exit 1
fi
if [ "$status" = 0 ] && [ "${1:-}" = integration ] && [[ " $* " != *" --list-targets "* ]]; then
    # Every selected target must have run, not only some of them.
    targets=$(ansible-test "$@" --list-targets 2>/dev/null || true)
    targets=$(for target in $targets; do
                  if [ -d "tests/integration/targets/$target" ]; then echo "$target"; fi
              done)
    for target in $targets; do
        if ! grep -q "^Running $target integration test role" "$base/output.log"; then
            echo "ansible-test: integration target $target did not run" >&2
            status=1
        fi
    done
    echo "ansible-test: integration targets run: ${targets//$'\n'/ }"
fi
exit "$status"
