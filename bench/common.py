"""What every bench row shares: paths, the two daemons, a minimal wire client, rows.

A row is one figure of ours next to a baseline measured in the same run. The
daemons are started here: ours is ``bin/xenstored`` in the foreground (its pid
is ours to measure), the reference is the real C xenstored 4.17 through
``../shared/tools/ref-xenstored`` when it can be started.
"""

import collections
import multiprocessing
import os
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "plugins", "module_utils"))

from xenstore.connect import open_client  # noqa: E402  (the project's client API)
from xenstore.wire import Decoder, Op, encode  # noqa: E402

XENSTORED = os.path.join(ROOT, "bin", "xenstored")
REF_TOOL = os.path.normpath(os.path.join(ROOT, "..", "shared", "tools", "ref-xenstored", "ref-xenstored"))
REFERENCE = "C xenstored"


# -- rows ------------------------------------------------------------------------

class Row(collections.namedtuple("Row", "label ours baseline baseline_is ratio target met unit")):
    """One line of the table.

    ``ratio`` is how many times better ours is, in the row's own sense
    (throughput: ours/baseline; durations: baseline/ours; memory: ours/baseline,
    where lower is better); ``target`` is its text, ``met`` True/False, or None
    for a row shown for information or without a baseline.
    """


def throughput_row(label, ours, baseline, baseline_is, target):
    """Operations/s: ratio ours/baseline, met if >= target (None: information only)."""
    ratio = ours / baseline if baseline else None
    return Row(label, ours, baseline, baseline_is, ratio,
               ">= %gx" % target if target is not None else "info",
               None if target is None or ratio is None else ratio >= target, "/s")


def faster_row(label, ours, baseline, baseline_is, target, unit="s"):
    """Durations: ratio baseline/ours (times faster), met if >= target."""
    ratio = baseline / ours if baseline else None
    return Row(label, ours, baseline, baseline_is, ratio, ">= %gx faster" % target,
               None if ratio is None else ratio >= target, unit)


def missing_row(label, ours, unit, target, reason):
    """A row whose baseline could not be measured in this run."""
    return Row(label, ours, None, reason, None, target, None, unit)


def human(value, unit):
    """A figure as printed in the table."""
    if value is None:
        return "-"
    if unit == "/s":
        return "{:,.0f}/s".format(value)
    if unit == "s":
        return "%.3f s" % value if value < 10 else "%.1f s" % value
    if unit == "ms":
        return "%.2f ms" % (value * 1000)
    if unit == "MiB":
        return "%.1f MiB" % value
    return "%s %s" % (value, unit)


def verdict(row):
    """ok / MISSED / info / no baseline."""
    if row.met is None:
        return "info" if row.target == "info" else ("no baseline" if row.baseline is None else "-")
    return "ok" if row.met else "MISSED"


def table(rows, judge=True):
    """The one table, as Markdown (so it pastes into docs/performance.md as it is); without
    ``judge`` (tiny sizes) the verdict column says so instead of judging."""
    header = ("row", "ours", "baseline, same run", "ratio", "target", "verdict")
    lines = [header, ("---", "---:", "---", "---:", "---", "---")]
    for row in rows:
        baseline = row.baseline_is if row.baseline is None else "%s %s" % (
            human(row.baseline, row.unit), row.baseline_is)
        lines.append((row.label, human(row.ours, row.unit), baseline,
                      "-" if row.ratio is None else "%.2fx" % row.ratio, row.target,
                      verdict(row) if judge else "(quick)"))
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


# -- the machine -----------------------------------------------------------------

def machine():
    """One line naming the machine and the versions a figure depends on."""
    model = memory = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("MemTotal:"):
                memory = "%.0f GiB" % (int(line.split()[1]) / 1024.0 / 1024.0)
    system = "?"
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("PRETTY_NAME="):
                    system = line.split("=", 1)[1].strip().strip('"')
    versions = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version}\n", "python3-tdb", "xenstore-utils"],
                              capture_output=True, text=True, check=False).stdout.split()
    return "%d CPUs (%s), %s, %s, Linux %s, Python %s, %s" % (
        os.cpu_count(), model, memory, system, os.uname().release, sys.version.split()[0],
        ", ".join("%s %s" % pair for pair in zip(versions[::2], versions[1::2])))


def load_average():
    """The 1-minute load average (other work on the machine skews figures)."""
    with open("/proc/loadavg", encoding="ascii") as handle:
        return float(handle.read().split()[0])


# -- processes -------------------------------------------------------------------

