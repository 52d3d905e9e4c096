"""nested.py: a walked subtree as the nested mappings of xenstore_facts and the inventory."""

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.nested import from_root, nest


def entry(path, value, *children):
    """One client.walk entry (no perms)."""
    return (path, value, None, list(children))


WALKED = [
    entry("/vm", b"", "u1", "u2"),
    entry("/vm/u1", b"own value", "name", "image"),
    entry("/vm/u1/name", b"web01"),
    entry("/vm/u1/image", b"", "kernel"),
    entry("/vm/u1/image/kernel", b"/boot/vmlinuz"),
    entry("/vm/u2", b"", "raw"),
    entry("/vm/u2/raw", b"\x00\xffA\n"),
]


def test_mappings_leaves_and_own_values():
    assert nest(WALKED, "/vm") == {
        "u1": {".": "own value", "name": "web01", "image": {"kernel": "/boot/vmlinuz"}},
        "u2": {"raw": "\\000\\xffA\\n"},
    }


def test_key_order_follows_the_walk():
    shaped = nest(WALKED, "/vm")
    assert list(shaped) == ["u1", "u2"]
    assert list(shaped["u1"]) == [".", "name", "image"]


def test_nodes_removed_while_walking_are_left_out():
    # /vm/u1/image was listed by its parent but vanished before it was read: it and its subtree are absent.
    walked = [item for item in WALKED if item[0] != "/vm/u1/image"]
    assert nest(walked, "/vm")["u1"] == {".": "own value", "name": "web01"}


def test_top_leaf_missing_top_and_empty_directory():
    assert nest([entry("/vm/u1/name", b"web01")], "/vm/u1/name") == "web01"
    assert nest([], "/vm") is None
    assert nest([entry("/vm", b"", "gone")], "/vm") == {}


def test_root_walk():
    walked = [entry("/", b"", "tool"), entry("/tool", b"", "xenstored"), entry("/tool/xenstored", b"")]
    assert nest(walked, "/") == {"tool": {"xenstored": ""}}


def test_from_root_places_the_subtree_under_its_ancestors():
    assert from_root("/vm", {"u1": "x"}) == {"vm": {"u1": "x"}}
    assert from_root("/local/domain/1/name", "web01") == {"local": {"domain": {"1": {"name": "web01"}}}}
    assert from_root("/", {"tool": {}}) == {"tool": {}}
    assert from_root("/", "value") == {".": "value"}
    assert from_root("/", "") == {}
