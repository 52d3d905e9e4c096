"""transaction.py: C xenstored 4.9+ generation-count transactions (reference section 8)."""

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import (
    BusyError, ConflictError, NotFoundError, PermissionDeniedError, QuotaError)
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import Caller
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.quota import Quotas

HOME = "/local/domain/5"


def events_of(engine):
    return [(event.path, event.exact) for event in engine.store.events]


@pytest.fixture
def other(engine):
    """A second dom0 connection, acting outside the transaction."""
    return engine.session()


class TestIsolation:

    def test_reads_see_own_writes(self, dom0):
        dom0.write("/a", b"old")
        tx = dom0.transaction_start()
        dom0.write("/a", b"new", tx)
        dom0.write("/b/c", b"created", tx)
        assert dom0.read("/a", tx) == b"new"
        assert dom0.read("/b/c", tx) == b"created"
        assert dom0.directory("/b", tx) == ["c"]
        assert dom0.directory("/", tx) == ["tool", "a", "b"]
        assert dom0.exists("/b/c", tx)
        dom0.rm("/a", tx)
        assert not dom0.exists("/a", tx)
        with pytest.raises(NotFoundError):
            dom0.read("/a", tx)
        dom0.set_perms("/b", ["n0", "r3"], tx)
        assert dom0.get_perms("/b", tx).strings() == ["n0", "r3"]
        assert dom0.get_perms("/b/c", tx).strings() == ["n0"]
        dom0.transaction_end(tx)

    def test_invisible_to_others_until_commit(self, engine, dom0, other, helpers):
        dom0.write("/a", b"old")
        before = helpers.records(engine)
        tx = dom0.transaction_start()
        dom0.write("/a", b"new", tx)
        dom0.write("/b/c", b"created", tx)
        dom0.rm("/tool", tx)
        assert other.read("/a") == b"old"
        assert not other.exists("/b")
        assert other.directory("/") == ["tool", "a"]
        assert dom0.read("/a") == b"old"          # the same session outside the transaction
        assert helpers.records(engine) == before
        dom0.transaction_end(tx)
        assert other.read("/a") == b"new"
        assert other.read("/b/c") == b"created"
        assert other.directory("/") == ["a", "b"]
        assert engine.check().ok

    def test_first_access_sees_the_store_as_it_is_then(self, dom0, other):
        dom0.write("/a", b"1")
        tx = dom0.transaction_start()
        other.write("/a", b"2")
        assert dom0.read("/a", tx) == b"2"       # C: not a snapshot at start
        other.write("/untouched", b"")
        dom0.transaction_end(tx)

    def test_abort_discards(self, engine, dom0, helpers):
        dom0.write("/a", b"old")
        before = helpers.records(engine)
        tx = dom0.transaction_start()
        dom0.write("/a", b"new", tx)
        dom0.mkdir("/m", tx)
        dom0.rm("/tool", tx)
        dom0.set_perms("/a", ["b1"], tx)
        dom0.transaction_end(tx, commit=False)
        assert helpers.records(engine) == before
        with pytest.raises(NotFoundError):
            dom0.read("/a", tx)

    def test_commit_gives_new_generations(self, engine, dom0):
        dom0.write("/a", b"")
        old = engine.store.generation_of("/a")
        tx = dom0.transaction_start()
        dom0.write("/a", b"x", tx)
        assert engine.store.generation_of("/a") == old
        dom0.transaction_end(tx)
        assert engine.store.generation_of("/a") > old

    def test_relative_paths_in_transactions(self, engine, dom0):
        dom0.mkdir(HOME)
        dom0.set_perms(HOME, ["n5"])
        guest = engine.session(Caller(5))
        tx = guest.transaction_start()
        guest.write("data/x", b"1", tx)
        assert guest.read("data/x", tx) == b"1"
        guest.transaction_end(tx)
        assert dom0.read(HOME + "/data/x") == b"1"
        assert dom0.get_perms(HOME + "/data/x").strings() == ["n5"]

    def test_permissions_apply_inside(self, engine, dom0, helpers):
        dom0.write("/secret/x", b"s")
        guest = engine.session(Caller(5))
        tx = guest.transaction_start()
        with pytest.raises(PermissionDeniedError):
            guest.read("/secret/x", tx)
        with pytest.raises(PermissionDeniedError):
            guest.write("/secret/y", b"", tx)
        with pytest.raises(PermissionDeniedError):
            guest.read("/", tx)
        guest.transaction_end(tx)


