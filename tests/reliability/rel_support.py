"""Shared helpers of the fuzz, hostile-domain and database-fault tests (tests/reliability).

A module of its own, not conftest.py (other suites share this directory): test files
import the fixtures they use from here.

Mode: SHORT by default (the whole fuzz/hostile/db_faults part runs well under a
minute); FULL with ``XS_RELIABILITY=full`` (the million-message fuzz, thousands of
connections, long coverage-guided runs). Figures measured by the tests are written
to ``$XS_RELIABILITY_REPORT`` (JSON lines) when set, for hacking/reliability.sh.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "tests" / "support"))
sys.path.insert(0, str(REPO / "plugins" / "module_utils"))

from xs_harness import (DOMAIN_ID, DOMAIN_UID, OTHER_DOMID, OTHER_UID, PYTHON, XENSTORED,  # noqa: E402,F401  pylint: disable=unused-import
                        Closed, Daemons, XsConn, XsError, accepts, become, connect_as_uid, kill_survivors,
                        make_workdir)

FULL = os.environ.get("XS_RELIABILITY", "short").lower() == "full"
MODE = "full" if FULL else "short"


def scaled(short, full):
    """``full`` in FULL mode, else ``short``."""
    return full if FULL else short


# -- figures ---------------------------------------------------------------

def record(name, value, unit="", note=""):
    """Report a measured figure: printed (pytest -s shows it) and appended to $XS_RELIABILITY_REPORT."""
    line = {"name": name, "value": value, "unit": unit, "note": note, "mode": MODE}
    print("FIGURE %s = %s %s %s" % (name, value, unit, note))
    path = os.environ.get("XS_RELIABILITY_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(line) + "\n")


# -- daemons -----------------------------------------------------------------

def rss_kb(pid, field="VmRSS"):
    """``field`` (VmRSS, VmHWM) of ``pid`` in KiB, from /proc/PID/status."""
    with open("/proc/%d/status" % pid, encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise AssertionError("no %s for pid %d" % (field, pid))


class RssSampler:
    """Samples a process's VmRSS every ``interval`` seconds in a thread; ``peak`` in KiB."""

    def __init__(self, pid, interval=0.02):
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            try:
                self.peak = max(self.peak, rss_kb(self.pid))
            except (OSError, AssertionError):
                return
            self.samples += 1
            self._stop.wait(self.interval)

    def __enter__(self):
        self.peak = rss_kb(self.pid)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        try:
            # VmHWM: the kernel's own high-water mark catches peaks between samples.
            self.peak = max(self.peak, rss_kb(self.pid, "VmHWM"))
        except (OSError, AssertionError):
            pass


class LatencyProbe:
    """A well-behaved dom0 client in a thread: one WRITE + READ round trip every ``interval``.

    Every reply must be right; ``latencies`` holds the seconds each round trip took,
    ``failures`` what went wrong (a failure also ends the probe).
    """

    def __init__(self, socket_path, interval=0.05, timeout=10.0, name="probe", disk_full=False):
        self.socket_path = socket_path
        self.disk_full = disk_full      # EIO (no room for the batch) is a right answer
        self.interval = interval
        self.timeout = timeout
        self.name = name
        self.latencies = []
        self.failures = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        try:
            conn = XsConn(self.socket_path, timeout=self.timeout)
        except OSError as error:
            self.failures.append("connect: %s" % error)
            return
        with conn:
            count = 0
            while not self._stop.is_set():
                count += 1
                value = b"%s-%d" % (self.name.encode(), count)
                began = time.monotonic()
                try:
                    try:
                        conn.write("/probe/%s" % self.name, value)
                    except XsError as error:
                        if not (self.disk_full and error.name == "EIO"):
                            raise
                        value = None
                    try:
                        got = conn.read("/probe/%s" % self.name) if value is not None else None
                    except XsError as error:
                        # A READ answered in an iteration whose batch then failed to commit is
                        # refused too (it may have shown an uncommitted change): docs/reliability.md.
                        if not (self.disk_full and error.name == "EIO"):
                            raise
                        got = value
                except Exception as error:  # pylint: disable=broad-except
                    self.failures.append("round trip %d: %r" % (count, error))
                    return
                self.latencies.append(time.monotonic() - began)
                if got != value:
                    self.failures.append("round trip %d read %r, wrote %r" % (count, got, value))
                    return
                conn.events.clear()
                self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(self.timeout + 5)

    def summary(self):
        """(count, median ms, p99 ms, max ms)."""
        if not self.latencies:
            return 0, 0.0, 0.0, 0.0
        ordered = sorted(self.latencies)

        def pick(fraction):
            return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000.0
        return len(ordered), pick(0.5), pick(0.99), ordered[-1] * 1000.0

    def check(self, max_ms):
        """Assert the probe ran, never failed, and no round trip exceeded ``max_ms``."""
        assert not self.failures, "well-behaved client failed: %s" % self.failures
        count, _median, _p99, worst = self.summary()
        assert count > 0, "the well-behaved client got no round trip done"
        assert worst <= max_ms, "a well-behaved round trip took %.0f ms (limit %d ms)" % (worst, max_ms)


