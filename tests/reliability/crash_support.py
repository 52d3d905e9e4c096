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
import socket
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]
MODULE_UTILS = REPO / "plugins" / "module_utils"
CONFORMANCE = REPO / "tests" / "conformance"
for _path in (MODULE_UTILS, CONFORMANCE, REPO / "tests" / "support"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import xs_harness  # noqa: E402
# Re-exported for test_permissions.py: tests/conformance's replayer of .xs scripts.
import xsreplay  # noqa: E402,F401  pylint: disable=unused-import
from xs_harness import (CONTROL, DIRECTORY, DIRECTORY_PART, ERROR, GET_DOMAIN_PATH, GET_PERMS, HEADER,  # noqa: E402,F401  pylint: disable=unused-import
                        INTRODUCE, MKDIR, PYTHON, READ, RM, SET_PERMS, TRANSACTION_END, TRANSACTION_START,
                        UNWATCH, WATCH, WATCH_EVENT, WRITE, connect_as, make_workdir)


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


class Daemon(xs_harness.Daemon):
    """bin/xenstored serving ``<dir>/socket`` from ``<dir>/tdb`` (or the given database), logging
    to ``<dir>/daemon.log``; ``connect()`` gives a pipelining Conn."""

    def __init__(self, directory, args=(), database=None):
        super().__init__(directory, args, database=database, log_file=pathlib.Path(directory) / "daemon.log")

    def connect(self, timeout=30.0, readonly=False):
        return Conn(self.socket_ro if readonly else self.socket, timeout)


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