class TestConflicts:

    def commit_fails(self, session, tx):
        with pytest.raises(ConflictError) as caught:
            session.transaction_end(tx)
        assert caught.value.errno_name == "EAGAIN"
        with pytest.raises(NotFoundError):        # the id is gone either way
            session.transaction_end(tx)

    def test_read_node_changed(self, engine, dom0, other, helpers):
        dom0.write("/a", b"1")
        tx = dom0.transaction_start()
        dom0.read("/a", tx)
        dom0.write("/b", b"from tx", tx)
        other.write("/a", b"2")
        before = helpers.records(engine)
        self.commit_fails(dom0, tx)
        assert helpers.records(engine) == before
        assert not other.exists("/b")

    def test_read_only_transaction(self, dom0, other):
        dom0.write("/a", b"1")
        tx = dom0.transaction_start()
        dom0.read("/a", tx)
        other.write("/a", b"1")                  # same value: still a new generation
        self.commit_fails(dom0, tx)

    def test_directory_of_a_node_that_got_a_child(self, dom0, other):
        dom0.mkdir("/d")
        tx = dom0.transaction_start()
        assert dom0.directory("/d", tx) == []
        other.write("/d/new", b"")
        self.commit_fails(dom0, tx)

    def test_read_of_a_missing_node_then_created(self, dom0, other):
        tx = dom0.transaction_start()
        assert not dom0.exists("/later", tx)
        other.write("/later", b"")
        self.commit_fails(dom0, tx)

    def test_read_node_deleted(self, dom0, other):
        dom0.write("/a", b"1")
        tx = dom0.transaction_start()
        dom0.read("/a", tx)
        other.rm("/a")
        self.commit_fails(dom0, tx)

    def test_blind_write_of_a_node_someone_else_writes(self, dom0, other):
        dom0.write("/a", b"1")
        tx = dom0.transaction_start()
        dom0.write("/a", b"tx", tx)              # reads /a for the permission check
        other.write("/a", b"other")
        self.commit_fails(dom0, tx)
        assert other.read("/a") == b"other"

    def test_perms_change(self, dom0, other):
        dom0.write("/a", b"1")
        tx = dom0.transaction_start()
        dom0.get_perms("/a", tx)
        other.set_perms("/a", ["n0", "r1"])
        self.commit_fails(dom0, tx)

    def test_creating_under_a_parent_that_changed(self, dom0, other):
        dom0.mkdir("/p")
        tx = dom0.transaction_start()
        dom0.write("/p/x", b"", tx)
        other.write("/p/y", b"")
        self.commit_fails(dom0, tx)
        assert other.directory("/p") == ["y"]

    def test_two_creators_of_the_same_node(self, dom0, other):
        tx = dom0.transaction_start()
        dom0.write("/same", b"tx", tx)
        other.write("/same", b"other")
        self.commit_fails(dom0, tx)
        assert other.read("/same") == b"other"

    def test_writes_to_untouched_nodes_commit(self, engine, dom0, other):
        dom0.write("/a", b"1")
        dom0.write("/b", b"1")
        tx = dom0.transaction_start()
        dom0.read("/a", tx)
        dom0.write("/a", b"tx", tx)
        other.write("/b", b"other")
        other.write("/elsewhere/new", b"")
        dom0.transaction_end(tx)
        assert other.read("/a") == b"tx"
        assert other.read("/b") == b"other"
        assert other.directory("/") == ["tool", "a", "b", "elsewhere"]
        assert engine.check().ok

    def test_two_interfering_transactions(self, dom0, other):
        # transaction.c example 4: TA1 reads A, writes B; TA2 reads B, writes A
        dom0.write("/A", b"a")
        dom0.write("/B", b"b")
        ta1 = dom0.transaction_start()
        ta2 = other.transaction_start()
        dom0.read("/A", ta1)
        other.read("/B", ta2)
        dom0.write("/B", b"1:B", ta1)
        other.write("/A", b"2:A", ta2)
        dom0.transaction_end(ta1)
        self.commit_fails(other, ta2)
        assert dom0.read("/A") == b"a"
        assert dom0.read("/B") == b"1:B"

    def test_concurrent_transactions_on_disjoint_nodes(self, dom0, other):
        dom0.mkdir("/x")
        dom0.mkdir("/y")
        ta1 = dom0.transaction_start()
        ta2 = other.transaction_start()
        dom0.write("/x/1", b"", ta1)
        other.write("/y/2", b"", ta2)
        dom0.transaction_end(ta2 and ta1)
        other.transaction_end(ta2)
        assert dom0.directory("/x") == ["1"]
        assert dom0.directory("/y") == ["2"]

    def test_retry_after_conflict_succeeds(self, dom0, other):
        dom0.write("/counter", b"0")
        for attempt in range(3):
            tx = dom0.transaction_start()
            value = int(dom0.read("/counter", tx))
            if attempt == 0:
                other.write("/counter", b"10")
            dom0.write("/counter", str(value + 1).encode(), tx)
            try:
                dom0.transaction_end(tx)
                break
            except ConflictError:
                continue
        assert attempt == 1
        assert dom0.read("/counter") == b"11"


