"""Daemon mixed load: 70% READ, 25% WRITE, 5% transactions, CLIENTS clients, default settings.

Each client is a process with one connection making one request at a time (as
libxenstore does), drawing its operations from a seeded generator: the same
sequence against both daemons. A READ reads one of KEYS shared nodes; a WRITE
overwrites one of the client's own nodes; a transaction is TRANSACTION_START,
READ and WRITE of one of its own nodes, TRANSACTION_END (rerun from the start
on EAGAIN). The figure is operations/s over all clients (a transaction counts
as one operation).
"""

import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import Op, Wire, rate, run_clients, write_all  # noqa: E402

KEYS = 1000
OWN_KEYS = 100
SHARED = "/bench/mixed/shared/key%04d"
OWN = "/bench/mixed/client%d/key%03d"


def populate(daemon, clients):
    """The shared nodes and every client's own nodes."""
    items = [(SHARED % index, b"shared-%04d" % index) for index in range(KEYS)]
    items += [(OWN % (client, index), b"own") for client in range(clients) for index in range(OWN_KEYS)]
    write_all(daemon, items)


def operations(client, count):
    """The client's (kind, payload...) sequence, the same for every daemon."""
    generator = random.Random(client)
    result = []
    for index in range(count):
        draw = generator.random()
        if draw < 0.70:
            result.append(("read", (SHARED % generator.randrange(KEYS)).encode() + b"\0"))
        else:
            path = (OWN % (client, generator.randrange(OWN_KEYS))).encode()
            value = b"value-%d-%08d" % (client, index)
            result.append(("write" if draw < 0.95 else "transaction", path, value))
    return result


def _client(socket_path, client, count, barrier, results):
    wire = Wire(socket_path)
    ops = operations(client, count)
    call = wire.call
    failures = conflicts = 0
    barrier.wait()
    start = time.perf_counter()
    for op in ops:
        kind = op[0]
        if kind == "read":
            failures += call(Op.READ, op[1])[0] == Op.ERROR
        elif kind == "write":
            failures += call(Op.WRITE, op[1] + b"\0" + op[2])[0] == Op.ERROR
        else:
            while True:
                reply_type, reply = call(Op.TRANSACTION_START, b"\0")
                tx = int(reply.rstrip(b"\0"))
                call(Op.READ, op[1] + b"\0", tx)
                call(Op.WRITE, op[1] + b"\0" + op[2], tx)
                reply_type, reply = call(Op.TRANSACTION_END, b"T\0", tx)
                if reply_type != Op.ERROR:
                    break
                if reply != b"EAGAIN\0":
                    failures += 1
                    break
                conflicts += 1
    results.put((count, time.perf_counter() - start, failures, conflicts))
    wire.close()


def mixed(daemon, clients, ops_per_client):
    """Operations/s of ``clients`` processes; RuntimeError if a request failed."""
    figures = run_clients(_client, [(daemon.socket, index, ops_per_client) for index in range(clients)])
    failures = sum(figure[2] for figure in figures)
    if failures:
        raise RuntimeError("%d requests failed against %s" % (failures, daemon.name))
    return rate(figures)
