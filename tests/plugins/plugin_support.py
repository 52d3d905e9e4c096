"""A bin/xenstored per test and a way to run ansible commands against it with this collection.

(Not conftest.py: test folders run together would share that module name.)
"""

import os
import pathlib
import signal
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"


class Daemon:
    """A running bin/xenstored: its socket, database, and helpers to fill it."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.socket = str(workdir / "socket")
        self.database = str(workdir / "tdb")
        self.pid_file = workdir / "pid"
        subprocess.run([sys.executable, str(ROOT / "bin" / "xenstored"), "--socket", self.socket,
                        "--database", self.database, "--detach", "--pid-file", str(self.pid_file)],
                       check=True, timeout=30)
        self.env = dict(os.environ, XENSTORED_PATH=self.socket,
                        ANSIBLE_COLLECTIONS_PATH=str(ROOT / ".venv" / "collections"),
                        ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_INVENTORY_UNPARSED_WARNING="false",
                        ANSIBLE_NOCOLOR="1")

    def write(self, *pairs):
        """xenstore-write (Debian's) of path/value pairs."""
        subprocess.run(["/usr/bin/xenstore-write"] + list(pairs), check=True, env=self.env, timeout=30)

    def ansible(self, tool, *args, timeout=120):
        """Run an ansible command of the venv; the CompletedProcess (text)."""
        return subprocess.run([str(VENV_BIN / tool)] + list(args), env=self.env, capture_output=True,
                              text=True, timeout=timeout, check=False, cwd=str(self.workdir))

    def stop(self):
        """SIGTERM."""
        os.kill(int(self.pid_file.read_text()), signal.SIGTERM)


def playbook(workdir, text):
    """Write a playbook file; its path."""
    path = workdir / "play.yml"
    path.write_text(text)
    return str(path)