class TestProtocol:

    def test_end_of_unknown_id(self, dom0):
        for tx in (0, 1, 99):
            with pytest.raises(NotFoundError):
                dom0.transaction_end(tx)
            with pytest.raises(NotFoundError):
                dom0.transaction_end(tx, commit=False)

    def test_operations_with_unknown_id(self, dom0, engine, helpers):
        before = helpers.records(engine)
        for call in (lambda: dom0.read("/", 7), lambda: dom0.write("/a", b"", 7),
                     lambda: dom0.mkdir("/a", 7), lambda: dom0.rm("/tool", 7),
                     lambda: dom0.directory("/", 7), lambda: dom0.get_perms("/", 7),
                     lambda: dom0.set_perms("/", ["n0"], 7), lambda: dom0.exists("/", 7)):
            with pytest.raises(NotFoundError, match="transaction 7"):
                call()
        assert helpers.records(engine) == before

    def test_ids_are_per_session(self, dom0, other):
        tx = dom0.transaction_start()
        with pytest.raises(NotFoundError):
            other.read("/", tx)
        with pytest.raises(NotFoundError):
            other.transaction_end(tx)
        dom0.transaction_end(tx)

    def test_nested_start(self, dom0):
        tx = dom0.transaction_start()
        with pytest.raises(BusyError) as caught:
            dom0.transaction_start(tx)
        assert caught.value.errno_name == "EBUSY"
        assert dom0.open_transactions == [tx]
        dom0.transaction_end(tx)

    def test_id_invalid_after_commit_and_abort(self, dom0):
        first = dom0.transaction_start()
        second = dom0.transaction_start()
        dom0.transaction_end(first)
        dom0.transaction_end(second, commit=False)
        for tx in (first, second):
            with pytest.raises(NotFoundError):
                dom0.read("/", tx)

    def test_empty_transaction(self, engine, dom0, helpers):
        before = helpers.records(engine)
        tx = dom0.transaction_start()
        dom0.transaction_end(tx)
        assert helpers.records(engine) == before

    def test_node_quota_rechecked_at_commit(self, make_engine, helpers):
        engine = make_engine(quotas=Quotas(nodes=5))
        dom0 = engine.session()
        dom0.mkdir(HOME + "/a")
        dom0.mkdir(HOME + "/b")
        dom0.set_perms(HOME, ["n5"])
        dom0.set_perms(HOME + "/a", ["n5"])
        dom0.set_perms(HOME + "/b", ["n5"])        # domain 5 owns 3
        guest = engine.session(Caller(5))
        tx = guest.transaction_start()
        guest.write("a/x", b"", tx)                # 4 as the transaction sees it
        guest.write("b/y", b"")                    # 4, outside
        guest.write("b/z", b"")                    # 5, outside
        before = helpers.records(engine)
        with pytest.raises(QuotaError):
            guest.transaction_end(tx)
        assert helpers.records(engine) == before

    def test_node_quota_inside_a_transaction(self, make_engine, helpers):
        engine = make_engine(quotas=Quotas(nodes=3))
        dom0 = engine.session()
        dom0.mkdir(HOME)
        dom0.set_perms(HOME, ["n5"])
        guest = engine.session(Caller(5))
        before = helpers.records(engine)
        tx = guest.transaction_start()
        with pytest.raises(QuotaError):
            guest.write("a", b"", tx)
            guest.write("b", b"", tx)
            guest.write("c", b"", tx)
            guest.transaction_end(tx)
        if tx in guest.open_transactions:
            guest.transaction_end(tx, commit=False)
        assert helpers.records(engine) == before


