"""A hostile domain: a peer mapped with --uid-domid, acting as introduced domain 5.

Every attack is refused or cut off, the daemon's memory stays bounded (peak VmRSS sampled
from /proc/PID/status, and VmHWM), and a well-behaved dom0 client keeps being served
meanwhile (its round-trip latency is measured throughout). Figures go to the report.
"""

import select
import struct
import time

import pytest

from rel_support import (DOMAIN_ID, DOMAIN_UID, OTHER_UID, LatencyProbe, RssSampler, XsError, closed_by_peer,
                         connect_as_uid, connect_many_as, connect_retry, control_check, cpu_seconds,
                         daemon_log_problems, domain_args, make_home, offline_integrity, record, rss_kb, scaled,
                         well_behaved_round_trip)
from rel_support import rel_daemon, rel_workdir  # noqa: F401  (pytest fixtures)  pylint: disable=unused-import

HEADER = struct.Struct("=IIII")
WRITE, READ, WATCH, TRANSACTION_START, ERROR = 11, 2, 4, 6, 16
HOME = "/local/domain/%d" % DOMAIN_ID
# The daemon's per-domain limits (daemon/connection.py, quota.py defaults).
DOMAIN_CONNECTIONS_MAX = 32
MEMORY_QUOTA = 2621440
# Bounds asserted: the daemon's RSS may grow at most this much under one attack, and a
# well-behaved round trip may take at most this long.
RSS_GROWTH_MAX_KB = 96 * 1024
LATENCY_MAX_MS = 1500


def frame(msg_type, req_id, payload, tx_id=0):
    return HEADER.pack(msg_type, req_id, tx_id, len(payload)) + payload


@pytest.fixture
def hostile(rel_daemon):
    """A daemon mapping DOMAIN_UID to domain 5 (introduced, home owned by it)."""
    daemon = rel_daemon(*domain_args())
    with daemon.connect() as dom0:
        make_home(dom0, DOMAIN_ID)
        make_home(dom0, 6)
    return daemon


def _finish(daemon, name, rss, probe, base_kb):
    """Common end of an attack: served throughout, bounded memory, clean check and exit."""
    probe.check(LATENCY_MAX_MS)
    growth = rss.peak - base_kb
    count, median, p99, worst = probe.summary()
    record("hostile %s: peak daemon RSS" % name, rss.peak, "KiB", "%+d KiB over the idle daemon" % growth)
    record("hostile %s: well-behaved latency" % name, round(median, 2), "ms median",
           "p99 %.1f ms, max %.1f ms, %d round trips" % (p99, worst, count))
    assert growth < RSS_GROWTH_MAX_KB, "daemon RSS grew by %d KiB (limit %d)" % (growth, RSS_GROWTH_MAX_KB)
    well_behaved_round_trip(daemon.socket, name.replace(" ", "-"))
    control_check(daemon.socket)
    assert not daemon_log_problems(daemon), daemon_log_problems(daemon)
    daemon.stop_cleanly()
    offline_integrity(daemon.database)


def _pipeline(conn, frames):
    """Send ``frames`` at once and read one reply each (events kept aside); the replies."""
    conn.send_raw(b"".join(frames))
    return [conn.reply() for _unused in frames]


