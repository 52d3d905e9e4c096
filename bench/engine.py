"""Embedded engine throughput against raw tdb, side by side in one process.

An embedded write is one durable operation: its own TDB transaction (the
engine's contract). The baseline is the same for raw tdb: one ``store`` in its
own transaction, same hash size, same keys, same record size. Rows are measured
with NOSYNC (commit reaches the file, the kernel flushes) and with fsync; the
fsync'd writes of both sides alternate in blocks of ten, as the shared disk's
flush latency drifts.
Reads need no transaction on either side. The batched rows (many operations in
one TDB transaction, as a module task or the daemon's group commit does) are
printed for information. Each figure is the best of interleaved rounds.

``rows()`` is what bench/run.py calls; run alone, this file prints its rows only.
"""

import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import table, throughput_row  # noqa: E402  (also puts module_utils on sys.path)

import tdb  # noqa: E402  (Debian's python3-tdb)

from xenstore.database import DEFAULT_HASH_SIZE  # noqa: E402
from xenstore.engine import Engine  # noqa: E402
from xenstore.node import Node  # noqa: E402
from xenstore.perms import Permissions  # noqa: E402

DOMAINS = 50
VALUE = b"x" * 16
# Reads take milliseconds: a few passes per round, so one preemption does not decide a row.
READ_PASSES = 5


def keys_for(count):
    """Paths spread over DOMAINS directories, like guest data under /local/domain."""
    return ["/local/domain/%d/data/key%d" % (index % DOMAINS, index) for index in range(count)]


def timed(function, *args):
    """Seconds ``function(*args)`` took."""
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def raw_figures(directory, keys):
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
               "raw get": len(keys) / min(timed(get_all) for _pass in range(READ_PASSES))}
    database.close()
    os.unlink(path)
    return figures


def engine_figures(directory, keys):
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
               "read": len(keys) / min(timed(read_all) for _pass in range(READ_PASSES))}

    def read_uncached():
        engine.store.forget()
        return timed(read_all)
    figures["read uncached"] = len(keys) / min(read_uncached() for _pass in range(READ_PASSES))
    engine.close()
    os.unlink(path)
    os.unlink(path + ".lock")
    return figures


def fsync_figures(directory, keys, block=10):
    """Synced writes/s of raw tdb and of the engine, in alternating blocks of ``block`` writes:
    the disk is shared and its flush latency drifts, so both sides sample the same periods."""
    raw_path = os.path.join(directory, "raw-fsync.tdb")
    raw = tdb.Tdb(raw_path, DEFAULT_HASH_SIZE, tdb.DEFAULT, os.O_RDWR | os.O_CREAT, 0o600)
    engine_path = os.path.join(directory, "engine-fsync.tdb")
    engine = Engine(engine_path, sync=True)
    session = engine.session()
    with engine.batch():
        for key in keys:
            session.write(key, VALUE)
    encoded = [key.encode() for key in keys]
    raw.transaction_start()
    for key in encoded:
        raw.store(key, b"-")
    raw.transaction_commit()
    records = [Node(1, Permissions([(0, 0)]), b"%016d" % index).encode() for index in range(len(keys))]
    raw_seconds = engine_seconds = 0.0
    for start in range(0, len(keys), block):
        began = time.perf_counter()
        for index in range(start, min(start + block, len(keys))):
            raw.transaction_start()
            raw.store(encoded[index], records[index])
            raw.transaction_commit()
        middle = time.perf_counter()
        for key in keys[start:start + block]:
            session.write(key, VALUE)
        raw_seconds += middle - began
        engine_seconds += time.perf_counter() - middle
    raw.close()
    engine.close()
    for path in (raw_path, engine_path, engine_path + ".lock"):
        os.unlink(path)
    return {"raw each fsync": len(keys) / raw_seconds, "overwrite each fsync": len(keys) / engine_seconds}


ROWS = (
    # label, ours, baseline, baseline is, target (None: information only)
    ("embedded writes/s, new nodes, one TDB transaction each", "new each", "raw each",
     "raw tdb store+commit, NOSYNC", 0.3),
    ("embedded writes/s, overwrites", "overwrite each", "raw each", "raw tdb store+commit, NOSYNC", 0.3),
    ("embedded writes/s, overwrites, fsync each", "overwrite each fsync", "raw each fsync",
     "raw tdb store+synced commit", 0.3),
    ("embedded reads/s", "read", "raw get", "raw tdb get", 0.5),
    ("embedded reads/s, record cache dropped", "read uncached", "raw get", "raw tdb get", None),
    ("batched writes/s, new nodes (one TDB transaction)", "new batch", "raw batch",
     "raw tdb stores, one transaction", None),
    ("batched writes/s, overwrites (one TDB transaction)", "overwrite batch", "raw batch",
     "raw tdb stores, one transaction", None),
)


def rows(keys=20000, durable_keys=200, rounds=3):
    """The engine rows: best of ``rounds`` interleaved rounds of raw tdb and the engine."""
    paths = keys_for(keys)
    durable_keys = min(durable_keys, keys)
    figures = {}
    with tempfile.TemporaryDirectory(prefix="xs-bench-engine-") as directory:
        for _round in range(rounds):
            for measured in (raw_figures(directory, paths), engine_figures(directory, paths),
                             fsync_figures(directory, paths[:durable_keys])):
                for name, figure in measured.items():
                    figures[name] = max(figures.get(name, 0.0), figure)
    return [throughput_row(label, figures[ours], figures[baseline], what, target)
            for label, ours, baseline, what, target in ROWS]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=20000, help="nodes per round (default 20000)")
    parser.add_argument("--durable-keys", type=int, default=200,
                        help="fsync'd writes per round (default 200)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    args = parser.parse_args()
    print(table(rows(args.keys, args.durable_keys, args.rounds)))
    print("(%d keys, %d fsync'd, hash size %d, best of %d rounds)"
          % (args.keys, args.durable_keys, DEFAULT_HASH_SIZE, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
