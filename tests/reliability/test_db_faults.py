"""Database faults: damaged TDB files, an unwritable folder, a full disk.

* A damaged file (truncated, overwritten, not a TDB, records that do not decode, a broken
  tree) is refused at start with one line naming it and saying how to recover; the file
  is left as it was; the recovery the message gives works.
* A folder that cannot be written: a clear error naming the path.
* A full disk (a small tmpfs, else an ext2 loop file, else a simulated failing commit):
  a write whose TDB commit fails is answered EIO, never acknowledged; its watch events are
  not sent; the daemon keeps serving; once there is room again writes succeed; after a stop
  (SIGTERM, or SIGKILL) every acknowledged write is in the file and no refused one is.
"""

import hashlib
import os
import random
import signal
import subprocess
import time
import warnings

import pytest

import fuzz_codec
from rel_support import PYTHON, REPO, XENSTORED, LatencyProbe, SmallFilesystem, offline_integrity, record, scaled
from rel_support import rel_daemon, rel_workdir  # noqa: F401  (pytest fixtures)  pylint: disable=unused-import
from failing_tdb import FailingTdb  # noqa: E402  (tests/support, put on sys.path by rel_support)

import tdb  # noqa: E402  pylint: disable=wrong-import-order
from xenstore.engine import Engine  # noqa: E402
from xenstore.node import Node  # noqa: E402

fuzz_codec.load()

WRITE, READ, ERROR = 11, 2, 16
NODES = 300


def _good_database(path):
    """A database with /vm/n<i>/name = value-<i> for i < NODES, written in one commit."""
    with Engine(str(path), sync=False) as engine:
        session = engine.session()
        with engine.batch():
            for index in range(NODES):
                session.write("/vm/n%d/name" % index, b"value-%d" % index)
    return path


