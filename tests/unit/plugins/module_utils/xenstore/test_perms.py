"""perms.py: the n0/r5/w3/b2 codec (C strtol base 0), the access check and inheritance."""

import struct

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import perms
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import InvalidError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import (
    BOTH, DOM0, IGNORE, NONE, OWNER, READ, WRITE, Caller, Perm, Permissions, access_for, inherit)

FULL = READ | WRITE | OWNER


def test_bits_are_xs_wire_values():
    assert (NONE, READ, WRITE, BOTH) == (0, 1, 2, 3)
    assert OWNER == 8
    assert IGNORE == 0x10
    assert perms.DOMID_FIRST_RESERVED == 0x7FF0


@pytest.mark.parametrize("text, domid, access", [
    ("n0", 0, NONE), ("r5", 5, READ), ("w3", 3, WRITE), ("b2", 2, BOTH),
    ("r32767", 32767, READ),
    ("w0x10", 16, WRITE), ("w0X1f", 31, WRITE),     # strtol base 0: hex
    ("r010", 8, READ), ("r0777", 511, READ),         # octal
    ("r00", 0, READ), ("r0", 0, READ),
    ("r-1", 0xFFFFFFFF, READ), ("b-2", 0xFFFFFFFE, BOTH),
    ("r+7", 7, READ), ("r 7", 7, READ),               # strtol skips blanks, takes a sign
    ("r\t\n\v\f\r 7", 7, READ),                       # C isspace()
    ("r4294967296", 0, READ),                         # long truncated to uint32
    ("r4294967301", 5, READ),
    ("r99999999999999999999", 0xFFFFFFFF, READ),      # clamped to LONG_MAX, then truncated
    ("r-99999999999999999999", 0, READ),              # LONG_MIN truncates to 0
])
def test_parse(text, domid, access):
    perm = Perm.parse(text)
    assert perm == (domid, access)
    assert perm.domid == domid
    assert perm.access == access


@pytest.mark.parametrize("text, printed", [
    ("n0", "n0"), ("r5", "r5"), ("w0x10", "w16"), ("r010", "r8"), ("r-1", "r-1"),
    ("b0xffffffff", "b-1"), ("r2147483647", "r2147483647"), ("r2147483648", "r-2147483648"),
])
def test_printed_like_c_percent_i(text, printed):
    assert str(Perm.parse(text)) == printed


def test_format_domid():
    assert perms.format_domid(0) == "0"
    assert perms.format_domid(0x7FF0) == "32752"
    assert perms.format_domid(0xFFFFFFFF) == "-1"
    assert perms.format_domid(0x80000000) == "-2147483648"


@pytest.mark.parametrize("text", ["x5", "R5", "N0", "5", " r5", "-1", "\u0440"])
def test_bad_letter_names_the_string(text):
    with pytest.raises(InvalidError) as caught:
        Perm.parse(text)
    assert repr(text) in caught.value.message
    assert "n, r, w or b" in caught.value.message


@pytest.mark.parametrize("text", ["r", "n", "rabc", "r5x", "r0x", "r08", "r0x1g", "r--1", "r5 ", "r1.0",
                                  "r 0x", "r+", "r-",
                                  "rw5", "r\u0665",         # not an ASCII digit
                                  "r\u00a07",        # not a C isspace() blank
                                  "r\u20037"])
def test_bad_domid_names_the_string(text):
    with pytest.raises(InvalidError) as caught:
        Perm.parse(text)
    message = caught.value.message
    assert repr(text) in message
    assert caught.value.errno_name == "EINVAL"


@pytest.mark.parametrize("value", ["", None, 5, b"r5"])
def test_empty_or_not_a_string(value):
    with pytest.raises(InvalidError) as caught:
        Perm.parse(value)
    assert repr(value) in caught.value.message


def test_permissions_parse_and_strings():
    parsed = Permissions.parse(["n0", "r5", "w0x10"])
    assert parsed == ((0, NONE), (5, READ), (16, WRITE))
    assert parsed.strings() == ["n0", "r5", "w16"]
    assert str(parsed) == "n0 r5 w16"
    assert parsed.owner == 0
    assert Permissions.parse("b7 r1") == ((7, BOTH), (1, READ))


def test_permissions_need_an_owner():
    with pytest.raises(InvalidError, match="at least the owner"):
        Permissions.parse([])
    with pytest.raises(InvalidError):
        Permissions([])