def rss_mib(pid):
    """Resident set size of ``pid`` in MiB (VmRSS: anonymous memory and touched file pages)."""
    with open("/proc/%d/status" % int(pid), encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    raise RuntimeError("no VmRSS for pid %s" % pid)


def connect(path, attempts=400):
    """A connected socket, retried while a daemon starts."""
    for _attempt in range(attempts):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(path)
            return sock
        except OSError:
            sock.close()
            time.sleep(0.005)
    raise RuntimeError("no daemon answers on %s" % path)


class Wire:
    """A minimal blocking client: one request at a time, replies framed with the project's Decoder.

    The load generators use it (the same client for both daemons); the rows
    that measure the client API use ``open_client`` instead.
    """

    def __init__(self, path):
        self.sock = connect(path)
        self.decoder = Decoder()
        self.req_id = 0

    def call(self, msg_type, payload, tx=0):
        """(reply type, reply payload) of one request."""
        self.req_id += 1
        self.sock.sendall(encode(msg_type, self.req_id, tx, payload))
        decoder = self.decoder
        while True:
            frame = decoder.next_frame()
            if frame is None:
                data = self.sock.recv(65536)
                if not data:
                    raise RuntimeError("the daemon closed the connection")
                decoder.feed(data)
            elif frame[0] != Op.WATCH_EVENT:
                return frame[0], frame[3]

    def close(self):
        """Close the connection."""
        self.sock.close()


class Daemon:
    """A running daemon: its socket, its pid, how to stop it."""

    def __init__(self, name, socket_path, pid, stop):
        self.name = name
        self.socket = socket_path
        self.pid = int(pid)
        self._stop = stop

    def rss_mib(self):
        """Its resident set size now."""
        return rss_mib(self.pid)

    def client(self):
        """A XenStoreClient (the project's client API) connected to it."""
        return open_client("socket", self.socket)

    def stop(self):
        """Stop it (once)."""
        if self._stop is not None:
            self._stop()
            self._stop = None


def start_ours(directory, name="ours", database=None, args=()):
    """bin/xenstored in the foreground on a TDB in ``directory`` (or ``database``); a Daemon once it answers."""
    folder = os.path.join(directory, name)
    os.makedirs(folder, exist_ok=True)
    socket_path = os.path.join(folder, "socket")
    database = database or os.path.join(folder, "tdb")
    process = subprocess.Popen([sys.executable, XENSTORED, "--socket", socket_path, "--database", database]
                               + list(args))
    wait_ready(socket_path, process)

    def stop():
        process.terminate()
        if process.wait(timeout=60) != 0:
            raise RuntimeError("bin/xenstored exited %d" % process.returncode)
    return Daemon("ours", socket_path, process.pid, stop)


def wait_ready(socket_path, process=None, timeout=60):
    """Return once the daemon at ``socket_path`` answers a request (GET_DOMAIN_PATH)."""
    deadline = time.monotonic() + timeout
    while True:
        if process is not None and process.poll() is not None:
            raise RuntimeError("the daemon exited %d before answering" % process.returncode)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(socket_path)
            sock.sendall(encode(Op.GET_DOMAIN_PATH, 1, 0, b"0\0"))
            if sock.recv(4096):
                return
        except OSError:
            pass
        finally:
            sock.close()
        if time.monotonic() > deadline:
            raise RuntimeError("no daemon answered on %s within %d s" % (socket_path, timeout))
        time.sleep(0.001)


class Reference:
    """The real C xenstored via ref-xenstored: started on demand, or why it cannot be."""

    def __init__(self):
        self.reason = None
        self.version = None
        if not os.path.exists(REF_TOOL):
            self.reason = "%s is missing" % REF_TOOL
        elif os.geteuid() != 0:
            self.reason = "ref-xenstored setup needs root"
        else:
            setup = subprocess.run([REF_TOOL, "setup"], capture_output=True, text=True, check=False)
            if setup.returncode != 0:
                self.reason = "ref-xenstored setup failed: %s" % setup.stderr.strip()[-300:]
            else:
                cache = subprocess.run([REF_TOOL, "path"], capture_output=True, text=True, check=False)
                try:
                    with open(os.path.join(cache.stdout.strip(), "debs", "VERSION"), encoding="utf-8") as handle:
                        self.version = "C xenstored %s" % handle.read().strip()
                except OSError:
                    self.version = "C xenstored (version unknown)"

    @property
    def available(self):
        """True if C xenstored can be started here."""
        return self.reason is None

    def start(self, directory, name="ref"):
        """A Daemon, or None (``reason`` says why)."""
        if self.reason:
            return None
        folder = os.path.join(directory, name)
        os.makedirs(folder, exist_ok=True)
        socket_path = os.path.join(folder, "socket")
        started = subprocess.run([REF_TOOL, "start", "--socket", socket_path],
                                 capture_output=True, text=True, check=False)
        if started.returncode != 0:
            self.reason = "ref-xenstored start failed: %s" % (started.stdout + started.stderr).strip()[-300:]
            return None
        pid = started.stdout.strip()

        def stop():
            subprocess.run([REF_TOOL, "stop", "--pid", pid], capture_output=True, check=False)
        return Daemon(REFERENCE, socket_path, pid, stop)


# -- filling a store --------------------------------------------------------------

def write_all(daemon, items):
    """WRITE every (path, value) through the client API, pipelined (call_many), no transaction."""
    client = daemon.client()
    try:
        transport = client.backend.transport
        for start in range(0, len(items), 20000):
            chunk = items[start:start + 20000]
            replies = transport.call_many([(Op.WRITE, path.encode() + b"\0" + value, 0)
                                           for path, value in chunk])
            for reply in replies:
                if isinstance(reply, Exception):
                    raise reply
    finally:
        client.close()


def best(function, rounds):
    """The highest of ``rounds`` results of ``function()``."""
    return max(function() for _round in range(rounds))


def least(function, rounds):
    """The lowest of ``rounds`` results of ``function()``."""
    return min(function() for _round in range(rounds))


def run_clients(target, argument_lists, timeout=300):
    """``target(*arguments, barrier, results)`` in one forked process per argument list, all
    released together by the barrier; the tuples they put on ``results``, one per process."""
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(len(argument_lists))
    results = context.Queue()
    workers = [context.Process(target=target, args=tuple(arguments) + (barrier, results))
               for arguments in argument_lists]
    for worker in workers:
        worker.start()
    figures = [results.get(timeout=timeout) for _worker in workers]
    for worker in workers:
        worker.join()
    return figures


def rate(figures):
    """Operations/s of clients that ran side by side: all their operations over the longest elapsed
    time (each figure starts with its count and its elapsed seconds)."""
    return sum(figure[0] for figure in figures) / max(figure[1] for figure in figures)