def test_beyond_quota_nodes_and_oversized_values(hostile):
    daemon = hostile
    base = rss_kb(daemon.pid)
    with RssSampler(daemon.pid) as rss, LatencyProbe(daemon.socket) as probe:
        with daemon.connect_as(DOMAIN_UID) as dom:
            # Far more nodes than the quota, pipelined (50 per directory: a parent's record,
            # child list included, must stay under node-size too): beyond it, ENOSPC.
            count = scaled(1500, 5000)
            replies = _pipeline(dom, [frame(WRITE, n + 1, b"%s/d%d/n%d\0x" % (HOME.encode(), n // 50, n))
                                      for n in range(count)])
            ok = sum(1 for r in replies if r.type == WRITE)
            refused = [r.payload for r in replies if r.type == ERROR]
            assert set(refused) == {b"ENOSPC\0"}, set(refused)
            assert 900 < ok < 1000, "%d writes succeeded" % ok
            # The same inside a transaction: refused at the quota, nothing committed.
            tx = dom.start()
            replies = _pipeline(dom, [frame(WRITE, n + 1, b"%s/t%d\0x" % (HOME.encode(), n), tx) for n in range(50)])
            assert all(r.type == ERROR and r.payload == b"ENOSPC\0" for r in replies)
            assert dom.end(tx) == b"OK\0"
            assert dom.error(READ, b"%s/t0\0" % HOME.encode()) == "ENOENT"
            # Oversized values: over the node-size quota -> ENOSPC; over the message limit -> cut off.
            dom.rm("%s/d0" % HOME)
            assert dom.error(WRITE, b"%s/big\0" % HOME.encode() + b"v" * 2100) == "ENOSPC"
            assert dom.error(WRITE, b"%s/big\0" % HOME.encode() + b"v" * 4070) == "ENOSPC"
            dom.write("%s/fits" % HOME, b"v" * 1900)
            dom.send(WRITE, b"%s/huge\0" % HOME.encode() + b"v" * 5000)
            dom.expect_closed()
        with daemon.connect() as dom0:
            usage = dom0.control("quota", "%d" % DOMAIN_ID).decode()
            assert "nodes           :      950" in usage, usage     # 1000 less the 50 + 1 of d0
            # dom0 is exempt from the node quota and node size.
            dom0.write("%s/from-dom0" % HOME, b"w" * 4000)
    _finish(daemon, "node quota", rss, probe, base)
    record("hostile node quota: nodes refused", count - ok, "writes", "ENOSPC beyond %d nodes" % 1000)


def test_too_many_watches_and_transactions(hostile):
    daemon = hostile
    base = rss_kb(daemon.pid)
    with RssSampler(daemon.pid) as rss, LatencyProbe(daemon.socket) as probe:
        with daemon.connect_as(DOMAIN_UID) as first, daemon.connect_as(DOMAIN_UID) as second:
            # Watches: the quota (128, C's '>' check lets one more in) binds the domain.
            replies = _pipeline(first, [frame(WATCH, n + 1, b"%s\0tok%d-%s\0" % (HOME.encode(), n, b"t" * 2000))
                                        for n in range(300)])
            ok = sum(1 for r in replies if r.type == WATCH)
            assert ok == 129 and all(r.payload == b"E2BIG\0" for r in replies if r.type == ERROR), ok
            assert second.error(WATCH, b"%s\0other\0" % HOME.encode()) == "E2BIG"
            # Transactions: 10 (and C's one more) per domain, whichever connection asks.
            replies = _pipeline(first, [frame(TRANSACTION_START, n + 1, b"\0") for n in range(20)])
            assert sum(1 for r in replies if r.type == TRANSACTION_START) == 11
            assert second.error(TRANSACTION_START, b"\0") == "ENOSPC"
            # Many nodes in each open transaction: bounded by transaction-nodes and node-size.
            txs = [int(r.payload[:-1]) for r in replies if r.type == TRANSACTION_START]
            for tx in txs:
                replies = _pipeline(first, [frame(WRITE, n + 1, b"%s/x%d\0%s" % (HOME.encode(), n, b"v" * 1900), tx)
                                            for n in range(1100)])
                assert {r.payload for r in replies if r.type == ERROR} <= {b"ENOSPC\0"}
        # Their connections gone, the domain may start transactions again.
        with daemon.connect_as(DOMAIN_UID) as again:
            assert again.start() == 1
    _finish(daemon, "watches and transactions", rss, probe, base)


def _flood_without_reading(socks, chunk, limit):
    """Send ``chunk`` over and over on every socket without reading, until the daemon stops
    reading each (its socket stays unwritable for 0.5 s) or ``limit`` bytes went through;
    the number of sockets the daemon stopped reading."""
    pending = {sock: [memoryview(chunk), 0] for sock in socks}
    for sock in socks:
        sock.setblocking(False)
    stalled = 0
    while pending:
        for sock, state in list(pending.items()):
            try:
                while state[1] < limit:
                    count = sock.send(state[0])
                    state[1] += count
                    state[0] = state[0][count:] or memoryview(chunk)
                del pending[sock]       # the daemon read all of it
            except BlockingIOError:
                pass
        if not pending:
            break
        _r, writable, _x = select.select([], list(pending), [], 0.5)
        for sock in set(pending) - set(writable):
            del pending[sock]
            stalled += 1
    return stalled


def test_never_reading_replies(hostile):
    daemon = hostile
    with daemon.connect() as dom0:
        dom0.write("%s/big" % HOME, b"x" * 1900)
    base = rss_kb(daemon.pid)
    conns = connect_many_as(daemon.socket, DOMAIN_UID, DOMAIN_CONNECTIONS_MAX)
    chunk = b"".join(frame(READ, n, b"%s/big\0" % HOME.encode()) for n in range(500))
    with RssSampler(daemon.pid) as rss, LatencyProbe(daemon.socket) as probe:
        stalled = _flood_without_reading(conns, chunk, 8 * 1024 * 1024)
        assert stalled == len(conns), "the daemon kept reading from %d clients that read nothing" % (
            len(conns) - stalled)
        time.sleep(scaled(1, 5))
        # Once they read, the replies come, in order.
        sock = conns[0]
        sock.setblocking(True)
        sock.settimeout(10)
        data = b""
        while len(data) < 100 * (16 + 1900):
            data += sock.recv(1 << 20)
        for n in range(100):
            assert HEADER.unpack_from(data, n * (16 + 1900)) == (READ, n % 500, 0, 1900)
    for sock in conns:
        sock.close()
    record("hostile never-reading: connections", len(conns), "connections",
           "each stopped being read once its replies were unread")
    _finish(daemon, "never reading", rss, probe, base)


def test_watch_event_flood_without_reading(hostile):
    daemon = hostile
    base = rss_kb(daemon.pid)
    watchers = [connect_as_uid(daemon.socket, DOMAIN_UID) for _unused in range(DOMAIN_CONNECTIONS_MAX - 1)]
    for index, watcher in enumerate(watchers):
        for token in range(4):      # 124 watches in all: within the quota
            watcher.watch(HOME, "w%d.%d-%s" % (index, token, "t" * 1500))
        watcher.sync()
        watcher.events.clear()
    name = "n" * 1500
    rounds = scaled(400, 2000)
    began = time.monotonic()
    with RssSampler(daemon.pid) as rss, LatencyProbe(daemon.socket) as probe:
        with daemon.connect_as(DOMAIN_UID) as writer:
            for index in range(rounds):
                path = "%s/%s%d" % (HOME, name, index)   # distinct paths: no event is a duplicate
                writer.write(path, "v")
                writer.rm(path)
        elapsed = time.monotonic() - began
    cut = sum(closed_by_peer(watcher.sock, 2.0) for watcher in watchers)
    for watcher in watchers:
        watcher.close()
    assert cut == len(watchers), "only %d of %d watchers that never read were cut off" % (cut, len(watchers))
    record("hostile watch flood: events caused", rounds * 2 * len(watchers) * 4, "events",
           "%d watchers x 4 watches, %.1f s; all watchers cut off at the domain's %d-byte quota"
           % (len(watchers), elapsed, MEMORY_QUOTA))
    _finish(daemon, "watch flood", rss, probe, base)


def test_partial_headers_and_thousands_of_idle_connections(hostile):
    daemon = hostile
    base = rss_kb(daemon.pid)
    attempts = scaled(400, 3000)
    idle_dom0 = scaled(500, 3000)
    with RssSampler(daemon.pid) as rss, LatencyProbe(daemon.socket) as probe:
        # The domain holds partial headers open on as many connections as it can.
        half = connect_many_as(daemon.socket, DOMAIN_UID, attempts, prefix=frame(READ, 1, b"/x\0")[:9])
        time.sleep(1.0)
        refused = sum(closed_by_peer(sock) for sock in half)
        assert refused == attempts - DOMAIN_CONNECTIONS_MAX, (
            "%d of %d connections refused (limit %d per domain)" % (refused, attempts, DOMAIN_CONNECTIONS_MAX))
        # Another mapped domain is not affected by domain 5's connections.
        with daemon.connect() as dom0:
            make_home(dom0, 7)
        # Thousands of idle dom0 connections are accepted (dom0 is trusted, as in C).
        idle = [connect_retry(daemon.socket) for _unused in range(idle_dom0)]
        time.sleep(0.5)
        assert not any(closed_by_peer(sock) for sock in idle)
        with_idle = rss_kb(daemon.pid)
        well_behaved_round_trip(daemon.socket, "idle")
        kept = [sock for sock in half if not closed_by_peer(sock)]
        assert len(kept) == DOMAIN_CONNECTIONS_MAX
        for sock in half + idle:
            sock.close()
    record("hostile idle connections: domain refused", refused, "connections",
           "of %d attempts; %d partial-header connections held" % (attempts, DOMAIN_CONNECTIONS_MAX))
    record("hostile idle connections: dom0 idle", idle_dom0, "connections",
           "daemon RSS %d KiB with them (%+d KiB, %.1f KiB each)"
           % (with_idle, with_idle - base, (with_idle - base) / float(idle_dom0)))
    _finish(daemon, "idle connections", rss, probe, base)


def test_out_of_file_descriptors(rel_daemon):
    """With its descriptor limit reached the daemon refuses new peers without spinning."""
    daemon = rel_daemon(prefix=("prlimit", "--nofile=128:128", "--"))
    socks = [connect_retry(daemon.socket) for _unused in range(250)]
    time.sleep(0.5)
    refused = sum(closed_by_peer(sock) for sock in socks)
    assert refused >= 100, "only %d of 250 connections refused with 128 descriptors" % refused
    window = scaled(1.0, 5.0)
    before = cpu_seconds(daemon.pid)
    time.sleep(window)
    busy = cpu_seconds(daemon.pid) - before
    assert busy < 0.25 * window, "the daemon used %.2f s of CPU in %.0f s, idle at its fd limit" % (busy, window)
    for sock in socks:
        sock.close()
    time.sleep(0.5)
    latency = well_behaved_round_trip(daemon.socket, "after-fds")
    record("hostile fd limit: connections refused", refused, "connections",
           "of 250 with 128 descriptors; %.2f s CPU over %.0f s at the limit; served %.1f ms after"
           % (busy, window, latency * 1000))
    assert "out of file descriptors" in daemon.stderr()


def test_all_attacks_at_once(hostile):
    """Watch flood, unread replies, partial headers and quota abuse together, from two domains."""
    daemon = hostile
    with daemon.connect() as dom0:
        dom0.write("%s/big" % HOME, b"x" * 1900)
        dom0.set_perms("%s/big" % HOME, "n%d" % DOMAIN_ID, "r6")
    base = rss_kb(daemon.pid)
    watchers = [connect_as_uid(daemon.socket, DOMAIN_UID) for _unused in range(8)]
    for index, watcher in enumerate(watchers):
        watcher.watch(HOME, "w%d-%s" % (index, "t" * 1500))
        watcher.watch("/", "root%d" % index)
    readers = connect_many_as(daemon.socket, OTHER_UID, DOMAIN_CONNECTIONS_MAX)
    chunk = b"".join(frame(READ, n, b"%s/big\0" % HOME.encode()) for n in range(300))
    rounds = scaled(300, 1500)
    writer = connect_as_uid(daemon.socket, DOMAIN_UID, timeout=30)
    with RssSampler(daemon.pid) as rss, LatencyProbe(daemon.socket) as probe:
        # Partial headers on every connection the domain may still open (and refused beyond).
        half = connect_many_as(daemon.socket, DOMAIN_UID, 100, prefix=b"\x02\0\0")
        _flood_without_reading(readers, chunk, 4 * 1024 * 1024)
        with writer:
            for index in range(rounds):
                path = "%s/%s%d" % (HOME, "m" * 1500, index)
                try:
                    writer.write(path, "v")
                    writer.rm(path)
                except XsError as error:
                    assert error.name == "ENOSPC"
        for sock in half + readers:
            sock.close()
    for watcher in watchers:
        watcher.close()
    _finish(daemon, "all attacks at once", rss, probe, base)
