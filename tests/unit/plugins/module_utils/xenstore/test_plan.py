"""plan.py: the declared tree, the changes that make the store hold it, and a dry run of them."""

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import plan
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.client import XenStoreClient
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.embedded import EmbeddedBackend
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import InvalidError, TooBigError


@pytest.fixture
def client(db_path):
    """The client API on an embedded store (the backend the modules use without a daemon)."""
    result = XenStoreClient(EmbeddedBackend(db_path))
    yield result
    result.close()


def _declare(client, path, tree=None, value=None, purge=False, perms=None, commit=True):
    """Plan and apply as xenstore_key does; the changes made."""
    desired = plan.desired_nodes(path, value, tree)

    def attempt(transaction):
        changes = plan.plan_present(plan.current_nodes(transaction, path), desired, purge, perms)
        plan.apply(transaction, changes)
        return changes
    return client.transact(attempt, commit=commit)


@pytest.mark.parametrize("tree", [{"a/b": "y", "a": "x"}, {"a": "x", "a/b": "y"}])
def test_a_relative_key_and_its_parent_leaf_declare_the_same_nodes_in_either_order(tree):
    nodes = plan.desired_nodes("/r", tree=tree)
    assert nodes["/r/a"] == [b"x", ["b"]]
    assert nodes["/r/a/b"][0] == b"y"


@pytest.mark.parametrize("tree, values", [
    ({"a/b": "y", "a": "x"}, {"/r/a": b"x", "/r/a/b": b"y"}),
    ({"a/b": {"c": "2"}, "a": {"b": "1"}}, {"/r/a": b"", "/r/a/b": b"1", "/r/a/b/c": b"2"}),
])
def test_purge_settles_whatever_the_key_order(client, tree, values):
    first = _declare(client, "/r", tree, purge=True)
    assert first
    assert _declare(client, "/r", tree, purge=True) == []
    assert {path: client.read(path) for path in values} == values


def test_purge_removes_only_what_the_tree_does_not_name(client):
    client.write("/p/keep", b"1")
    client.write("/p/drop/deep", b"2")
    changes = _declare(client, "/p", {"keep": "1", "new": 3}, purge=True)
    assert [(change.op, change.path) for change in changes] == [("rm", "/p/drop"), ("write", "/p/new")]
    assert client.directory("/p") == ["keep", "new"]
    assert client.read("/p/new") == b"3"


@pytest.mark.parametrize("value, message", [
    (True, "value of /v is True: booleans and null are not XenStore values"),
    (None, "value of /v/k is null: booleans and null are not XenStore values"),
    (1.5, "value of /v is the float 1.5: quote it to store it as a string"),
    ([1], "value of /v must be a string or an integer, not list"),
    ({"a": "1"}, "value of /v must be a string or an integer, not dict"),
])
def test_values_that_are_not_strings_or_integers_are_refused_naming_the_node(value, message):
    with pytest.raises(InvalidError, match="^" + message.replace(".", r"\.")):
        if value is None:
            plan.desired_nodes("/v", tree={"k": None})
        else:
            plan.desired_nodes("/v", value=value)


def test_a_list_in_a_tree_may_be_a_mapping_says_the_message():
    with pytest.raises(InvalidError, match=r"^value of /v/cpus must be a string, an integer or a mapping, not list$"):
        plan.desired_nodes("/v", tree={"cpus": [1, 2]})


def test_a_dry_run_is_checked_by_the_store_and_leaves_nothing(client):
    assert [change.op for change in _declare(client, "/d", {"a": "1"}, commit=False)] == ["write", "write"]
    assert not client.exists("/d")
    with pytest.raises(TooBigError):
        _declare(client, "/d", {"big": "x" * 5000}, commit=False)
    with pytest.raises(InvalidError, match="root"):
        client.transact(lambda transaction: transaction.rm("/"), commit=False)
    assert not client.exists("/d")


def test_diff_lines_show_the_subtree_before_and_after(client):
    client.write("/s/a", b"1")
    current = plan.current_nodes(client, "/s")
    changes = plan.plan_present(current, plan.desired_nodes("/s", tree={"a": "2", "b": "\x1b"}))
    assert plan.lines(current, "/s") == ['/s = ""', '/s/a = "1"']
    assert plan.lines(plan.simulate(current, changes, "/s"), "/s") == ['/s = ""', '/s/a = "2"', '/s/b = "\\x1b"']
