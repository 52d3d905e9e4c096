"""store.py: committed nodes in the TDB file, generations, node counts, the initial tree."""

import struct

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import store as store_module
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.database import Database
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import CorruptDatabaseError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.node import NO_GENERATION, Node
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import Permissions
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.store import Store

N0 = Permissions.parse(["n0"])


@pytest.fixture
def database(db_path):
    database = Database(db_path, sync=False)
    yield database
    database.close()


@pytest.fixture
def store(database):
    return Store(database)


def test_initial_tree(store, database):
    assert store.is_empty()
    store.create_initial_tree()
    assert not store.is_empty()
    assert sorted(database.paths()) == ["/", "/tool", "/tool/xenstored"]
    root = database.get("/")
    generation = struct.unpack_from("=Q", root)[0]
    assert root == struct.pack("=QIIIII", generation, 1, 0, 5, 0, 0) + b"tool\0" + b"\0" * 4
    tool = database.get("/tool")
    assert tool[8:] == struct.pack("=IIIII", 1, 0, 10, 0, 0) + b"xenstored\0" + b"\0" * 4
    leaf = database.get("/tool/xenstored")
    assert leaf[8:] == struct.pack("=IIIII", 1, 0, 0, 0, 0) + b"\0" * 4
    store.require_root()
    assert store_module.INITIAL_TREE == (("/", b"tool\0"), ("/tool", b"xenstored\0"),
                                         ("/tool/xenstored", b""))


def test_require_root(db_path, store, database):
    database.put("/orphan", Node(1, N0).encode())
    with pytest.raises(CorruptDatabaseError) as caught:
        store.require_root()
    assert db_path in caught.value.message
    assert "no root node" in caught.value.message


def test_put_gives_fresh_increasing_generations(store):
    store.create_initial_tree()
    seen = [store.generation_of(path) for path in ("/", "/tool", "/tool/xenstored")]
    node = Node(0, N0, b"v")
    store.put("/a", node)
    first = store.generation_of("/a")
    assert node.generation == first
    assert first > max(seen)
    store.put("/a", Node(0, N0, b"w"))
    second = store.generation_of("/a")
    assert second > first
    assert store.get("/a").generation == second
    assert store.get("/a").value == b"w"
    assert store.generation_of("/missing") == NO_GENERATION
    assert store.get("/missing") is None


def test_generations_grow_across_restarts(db_path):
    with Engine(db_path, sync=False) as engine:
        engine.session().write("/a", b"1")
        old = engine.store.generation_of("/a")
    with Engine(db_path, sync=False) as engine:
        engine.session().write("/b", b"2")
        assert engine.store.generation_of("/b") > old


def test_scan_raises_generation_past_every_record(store, database):
    store.create_initial_tree()
    database.put("/far", Node(2 ** 62, N0).encode())
    database.put("/", Node(2 ** 62 - 1, N0, b"", b"tool\0far\0").encode())
    counts = store.counts()
    assert counts.get(0) == 4
    assert store.next_generation() > 2 ** 62


def test_raise_generation(store):
    start = store.generation
    store.raise_generation(start - 10)
    assert store.generation == start
    store.raise_generation(NO_GENERATION)
    assert store.generation == start
    store.raise_generation(start + 100)
    assert store.next_generation() > start + 100


def test_value_and_replace_value(store):
    store.create_initial_tree()
    perms = Permissions.parse(["b3", "r1"])
    store.put("/n", Node(0, perms, b"old", b"x\0y\0"))
    before = store.generation_of("/n")
    assert store.value("/n") == b"old"
    assert store.value("/missing") is None
    assert store.replace_value("/n", b"new value")
    node = store.get("/n")
    assert node.value == b"new value"
    assert node.perms == perms
    assert node.child_names() == ["x", "y"]
    assert node.generation > before
    assert len(node.encode()) == 24 + 16 + 9 + 4
    assert not store.replace_value("/missing", b"v")
    assert store.get("/missing") is None


def test_delete(store, database):
    store.put("/d", Node(0, N0))
    assert store.get("/d") is not None
    store.delete("/d")
    assert store.get("/d") is None
    assert database.get("/d") is None
    store.delete("/d")


def test_cache_follows_the_file_after_cancel(store, database):
    store.put("/kept", Node(0, N0, b"1"))
    database.begin()
    store.put("/kept", Node(0, N0, b"2"))
    store.put("/new", Node(0, N0))
    assert store.get("/kept").value == b"2"
    database.cancel()
    store.forget()
    assert store.get("/kept").value == b"1"
    assert store.get("/new") is None


def test_fire_only_while_watched(store):
    assert store.events is None
    assert not store.watched
    store.fire("/a", False, (), ())
    assert store.events is None
    store.events = []
    assert store.watched
    store.fire("/a", True, (N0,), ())
    assert [(event.path, event.exact) for event in store.events] == [("/a", True)]
    assert store.events[0].perms == (N0,)


def test_counts(store):
    store.create_initial_tree()
    store.put("/five", Node(0, Permissions.parse(["n5"])))
    store.put("/five2", Node(0, Permissions.parse(["b5", "r0"])))
    store.count(5, 1)               # not counted yet: ignored
    assert store.owned_by(5) == 2
    assert store.owned_by(0) == 3
    assert store.owned_by(7) == 0
    store.count(5, 1)
    assert store.owned_by(5) == 3
    store.count(5, -3)
    assert store.owned_by(5) == 0
    assert store.counts().snapshot() == {0: 3}


def test_continue_after_sets_the_next_generation(store):
    store.create_initial_tree()
    store.raise_generation(10 ** 12)
    store.continue_after(41)
    assert store.next_generation() == 42
