"""integrity.py: the check (xenstore-control check) finds damage made with the raw tdb binding; repair fixes it."""

import os

import pytest
import tdb

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import CorruptDatabaseError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.node import Node
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import Caller, Permissions
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.quota import Quotas


class RawTdb:
    """The file opened with the plain tdb binding, as a saboteur would."""

    def __init__(self, path):
        self.tdb = tdb.Tdb(path, 0, tdb.DEFAULT, os.O_RDWR)

    def get(self, key):
        return self.tdb.get(key.encode() if isinstance(key, str) else key)

    def put(self, key, value):
        self.tdb.store(key.encode() if isinstance(key, str) else key, value)

    def delete(self, key):
        self.tdb.delete(key.encode() if isinstance(key, str) else key)

    def node(self, key):
        return Node.decode(self.get(key), key)

    def keys(self):
        return sorted(self.tdb.keys())

    def close(self):
        self.tdb.close()


def build(db_path):
    """A healthy store, closed again."""
    with Engine(db_path, sync=False) as engine:
        dom0 = engine.session()
        dom0.write("/a/b", b"leaf")
        dom0.write("/a/c", b"")
        dom0.write("/d/x", b"")
        dom0.write("/d/y/z", b"")
        dom0.write("/g/bad", b"")
        dom0.write("/g/good", b"")
        assert engine.check().ok


def damage(db_path):
    raw = RawTdb(db_path)
    try:
        raw.delete("/a/b")                                   # listed, but no record
        raw.put("/zz/orphan", Node(1, Permissions.parse(["n0"]), b"o").encode())
        raw.put("/zz/orphan/kid", Node(1, Permissions.parse(["n0"])).encode())
        node = raw.node("/d")
        node.add_child("x")                                  # x\0y\0x\0
        raw.put("/d", node.encode())
        raw.put("/g/bad", b"garbage")                        # listed, cannot be decoded
    finally:
        raw.close()


def test_clean_store_is_ok(engine, dom0):
    for index in range(50):
        dom0.write("/vm/%d/name" % index, b"x")
    report = engine.check()
    assert report.ok
    assert report.problems() == []
    assert report.nodes == 3 + 1 + 50 * 2
    assert not report.repaired
    assert engine.check(repair=True).ok


def test_report_lists_each_problem(db_path):
    build(db_path)
    damage(db_path)
    with Engine(db_path, sync=False) as engine:
        report = engine.check()
        assert not report.ok
        assert report.missing_children == [("/a", "b")]
        assert report.duplicate_children == [("/d", "x")]
        assert report.orphans == ["/zz/orphan", "/zz/orphan/kid"]
        assert report.unreadable == ["/g/bad"]
        problems = report.problems()
        assert len(problems) == 5
        assert "/a lists child 'b', which does not exist" in problems
        assert "/d lists child 'x' more than once" in problems
        assert "/zz/orphan is not reachable from / (orphan)" in problems
        assert "/g/bad has a record that cannot be decoded" in problems
        assert not report.repaired
        # checking alone changes nothing
        assert engine.check().problems() == problems


def test_repair_fixes_everything(db_path, helpers):
    build(db_path)
    damage(db_path)
    with Engine(db_path, sync=False) as engine:
        report = engine.check(repair=True)
        assert report.repaired
        assert len(report.problems()) == 5
        again = engine.check()
        assert again.ok, again.problems()
        dom0 = engine.session()
        assert dom0.directory("/a") == ["c"]
        assert dom0.directory("/d") == ["x", "y"]
        assert dom0.directory("/g") == ["good"]
        assert dom0.read("/d/y/z") == b""
        assert not dom0.exists("/zz")
        dom0.write("/a/b", b"back")                          # usable again
        assert dom0.directory("/a") == ["c", "b"]
    assert sorted(helpers.tdbdump_keys(db_path)) == [
        "/", "/a", "/a/b", "/a/c", "/d", "/d/x", "/d/y", "/d/y/z", "/g", "/g/good",
        "/tool", "/tool/xenstored"]
    with Engine(db_path, sync=False) as engine:
        assert engine.check().ok


def test_missing_subtree_leaves_orphans(db_path):
    build(db_path)
    raw = RawTdb(db_path)
    raw.delete("/d/y")
    raw.close()
    with Engine(db_path, sync=False) as engine:
        report = engine.check()
        assert report.missing_children == [("/d", "y")]
        assert report.orphans == ["/d/y/z"]
        engine.check(repair=True)
        assert engine.check().ok
        assert engine.session().directory("/d") == ["x"]


def test_transaction_leftovers_are_orphans(db_path):
    """C xenstored keys private transaction copies '<generation>/<path>'."""
    build(db_path)
    raw = RawTdb(db_path)
    raw.put("57/local/domain/1/x", Node(1, Permissions.parse(["n0"])).encode())
    raw.close()
    with Engine(db_path, sync=False) as engine:
        assert engine.check().orphans == ["57/local/domain/1/x"]
        engine.check(repair=True)
        assert engine.check().ok


def test_orphan_key_that_is_not_utf8(db_path):
    build(db_path)
    raw = RawTdb(db_path)
    raw.put(b"/\xff\xfeodd", Node(1, Permissions.parse(["n0"])).encode())
    raw.close()
    with Engine(db_path, sync=False) as engine:
        report = engine.check()
        assert len(report.orphans) == 1
        assert report.orphans[0].startswith("/")
        # the report prints (no lone surrogates) and shows the odd bytes
        line = report.problems()[0]
        line.encode("utf-8")
        assert line == "/\\xff\\xfeodd is not reachable from / (orphan)"
        engine.check(repair=True)
        assert engine.check().ok
    raw = RawTdb(db_path)
    try:
        assert b"/\xff\xfeodd" not in raw.keys()
    finally:
        raw.close()


def test_garbage_root(db_path):
    build(db_path)
    raw = RawTdb(db_path)
    raw.put("/", b"\0" * 3)
    raw.close()
    with pytest.raises(CorruptDatabaseError) as caught:
        Engine(db_path, sync=False)
    assert "/" in caught.value.message


def test_check_recounts_nodes_for_quotas(db_path):
    with Engine(db_path, sync=False) as engine:
        dom0 = engine.session()
        dom0.mkdir("/local/domain/5/a")
        dom0.set_perms("/local/domain/5", ["n5"])
        dom0.set_perms("/local/domain/5/a", ["n5"])
    raw = RawTdb(db_path)
    node = raw.node("/local/domain/5")
    node.add_child("ghost")                                  # a dangling entry
    raw.put("/local/domain/5", node.encode())
    raw.close()
    with Engine(db_path, sync=False, quotas=Quotas(nodes=3)) as engine:
        engine.check(repair=True)
        guest = engine.session(Caller(5))
        guest.write("b", b"")                                # owns 3
        with pytest.raises(Exception):
            guest.write("c", b"")
        assert guest.directory("/local/domain/5") == ["a", "b"]
