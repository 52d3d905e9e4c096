"""node.py: the C xenstored 4.17 TDB record (struct xs_tdb_record_hdr) byte for byte."""

import struct

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import node as node_module
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import CorruptDatabaseError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.node import Node
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import (
    DOM0, Caller, Permissions)

N0 = Permissions.parse(["n0"])


def record(generation, perm_pairs, value, children):
    """A record built independently of node.py, as xenstored 4.17 lays it out."""
    flat = [number for pair in perm_pairs for number in pair]
    return (struct.pack("=QIII", generation, len(perm_pairs), len(value), len(children))
            + struct.pack("=%dI" % len(flat), *flat) + value + children + b"\0\0\0\0")


def test_constants():
    assert node_module.HEADER.size == 20
    assert node_module.RECORD_OVERHEAD == 24
    assert node_module.PADDING == b"\0" * 4
    assert node_module.NO_GENERATION == 2 ** 64 - 1


def test_debian_example_a_with_child_b():
    # reference 11.1: /a with one child b, perms n0: data length 34 = 24 + 8 + 0 + 2
    raw = Node(7, N0, b"", b"b\0").encode()
    assert len(raw) == 34
    assert raw == record(7, [(0, 0)], b"", b"b\0")
    assert raw == (b"\x07" + b"\0" * 7 + b"\x01\0\0\0" + b"\0\0\0\0" + b"\x02\0\0\0"
                   + b"\0" * 8 + b"b\0" + b"\0" * 4)


def test_debian_example_leaf_hello():
    perms = Permissions.parse(["n0", "r3"])
    raw = Node(2 ** 40 + 1, perms, b"hello").encode()
    assert raw == record(2 ** 40 + 1, [(0, 0), (3, 1)], b"hello", b"")
    assert len(raw) == 24 + 16 + 5


def test_layout_offsets():
    perms = Permissions.parse(["b5", "r0", "w-1"])
    raw = Node(123456789, perms, b"v\0al", b"x\0yy\0").encode()
    generation, nperms, datalen, childlen = struct.unpack_from("=QIII", raw)
    assert (generation, nperms, datalen, childlen) == (123456789, 3, 4, 5)
    assert struct.unpack_from("=6I", raw, 20) == (5, 3, 0, 1, 0xFFFFFFFF, 2)
    assert raw[44:48] == b"v\0al"
    assert raw[48:53] == b"x\0yy\0"
    assert raw[53:] == b"\0" * 4
    assert len(raw) == 24 + 8 * 3 + 4 + 5


def test_record_size_is_what_node_size_measures():
    node = Node(1, Permissions.parse(["n0", "r5"]), b"abc", b"k\0")
    assert node.record_size == 24 + 16 + 3 + 2
    assert node.record_size == len(node.encode())
    decoded = Node.decode(node.encode())
    assert decoded.record_size == node.record_size


def test_decode_round_trip():
    perms = Permissions.parse(["n5", "b0", "r7"])
    raw = Node(99, perms, b"\x00\xffbinary", b"c\0a\0b\0").encode()
    node = Node.decode(raw, "/x")
    assert node.generation == 99
    assert node.perms == perms
    assert node.perms.strings() == ["n5", "b0", "r7"]
    assert node.owner == 5
    assert node.value == b"\x00\xffbinary"
    assert node.child_names() == ["c", "a", "b"]
    assert node.encode() == raw


def test_decode_accepts_c_garbage_padding():
    raw = record(3, [(0, 0)], b"v", b"a\0")[:-4] + b"\xde\xad\xbe\xef"
    node = Node.decode(raw, "/p")
    assert node.value == b"v"
    assert node.child_names() == ["a"]
    # re-encoding writes zero padding
    assert node.encode()[-4:] == b"\0" * 4


def test_decode_without_padding():
    raw = record(3, [(0, 0)], b"v", b"a\0")[:-4]
    assert Node.decode(raw).child_names() == ["a"]


def test_owner_without_decoding_perms():
    node = Node.decode(record(1, [(9, 1), (0, 3)], b"", b""))
    assert node.owner == 9
    assert node.perms.owner == 9


@pytest.mark.parametrize("raw, what", [
    (b"", "0 bytes, shorter than a header"),
    (b"\0" * 19, "19 bytes, shorter than a header"),
    (struct.pack("=QIII", 1, 0, 0, 0) + b"\0" * 4, "0 permissions"),
    (struct.pack("=QIII", 1, 1, 0, 0), "do not fit its 20 bytes"),
    (struct.pack("=QIII", 1, 1, 10, 0) + b"\0" * 8 + b"short", "10 value bytes"),
    (struct.pack("=QIII", 1, 1, 0, 4) + b"\0" * 8 + b"ab\0", "4 child bytes"),
    (struct.pack("=QIII", 1, 1, 0, 2) + b"\0" * 8 + b"ab" + b"\0" * 4, "2 child bytes"),
    (struct.pack("=QIII", 1, 0xFFFFFFFF, 0, 0) + b"\0" * 8, "4294967295 permissions"),
])
def test_corrupt_records(raw, what):
    with pytest.raises(CorruptDatabaseError) as caught:
        Node.decode(raw, "/bad/node")
    assert "/bad/node" in caught.value.message
    assert what in caught.value.message
    assert caught.value.errno_name == "EIO"


def test_children():
    node = Node(0, N0)
    assert node.child_names() == []
    assert not node.has_child("a")
    for name in ("c", "ab", "a", "b"):
        node.add_child(name)
    assert node.children == b"c\0ab\0a\0b\0"
    assert node.child_names() == ["c", "ab", "a", "b"]
    assert node.has_child("a") and node.has_child("ab") and node.has_child("c")
    assert not node.has_child("x")
    assert not node.has_child("b\0c")
    assert node.remove_child("a")
    assert node.child_names() == ["c", "ab", "b"]
    assert not node.remove_child("a")
    assert not node.remove_child("")
    assert node.remove_child("c")
    assert node.remove_child("b")
    assert node.child_names() == ["ab"]
    node.add_child("a")
    assert node.child_names() == ["ab", "a"]
    assert not node.remove_child("b")


def test_copy_is_independent():
    node = Node(1, N0, b"v", b"a\0")
    copy = node.copy()
    copy.value = b"w"
    copy.add_child("b")
    copy.perms = Permissions.parse(["b3"])
    assert node.value == b"v"
    assert node.child_names() == ["a"]
    assert node.perms.strings() == ["n0"]
    decoded = Node.decode(node.encode())
    other = decoded.copy()
    assert other.encode() == decoded.encode()


def test_new_child_inherits():
    parent = Node(1, Permissions.parse(["r0", "b5"]))
    assert parent.new_child(DOM0).perms.strings() == ["r0", "b5"]
    assert parent.new_child(Caller(5)).perms.strings() == ["r5", "b5"]
    child = parent.new_child(Caller(7))
    assert child.value == b"" and child.children == b""
    assert Node.decode(parent.encode()).new_child(DOM0).perms.strings() == ["r0", "b5"]
