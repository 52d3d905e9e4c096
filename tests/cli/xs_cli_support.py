"""Helpers for the command-line tool tests: the tree, daemons, and the two sets of tools.

Parity tests run Debian's real xenstore-utils (/usr/bin/xenstore-*) and the real
xenstore-control (xen-utils-4.17, fetched by tests/daemon/fetch_xen_utils.sh) side by
side with ours, against one bin/xenstored per test worker. Both are started as
``./<name>`` from their own directory of links, so argv[0] (which usage lines and
getopt messages print) is the same. A missing real tool is a failure, never a skip.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "plugins" / "module_utils"))

from xenstore.connect import open_client  # noqa: E402
from xenstore.errors import NotFoundError  # noqa: E402

PYTHON = REPO / ".venv" / "bin" / "python"
if not PYTHON.exists():
    PYTHON = Path(sys.executable)
XENSTORED = REPO / "bin" / "xenstored"
FETCH_XEN_UTILS = REPO / "tests" / "daemon" / "fetch_xen_utils.sh"
MODES = ("read", "write", "exists", "list", "ls", "rm", "chmod", "watch")
NAMES = ["xenstore"] + ["xenstore-" + mode for mode in MODES]
# A link name that is no mode: "xenstore-foo: unknown mode foo".
BOGUS_NAME = "xenstore-foo"

# The tree every test starts from (paths -> value bytes; perms applied after).
ESC = b"a\x00b\x01c\\d\te\nf\rg\x1bh\x7fi\x80j\xff"
LONG_NAME = "n" * 150
TREE = [
    ("/data/short", b"hi"),
    ("/data/empty", b""),
    ("/data/esc", ESC),
    ("/data/long", b"L" * 100),
    ("/data/verylong", b"V" * 2000),
    ("/data/sub/deep/deeper/deepest", b"value"),
    ("/data/sub/other", b"x" * 70),
    ("/data/sub/" + "q" * 100, b"w" * 10),
    ("/data/perm", b"guarded"),
    ("/data/" + LONG_NAME, b"long name"),
    ("/data/" + LONG_NAME[:70], b""),
    ("/local/domain/0/rel", b"relative"),
    ("/local/domain/0/reldir/child", b"c"),
] + [("/many/entry-%04d" % index, b"v%d" % index) for index in range(400)]
PERMS = [("/data/perm", ["n0", "r5", "w7", "b9"]), ("/data/sub/deep", ["b0", "r3"])]
# The scratch subtrees that modifying cases work in, rebuilt before every run.
SCRATCH = ["/m", "/local/domain/0/m"]
SCRATCH_TREE = [
    ("/m/a/b/c", b""), ("/m/a/b/d", b"d"), ("/m/e", b""), ("/m/f/g", b"g"), ("/m/t/x/y/z", b""),
    ("/m/keep/one", b"1"), ("/m/keep/two", b""), ("/m/w", b"watched"),
    ("/local/domain/0/m/r/s", b"rel"),
]


def build(client, tree=None, perms=None):
    """Write ``tree`` and ``perms`` (default TREE and PERMS) through ``client`` (one transaction)."""
    tree = TREE if tree is None else tree
    perms = PERMS if perms is None else perms

    def fill(transaction):
        for path, value in tree:
            transaction.write(path, value)
        for path, acl in perms:
            transaction.set_perms(path, acl)
    client.transact(fill)


def reset_scratch(client):
    """The scratch subtrees back to SCRATCH_TREE."""
    def fill(transaction):
        for path in SCRATCH:
            transaction.rm(path)
        for path, value in SCRATCH_TREE:
            transaction.write(path, value)
    client.transact(fill)


def dump(client, top="/"):
    """Every node under ``top``: (path, value, perms), pre-order (to compare whole states)."""
    try:
        return [(path, value, tuple(perms)) for path, value, perms, _children
                in client.walk(top, with_perms=True)]
    except NotFoundError:
        return [(top, None, None)]


class Daemon:
    """bin/xenstored started with --detach (ours to stop with SIGTERM)."""

    def __init__(self, directory):
        self.dir = Path(directory)
        self.socket = self.dir / "socket"
        self.database = self.dir / "tdb"
        self.pid_file = self.dir / "pid"
        self.pid = None

    def start(self):
        result = subprocess.run([str(PYTHON), str(XENSTORED), "--socket", str(self.socket),
                                 "--database", str(self.database), "--detach",
                                 "--pid-file", str(self.pid_file)],
                                capture_output=True, timeout=60, check=False)
        assert result.returncode == 0, "bin/xenstored --detach failed: %r" % (result,)
        self.pid = int(self.pid_file.read_text().split()[0])
        return self

    def client(self):
        return open_client(backend="socket", socket=str(self.socket))

    def stop(self):
        os.kill(self.pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with open("/proc/%d/stat" % self.pid) as stat:
                    if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                        return
            except FileNotFoundError:
                return
            time.sleep(0.02)
        raise AssertionError("xenstored (pid %d) ignored SIGTERM" % self.pid)

    @property
    def env(self):
        env = dict(os.environ)
        env.pop("XENSTORED_RUNDIR", None)
        env.pop("POSIXLY_CORRECT", None)
        env["XENSTORED_PATH"] = str(self.socket)
        return env


def _link_dir(directory, targets):
    directory.mkdir()
    for name, target in targets.items():
        os.symlink(target, directory / name)
    return directory


class Tools:
    """The real tools and ours, each as ``./<name>`` in its own directory of links."""

    def __init__(self, root, control):
        self.real = _link_dir(root / "real", dict(
            [(name, "/usr/bin/" + name) for name in NAMES]
            + [(BOGUS_NAME, "/usr/bin/xenstore"), ("xenstore-control", str(control))]))
        self.ours = _link_dir(root / "ours", dict(
            [(name, str(REPO / "bin" / name)) for name in NAMES]
            + [(BOGUS_NAME, str(REPO / "bin" / "xenstore")),
               ("xenstore-control", str(REPO / "bin" / "xenstore-control"))]))
        self.control_libs = str(Path(control).parents[2] / "x86_64-linux-gnu")

    def command(self, which, argv):
        """(argv, cwd) to run ``argv`` (argv[0] a link name) with the real tool or ours."""
        first = "./" + argv[0]
        if which == "real":
            return [first] + list(argv[1:]), self.real
        return [str(PYTHON), first] + list(argv[1:]), self.ours

    def popen(self, which, argv, env, **kwargs):
        command, cwd = self.command(which, argv)
        env = dict(env)
        if argv[0] == "xenstore-control":
            env["LD_LIBRARY_PATH"] = self.control_libs
        return subprocess.Popen([os.fsencode(arg) if isinstance(arg, bytes) else arg
                                 for arg in command], cwd=cwd, env=env, **kwargs)

    def run(self, which, argv, env, timeout=30, stdin=subprocess.DEVNULL, **kwargs):
        process = self.popen(which, argv, env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             stdin=stdin, **kwargs)
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
            raise AssertionError("%s %r timed out\nstdout %r\nstderr %r"
                                 % (which, argv, stdout, stderr)) from None
        return process.returncode, stdout, stderr


def stale_socket(directory):
    """A Unix socket file nobody listens on (connect: ECONNREFUSED)."""
    import socket
    path = str(Path(directory) / "stale")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(path)
    sock.close()
    return path
