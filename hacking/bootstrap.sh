#!/usr/bin/env bash
# Install everything the project needs on Debian 12, as root; a second run skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3-tdb tdb-tools python3-venv xenstore-utils python3-pyxs shellcheck systemd)
VENV=.venv
PIP_STAMP=$VENV/.requirements.sha256

missing=()
for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: apt-get install ${missing[*]}"
    if [ "$(id -u)" != 0 ]; then
        echo "bootstrap: run as root (apt-get is needed for: ${missing[*]})" >&2
        exit 1
    fi
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# Debian's tdb binding is built for /usr/bin/python3: the venv must be made from it.
if ! "$VENV/bin/python" -c 'import tdb' 2>/dev/null; then
    echo "bootstrap: creating $VENV from /usr/bin/python3 (--system-site-packages)"
    rm -rf "$VENV"
    /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi

wanted=$(sha256sum requirements-dev.txt | cut -d' ' -f1)
if [ "$(cat "$PIP_STAMP" 2>/dev/null)" != "$wanted" ]; then
    echo "bootstrap: pip install -r requirements-dev.txt"
    "$VENV/bin/pip" install -q --disable-pip-version-check -r requirements-dev.txt \
        2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
    echo "$wanted" > "$PIP_STAMP"
fi

# ansible-test fetches get-pip from a host this network cannot reach: use the stand-in.
pip_version=$("$VENV/bin/python" - <<'PY'
import re, pathlib, ansible_test
text = (pathlib.Path(ansible_test.__file__).parent / "_internal/python_requirements.py").read_text()
print(re.search(r"pip='([0-9.]+)'", text).group(1).replace(".", "_"))
PY
)
install -D -m 0644 .ci/get_pip_standin.py "$HOME/.ansible/test/cache/get_pip_${pip_version}.py"

# `ansible_collections/xen/xenstore` -> this tree, for ansible-playbook, ansible-lint and pytest.
mkdir -p "$VENV/collections/ansible_collections/xen"
ln -sfn "$PWD" "$VENV/collections/ansible_collections/xen/xenstore"
