"""What only the daemon suite needs beyond tests/support/xs_harness.py: the real Xen tools.

A module of its own (not conftest.py) so that ``from daemon_harness import ...`` is
unambiguous when several test directories with their own conftest.py run together.
"""

import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
FETCH_XEN_UTILS = HERE / "fetch_xen_utils.sh"
SYSTEM_PYTHON = "/usr/bin/python3"      # Debian's python3 with python3-pyxs


class XenUtils:
    """The unpacked packages: binaries and the environment to run them."""

    def __init__(self, root):
        self.root = root
        self.bin = root / "usr" / "lib" / "xen-4.17" / "bin"
        self.lib = root / "usr" / "lib" / "x86_64-linux-gnu"
        for tool in ("test-xenstore", "xenstore-control"):
            assert (self.bin / tool).is_file(), "%s missing in %s" % (tool, self.bin)

    def copy_to(self, directory):
        """A world-readable copy (binaries and libraries) in ``directory``, for peers running as other uids."""
        directory = Path(directory)
        if not (directory / "usr").exists():
            for part in (self.bin, self.lib):
                shutil.copytree(part, directory / part.relative_to(self.root), symlinks=True)
            for path in [directory] + list(directory.rglob("*")):
                if path.is_dir():
                    os.chmod(path, 0o755)
        return XenUtils(directory)

    def env(self, daemon):
        env = daemon.env
        env["LD_LIBRARY_PATH"] = str(self.lib)
        return env

    def run(self, daemon, tool, *args, timeout=60):
        return subprocess.run(check=False, args=[str(self.bin / tool)] + [str(arg) for arg in args],
                              env=self.env(daemon), capture_output=True, timeout=timeout)
