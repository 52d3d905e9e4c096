"""What every suite driving bin/xenstored shares: the daemon as a child process in a folder
peers reach, a raw wire client, and connections made as other uids (acting as domains).

Not a conftest.py (several suites with their own conftest.py run together): a suite puts this
folder first on sys.path and imports it, e.g. ``from xs_harness import Daemon``.
"""

import collections
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
XENSTORED = REPO / "bin" / "xenstored"
MODULE_UTILS = REPO / "plugins" / "module_utils"
PYTHON = REPO / ".venv" / "bin" / "python"
if not PYTHON.exists():
    PYTHON = Path(sys.executable)

# Peers run as uids that --uid-domid maps to domains (no passwd entry needed): 42000+N is domain N.
UID_BASE = 42000
DOMAIN_UID = 42005
DOMAIN_ID = 5
OTHER_UID = 42006
OTHER_DOMID = 6
UNMAPPED_UID = 42999

HEADER = struct.Struct("=IIII")
PAYLOAD_MAX = 4096

# Message types (xs_wire.h).
CONTROL, DIRECTORY, READ, GET_PERMS, WATCH, UNWATCH = 0, 1, 2, 3, 4, 5
TRANSACTION_START, TRANSACTION_END, INTRODUCE, RELEASE = 6, 7, 8, 9
GET_DOMAIN_PATH, WRITE, MKDIR, RM, SET_PERMS, WATCH_EVENT, ERROR = 10, 11, 12, 13, 14, 15, 16
IS_DOMAIN_INTRODUCED, RESUME, SET_TARGET, RESTRICT, RESET_WATCHES, DIRECTORY_PART = 17, 18, 19, 20, 21, 22

Msg = collections.namedtuple("Msg", "type req_id tx_id payload")


class XsError(Exception):
    """An XS_ERROR reply; ``name`` is its errno name (e.g. 'ENOENT')."""

    def __init__(self, name, msg):
        super().__init__(name)
        self.name = name
        self.msg = msg


class Closed(Exception):
    """The daemon closed the connection."""


