"""Helpers of the crash, concurrency and permissions reliability tests (not a conftest.py:
other suites share this folder).

* the mode: SHORT by default, FULL with ``XS_RELIABILITY=full``;
* ``report``: figures printed as ``XS-RELIABILITY <test> <name>=<value>`` lines straight to
  the terminal (outside pytest's capture) and, if ``XS_RELIABILITY_FIGURES`` names a file,
  appended to it as JSON lines, so that a wrapper can collect them;
* ``Daemon``: bin/xenstored as a child process on a folder directly under /tmp (mode 0755,
  so peers acting as domains reach it), started, SIGKILLed and restarted on one database;
* ``Conn``: a small raw wire client that can pipeline requests;
* ``offline_check``: the engine's integrity check on a database no daemon holds.
"""

import json
import os
import pathlib
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]
XENSTORED = REPO / "bin" / "xenstored"
PYTHON = REPO / ".venv" / "bin" / "python"
if not PYTHON.exists():
    PYTHON = pathlib.Path(sys.executable)
MODULE_UTILS = REPO / "plugins" / "module_utils"
CONFORMANCE = REPO / "tests" / "conformance"
for _path in (MODULE_UTILS, CONFORMANCE):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import xsreplay  # noqa: E402  (tests/conformance: the replayer of .xs scripts, reused as it is)

HEADER = struct.Struct("=IIII")
READ, GET_PERMS, WATCH, UNWATCH = 2, 3, 4, 5
DIRECTORY, CONTROL = 1, 0
TRANSACTION_START, TRANSACTION_END, INTRODUCE = 6, 7, 8
GET_DOMAIN_PATH, WRITE, MKDIR, RM, SET_PERMS, WATCH_EVENT, ERROR = 10, 11, 12, 13, 14, 15, 16
DIRECTORY_PART = 22


def full_mode():
    """True when XS_RELIABILITY=full asks for the long runs."""
    return os.environ.get("XS_RELIABILITY", "").strip().lower() == "full"


def pick(short, full):
    """``full`` in FULL mode, else ``short``."""
    return full if full_mode() else short


def report(capsys, test, **figures):
    """One line ``XS-RELIABILITY <test> mode=<mode> name=value ...`` printed past pytest's
    capture (and appended as JSON to the file $XS_RELIABILITY_FIGURES names, if set)."""
    mode = "full" if full_mode() else "short"
    line = "XS-RELIABILITY %s mode=%s %s" % (test, mode, " ".join("%s=%s" % item for item in figures.items()))
    with capsys.disabled():
        sys.stdout.write("\n" + line + "\n")
        sys.stdout.flush()
    target = os.environ.get("XS_RELIABILITY_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"test": test, "mode": mode, "figures": figures}) + "\n")


def seed():
    """The random seed of a run: $XS_RELIABILITY_SEED, else the clock (reported with the figures)."""
    return int(os.environ.get("XS_RELIABILITY_SEED") or time.time_ns() % 1000000007)


def workdir(prefix):
    """A fresh folder directly under /tmp, mode 0755 (peers running as other uids search it)."""
    path = pathlib.Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    path.chmod(0o755)
    return path


def accepts(path):
    """True if something listens on the Unix socket ``path``."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True


class Daemon:
    """bin/xenstored serving ``<dir>/socket`` from ``<dir>/tdb`` (or the given database)."""

    def __init__(self, directory, args=(), database=None):
        self.dir = pathlib.Path(directory)
        self.socket = self.dir / "socket"
        self.socket_ro = self.dir / "socket_ro"
        self.database = pathlib.Path(database or self.dir / "tdb")
        self.args = list(args)
        self.log = self.dir / "daemon.log"
        self.proc = None
        self.starts = 0

    def spawn(self, extra=()):
        """Start in the foreground (our child) without waiting for it."""
        command = [str(PYTHON), str(XENSTORED), "--socket", str(self.socket), "--database",
                   str(self.database), "--log-file", str(self.log)] + self.args + list(extra)
        with open(self.dir / "daemon.stderr", "ab") as stderr:
            self.proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=stderr, cwd=str(self.dir))
        self.starts += 1
        return self

    def start(self, extra=(), timeout=30.0):
        """Start in the foreground (our child) and wait until the socket accepts."""
        self.spawn(extra)
        deadline = time.monotonic() + timeout
        while not accepts(self.socket):
            if self.proc.poll() is not None:
                raise AssertionError("xenstored exited %d before serving:\n%s"
                                     % (self.proc.returncode, self.output()))
            if time.monotonic() > deadline:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError("xenstored did not accept within %.0f s:\n%s" % (timeout, self.output()))
            time.sleep(0.005)
        return self

    def output(self):
        """The daemon's log and stderr."""
        text = ""
        for name in ("daemon.log", "daemon.stderr"):
            try:
                text += (self.dir / name).read_text(errors="replace")
            except FileNotFoundError:
                pass
        return text

    @property
    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def kill(self):
        """SIGKILL; the exit status."""
        self.proc.send_signal(signal.SIGKILL)
        return self.proc.wait(30)

    def stop(self, timeout=30.0):
        """SIGTERM; assert a clean exit."""
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout)
        assert code == 0, "xenstored exited %d on SIGTERM:\n%s" % (code, self.output())
        assert not self.socket.exists() and not self.socket_ro.exists(), "sockets left behind"

    def connect(self, timeout=30.0, readonly=False):
        return Conn(self.socket_ro if readonly else self.socket, timeout)

    def cleanup(self):
        """Kill a daemon still running (a failed test) and remove the folder."""
        if self.running:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


class Closed(Exception):
    """The daemon closed the connection (or died)."""


class XsError(Exception):
    """An XS_ERROR reply; args[0] is the errno name."""


