# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Pack bin/xenstored's engine package into one zipapp, byte for byte the same for the same sources.

Run on the controller by the xen.xenstore.xenstored role:
    python3 xenstored-bundle.py COLLECTION_ROOT CACHE_DIR
It writes CACHE_DIR/xenstored-<digest>.pyz (if not there yet) and prints that path. The
zipapp holds plugins/module_utils/xenstore/**/*.py (no caches) and a __main__ doing what
bin/xenstored does, so `python3 xenstored.pyz --socket ...` is bin/xenstored.
"""

import hashlib
import io
import os
import sys
import tempfile
import time
import zipfile

# Bundles of other sources not used for this long are removed from the cache.
KEEP_SECONDS = 86400

MAIN = b"""\"\"\"bin/xenstored, packed by the xen.xenstore.xenstored role.\"\"\"
import sys

from xenstore.daemon.main import main

sys.exit(main())
"""


def sources(root):
    """(name in the archive, path) of every module of the engine package, sorted."""
    top = os.path.join(root, "plugins", "module_utils")
    found = []
    for directory, subdirectories, files in os.walk(os.path.join(top, "xenstore")):
        subdirectories[:] = [name for name in subdirectories if name != "__pycache__"]
        for name in files:
            if name.endswith(".py"):
                path = os.path.join(directory, name)
                found.append((os.path.relpath(path, top).replace(os.sep, "/"), path))
    return sorted(found)


def pack(root):
    """The zipapp's bytes: stored entries with fixed times, so equal sources give equal bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        entries = [("__main__.py", None)] + sources(root)
        if len(entries) == 1:
            raise SystemExit("xenstored-bundle: no engine package under %s/plugins/module_utils" % root)
        for name, path in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            if path is None:
                data = MAIN
            else:
                with open(path, "rb") as handle:
                    data = handle.read()
            archive.writestr(info, data)
    return buffer.getvalue()


def main():
    """Write the bundle into the cache (atomically) and print its path."""
    if len(sys.argv) != 3:
        raise SystemExit("usage: xenstored-bundle.py COLLECTION_ROOT CACHE_DIR")
    root, cache = sys.argv[1], os.path.expanduser(sys.argv[2])
    data = pack(root)
    os.makedirs(cache, mode=0o700, exist_ok=True)
    target = os.path.join(cache, "xenstored-%s.pyz" % hashlib.sha256(data).hexdigest()[:16])
    if not os.path.exists(target):
        handle, temporary = tempfile.mkstemp(dir=cache, suffix=".tmp")
        with os.fdopen(handle, "wb") as output:
            output.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    else:
        os.utime(target)
    prune(cache, target)
    print(target)


def prune(cache, keep):
    """Remove the cache's other bundles not used for KEEP_SECONDS."""
    limit = time.time() - KEEP_SECONDS
    for name in os.listdir(cache):
        path = os.path.join(cache, name)
        if name.startswith("xenstored-") and name.endswith(".pyz") and path != keep:
            try:
                if os.stat(path).st_mtime < limit:
                    os.unlink(path)
            except FileNotFoundError:
                pass


if __name__ == "__main__":
    main()