class XsConn:
    """A raw XenStore client over one Unix socket connection (struct '=IIII' header)."""

    def __init__(self, path=None, sock=None, timeout=10.0):
        if sock is None:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.connect(str(path))
        self.sock = sock
        self.timeout = timeout
        self.sock.settimeout(timeout)
        self.buffer = b""
        self.events = []            # watch events received while waiting for replies
        self.next_req = 1

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def send_raw(self, data):
        self.sock.sendall(data)

    def send(self, msg_type, payload=b"", tx_id=0, req_id=None, length=None):
        """Send one message; returns its req_id."""
        if req_id is None:
            req_id = self.next_req
            self.next_req += 1
        length = len(payload) if length is None else length
        self.sock.sendall(HEADER.pack(msg_type, req_id, tx_id, length) + payload)
        return req_id

    def _fill(self, count, timeout):
        deadline = time.monotonic() + timeout
        while len(self.buffer) < count:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise socket.timeout("no message within %.1f s" % timeout)
            self.sock.settimeout(remaining)
            try:
                data = self.sock.recv(65536)
            except ConnectionResetError:
                data = b""
            if not data:
                raise Closed("connection closed by the daemon")
            self.buffer += data

    def recv(self, timeout=None):
        """The next message (reply or event)."""
        timeout = self.timeout if timeout is None else timeout
        self._fill(HEADER.size, timeout)
        msg_type, req_id, tx_id, length = HEADER.unpack(self.buffer[:HEADER.size])
        assert length <= PAYLOAD_MAX, "daemon sent %d payload bytes" % length
        self._fill(HEADER.size + length, timeout)
        payload = self.buffer[HEADER.size:HEADER.size + length]
        self.buffer = self.buffer[HEADER.size + length:]
        return Msg(msg_type, req_id, tx_id, payload)

    def reply(self, req_id=None, timeout=None):
        """The next non-event message (events are kept in self.events)."""
        while True:
            msg = self.recv(timeout)
            if msg.type == WATCH_EVENT:
                self.events.append(msg)
                continue
            if req_id is not None:
                assert msg.req_id == req_id, "reply %r to request %d" % (msg, req_id)
            return msg

    def request(self, msg_type, payload=b"", tx_id=0):
        """Send a request and return its reply Msg (error or not)."""
        req_id = self.send(msg_type, payload, tx_id)
        msg = self.reply(req_id)
        assert msg.tx_id == tx_id, "reply tx_id %d, request %d" % (msg.tx_id, tx_id)
        assert msg.type in (msg_type, ERROR), "reply type %d to request type %d" % (msg.type, msg_type)
        return msg

    def call(self, msg_type, payload=b"", tx_id=0):
        """The reply payload; XsError for an error reply."""
        msg = self.request(msg_type, payload, tx_id)
        if msg.type == ERROR:
            assert msg.payload.endswith(b"\0"), msg
            raise XsError(msg.payload[:-1].decode(), msg)
        return msg.payload

    def error(self, msg_type, payload=b"", tx_id=0):
        """The errno name of a request that must fail."""
        msg = self.request(msg_type, payload, tx_id)
        assert msg.type == ERROR, "expected an error, got %r" % (msg,)
        assert msg.payload.endswith(b"\0")
        return msg.payload[:-1].decode()

    # Convenience wrappers (paths and values are str or bytes).

    def read(self, path, tx=0):
        return self.call(READ, _b(path) + b"\0", tx)

    def write(self, path, value, tx=0):
        assert self.call(WRITE, _b(path) + b"\0" + _b(value), tx) == b"OK\0"

    def mkdir(self, path, tx=0):
        assert self.call(MKDIR, _b(path) + b"\0", tx) == b"OK\0"

    def rm(self, path, tx=0):
        assert self.call(RM, _b(path) + b"\0", tx) == b"OK\0"

    def directory(self, path, tx=0):
        return _nul_split(self.call(DIRECTORY, _b(path) + b"\0", tx))

    def get_perms(self, path, tx=0):
        return _nul_split(self.call(GET_PERMS, _b(path) + b"\0", tx))

    def set_perms(self, path, *perms, tx=0):
        payload = _b(path) + b"\0" + b"".join(_b(perm) + b"\0" for perm in perms)
        assert self.call(SET_PERMS, payload, tx) == b"OK\0"

    def watch(self, path, token):
        assert self.call(WATCH, _b(path) + b"\0" + _b(token) + b"\0") == b"OK\0"

    def unwatch(self, path, token):
        assert self.call(UNWATCH, _b(path) + b"\0" + _b(token) + b"\0") == b"OK\0"

    def start(self):
        reply = self.call(TRANSACTION_START, b"\0")
        assert reply.endswith(b"\0")
        return int(reply[:-1])

    def end(self, tx, commit=True):
        return self.call(TRANSACTION_END, b"T\0" if commit else b"F\0", tx)

    def introduce(self, domid, gfn=0, port=1):
        assert self.call(INTRODUCE, b"%d\0%d\0%d\0" % (domid, gfn, port)) == b"OK\0"

    def release(self, domid):
        assert self.call(RELEASE, b"%d\0" % domid) == b"OK\0"

    def control(self, *words):
        return self.call(CONTROL, b"".join(_b(word) + b"\0" for word in words))

    def sync(self):
        """Round trip (GET_DOMAIN_PATH): every event caused before is received after this."""
        assert self.call(GET_DOMAIN_PATH, b"0\0") == b"/local/domain/0\0"

    def event(self, timeout=None):
        """The next watch event as (path, token) bytes."""
        if self.events:
            msg = self.events.pop(0)
        else:
            msg = self.recv(timeout)
            assert msg.type == WATCH_EVENT, "expected a watch event, got %r" % (msg,)
        assert msg.req_id == 0 and msg.tx_id == 0, msg
        parts = msg.payload.split(b"\0")
        assert len(parts) == 3 and parts[2] == b"", msg
        return parts[0], parts[1]

    def take_events(self):
        """Events received so far (after a sync()), as (path, token) pairs; clears them."""
        events = []
        while self.events:
            events.append(self.event())
        return events

    def no_more_messages(self, timeout=0.2):
        """True if nothing arrives within ``timeout``."""
        if self.events or self.buffer:
            return False
        try:
            self.recv(timeout)
        except socket.timeout:
            return True
        return False

    def expect_closed(self, timeout=5.0):
        """Assert that the daemon closes the connection without sending anything."""
        try:
            msg = self.recv(timeout)
        except Closed:
            return
        raise AssertionError("expected the connection to be closed, got %r" % (msg,))


