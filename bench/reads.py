"""Daemon READ throughput: sequential round trips, and pipelined READs from 8 clients.

Both daemons hold the same KEYS nodes and get the same requests from the same
client code. Sequential: one connection, one READ at a time, through the
project's client API (``XenStoreClient.read``, what the modules and tools do).
Pipelined: CLIENTS processes, each with one connection that always has DEPTH
READs in flight. Every value has the same length, so replies are counted from
the byte stream without parsing: the load generator costs little CPU and the
daemon's share of the two cores is what is measured.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import connect, rate, run_clients, write_all  # noqa: E402

from xenstore.wire import HEADER, Op, encode  # noqa: E402

KEYS = 1000
PATH = "/bench/read/key%06d"
VALUE = b"value-%06d"


def populate(daemon):
    """KEYS nodes of equal value length."""
    write_all(daemon, [(PATH % index, VALUE % index) for index in range(KEYS)])


def sequential(daemon, count):
    """READ round trips/s over one connection through the client API."""
    client = daemon.client()
    paths = [PATH % (index % KEYS) for index in range(count)]
    read = client.read
    start = time.perf_counter()
    for path in paths:
        read(path)
    elapsed = time.perf_counter() - start
    client.close()
    return count / elapsed


def _pipeline_client(socket_path, reads, depth, offset, cpu, barrier, results):
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    sock = connect(socket_path)
    request_size = HEADER.size + len(PATH % 0) + 1
    reply_size = HEADER.size + len(VALUE % 0)
    stream = b"".join(encode(Op.READ, index + 1, 0, (PATH % ((offset + index) % KEYS)).encode() + b"\0")
                      for index in range(reads))
    assert len(stream) == reads * request_size
    # Warm-up: one full window, replies checked for their size (an error reply would differ).
    sock.sendall(stream[:depth * request_size])
    received = 0
    while received < depth * reply_size:
        received += len(sock.recv(262144))
    if received != depth * reply_size:
        raise RuntimeError("unexpected replies from %s" % socket_path)
    view = memoryview(stream)
    barrier.wait()
    start = time.perf_counter()
    sent = min(depth, reads)
    sock.sendall(view[:sent * request_size])
    received = 0
    total = reads * reply_size
    recv = sock.recv
    while received < total:
        received += len(recv(262144))
        # Keep DEPTH in flight: send one request per reply completed.
        wanted = min(reads, received // reply_size + depth)
        if wanted > sent:
            sock.sendall(view[sent * request_size:wanted * request_size])
            sent = wanted
    results.put((reads, time.perf_counter() - start))
    sock.close()


def pipelined(daemon, clients, depth, reads_per_client, cpu=None):
    """READs/s with ``clients`` processes each keeping ``depth`` requests outstanding (on ``cpu``)."""
    arguments = [(daemon.socket, reads_per_client, depth, index * 97, cpu) for index in range(clients)]
    return rate(run_clients(_pipeline_client, arguments))
