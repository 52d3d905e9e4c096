"""Embedded engine throughput against raw tdb, side by side in one process.

Rows: writes/s (new nodes, and overwrites) against raw ``tdb`` store, reads/s
against raw ``tdb`` get, same hash size, same keys, both inside one TDB
transaction with NOSYNC so that only the code path differs. Each figure is the
best of several interleaved rounds; the ratio is what counts.
"""

import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "plugins", "module_utils"))

import tdb  # noqa: E402  (Debian's python3-tdb)

from xenstore.database import DEFAULT_HASH_SIZE  # noqa: E402
from xenstore.engine import Engine  # noqa: E402
from xenstore.node import Node  # noqa: E402
from xenstore.perms import Permissions  # noqa: E402


def keys_for(count, domains=50):
    """Paths spread over ``domains`` directories, like guest data under /local/domain."""
    return ["/local/domain/%d/data/key%d" % (index % domains, index) for index in range(count)]


def raw_record(value):
    """A record of the same size the engine stores, so raw tdb does the same I/O."""
    return Node(1, Permissions([(0, 0)]), value).encode()


def bench_raw(directory, keys, value):
    """(stores/s, gets/s) with the tdb binding alone."""
    path = os.path.join(directory, "raw.tdb")
    database = tdb.Tdb(path, DEFAULT_HASH_SIZE, tdb.NOSYNC, os.O_RDWR | os.O_CREAT, 0o600)
    encoded = [key.encode() for key in keys]
    record = raw_record(value)
    database.transaction_start()
    start = time.perf_counter()
    for key in encoded:
        database.store(key, record)
    stored = time.perf_counter() - start
    database.transaction_commit()
    start = time.perf_counter()
    get = database.get
    for key in encoded:
        get(key)
    got = time.perf_counter() - start
    database.close()
    os.unlink(path)
    return len(keys) / stored, len(keys) / got


def bench_engine(directory, keys, value):
    """(new-node writes/s, overwrites/s, reads/s) through the engine as dom0."""
    path = os.path.join(directory, "engine.tdb")
    engine = Engine(path, sync=False)
    session = engine.session()
    with engine.batch():
        for domid in range(50):
            session.mkdir("/local/domain/%d/data" % domid)
    with engine.batch():
        start = time.perf_counter()
        for key in keys:
            session.write(key, value)
        created = time.perf_counter() - start
    with engine.batch():
        start = time.perf_counter()
        for key in keys:
            session.write(key, value)
        overwritten = time.perf_counter() - start
    start = time.perf_counter()
    for key in keys:
        session.read(key)
    read = time.perf_counter() - start
    engine.close()
    for leftover in (path, path + ".lock"):
        os.unlink(leftover)
    return len(keys) / created, len(keys) / overwritten, len(keys) / read


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=20000, help="nodes per round (default 20000)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    args = parser.parse_args()
    keys = keys_for(args.keys)
    value = b"x" * 16
    best = {}
    with tempfile.TemporaryDirectory(prefix="xs-bench-") as directory:
        for _ in range(args.rounds):
            for name, figure in zip(("raw store", "raw get"), bench_raw(directory, keys, value)):
                best[name] = max(best.get(name, 0), figure)
            for name, figure in zip(("write new", "overwrite", "read"),
                                    bench_engine(directory, keys, value)):
                best[name] = max(best.get(name, 0), figure)
    rows = [
        ("embedded writes/s (new nodes)", "write new", "raw store", 0.3),
        ("embedded writes/s (overwrite)", "overwrite", "raw store", 0.3),
        ("embedded reads/s", "read", "raw get", 0.5),
    ]
    print("%-32s %12s %12s %7s %7s  %s" % ("row", "ours", "baseline", "ratio", "target", ""))
    failed = False
    for label, ours, baseline, target in rows:
        ratio = best[ours] / best[baseline]
        verdict = "ok" if ratio >= target else "MISSED"
        failed |= ratio < target
        print("%-32s %12.0f %12.0f %6.2fx %6.1fx  %s (%s)" % (
            label, best[ours], best[baseline], ratio, target, verdict, baseline))
    print("(%d keys, hash size %d, best of %d rounds, NOSYNC both sides)"
          % (args.keys, DEFAULT_HASH_SIZE, args.rounds))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