def _b(text):
    return text if isinstance(text, bytes) else text.encode()


def _nul_split(payload):
    if not payload:
        return []
    assert payload.endswith(b"\0"), payload
    return [part.decode() for part in payload[:-1].split(b"\0")]


def uid_domid_args(domids):
    """--uid-domid options mapping uid UID_BASE + N to domain N for each N of ``domids``."""
    args = []
    for domid in domids:
        args += ["--uid-domid", "%d:%d" % (UID_BASE + domid, domid)]
    return args


def connect_as(path, uid, timeout=10.0):
    """A socket connected to ``path`` by a forked child that dropped to ``uid``.

    SO_PEERCRED names the uid of the connecting process; the connected socket is handed
    back over a socketpair (SCM_RIGHTS). ConnectionError (the child's error) if it failed.
    """
    parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    pid = os.fork()
    if pid == 0:                                      # pragma: no cover (child)
        code = 1
        try:
            parent.close()
            become(uid)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.connect(str(path))
            except OSError as error:
                child.sendall(b"E%s" % str(error).encode())
            else:
                socket.send_fds(child, [b"S"], [sock.fileno()])
            code = 0
        finally:
            os._exit(code)
    child.close()
    try:
        message, fds, _flags, _addr = socket.recv_fds(parent, 4096, 1)
    finally:
        parent.close()
        os.waitpid(pid, 0)
    if not fds:
        raise ConnectionError(message[1:].decode(errors="replace") or "connect as uid %d failed" % uid)
    sock = socket.socket(fileno=fds[0])
    sock.settimeout(timeout)
    return sock


def connect_as_uid(path, uid, timeout=10.0):
    """An XsConn to ``path`` made as ``uid`` (see connect_as); ConnectionError if it failed."""
    try:
        sock = connect_as(path, uid, timeout)
    except ConnectionError as error:
        raise ConnectionError("uid %d could not connect to %s: %s" % (uid, path, error)) from None
    return XsConn(sock=sock, timeout=timeout)


def become(uid):
    """Drop this (child) process to ``uid``, with the same gid and no supplementary groups."""
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


def drop_to_uid(uid):
    """preexec_fn for subprocess: run a real client as ``uid``."""
    return lambda: become(uid)


