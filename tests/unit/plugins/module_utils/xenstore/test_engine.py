"""engine.py: the owned file, batches, sessions and durability."""

import os

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.database import Database
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import (
    ConflictError, CorruptDatabaseError, InvalidError, NotFoundError, QuotaError, StorageError)
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.node import Node
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import Caller, Permissions
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.quota import Quotas

WRITE_AND_DIE = """
import os, signal, sys
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
engine = Engine(sys.argv[1], sync=False)
session = engine.session()
session.write("/durable/plain", b"1")
session.set_perms("/durable/plain", ["n0", "r3"])
with engine.batch():
    session.write("/durable/batch/a", b"2")
    session.write("/durable/batch/b", b"3")
tx = session.transaction_start()
session.write("/durable/tx", b"4", tx)
session.transaction_end(tx)
with engine.batch():
    session.write("/lost/with/the/batch", b"never committed")
    print("ready", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_new_database_holds_the_c_initial_tree(engine, dom0, helpers):
    assert sorted(engine.database.paths()) == ["/", "/tool", "/tool/xenstored"]
    assert dom0.directory("/") == ["tool"]
    assert dom0.directory("/tool") == ["xenstored"]
    assert dom0.directory("/tool/xenstored") == []
    for path in ("/", "/tool", "/tool/xenstored"):
        assert dom0.read(path) == b""
        assert dom0.get_perms(path).strings() == ["n0"]
    assert helpers.tree_dump(dom0) == {
        "/": (b"", ["n0"], ["tool"]),
        "/tool": (b"", ["n0"], ["xenstored"]),
        "/tool/xenstored": (b"", ["n0"], []),
    }
    assert engine.check().ok


def test_initial_tree_on_disk(db_path, helpers):
    Engine(db_path, sync=False).close()
    assert sorted(helpers.tdbdump_keys(db_path)) == ["/", "/tool", "/tool/xenstored"]


def test_reopen_sees_everything_committed(db_path, helpers):
    with Engine(db_path, sync=False) as engine:
        dom0 = engine.session()
        dom0.write("/vm/1/name", b"web01")
        dom0.write("/vm/1/uuid", b"\0binary\xff")
        dom0.mkdir("/vm/1/device")
        dom0.set_perms("/vm/1", ["n0", "r1"])
        dom0.write("/gone/x", b"")
        dom0.rm("/gone")
        tx = dom0.transaction_start()
        dom0.write("/vm/1/tx", b"committed", tx)
        dom0.transaction_end(tx)
        expected = helpers.tree_dump(dom0)
        expected_records = helpers.records(engine)
    with Engine(db_path, sync=False, create=False) as engine:
        assert helpers.tree_dump(engine.session()) == expected
        assert helpers.records(engine) == expected_records
        assert engine.check().ok


def test_existing_database_is_not_reinitialised(db_path):
    with Engine(db_path, sync=False) as engine:
        engine.session().rm("/tool")
    with Engine(db_path, sync=False) as engine:
        assert engine.session().directory("/") == []


def test_empty_tdb_gets_the_initial_tree(db_path):
    Database(db_path).close()
    with Engine(db_path, sync=False) as engine:
        assert engine.session().directory("/tool") == ["xenstored"]


def test_records_but_no_root(db_path):
    database = Database(db_path)
    database.put("/local", Node(1, Permissions.parse(["n0"])).encode())
    database.close()
    with open(db_path, "rb") as handle:
        before = handle.read()
    with pytest.raises(CorruptDatabaseError) as caught:
        Engine(db_path, sync=False)
    assert db_path in caught.value.message
    with open(db_path, "rb") as handle:
        assert handle.read() == before
    # the lock was released: a new attempt fails the same way, not with EBUSY
    with pytest.raises(CorruptDatabaseError):
        Engine(db_path, sync=False)


def test_garbage_root_record(db_path):
    database = Database(db_path)
    database.put("/", b"garbage")
    database.close()
    with pytest.raises(CorruptDatabaseError) as caught:
        Engine(db_path, sync=False)
    assert "corrupt record for /" in caught.value.message


def test_create_false(tmp_path):
    path = str(tmp_path / "absent")
    with pytest.raises(NotFoundError) as caught:
        Engine(path, create=False)
    assert path in caught.value.message
    assert not os.path.exists(path)


def test_batch_commits_once_at_the_end(db_path, engine, dom0, helpers):
    with engine.batch():
        dom0.write("/a", b"1")
        dom0.write("/b/c", b"2")
        assert engine.database.in_transaction
        assert dom0.read("/a") == b"1"
    assert not engine.database.in_transaction
    engine.close()
    assert sorted(helpers.tdbdump_keys(db_path)) == [
        "/", "/a", "/b", "/b/c", "/tool", "/tool/xenstored"]


def test_batch_that_raises_leaves_nothing_written(db_path, engine, dom0, helpers):
    dom0.write("/before", b"x")
    before = helpers.records(engine)
    dump = helpers.tree_dump(dom0)
    with pytest.raises(RuntimeError, match="boom"):
        with engine.batch():
            dom0.write("/a", b"1")
            dom0.write("/before", b"changed")
            dom0.set_perms("/before", ["b3"])
            dom0.rm("/tool")
            raise RuntimeError("boom")
    assert helpers.records(engine) == before
    assert helpers.tree_dump(dom0) == dump
    assert not engine.database.in_transaction
    engine.close()
    with Engine(db_path, sync=False) as again:
        assert helpers.records(again) == before


def test_failed_operation_inside_a_batch_keeps_the_batch(engine, dom0, helpers):
    with engine.batch():
        dom0.write("/a", b"1")
        with pytest.raises(NotFoundError):
            dom0.rm("/missing/child")
        with pytest.raises(InvalidError):
            dom0.write("/bad path", b"")
        dom0.write("/b", b"2")
    assert dom0.read("/a") == b"1"
    assert dom0.read("/b") == b"2"
    assert engine.check().ok


def test_conflicting_commit_inside_a_batch_keeps_the_batch(engine, dom0):
    dom0.write("/x", b"0")
    other = engine.session()
    tx = other.transaction_start()
    other.read("/x", tx)
    other.write("/y", b"from tx", tx)
    with engine.batch():
        dom0.write("/a", b"1")
        dom0.write("/x", b"changed")
        with pytest.raises(ConflictError):
            other.transaction_end(tx)
        dom0.write("/b", b"2")
    assert dom0.read("/a") == b"1"
    assert dom0.read("/b") == b"2"
    assert dom0.read("/x") == b"changed"
    assert not dom0.exists("/y")


def test_nested_batch_exception_does_not_leave_the_engine_broken(engine, dom0, helpers):
    """An error escaping an inner batch cancels the TDB transaction; afterwards batches work again."""
    with pytest.raises(StorageError):
        with engine.batch():
            dom0.write("/a", b"1")
            with pytest.raises(RuntimeError):
                with engine.batch():
                    dom0.write("/b", b"2")
                    raise RuntimeError("inner")
    assert not dom0.exists("/a")
    assert not dom0.exists("/b")
    assert not engine.database.in_transaction
    before = helpers.records(engine)
    with pytest.raises(RuntimeError):
        with engine.batch():
            dom0.write("/c", b"3")
            raise RuntimeError("outer")
    assert helpers.records(engine) == before
    dom0.write("/d", b"4")
    assert dom0.read("/d") == b"4"


def test_batch_cancel_keeps_node_counts_right(make_engine):
    engine = make_engine(quotas=Quotas(nodes=5))
    dom0 = engine.session()
    dom0.mkdir("/local/domain/5")
    dom0.set_perms("/local/domain/5", ["n5"])
    guest = engine.session(Caller(5))
    guest.write("a", b"")
    guest.write("b", b"")
    guest.write("c", b"")          # domain 5 owns 4 nodes
    with pytest.raises(RuntimeError):
        with engine.batch():
            guest.write("d", b"")  # would be the 5th: rolled back
            raise RuntimeError("cancel")
    assert not guest.exists("d")
    guest.write("e", b"")          # so this one is the 5th, within the quota
    with pytest.raises(QuotaError):
        guest.write("f", b"")


def test_operations_outside_a_batch_are_durable_without_close(db_path, child, helpers):
    writer = child(WRITE_AND_DIE, db_path)
    assert writer.readline() == "ready"
    writer.process.wait(timeout=60)
    assert writer.process.returncode == -9
    with Engine(db_path, sync=False) as engine:
        dom0 = engine.session()
        assert dom0.read("/durable/plain") == b"1"
        assert dom0.get_perms("/durable/plain").strings() == ["n0", "r3"]
        assert dom0.read("/durable/batch/a") == b"2"
        assert dom0.read("/durable/batch/b") == b"3"
        assert dom0.read("/durable/tx") == b"4"
        assert not dom0.exists("/lost")
        assert dom0.directory("/") == ["tool", "durable"]
        assert engine.check().ok


def test_sync_true_engine(make_engine, db_path):
    engine = make_engine(sync=True)
    engine.session().write("/synced", b"1")
    engine.close()
    with Engine(db_path) as again:
        assert again.session().read("/synced") == b"1"


def test_transaction_ids_per_session(engine):
    first, second = engine.session(), engine.session()
    assert [first.transaction_start() for dummy in range(3)] == [1, 2, 3]
    assert second.transaction_start() == 1
    assert first.open_transactions == [1, 2, 3]
    first.transaction_end(2, commit=False)
    assert first.open_transactions == [1, 3]
    assert first.transaction_start() == 4
    first.abort_all()
    assert first.open_transactions == []
    assert second.open_transactions == [1]
    with pytest.raises(NotFoundError):
        first.transaction_end(1)


def test_sessions_share_the_store(engine):
    first, second = engine.session(), engine.session()
    first.write("/shared", b"1")
    assert second.read("/shared") == b"1"


def test_check_on_a_clean_store(engine, dom0):
    report = engine.check()
    assert report.ok
    assert report.problems() == []
    assert report.nodes == 3
    dom0.write("/a/b/c", b"")
    assert engine.check().nodes == 6


def test_context_manager_closes(db_path):
    with Engine(db_path, sync=False) as engine:
        assert engine.database is not None
    assert engine.database is None
    with Engine(db_path, sync=False):
        pass
