"""Durable writes: bin/xenstored --fsync always (group commit) against one synced TDB commit per write.

Ours: CLIENTS processes, each with one connection keeping DEPTH WRITEs in flight
(as the client API's ``call_many`` does), against a daemon started with
``--fsync always``: every reply is sent after the TDB transaction holding that
write was committed and flushed, and one flush serves all the writes that
arrived in the same loop iteration. Baseline: raw tdb in the same directory,
each write its own transaction with a synced commit (no NOSYNC), which is what a
durable write costs without group commit.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import connect, rate, run_clients, start_ours  # noqa: E402

from xenstore.wire import HEADER, Op, encode  # noqa: E402

import tdb  # noqa: E402  (Debian's python3-tdb)

from xenstore.database import DEFAULT_HASH_SIZE  # noqa: E402
from xenstore.node import Node  # noqa: E402
from xenstore.perms import Permissions  # noqa: E402

PATH = "/bench/durable/client%d/key%06d"
VALUE = b"durable-%06d"
REPLY = HEADER.size + 3      # "OK\0"


def raw_synced_commits(directory, writes):
    """Raw tdb writes/s, one store and one synced transaction commit each."""
    path = os.path.join(directory, "raw-durable.tdb")
    database = tdb.Tdb(path, DEFAULT_HASH_SIZE, tdb.DEFAULT, os.O_RDWR | os.O_CREAT, 0o600)
    records = [Node(1, Permissions([(0, 0)]), VALUE % index).encode() for index in range(writes)]
    keys = [(PATH % (0, index)).encode() for index in range(writes)]
    start = time.perf_counter()
    for key, record in zip(keys, records):
        database.transaction_start()
        database.store(key, record)
        database.transaction_commit()
    elapsed = time.perf_counter() - start
    database.close()
    os.unlink(path)
    return writes / elapsed


def _writer(socket_path, client, writes, depth, barrier, results):
    sock = connect(socket_path)
    stream = b"".join(encode(Op.WRITE, index + 1, 0, (PATH % (client, index)).encode() + b"\0" + VALUE % index)
                      for index in range(writes))
    offsets = [0]
    for index in range(writes):
        offsets.append(offsets[-1] + HEADER.size + len(PATH % (client, index)) + 1 + len(VALUE % index))
    view = memoryview(stream)
    barrier.wait()
    start = time.perf_counter()
    sent = min(depth, writes)
    sock.sendall(view[:offsets[sent]])
    received = 0
    total = writes * REPLY
    while received < total:
        data = sock.recv(262144)
        if not data:
            raise RuntimeError("the daemon closed the connection")
        received += len(data)
        wanted = min(writes, received // REPLY + depth)
        if wanted > sent:
            sock.sendall(view[offsets[sent]:offsets[wanted]])
            sent = wanted
    elapsed = time.perf_counter() - start
    sock.close()
    results.put((writes, elapsed))


def daemon_writes(daemon, clients, depth, writes_per_client):
    """WRITEs/s of ``clients`` processes, each keeping ``depth`` writes in flight."""
    return rate(run_clients(_writer, [(daemon.socket, index, writes_per_client, depth) for index in range(clients)],
                            timeout=600))


def figures(directory, clients, depth, writes_per_client, baseline_writes, rounds):
    """(ours pipelined, ours one write in flight per client, baseline), writes/s, best of ``rounds``."""
    ours = single = baseline = 0.0
    for round_index in range(rounds):
        # The disk is shared: the baseline is sampled just before and just after ours.
        baseline = max(baseline, raw_synced_commits(directory, baseline_writes))
        daemon = start_ours(directory, "durable%d" % round_index, args=("--fsync", "always"))
        try:
            ours = max(ours, daemon_writes(daemon, clients, depth, writes_per_client))
            single = max(single, daemon_writes(daemon, clients, 1, max(1, writes_per_client // 10)))
        finally:
            daemon.stop()
        baseline = max(baseline, raw_synced_commits(directory, baseline_writes))
    return ours, single, baseline