def accepts(path):
    """True if something accepts connections on the Unix socket ``path``."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def make_workdir(prefix):
    """A fresh folder directly under /tmp (short for sun_path), mode 0755: peers running as
    other uids must reach the sockets in it."""
    path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    path.chmod(0o755)
    return path


# Every Daemon started (in this process); fixtures kill the survivors of a failed test.
STARTED = []


class Daemon:
    """One bin/xenstored, a child process serving ``<dir>/socket`` from ``<dir>/tdb``.

    Its stdout and stderr go to ``<dir>/daemon.stderr``; with ``log_file`` it also logs there
    (--log-file). ``prefix`` runs it through a command (e.g. prlimit --nofile=128:128 --).
    """

    def __init__(self, directory, args=(), socket_path=None, database=None, log_file=None, prefix=()):
        self.dir = Path(directory)
        self.socket = Path(socket_path or self.dir / "socket")
        self.socket_ro = self.socket.parent / "socket_ro"
        self.database = Path(database or self.dir / "tdb")
        self.args = list(args)
        self.log_file = Path(log_file) if log_file else None
        self.prefix = list(prefix)
        self.proc = None
        self.log = self.dir / "daemon.stderr"
        self.returncode = None
        self.starts = 0

    @property
    def pid(self):
        return self.proc.pid

    @property
    def env(self):
        """Environment for real clients: XENSTORED_PATH names this daemon's socket."""
        env = dict(os.environ)
        env.pop("XENSTORED_RUNDIR", None)
        env["XENSTORED_PATH"] = str(self.socket)
        return env

    def command(self, *extra):
        log = ["--log-file", str(self.log_file)] if self.log_file else []
        return self.prefix + [str(PYTHON), str(XENSTORED), "--socket", str(self.socket),
                              "--database", str(self.database)] + log + self.args + list(extra)

    def spawn(self, extra=()):
        """Start in the foreground (a child of the test) without waiting for it."""
        self.returncode = None
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(self.command(*extra), stdin=subprocess.DEVNULL,
                                         stdout=log, stderr=log, cwd=str(self.dir))
        STARTED.append(self)
        self.starts += 1
        return self

    def start(self, extra=(), timeout=30.0):
        """Spawn and wait until the socket accepts."""
        self.spawn(extra)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise AssertionError("xenstored exited with %d before serving:\n%s"
                                     % (self.proc.returncode, self.output()))
            if accepts(self.socket):
                return self
            if time.monotonic() > deadline:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError("xenstored did not accept on %s within %.0f s:\n%s"
                                     % (self.socket, timeout, self.output()))
            time.sleep(0.005)

    def stderr(self):
        try:
            return self.log.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def output(self):
        """The daemon's log file (if any) and its stderr."""
        text = ""
        if self.log_file:
            try:
                text = self.log_file.read_text(errors="replace")
            except FileNotFoundError:
                pass
        return text + self.stderr()

    @property
    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self, sig=signal.SIGTERM, timeout=30.0):
        """Signal the daemon and return its exit status."""
        self.proc.send_signal(sig)
        try:
            self.returncode = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError("xenstored did not exit within %.0f s of signal %d" % (timeout, sig)) from None
        return self.returncode

    def stop_cleanly(self, sig=signal.SIGTERM, timeout=30.0):
        """Stop; assert exit 0 and that both sockets are gone."""
        code = self.stop(sig, timeout)
        assert code == 0, "xenstored exited %d after signal %d:\n%s" % (code, sig, self.output())
        assert not self.socket.exists(), "socket left behind"
        assert not self.socket_ro.exists(), "socket_ro left behind"

    def kill(self):
        """SIGKILL (no cleanup by the daemon); the exit status."""
        self.proc.kill()
        self.returncode = self.proc.wait(30)
        return self.returncode

    def cleanup(self):
        """Kill the daemon if it still runs (a failed test) and remove its folder."""
        if self.running:
            self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)

    def connect(self, timeout=10.0):
        return XsConn(self.socket, timeout=timeout)

    def connect_ro(self, timeout=10.0):
        return XsConn(self.socket_ro, timeout=timeout)

    def connect_as(self, uid, timeout=10.0):
        return connect_as_uid(self.socket, uid, timeout)

    def rss_kb(self):
        with open("/proc/%d/status" % self.pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise AssertionError("no VmRSS for pid %d" % self.pid)

    def run(self, *argv, check_rc=None, uid=None, timeout=30, **kwargs):
        """Run a real client against this daemon; a CompletedProcess (bytes)."""
        result = subprocess.run(check=False, args=[str(arg) for arg in argv], env=kwargs.pop("env", self.env),
                                capture_output=True, timeout=timeout,
                                preexec_fn=drop_to_uid(uid) if uid is not None else None, **kwargs)
        if check_rc is not None:
            assert result.returncode == check_rc, (
                "%s exited %d (expected %d)\nstdout: %r\nstderr: %r"
                % (" ".join(map(str, argv)), result.returncode, check_rc, result.stdout, result.stderr))
        return result


class Daemons:
    """The daemons one test starts in folders below ``workdir`` (a fixture's factory)."""

    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.daemons = []

    def start(self, *args, name=None, started=True, **options):
        """A Daemon in ``workdir/name`` (or workdir), started unless ``started`` is false."""
        directory = self.workdir / name if name else self.workdir
        directory.mkdir(mode=0o755, exist_ok=True)
        os.chmod(directory, 0o755)
        daemon = Daemon(directory, args, **options)
        self.daemons.append(daemon)
        return daemon.start() if started else daemon

    def stop_all(self, tail=None, sockets=True):
        """SIGTERM to those still running; what went wrong (exit status not 0, sockets left)."""
        problems = []
        for daemon in self.daemons:
            if daemon.running:
                code = daemon.stop()
                if code != 0:
                    log = daemon.stderr()
                    problems.append("exit %d:\n%s" % (code, log[-tail:] if tail else log))
                elif sockets and (daemon.socket.exists() or daemon.socket_ro.exists()):
                    problems.append("sockets left behind by %s" % daemon.socket)
        return problems


def kill_survivors():
    """Kill every daemon of STARTED still running (a failed test left it) and forget them all."""
    while STARTED:
        daemon = STARTED.pop()
        if daemon.running:
            daemon.proc.kill()
            daemon.proc.wait()
