"""A bin/xenstored per test and a way to run ansible commands against it with this collection.

(Not conftest.py: test folders run together would share that module name.)
"""

import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
sys.path.insert(0, str(ROOT / "tests" / "support"))

import xs_harness  # noqa: E402


class Daemon:
    """A running bin/xenstored (started by the constructor): its socket, database, and helpers to fill it."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.process = xs_harness.Daemon(workdir).start()
        self.socket = str(self.process.socket)
        self.database = str(self.process.database)
        self.env = dict(os.environ, XENSTORED_PATH=self.socket,
                        ANSIBLE_COLLECTIONS_PATH=str(ROOT / ".venv" / "collections"),
                        ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_INVENTORY_UNPARSED_WARNING="false",
                        ANSIBLE_NOCOLOR="1")

    def write(self, *pairs):
        """xenstore-write (Debian's) of path/value pairs."""
        subprocess.run(["/usr/bin/xenstore-write"] + list(pairs), check=True, env=self.env, timeout=30)

    def ansible(self, tool, *args, timeout=120, env=None):
        """Run an ansible command of the venv (``env`` over the usual environment); the
        CompletedProcess (text)."""
        return subprocess.run([str(VENV_BIN / tool)] + list(args), env=dict(self.env, **(env or {})),
                              capture_output=True, text=True, timeout=timeout, check=False,
                              cwd=str(self.workdir))

    def stop(self):
        """SIGTERM, and wait for the exit."""
        self.process.stop()


def playbook(workdir, text):
    """Write a playbook file; its path."""
    path = workdir / "play.yml"
    path.write_text(text)
    return str(path)
