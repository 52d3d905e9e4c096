"""Diagnostic, not a row: daemon CPU time per request type, bin/xenstored against C xenstored.

    .venv/bin/python bench/op_cost.py [--count N]

One connection sends N requests of one kind, one at a time; the figure is the
daemon's CPU time (utime + stime from /proc) divided by N, next to the wall time
per round trip. It shows where a daemon row's time goes (docs/performance.md).
Kinds: READ of an existing node, WRITE overwriting a node, WRITE creating a node,
and a transaction (TRANSACTION_START, READ, WRITE, TRANSACTION_END).
"""

import argparse
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import Op, Reference, Wire, start_ours, write_all  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """utime + stime of ``pid``."""
    with open("/proc/%d/stat" % pid, encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def run_kind(wire, kind, count):
    """Send ``count`` operations of ``kind``."""
    call = wire.call
    for index in range(count):
        if kind == "read":
            call(Op.READ, b"/bench/cost/key%03d\0" % (index % 100))
        elif kind == "overwrite":
            call(Op.WRITE, b"/bench/cost/key%03d\0v%d" % (index % 100, index))
        elif kind == "new node":
            call(Op.WRITE, b"/bench/cost/new/key%d\0v%d" % (index, index))
        else:
            reply = call(Op.TRANSACTION_START, b"\0")[1]
            tx = int(reply.rstrip(b"\0"))
            call(Op.READ, b"/bench/cost/key001\0", tx)
            call(Op.WRITE, b"/bench/cost/key001\0t%d" % index, tx)
            call(Op.TRANSACTION_END, b"T\0", tx)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000, help="requests per kind (default 10000)")
    args = parser.parse_args()
    directory = tempfile.mkdtemp(prefix="xs-bench-cost-", dir="/tmp")
    daemons = [start_ours(directory)]
    reference = Reference()
    started = reference.start(directory)
    if started is None:
        print("C xenstored: %s" % reference.reason)
    else:
        daemons.append(started)
    try:
        print("%-12s %-11s %12s %16s" % ("daemon", "request", "wall us/op", "daemon CPU us/op"))
        for daemon in daemons:
            write_all(daemon, [("/bench/cost/key%03d" % index, b"value") for index in range(100)])
            wire = Wire(daemon.socket)
            for kind in ("read", "overwrite", "new node", "transaction"):
                count = args.count if kind != "transaction" else args.count // 4
                before, began = cpu_seconds(daemon.pid), time.perf_counter()
                run_kind(wire, kind, count)
                wall = time.perf_counter() - began
                print("%-12s %-11s %12.1f %16.1f" % (daemon.name, kind, wall / count * 1e6,
                                                     (cpu_seconds(daemon.pid) - before) / count * 1e6))
            wire.close()
    finally:
        for daemon in daemons:
            daemon.stop()
        shutil.rmtree(directory, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