def well_behaved_round_trip(socket_path, tag="check"):
    """A fresh dom0 connection writes, reads, lists and removes a node; the seconds it took."""
    began = time.monotonic()
    with XsConn(socket_path, timeout=10.0) as conn:
        conn.write("/probe/%s" % tag, b"v-" + tag.encode())
        assert conn.read("/probe/%s" % tag) == b"v-" + tag.encode()
        assert tag in conn.directory("/probe")
        tx = conn.start()
        conn.write("/probe/%s-tx" % tag, b"t", tx)
        assert conn.end(tx) == b"OK\0"
        conn.rm("/probe/%s" % tag)
        conn.rm("/probe/%s-tx" % tag)
    return time.monotonic() - began


def control_check(socket_path):
    """CONTROL check (xenstore-control check) over a fresh dom0 connection; asserts OK."""
    with XsConn(socket_path, timeout=60.0) as conn:
        assert conn.control("check") == b"OK\0"


def offline_integrity(database):
    """Integrity report of a stopped daemon's database (no repair); asserts it is clean."""
    from xenstore.engine import Engine  # pylint: disable=import-outside-toplevel
    with Engine(str(database), create=False) as engine:
        report = engine.check(repair=False)
    assert report.ok, "integrity problems in %s: %s" % (database, report.problems())
    return report.nodes


def daemon_log_problems(daemon):
    """Lines of the daemon's log that reveal a bug: tracebacks, internal errors, check repairs."""
    bad = ("Traceback", "internal error", "check_store")
    return [line for line in daemon.stderr().splitlines() if any(word in line for word in bad)]


@pytest.fixture
def rel_workdir():
    """A fresh, short, world-searchable directory under /tmp."""
    path = make_workdir("xsr.")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def rel_daemon(rel_workdir):
    """Factory: rel_daemon(*args, name=None, database=None, started=True, prefix=()) -> Daemon.

    Each started daemon is stopped at teardown; it must exit 0 (SIGTERM) if it still runs.
    ``prefix`` runs it through a command (e.g. prlimit --nofile=128:128 --).
    """
    daemons = Daemons(rel_workdir)
    yield daemons.start
    problems = daemons.stop_all(tail=4000, sockets=False)
    kill_survivors()
    assert not problems, "\n".join(problems)


