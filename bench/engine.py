"""Embedded engine throughput against raw tdb, side by side in one process.

An embedded write is one durable operation: its own TDB transaction (the
engine's contract). The baseline is the same for raw tdb: one ``store`` in its
own transaction, same hash size, same keys, same record size. Rows are measured
with NOSYNC (commit reaches the file, the kernel flushes) and with fsync.
Reads need no transaction on either side. The batched rows (many operations in
one TDB transaction, as a module task or the daemon's group commit does) are
printed for information. Each figure is the best of interleaved rounds.
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

DOMAINS = 50
VALUE = b"x" * 16


def keys_for(count):
    """Paths spread over DOMAINS directories, like guest data under /local/domain."""
    return ["/local/domain/%d/data/key%d" % (index % DOMAINS, index) for index in range(count)]


def timed(function, *args):
    """Seconds ``function(*args)`` took."""
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def raw_figures(directory, keys, durable_keys):
    """Raw tdb: operations/s per row name."""
    path = os.path.join(directory, "raw.tdb")
    database = tdb.Tdb(path, DEFAULT_HASH_SIZE, tdb.NOSYNC, os.O_RDWR | os.O_CREAT, 0o600)
    encoded = [key.encode() for key in keys]
    # tdb skips a store of identical bytes: every phase writes a record of its own.
    records = [Node(1, Permissions([(0, 0)]), bytes([byte]) * len(VALUE)).encode()
               for byte in b"abc"]

    def store_each(batch, record):
        for key in batch:
            database.transaction_start()
            database.store(key, record)
            database.transaction_commit()

    def store_batch(record):
        database.transaction_start()
        for key in encoded:
            database.store(key, record)
        database.transaction_commit()

    def get_all():
        get = database.get
        for key in encoded:
            get(key)

    figures = {"raw batch": len(keys) / timed(store_batch, records[0]),
               "raw each": len(keys) / timed(store_each, encoded, records[1]),
               "raw get": len(keys) / timed(get_all)}
    database.remove_flags(tdb.NOSYNC)
    durable = encoded[:durable_keys]
    figures["raw each fsync"] = len(durable) / timed(store_each, durable, records[2])
    database.close()
    os.unlink(path)
    return figures


def engine_figures(directory, keys, durable_keys):
    """The engine as dom0: operations/s per row name."""
    path = os.path.join(directory, "engine.tdb")
    engine = Engine(path, sync=False)
    session = engine.session()
    with engine.batch():
        for domid in range(DOMAINS):
            session.mkdir("/local/domain/%d/data" % domid)
    half = len(keys) // 2

    def write_each(batch):
        for key in batch:
            session.write(key, VALUE)

    def write_batch(batch):
        with engine.batch():
            write_each(batch)

    def read_all():
        for key in keys:
            session.read(key)

    figures = {"new each": half / timed(write_each, keys[:half]),
               "new batch": (len(keys) - half) / timed(write_batch, keys[half:]),
               "overwrite each": len(keys) / timed(write_each, keys),
               "overwrite batch": len(keys) / timed(write_batch, keys),
               "read": len(keys) / timed(read_all)}
    engine.store.forget()
    figures["read uncached"] = len(keys) / timed(read_all)
    engine.database.set_sync(True)
    figures["overwrite each fsync"] = durable_keys / timed(write_each, keys[:durable_keys])
    engine.close()
    os.unlink(path)
    os.unlink(path + ".lock")
    return figures


ROWS = (
    # label, ours, baseline, target (None: information only)
    ("embedded writes/s, new nodes", "new each", "raw each", 0.3),
    ("embedded writes/s, overwrites", "overwrite each", "raw each", 0.3),
    ("embedded writes/s, fsync", "overwrite each fsync", "raw each fsync", 0.3),
    ("embedded reads/s", "read", "raw get", 0.5),
    ("embedded reads/s, cache dropped", "read uncached", "raw get", None),
    ("batched writes/s, new nodes", "new batch", "raw batch", None),
    ("batched writes/s, overwrites", "overwrite batch", "raw batch", None),
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=20000, help="nodes per round (default 20000)")
    parser.add_argument("--durable-keys", type=int, default=200,
                        help="fsync'd writes per round (default 200)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    args = parser.parse_args()
    keys = keys_for(args.keys)
    best = {}
    with tempfile.TemporaryDirectory(prefix="xs-bench-") as directory:
        for _round in range(args.rounds):
            for figures in (raw_figures(directory, keys, args.durable_keys),
                            engine_figures(directory, keys, args.durable_keys)):
                for name, figure in figures.items():
                    best[name] = max(best.get(name, 0.0), figure)
    print("%-34s %11s %11s %7s %7s  %s" % ("row", "ours", "baseline", "ratio", "target", "baseline is"))
    missed = 0
    for label, ours, baseline, target in ROWS:
        ratio = best[ours] / best[baseline]
        if target is None:
            verdict, shown = "info", "-"
        else:
            verdict, shown = ("ok" if ratio >= target else "MISSED"), "%.1fx" % target
            missed += ratio < target
        print("%-34s %11.0f %11.0f %6.2fx %7s  %s: %s" % (
            label, best[ours], best[baseline], ratio, shown, verdict, baseline))
    print("(%d keys, %d fsync'd, hash size %d, best of %d rounds)"
          % (args.keys, args.durable_keys, DEFAULT_HASH_SIZE, args.rounds))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
