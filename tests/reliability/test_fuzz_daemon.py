"""Socket fuzzing of bin/xenstored: malformed and random messages over many connections.

SHORT mode sends about 60,000 messages, FULL mode (XS_RELIABILITY=full) at least
1,000,000, in bursts from several processes (dom0 on the main socket, an unprivileged
domain, the read-only socket), with half-open slow clients held open meanwhile. Between
bursts a well-behaved client must get every answer right; a probe measures its latency
throughout. Afterwards CONTROL check passes, the daemon exits 0 on SIGTERM, its log shows
no internal error, and the database passes an offline integrity check.
"""

import os
import signal
import time

import fuzz_wire
from rel_support import (DOMAIN_ID, DOMAIN_UID, LatencyProbe, RssSampler, control_check, daemon_log_problems,
                         domain_args, make_home, offline_integrity, record, scaled, well_behaved_round_trip)
from rel_support import rel_daemon, rel_workdir  # noqa: F401  (pytest fixtures)  pylint: disable=unused-import

TOTAL = scaled(60_000, 1_000_000)
BURSTS = scaled(3, 10)
SLOW_CLIENTS = scaled(40, 400)
TIME_LIMIT = scaled(45, 420)            # seconds for all bursts together


def _slow_clients(path, count, seconds):
    """A child process holding ``count`` half-open connections; returns once they are open."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:                                       # pragma: no cover (child)
        code = 1
        try:
            os.close(read_fd)
            fuzz_wire.slow_clients(path, count, seconds, fuzz_wire.Stats(),
                                   ready=lambda: os.write(write_fd, b"ready"))
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        assert pipe.read(5) == b"ready", "the slow clients could not connect"
    return pid


def test_million_malformed_messages(rel_daemon):
    daemon = rel_daemon(*domain_args())
    with daemon.connect() as dom0:
        make_home(dom0, DOMAIN_ID)
        make_home(dom0, 6)
        dom0.write("/fuzz/seed", "x")
    deadline = time.monotonic() + TIME_LIMIT
    per_burst = TOTAL // BURSTS
    totals = {}
    checks = []
    began = time.monotonic()
    with RssSampler(daemon.pid) as rss, LatencyProbe(daemon.socket, interval=0.1) as probe:
        slow = _slow_clients(str(daemon.socket), SLOW_CLIENTS, TIME_LIMIT)
        for burst in range(BURSTS):
            seed = burst * 100
            jobs = [
                dict(path=str(daemon.socket), seed=seed + 1, messages=per_burst * 30 // 100,
                     frames_per_conn=400, deadline=deadline),
                dict(path=str(daemon.socket), seed=seed + 2, messages=per_burst * 30 // 100,
                     frames_per_conn=100, deadline=deadline),
                dict(path=str(daemon.socket), seed=seed + 3, messages=per_burst * 25 // 100,
                     frames_per_conn=200, deadline=deadline, privileged=False, uid=DOMAIN_UID),
                dict(path=str(daemon.socket_ro), seed=seed + 4, messages=per_burst * 15 // 100,
                     frames_per_conn=300, deadline=deadline),
            ]
            result = fuzz_wire.run_workers(jobs)
            for name, value in result.items():
                if name != "problems":
                    totals[name] = totals.get(name, 0) + value
            assert not result["bad"], "burst %d: %s" % (burst, result["problems"])
            assert daemon.running, "xenstored died in burst %d:\n%s" % (burst, daemon.stderr()[-4000:])
            checks.append(well_behaved_round_trip(daemon.socket, "burst%d" % burst))
            # Domain 5 may have been released by the fuzz: introduce it again for the next burst.
            with daemon.connect() as dom0:
                make_home(dom0, DOMAIN_ID)
        elapsed = time.monotonic() - began
        os.kill(slow, signal.SIGKILL)       # the half-open clients hang up
        os.waitpid(slow, 0)
    assert totals["frames"] >= TOTAL * 0.99, "only %d of %d messages within %d s" % (
        totals["frames"], TOTAL, TIME_LIMIT)
    probe.check(max_ms=scaled(2000, 2000))
    control_check(daemon.socket)
    assert not daemon_log_problems(daemon), daemon_log_problems(daemon)
    daemon.stop_cleanly()
    nodes = offline_integrity(daemon.database)

    count, median, p99, worst = probe.summary()
    record("daemon fuzz messages", totals["frames"], "messages",
           "%d connections, %d bursts, %.0f s" % (totals["connections"], BURSTS, elapsed))
    record("daemon fuzz rate", round(totals["frames"] / elapsed), "messages/s", "4 client processes, 2 cores")
    record("daemon fuzz replies checked", totals["replies"], "replies",
           "%d errors, %d watch events" % (totals["errors"], totals["events"]))
    record("daemon fuzz connection killers", totals["overlong"] + totals["truncated"] + totals["garbage"],
           "connections", "%d over-long lengths, %d truncated frames, %d random streams (%d bytes)"
           % (totals["overlong"], totals["truncated"], totals["garbage"], totals["garbage_bytes"]))
    record("daemon fuzz half-open slow clients", SLOW_CLIENTS, "connections")
    record("daemon fuzz peak RSS", rss.peak, "KiB")
    record("daemon fuzz well-behaved latency", round(median, 2), "ms median",
           "p99 %.1f ms, max %.1f ms over %d round trips; between-burst checks max %.0f ms"
           % (p99, worst, count, max(checks) * 1000))
    record("daemon fuzz nodes after", nodes, "nodes", "integrity check clean")