class Conn:
    """A raw XenStore connection over a Unix socket; requests may be pipelined."""

    def __init__(self, path=None, timeout=30.0, sock=None):
        if sock is None:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            try:
                sock.connect(str(path))
            except OSError as error:
                sock.close()
                raise Closed("connect: %s" % error) from None
        sock.settimeout(timeout)
        self.sock = sock
        self.buffer = bytearray()
        self.next_rid = 1
        self.events = []

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def send(self, msg_type, payload, tx=0):
        """Send one request; its request id."""
        rid = self.next_rid
        self.next_rid += 1
        self.send_raw(HEADER.pack(msg_type, rid, tx, len(payload)) + payload)
        return rid

    def send_raw(self, data):
        try:
            self.sock.sendall(data)
        except OSError as error:
            raise Closed("send: %s" % error) from None

    def message(self, timeout=None):
        """The next message (type, rid, tx, payload); watch events included."""
        if timeout is not None:
            self.sock.settimeout(timeout)
        try:
            while True:
                if len(self.buffer) >= HEADER.size:
                    msg_type, rid, tx, length = HEADER.unpack_from(self.buffer)
                    if len(self.buffer) >= HEADER.size + length:
                        payload = bytes(self.buffer[HEADER.size:HEADER.size + length])
                        del self.buffer[:HEADER.size + length]
                        return msg_type, rid, tx, payload
                try:
                    data = self.sock.recv(262144)
                except socket.timeout:
                    raise
                except OSError as error:
                    raise Closed("recv: %s" % error) from None
                if not data:
                    raise Closed("EOF")
                self.buffer += data
        finally:
            if timeout is not None:
                self.sock.settimeout(30.0)

    def reply(self, rid):
        """The reply to request ``rid`` (events on the way are kept in self.events)."""
        while True:
            msg = self.message()
            if msg[0] == WATCH_EVENT:
                self.events.append(msg[3])
                continue
            assert msg[1] == rid, "reply to request %d while waiting for %d: %r" % (msg[1], rid, msg)
            return msg

    def call(self, msg_type, payload, tx=0):
        """Payload of the reply; XsError for an error reply."""
        msg = self.reply(self.send(msg_type, payload, tx))
        if msg[0] == ERROR:
            raise XsError(msg[3].rstrip(b"\0").decode())
        return msg[3]

    def pipeline(self, requests):
        """Replies (payload, or XsError) to ``(type, payload, tx)`` requests sent all at once."""
        rids = []
        data = bytearray()
        for msg_type, payload, tx in requests:
            rids.append(self.next_rid)
            data += HEADER.pack(msg_type, self.next_rid, tx, len(payload)) + payload
            self.next_rid += 1
        self.send_raw(bytes(data))
        results = []
        for rid in rids:
            msg = self.reply(rid)
            results.append(XsError(msg[3].rstrip(b"\0").decode()) if msg[0] == ERROR else msg[3])
        return results

    # conveniences
    def read(self, path, tx=0):
        return self.call(READ, path.encode() + b"\0", tx)

    def write(self, path, value, tx=0):
        return self.call(WRITE, path.encode() + b"\0" + value, tx)

    def rm(self, path, tx=0):
        return self.call(RM, path.encode() + b"\0", tx)

    def directory(self, path, tx=0):
        """Child names; DIRECTORY_PART chunks when the list exceeds one message (as libxenstore)."""
        try:
            payload = self.call(DIRECTORY, path.encode() + b"\0", tx)
        except XsError as error:
            if error.args[0] != "E2BIG":
                raise
            return self._directory_in_parts(path, tx)
        return [name.decode() for name in payload.split(b"\0")[:-1]]

    def _directory_in_parts(self, path, tx):
        collected, generation = b"", None
        while True:
            reply = self.call(DIRECTORY_PART, path.encode() + b"\0%d\0" % len(collected), tx)
            current, chunk = reply.split(b"\0", 1)
            if generation is not None and current != generation:
                collected, generation = b"", None      # changed meanwhile: start again
                continue
            generation = current
            collected += chunk
            if collected.endswith(b"\0\0") or collected in (b"", b"\0"):
                return [name.decode() for name in collected.split(b"\0") if name]

    def start(self):
        return int(self.call(TRANSACTION_START, b"\0").rstrip(b"\0"))

    def end(self, tx, commit=True):
        return self.call(TRANSACTION_END, b"T\0" if commit else b"F\0", tx)

    def control(self, *words):
        return self.call(CONTROL, b"".join(word.encode() + b"\0" for word in words))

    def sync(self):
        """A round trip: every event caused before has arrived after it."""
        self.call(GET_DOMAIN_PATH, b"0\0")


def connect_as(socket_path, uid, timeout=30.0):
    """A socket connected by a child running as ``uid`` (SO_PEERCRED names it): xsreplay's."""
    return xsreplay.connect_as(str(socket_path), uid, timeout)


def read_many(conn, paths, chunk=2000):
    """{path: value or XsError} with pipelined READs."""
    result = {}
    for start in range(0, len(paths), chunk):
        part = paths[start:start + chunk]
        for path, answer in zip(part, conn.pipeline([(READ, path.encode() + b"\0", 0) for path in part])):
            result[path] = answer
    return result


def offline_check(database):
    """The engine's integrity check (no repair) on a database no process holds: its report."""
    from xenstore.engine import Engine  # noqa: E402 (sys.path set above)
    with Engine(str(database), create=False) as engine:
        return engine.check(repair=False)


def log_problems(daemon):
    """Lines where the daemon's CONTROL check reported a problem (it repairs and answers OK)."""
    return [line for line in daemon.output().splitlines() if "check_store" in line]