def _digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _start(directory, database, timeout=30):
    """Run xenstored on ``database`` for a moment: (exit status or None if it serves, stderr)."""
    socket_path = directory / "sock" / "socket"
    proc = subprocess.Popen([str(PYTHON), str(XENSTORED), "--socket", str(socket_path), "--database",
                             str(database)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + timeout
    while proc.poll() is None and not socket_path.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
        return None, err
    _out, err = proc.communicate()
    return proc.returncode, err


# -- damaged files -------------------------------------------------------------------

def _raw(path):
    return tdb.Tdb(str(path), 0, tdb.DEFAULT, os.O_RDWR, 0)


def _truncate_at_record(path):
    data = open(path, "rb").read()
    os.truncate(path, data.index(b"value-%d" % (NODES // 2)))


def _overwrite_record_header(path):
    data = bytearray(open(path, "rb").read())
    at = data.index(b"value-%d" % (NODES // 3))
    data[at - 60:at - 20] = random.Random(5).randbytes(40)
    open(path, "wb").write(data)


def _garbage(path):
    open(path, "wb").write(random.Random(7).randbytes(50000))


def _undecodable_record(path):
    db = _raw(path)
    db.store(b"/vm/n3/name", b"\x01\x02\x03")
    db.close()


def _missing_child(path):
    db = _raw(path)
    db.delete(b"/vm/n4/name")
    db.close()


def _orphan(path):
    db = _raw(path)
    db.store(b"/nowhere/x", db.get(b"/vm/n5/name"))
    db.close()


def _non_utf8_key_and_child(path):
    db = _raw(path)
    db.store(b"/vm/\xff", db.get(b"/vm/n6/name"))
    node = Node.decode(db.get(b"/vm/n6"))
    node.children += b"\xe9t\xe9\0"
    db.store(b"/vm/n6", node.encode())
    db.close()


TDB_DAMAGE = {
    "empty file": lambda path: os.truncate(path, 0),
    "truncated header": lambda path: os.truncate(path, 100),
    "truncated hash table": lambda path: os.truncate(path, 2000),
    "truncated records": _truncate_at_record,
    "overwritten record header": _overwrite_record_header,
    "not a TDB file": _garbage,
}
RECORD_DAMAGE = {
    "undecodable record": _undecodable_record,
    "child without a record": _missing_child,
    "orphan record": _orphan,
    "non-UTF-8 key and child name": _non_utf8_key_and_child,
}


def _assert_refused(rel_workdir, database, damage):
    before = _digest(database)
    status, err = _start(rel_workdir, database)
    assert status == 1, "xenstored %s on a damaged file (%s):\n%s" % (
        "served" if status is None else "exited %s" % status, damage, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, "expected one line, got:\n%s" % err
    line = lines[0]
    assert line.startswith("xenstored: database %s " % database), line
    assert "damaged" in line or "not a TDB file" in line, line
    assert "backup" in line and "move it aside" in line, line
    assert _digest(database) == before, "the refused file was modified"
    assert not (rel_workdir / "sock" / "socket").exists()
    return line


@pytest.mark.parametrize("damage", sorted(TDB_DAMAGE))
def test_damaged_tdb_file_is_refused(rel_workdir, damage):
    database = _good_database(rel_workdir / "tdb")
    TDB_DAMAGE[damage](database)
    line = _assert_refused(rel_workdir, database, damage)
    if damage == "overwritten record header":
        # The salvage the message names, then the repair: a store that starts.
        assert "tdbdump -e" in line
        salvaged = rel_workdir / "salvaged"
        dump = subprocess.run("tdbdump -e %s | tdbrestore %s" % (database, salvaged), shell=True,
                              capture_output=True, text=True, check=False)
        assert salvaged.exists(), "tdbdump -e | tdbrestore made nothing: %s" % dump.stderr
        status, err = _start(rel_workdir, salvaged)
        if status is not None:
            assert "xenstore-control --database" in err, err
            repair = subprocess.run([str(REPO / "bin" / "xenstore-control"), "--database", str(salvaged), "check"],
                                    capture_output=True, text=True, check=False)
            assert repair.returncode == 0, repair.stderr
            status, err = _start(rel_workdir, salvaged)
        assert status is None, "xenstored refused the salvaged and repaired store: %s" % err
        with Engine(str(salvaged), create=False) as engine:
            kept = sum(1 for path in engine.database.paths() if path.endswith("/name"))
        record("db faults: salvaged an overwritten file", kept, "of %d nodes" % NODES,
               "tdbdump -e | tdbrestore, then xenstore-control --database check")


@pytest.mark.parametrize("damage", sorted(RECORD_DAMAGE))
def test_damaged_records_are_refused_and_repairable(rel_workdir, damage):
    database = _good_database(rel_workdir / "tdb")
    RECORD_DAMAGE[damage](database)
    line = _assert_refused(rel_workdir, database, damage)
    assert "xenstore-control --database" in line, line
    # The repair the message names: then the daemon serves what was sound.
    repair = subprocess.run([str(REPO / "bin" / "xenstore-control"), "--database", str(database), "check"],
                            capture_output=True, text=True, check=False)
    assert repair.returncode == 0, "xenstore-control --database check: %s" % repair.stderr
    status, err = _start(rel_workdir, database)
    assert status is None, "xenstored refused the repaired file: %s" % err
    offline_integrity(database)
    with Engine(str(database), create=False) as engine:
        assert engine.session().read("/vm/n10/name") == b"value-10"


# -- unwritable folder -------------------------------------------------------------------

def test_unwritable_folder(rel_workdir):
    with SmallFilesystem(rel_workdir / "fs", 8192) as fs:
        if fs.kind is None:
            pytest.fail("cannot mount a file system here (%s): no read-only folder for root" % fs.why)
        existing = fs.path / "old" / "tdb"
        existing.parent.mkdir()
        # Written by a child process: libtdb 1.4.8 keeps a shared mapping of the file after
        # tdb_close when a transaction grew it, and a writable mapping blocks the remount.
        child = os.fork()
        if child == 0:
            status = 1
            try:
                _good_database(existing)
                status = 0
            finally:
                os._exit(status)  # pylint: disable=protected-access
        assert os.waitpid(child, 0)[1] == 0
        assert existing.exists()
        fs.remount_ro()
        status, err = _start(rel_workdir, fs.path / "tdb")
        assert status == 1 and err.strip().count("\n") == 0, err
        assert "%s/tdb" % fs.path in err and "Read-only file system" in err, err
        status, err = _start(rel_workdir, existing)
        assert status == 1 and str(existing) in err and "Read-only file system" in err, err
        status, err = _start(rel_workdir, fs.path / "missing" / "tdb")
        assert status == 1 and "%s/missing" % fs.path in err and "Read-only file system" in err, err
    record("db faults: unwritable folder", "refused", "", "one line naming the file and the cause")


# -- full disk -------------------------------------------------------------------------------

def _fill(conn, acked, refused, batches, want_refused, value_size=3000):
    """Pipelined WRITEs of 10 big values until ``want_refused`` are refused."""
    for batch in range(batches):
        writes = [("/fill/b%d-%d" % (batch, index), os.urandom(value_size // 2).hex().encode())
                  for index in range(10)]
        ids = [conn.send(WRITE, path.encode() + b"\0" + value) for path, value in writes]
        for req_id, (path, value) in zip(ids, writes):
            reply = conn.reply(req_id)
            if reply.type == WRITE:
                acked[path] = value
            else:
                assert reply.payload == b"EIO\0", "refused with %r" % reply.payload
                refused.add(path)
        if len(refused) >= want_refused:
            return


@pytest.mark.parametrize("fsync,stop", [("never", "SIGTERM"), ("always", "SIGKILL")])
def test_disk_full_never_acknowledges_a_lost_write(rel_daemon, rel_workdir, fsync, stop):
    with SmallFilesystem(rel_workdir / "fs", 8192) as fs:
        if fs.kind is None:
            warnings.warn("no small file system can be mounted here (%s): disk full simulated "
                          "in-process instead" % fs.why)
            test_failed_commit_simulated()
            return
        ballast = fs.path / "ballast"
        daemon = rel_daemon("--fsync", fsync, database=fs.path / "tdb")
        with open(ballast, "wb") as handle:
            handle.write(b"\0" * 2 * 1024 * 1024)
        acked, refused = {}, set()
        with LatencyProbe(daemon.socket, disk_full=True) as probe, daemon.connect() as watcher, \
                daemon.connect() as conn:
            watcher.watch("/fill", "w")
            _fill(conn, acked, refused, batches=2000, want_refused=scaled(30, 300))
            assert refused, "the disk never filled (%d writes acknowledged)" % len(acked)
            free_kb = fs.free_kb()
            # A transaction commit that cannot be written is refused too.
            tx = conn.start()
            conn.call(WRITE, b"/fill/tx\0" + b"t" * 3000, tx)
            end = conn.request(7, b"T\0", tx)
            assert end.payload in (b"OK\0", b"EIO\0"), end
            (acked.__setitem__("/fill/tx", b"t" * 3000) if end.payload == b"OK\0" else refused.add("/fill/tx"))
            # Still serving: reads answer, refused writes left nothing.
            path = sorted(refused)[0]
            assert conn.error(READ, path.encode() + b"\0") == "ENOENT"
            some = sorted(acked)[-1]
            assert conn.read(some) == acked[some]
            # Room again: writes are acknowledged again.
            ballast.unlink()
            conn.write("/after/full", "ok")
            conn.write(path, b"written later")
            acked[path] = b"written later"
            refused.discard(path)
            watcher.sync()
            seen = {event[0].decode() for event in watcher.take_events()}
        probe.check(2000)
        assert not seen & refused, "watch events for refused writes: %s" % sorted(seen & refused)[:5]
        log = daemon.stderr()
        assert "could not commit to %s" % daemon.database in log and "bytes free" in log, log[-2000:]
        if stop == "SIGTERM":
            daemon.stop_cleanly()
        else:
            daemon.kill()
        with Engine(str(daemon.database), create=False) as engine:
            session = engine.session()
            lost = [path for path, value in acked.items() if session.read(path) != value]
            present = [path for path in refused if session.exists(path)]
            assert engine.check().ok
        assert not lost, "%d acknowledged writes lost, e.g. %s" % (len(lost), lost[:3])
        assert not present, "%d refused writes present, e.g. %s" % (len(present), present[:3])
        record("db faults: disk full (%s, fsync %s, %s)" % (fs.kind, fsync, stop), len(refused),
               "writes answered EIO", "%d acknowledged, all kept; %d KiB free when full; none lost, "
               "none of the refused present" % (len(acked), free_kb))


def _frames(*requests):
    return b"".join(fuzz_codec.HEADER.pack(t, n + 1, tx, len(p)) + p for n, (t, p, tx) in enumerate(requests))


def _messages(output):
    result, offset = [], 0
    while offset < len(output):
        msg_type, req_id, tx_id, length = fuzz_codec.HEADER.unpack_from(output, offset)
        result.append((msg_type, req_id, output[offset + 16:offset + 16 + length]))
        offset += 16 + length
    return result


def test_failed_commit_simulated():
    """In-process: every reply of a failed batch that acknowledged or showed a change is EIO,
    other replies stand, the change's events are dropped, the daemon state stays sound."""
    harness = fuzz_codec.DispatchHarness()
    try:
        from xenstore.perms import DOM0  # pylint: disable=import-outside-toplevel
        database = harness.server.engine.database
        failing = database._tdb = FailingTdb(database._tdb)  # pylint: disable=protected-access
        watcher, conn = harness.connect(DOM0), harness.connect(DOM0)
        assert _messages(harness.run(watcher, _frames((4, b"/sim\0w\0", 0))))[0][2] == b"OK\0"
        failing.fail = True
        mark = len(watcher.sock.sent)
        output = harness.run(conn, _frames((READ, b"/tool\0", 0), (WRITE, b"/sim/a\0one", 0),
                                           (READ, b"/sim/a\0", 0), (4, b"/other\0t\0", 0),
                                           (6, b"\0", 0), (10, b"0\0", 0), (13, b"/sim/none\0", 0)))
        replies = [(t, p) for t, _r, p in _messages(output) if t != 15]
        assert replies == [(READ, b""), (ERROR, b"EIO\0"), (ERROR, b"EIO\0"), (4, b"OK\0"),
                           (6, b"1\0"), (10, b"/local/domain/0\0"), (13, b"OK\0")], replies
        assert [p for t, _r, p in _messages(watcher.sock.sent[mark:]) if t == 15] == []
        failing.fail = False
        mark = len(watcher.sock.sent)
        output = harness.run(conn, _frames((READ, b"/sim/a\0", 0), (WRITE, b"/sim/a\0two", 0),
                                           (READ, b"/sim/a\0", 0)))
        assert [(t, p) for t, _r, p in _messages(output) if t != 15] == [
            (ERROR, b"ENOENT\0"), (WRITE, b"OK\0"), (READ, b"two")]
        assert [p for t, _r, p in _messages(watcher.sock.sent[mark:]) if t == 15] == [b"/sim/a\0w\0"]
        harness.check_integrity()
    finally:
        harness.shutdown()
