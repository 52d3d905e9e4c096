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
exit "$status"