def test_permissions_parse_names_the_bad_entry():
    with pytest.raises(InvalidError, match="'q1'"):
        Permissions.parse(["n0", "r5", "q1"])


def test_encode_layout_and_round_trip():
    parsed = Permissions.parse(["n0", "r5", "b-1"])
    raw = parsed.encode()
    assert raw == struct.pack("=IIIIII", 0, 0, 5, 1, 0xFFFFFFFF, 3)
    assert len(raw) == 8 * 3
    decoded = Permissions.decode(raw)
    assert decoded == parsed
    assert decoded.strings() == ["n0", "r5", "b-1"]
    # the internal IGNORE bit survives the record but is not printed
    flagged = Permissions([(0, NONE), (9, READ | IGNORE)])
    assert Permissions.decode(flagged.encode()) == flagged
    assert flagged.strings() == ["n0", "r9"]


def test_with_owner_and_without_domain():
    parsed = Permissions.parse(["r0", "w5", "b7"])
    assert parsed.with_owner(5).strings() == ["r5", "w5", "b7"]
    assert parsed.without_domain(5).strings() == ["r0", "b7"]
    assert Permissions.parse(["b5", "r7", "w5"]).without_domain(5).strings() == ["b0", "r7"]
    assert Permissions.parse(["b5", "r7"]).without_domain(5, new_owner=3).strings() == ["b3", "r7"]


def test_caller():
    assert Caller(0).privileged
    assert not Caller(5).privileged
    assert Caller(5, True).privileged
    assert Caller(0, False).privileged is False
    assert Caller(6, target=5).target == 5
    assert Caller(5).target is None
    assert DOM0 == Caller(0, True)
    assert Caller(5).domid == 5


class TestAccessFor:
    """C perm_for_conn."""

    def check(self, strings, caller):
        return access_for(Permissions.parse(strings), caller)

    def test_privileged_gets_everything(self):
        assert self.check(["n3"], DOM0) == FULL
        assert self.check(["n3"], Caller(9, True)) == FULL

    def test_owner_gets_everything_whatever_its_letter(self):
        assert self.check(["n5"], Caller(5)) == FULL
        assert self.check(["n5", "n5"], Caller(5)) == FULL

    def test_target_of_owner_gets_everything(self):
        assert self.check(["n5"], Caller(6, target=5)) == FULL
        assert self.check(["n5"], Caller(6, target=4)) == NONE

    def test_acl_first_match_wins(self):
        assert self.check(["n0", "r5", "w5"], Caller(5)) == READ
        assert self.check(["n0", "w5", "r5"], Caller(5)) == WRITE
        assert self.check(["n0", "b5"], Caller(5)) == BOTH
        assert self.check(["b0", "n5"], Caller(5)) == NONE

    def test_acl_entry_of_the_target(self):
        assert self.check(["n0", "r4", "w6"], Caller(6, target=4)) == READ
        assert self.check(["n0", "w6", "r4"], Caller(6, target=4)) == WRITE

    def test_other_is_entry_zero(self):
        for letter, bits in (("n", NONE), ("r", READ), ("w", WRITE), ("b", BOTH)):
            assert self.check([letter + "0", "b7"], Caller(5)) == bits

    def test_ignored_entries_are_skipped(self):
        entries = Permissions([(0, READ), (5, BOTH | IGNORE), (5, WRITE)])
        assert access_for(entries, Caller(5)) == WRITE
        entries = Permissions([(0, READ), (5, BOTH | IGNORE)])
        assert access_for(entries, Caller(5)) == READ

    def test_owner_bit_never_from_acl(self):
        assert not self.check(["n0", "b5"], Caller(5)) & OWNER


class TestInherit:
    """C construct_node: copy the parent's list; an unprivileged creator becomes the owner."""

    def test_privileged_keeps_the_owner(self):
        parent = Permissions.parse(["n0", "r1"])
        assert inherit(parent, DOM0).strings() == ["n0", "r1"]
        parent = Permissions.parse(["b7", "r1"])
        assert inherit(parent, DOM0).strings() == ["b7", "r1"]

    def test_unprivileged_becomes_owner(self):
        parent = Permissions.parse(["r0", "b5", "w3"])
        assert inherit(parent, Caller(5)).strings() == ["r5", "b5", "w3"]
        assert inherit(Permissions.parse(["n0"]), Caller(3)).strings() == ["n3"]
        assert inherit(Permissions.parse(["n5"]), Caller(6, target=5)).strings() == ["n6"]
