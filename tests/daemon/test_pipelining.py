"""Many requests in flight on one connection; a client that never reads its replies."""

import random
import select
import socket
import time

from xs_harness import (DIRECTORY, ERROR, GET_PERMS, HEADER, READ, TRANSACTION_END, TRANSACTION_START, WATCH,
                        WATCH_EVENT, WRITE)


def frame(msg_type, req_id, payload, tx_id=0):
    return HEADER.pack(msg_type, req_id, tx_id, len(payload)) + payload


def test_thousand_requests_at_once_are_answered_in_order(conn):
    rng = random.Random(4217)
    req_ids = rng.sample(range(1, 1 << 31), 1000)       # arbitrary ids: each must be echoed
    values, requests, expected = {}, [], []
    for n, req_id in enumerate(req_ids):
        key = b"/pipe/k%d" % (n % 37)
        kind = n % 5
        if kind == 0:
            values[key] = b"v%d" % n
            requests.append(frame(WRITE, req_id, key + b"\0" + values[key]))
            expected.append((WRITE, req_id, b"OK\0"))
        elif kind in (1, 2):                              # sees every earlier write
            requests.append(frame(READ, req_id, key + b"\0"))
            expected.append((READ, req_id, values[key]) if key in values else (ERROR, req_id, b"ENOENT\0"))
        elif kind == 3:
            requests.append(frame(GET_PERMS, req_id, key + b"\0"))
            expected.append((GET_PERMS, req_id, b"n0\0") if key in values else (ERROR, req_id, b"ENOENT\0"))
        else:
            requests.append(frame(99, req_id, b""))
            expected.append((ERROR, req_id, b"ENOSYS\0"))
    conn.send_raw(b"".join(requests))                    # ~20 KB in one go
    got = [conn.recv() for _unused in expected]
    assert [(m.type, m.req_id, m.payload) for m in got] == expected
    assert all(m.tx_id == 0 for m in got)
    assert conn.no_more_messages()


def test_pipelined_transaction_and_events(conn):
    """A transaction started and used without waiting; events come before the write's reply (C order)."""
    conn.send_raw(frame(WATCH, 1, b"/pt\0tok\0")
                  + frame(TRANSACTION_START, 2, b"\0")
                  + frame(WRITE, 3, b"/pt/a\0in-tx", tx_id=1)
                  + frame(READ, 4, b"/pt/a\0")
                  + frame(TRANSACTION_END, 5, b"T\0", tx_id=1)
                  + frame(READ, 6, b"/pt/a\0")
                  + frame(WRITE, 7, b"/pt/b\0direct")
                  + frame(DIRECTORY, 8, b"/pt\0"))
    got = [conn.recv() for _unused in range(11)]
    assert [(m.type, m.req_id, m.tx_id, m.payload) for m in got] == [
        (WATCH, 1, 0, b"OK\0"),
        (WATCH_EVENT, 0, 0, b"/pt\0tok\0"),
        (TRANSACTION_START, 2, 0, b"1\0"),
        (WRITE, 3, 1, b"OK\0"),
        (ERROR, 4, 0, b"ENOENT\0"),                 # not visible outside before the commit
        (WATCH_EVENT, 0, 0, b"/pt/a\0tok\0"),
        (TRANSACTION_END, 5, 1, b"OK\0"),
        (READ, 6, 0, b"in-tx"),
        (WATCH_EVENT, 0, 0, b"/pt/b\0tok\0"),
        (WRITE, 7, 0, b"OK\0"),
        (DIRECTORY, 8, 0, b"a\0b\0"),
    ]


def test_client_that_never_reads(daemon):
    """Flood big-reply requests without reading: memory stays bounded, others are served."""
    with daemon.connect() as setup:
        setup.write("/flood/big", b"x" * 4000)              # each READ answers 4016 bytes
    with daemon.connect() as warm:                           # warm the daemon's code paths
        warm.send_raw(frame(READ, 1, b"/flood/big\0") * 200)
        for _unused in range(200):
            warm.recv()
    time.sleep(0.1)
    rss_before = daemon.rss_kb()

    flooder = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    flooder.connect(str(daemon.socket))
    flooder.setblocking(False)
    chunk = b"".join(frame(READ, n, b"/flood/big\0") for n in range(1000))   # 27 KB, 1000 requests
    sent, limit = 0, 2 * 1024 * 1024            # 2 MB of requests would be ~300 MB of replies
    pending = memoryview(chunk)
    stalled = False
    while sent < limit:
        try:
            n = flooder.send(pending)
        except BlockingIOError:
            _readable, writable, _failed = select.select([], [flooder], [], 1.0)
            if not writable:
                stalled = True                  # the daemon stopped reading this connection
                break
            continue
        sent += n
        pending = pending[n:]
        if not pending:
            pending = memoryview(chunk)
    assert stalled, "the daemon read %d bytes of requests from a client that reads no replies" % sent

    # Others are still served, promptly.
    with daemon.connect(timeout=5) as other:
        start = time.monotonic()
        for i in range(20):
            other.write("/flood/other%d" % i, "x")
            assert other.read("/flood/other%d" % i) == b"x"
        assert time.monotonic() - start < 5
    rss_after = daemon.rss_kb()
    assert rss_after - rss_before < 64 * 1024, "RSS grew from %d kB to %d kB" % (rss_before, rss_after)

    # Nothing was lost: once the client reads, every reply comes, in order.
    flooder.setblocking(True)
    flooder.settimeout(10)
    requests_sent = sent // len(frame(READ, 0, b"/flood/big\0"))
    reply_size = HEADER.size + 4000
    received = bytearray()
    want = requests_sent * reply_size
    while len(received) < want:
        data = flooder.recv(1 << 20)
        assert data, "connection closed after %d of %d bytes" % (len(received), want)
        received += data
    for n in range(0, requests_sent, 97):
        msg_type, req_id, tx_id, length = HEADER.unpack_from(received, n * reply_size)
        assert (msg_type, req_id, tx_id, length) == (READ, n % 1000, 0, 4000)
    flooder.close()


def test_many_clients_at_once(daemon):
    """300 connections open together, each with requests in flight, all answered."""
    conns = [daemon.connect() for _unused in range(300)]
    try:
        for n, conn in enumerate(conns):
            conn.send_raw(frame(WRITE, n, b"/many/c%03d\0%d" % (n, n)) + frame(READ, n + 1, b"/many/c%03d\0" % n))
        for n, conn in enumerate(conns):
            assert conn.recv() == (WRITE, n, 0, b"OK\0")
            assert conn.recv() == (READ, n + 1, 0, b"%d" % n)
        # Closing half of them leaves the rest working.
        for conn in conns[::2]:
            conn.close()
        for conn in conns[1::2]:
            conn.sync()
    finally:
        for conn in conns:
            conn.close()
    with daemon.connect() as conn:
        assert len(conn.directory("/many")) == 300
