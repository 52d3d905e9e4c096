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


def _full_scan(db_path):
    """What the daemon's start-up scan computed before the check replaced it: every
    record decoded, nodes counted per owner, the highest generation."""
    raw = RawTdb(db_path)
    try:
        counts, highest = {}, 0
        for key in raw.keys():
            node = raw.node(key.decode())
            counts[node.owner] = counts.get(node.owner, 0) + 1
            highest = max(highest, node.generation)
        return counts, highest
    finally:
        raw.close()


def _mixed_owners(db_path):
    """A healthy store whose nodes belong to dom0, 5 and 7, with a last write far ahead."""
    with Engine(db_path, sync=False) as engine:
        dom0 = engine.session()
        for domid in (5, 7):
            home = "/local/domain/%d" % domid
            dom0.mkdir(home)
            dom0.set_perms(home, ["n%d" % domid, "r0"])
        for index in range(30):
            engine.session(Caller(5)).write("/local/domain/5/k%d/v" % index, b"x")
        for index in range(12):
            engine.session(Caller(7)).write("/local/domain/7/k%d" % index, b"y")
        dom0.write("/local/domain/5/k3/v", b"dom0 wrote it, domain 5 still owns it")
        dom0.write("/vm/last", b"the highest generation")


def test_check_counts_and_generation_equal_a_full_scan(db_path):
    _mixed_owners(db_path)
    counts, highest = _full_scan(db_path)
    assert counts == {0: 3 + 2 + 2, 5: 1 + 60, 7: 1 + 12}   # dom0: initial tree, /local/domain, /vm/last
    with Engine(db_path, sync=False) as engine:
        report = engine.check()
        assert report.ok
        assert report.counts.snapshot() == counts
        assert report.highest_generation == highest
        assert report.nodes == sum(counts.values())
        # the store adopted both: quotas see the counts, new writes come after every record
        assert engine.store.counts().snapshot() == counts
        assert engine.store.next_generation() > highest


def test_check_counts_only_what_it_reaches(db_path):
    """A damaged file: orphans are not counted (the report refuses it anyway)."""
    build(db_path)
    raw = RawTdb(db_path)
    raw.put("/zz/orphan", Node(2 ** 60, Permissions.parse(["n9"]), b"o").encode())
    raw.close()
    with Engine(db_path, sync=False) as engine:
        report = engine.check()
        assert report.orphans == ["/zz/orphan"]
        assert 9 not in report.counts.snapshot()
        assert report.highest_generation < 2 ** 60
        engine.check(repair=True)
        assert engine.check().counts.snapshot() == _counts_now(engine)


def _counts_now(engine):
    counts = {}
    for path in engine.database.paths():
        owner = engine.store.get(path).owner
        counts[owner] = counts.get(owner, 0) + 1
    return counts


def test_child_listed_under_two_names_is_walked_once(db_path):
    """'b/c' listed by /a and 'c' by /a/b name the same record: counted once, the second
    listing reported."""
    build(db_path)
    raw = RawTdb(db_path)
    node = raw.node("/a")
    node.add_child("c/../c")    # never a valid name: no record, reported missing
    raw.put("/a", node.encode())
    node = raw.node("/d")
    node.add_child("y/z")       # the same path as /d/y's child z
    raw.put("/d", node.encode())
    raw.close()
    with Engine(db_path, sync=False) as engine:
        report = engine.check()
        assert report.orphans == []
        assert ("/a", "c/../c") in report.missing_children
        assert ("/d", "y/z") in report.missing_children or ("/d/y", "z") in report.missing_children
        assert report.nodes == report.counts.get(0) == len(engine.database.paths())