def cpu_seconds(pid):
    """User + system CPU seconds ``pid`` used so far."""
    with open("/proc/%d/stat" % pid, encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def domain_args():
    """--uid-domid options mapping DOMAIN_UID to DOMAIN_ID and OTHER_UID to OTHER_DOMID."""
    return ("--uid-domid", "%d:%d" % (DOMAIN_UID, DOMAIN_ID),
            "--uid-domid", "%d:%d" % (OTHER_UID, OTHER_DOMID))


def make_home(dom0, domid):
    """Introduce ``domid`` and give it a home it owns, as a toolstack does."""
    dom0.introduce(domid)
    home = "/local/domain/%d" % domid
    dom0.mkdir(home)
    dom0.set_perms(home, "n%d" % domid)


def open_fds(pid):
    """Number of open file descriptors of ``pid``."""
    return len(os.listdir("/proc/%d/fd" % pid))


def connect_many_as(path, uid, count, prefix=b""):
    """``count`` raw sockets connected to ``path`` by a child running as ``uid`` (SO_PEERCRED
    names it), each having sent ``prefix``; handed back over SCM_RIGHTS in chunks.
    Connections the kernel refused (backlog full) are retried for a while."""
    parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    pid = os.fork()
    if pid == 0:                                      # pragma: no cover (child)
        code = 1
        try:
            parent.close()
            become(uid)
            left = count
            while left:
                chunk = []
                for _unused in range(min(left, 200)):
                    sock = connect_retry(path, timeout=30.0)
                    if prefix:
                        try:
                            sock.sendall(prefix)
                        except OSError:     # refused (closed) by the daemon already
                            pass
                    chunk.append(sock)
                socket.send_fds(child, [b"S"], [sock.fileno() for sock in chunk])
                for sock in chunk:
                    sock.close()
                left -= len(chunk)
            code = 0
        finally:
            os._exit(code)
    child.close()
    socks = []
    try:
        while len(socks) < count:
            _message, fds, _flags, _addr = socket.recv_fds(parent, 16, 200)
            if not fds:
                break
            socks.extend(socket.socket(fileno=fd) for fd in fds)
    finally:
        parent.close()
        os.waitpid(pid, 0)
    assert len(socks) == count, "uid %d connected %d of %d times" % (uid, len(socks), count)
    return socks


def closed_by_peer(sock, timeout=0.0):
    """True if the daemon closed ``sock`` (EOF or reset) within ``timeout`` seconds.
    Data the daemon sent is read and dropped."""
    sock.settimeout(timeout if timeout else None)
    if not timeout:
        sock.setblocking(False)
    try:
        while True:
            data = sock.recv(65536)
            if not data:
                return True
    except (BlockingIOError, socket.timeout):
        return False
    except ConnectionResetError:
        return True


def kill_group(proc):
    """Kill a subprocess started with start_new_session=True, and its children."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def run_python(args, timeout, env=None):
    """Run the venv's Python with ``args``; CompletedProcess (text)."""
    return subprocess.run([str(PYTHON)] + [str(arg) for arg in args], capture_output=True, text=True,
                          timeout=timeout, env=env, check=False, cwd=str(REPO))


def connect_retry(path, timeout=5.0):
    """A socket connected to ``path`` (retried for ``timeout`` s while the backlog is full)."""
    deadline = time.monotonic() + timeout
    while True:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(str(path))
            return sock
        except OSError:
            sock.close()
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


class SmallFilesystem:
    """A small file system of its own at ``path``: tmpfs (``size``), else an ext2 loop file.

    ``kind`` says which worked; ``None`` (with ``why``) when this machine allows neither
    (no root, no mount in the container): callers then simulate. ``remount_ro()`` makes it
    read-only."""

    def __init__(self, path, size_kb):
        self.path = Path(path)
        self.size_kb = size_kb
        self.kind = None
        self.why = ""
        self._image = None

    def _mount(self, *args):
        return subprocess.run(["mount"] + list(args), capture_output=True, text=True, check=False)

    def __enter__(self):
        self.path.mkdir(parents=True, exist_ok=True)
        result = self._mount("-t", "tmpfs", "-o", "size=%dk,mode=0755" % self.size_kb, "tmpfs", str(self.path))
        if result.returncode == 0:
            self.kind = "tmpfs"
            return self
        self.why = "tmpfs: %s" % result.stderr.strip()
        self._image = str(self.path) + ".img"
        with open(self._image, "wb") as image:
            image.truncate(self.size_kb * 1024)
        made = subprocess.run(["mkfs.ext2", "-q", "-F", self._image], capture_output=True, text=True, check=False)
        result = self._mount("-o", "loop", self._image, str(self.path)) if made.returncode == 0 else made
        if result.returncode == 0:
            self.kind = "ext2 loop"
            return self
        self.why += "; loop: %s" % result.stderr.strip()
        return self

    def remount_ro(self):
        result = self._mount("-o", "remount,ro", str(self.path))
        assert result.returncode == 0, "remount read-only failed: %s" % result.stderr

    def free_kb(self):
        status = os.statvfs(str(self.path))
        return status.f_bavail * status.f_frsize // 1024

    def __exit__(self, *exc):
        if self.kind is not None:
            if subprocess.run(["umount", str(self.path)], capture_output=True, check=False).returncode:
                subprocess.run(["umount", "-l", str(self.path)], capture_output=True, check=False)
        if self._image:
            os.unlink(self._image)