class TestEvents:

    def test_nothing_fires_while_open_then_first_access_order(self, engine, dom0):
        dom0.mkdir("/w")
        dom0.write("/w/b", b"")
        engine.store.events = []
        tx = dom0.transaction_start()
        dom0.write("/w/b", b"1", tx)
        dom0.write("/w/a", b"1", tx)
        dom0.write("/w/b", b"2", tx)               # merged with the first
        dom0.set_perms("/w/a", ["n0", "r1"], tx)
        dom0.read("/tool", tx)                     # read only: no event
        assert engine.store.events == []
        dom0.transaction_end(tx)
        assert events_of(engine) == [("/w/b", False), ("/w/a", False)]

    def test_reference_example(self, engine, dom0):
        # 7.3: writing /w2/x/y and /w2/x/z, removing /w2/x/y, chmodding /w2/x
        # fired /w2/x then /w2/x/z; a node created and deleted in the tx fires nothing
        dom0.mkdir("/w2")
        engine.store.events = []
        tx = dom0.transaction_start()
        dom0.write("/w2/x/y", b"", tx)
        dom0.write("/w2/x/z", b"", tx)
        dom0.rm("/w2/x/y", tx)
        dom0.set_perms("/w2/x", ["n0", "r1"], tx)
        dom0.transaction_end(tx)
        assert events_of(engine) == [("/w2/x", False), ("/w2/x/z", False)]

    def test_rm_in_a_transaction(self, engine, dom0):
        dom0.write("/e/r/a/x", b"")
        dom0.write("/e/r/b", b"")
        engine.store.events = []
        tx = dom0.transaction_start()
        dom0.rm("/e/r", tx)
        dom0.transaction_end(tx)
        # first-access order as C walks the tree: the node, then depth first in child order
        assert events_of(engine) == [("/e/r", False), ("/e/r/a", True), ("/e/r/a/x", True),
                                     ("/e/r/b", True)]

    def test_exact_event_replaced_by_a_normal_one(self, engine, dom0):
        dom0.write("/e/r/a", b"")
        engine.store.events = []
        tx = dom0.transaction_start()
        dom0.rm("/e/r", tx)                        # /e/r/a: exact
        dom0.write("/e/r/a", b"", tx)              # /e/r/a: normal now
        dom0.transaction_end(tx)
        assert events_of(engine) == [("/e/r", False), ("/e/r/a", False)]

    def test_nothing_on_abort_or_conflict(self, engine, dom0, other):
        dom0.write("/a", b"")
        engine.store.events = []
        tx = dom0.transaction_start()
        dom0.write("/a", b"x", tx)
        dom0.transaction_end(tx, commit=False)
        assert engine.store.events == []
        tx = dom0.transaction_start()
        dom0.write("/a", b"y", tx)
        engine.store.events = None
        other.write("/a", b"z")
        engine.store.events = []
        with pytest.raises(ConflictError):
            dom0.transaction_end(tx)
        assert engine.store.events == []
