"""Node permissions: the ``n0``/``r5``/``w3``/``b2`` lists, callers and the access check.

Entry 0 names the owner and, by its letter, the access of every domain not
listed after it; entries 1.. grant their letter to one domain each (first match
wins). The owner, a privileged caller (dom0, the daemon's socket) and a caller
whose target is the owner have full access (docs/misc/xenstore.txt).
"""

import re
import struct

from .errors import InvalidError

NONE = 0
READ = 1
WRITE = 2
BOTH = READ | WRITE
OWNER = 8       # internal only: full rights incl. SET_PERMS
IGNORE = 0x10   # internal only: entry of a domain that does not exist

LETTER_BITS = {"n": NONE, "r": READ, "w": WRITE, "b": BOTH}
BITS_LETTER = {bits: letter for letter, bits in LETTER_BITS.items()}

DOMID_FIRST_RESERVED = 0x7FF0
DOMID_SELF = 0x7FF0

# strtol(s, &end, 0) accepting the whole rest: optional sign, hex, octal or decimal.
_NUMBER = re.compile(r"[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)")  # C isspace()
_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1
_PAIR = struct.Struct("=II")


def parse_domid(text):
    """C's ``strtol(text, NULL, 0)`` truncated to ``uint32``, the whole string numeric."""
    match = _NUMBER.fullmatch(text)
    if not match:
        raise ValueError(text)
    sign, digits = match.groups()
    if digits.lower().startswith("0x"):
        value = int(digits, 16)
    elif digits.startswith("0") and len(digits) > 1:
        value = int(digits, 8)
    else:
        value = int(digits)
    if sign == "-":
        value = -value
    return max(_LONG_MIN, min(_LONG_MAX, value)) & 0xFFFFFFFF


def format_domid(domid):
    """``%i`` of the stored ``uint32``, as xenstored prints it."""
    return str(domid - (1 << 32) if domid & 0x80000000 else domid)


class Perm(tuple):
    """One entry: (domid, access bits)."""

    __slots__ = ()

    def __new__(cls, domid, access):
        return tuple.__new__(cls, (domid, access))

    @property
    def domid(self):
        """The domain this entry names."""
        return self[0]

    @property
    def access(self):
        """Its access bits (READ, WRITE, maybe IGNORE)."""
        return self[1]

    def __str__(self):
        return BITS_LETTER[self[1] & BOTH] + format_domid(self[0])

    @classmethod
    def parse(cls, text):
        """An entry from its tool form (``r5``); InvalidError names what is wrong."""
        if not isinstance(text, str) or not text or text[0] not in LETTER_BITS:
            raise InvalidError("invalid permission %r: it must be n, r, w or b followed "
                               "by a domain id (e.g. r5)" % (text,))
        try:
            domid = parse_domid(text[1:])
        except ValueError:
            raise InvalidError("invalid permission %r: %r is not a domain id"
                               % (text, text[1:])) from None
        return cls(domid, LETTER_BITS[text[0]])


class Permissions(tuple):
    """A node's permission list: owner entry first, then the ACL."""

    __slots__ = ()

    def __new__(cls, entries):
        entries = tuple(Perm(*entry) for entry in entries)
        if not entries:
            raise InvalidError("a permission list needs at least the owner entry")
        return tuple.__new__(cls, entries)

    @classmethod
    def parse(cls, texts):
        """A list from tool strings (``["n0", "r5"]``)."""
        if isinstance(texts, str):
            texts = texts.split()
        return cls(Perm.parse(text) for text in texts)

    @classmethod
    def decode(cls, raw):
        """From the record's packed ``struct xs_permissions`` array."""
        return tuple.__new__(cls, (Perm(*pair) for pair in _PAIR.iter_unpack(raw)))

    def encode(self):
        """The packed ``struct xs_permissions`` array of a node record."""
        return b"".join(_PAIR.pack(domid, access) for domid, access in self)

    @property
    def owner(self):
        """The owning domain."""
        return self[0][0]

    def strings(self):
        """The tool form, e.g. ``["n0", "r5"]``."""
        return [str(perm) for perm in self]

    def with_owner(self, domid):
        """The same list owned by ``domid``, keeping the 'other' letter and the ACL."""
        return tuple.__new__(Permissions, (Perm(domid, self[0][1]),) + self[1:])

    def without_domain(self, domid, new_owner=0):
        """The list once ``domid`` is gone: owner passes to ``new_owner``, its ACL entries drop."""
        owner = self[0] if self[0][0] != domid else Perm(new_owner, self[0][1])
        rest = tuple(perm for perm in self[1:] if perm[0] != domid)
        return tuple.__new__(Permissions, (owner,) + rest)

    def __str__(self):
        return " ".join(self.strings())


DEFAULT = Permissions([(0, NONE)])


class Caller(tuple):
    """Who asks: domid, whether privileged (dom0/socket), and its target domain (SET_TARGET)."""

    __slots__ = ()

    def __new__(cls, domid=0, privileged=None, target=None):
        if privileged is None:
            privileged = domid == 0
        return tuple.__new__(cls, (domid, privileged, target))

    @property
    def domid(self):
        """The caller's domain id."""
        return self[0]

    @property
    def privileged(self):
        """True for dom0 and the daemon's socket: every check passes."""
        return self[1]

    @property
    def target(self):
        """The domain whose rights this caller also has, or None."""
        return self[2]


DOM0 = Caller(0, True)


def access_for(perms, caller):
    """Access bits (READ, WRITE, OWNER) ``caller`` has on a node with ``perms``."""
    domid, privileged, target = caller
    owner = perms[0][0]
    if privileged or owner == domid or (target is not None and owner == target):
        return READ | WRITE | OWNER
    for entry_domid, access in perms[1:]:
        if not access & IGNORE and (entry_domid == domid or entry_domid == target):
            return access & BOTH
    return perms[0][1] & BOTH


def inherit(parent_perms, caller):
    """Permissions of a node created under ``parent_perms``: a copy, owned by an unprivileged creator."""
    if caller.privileged:
        return parent_perms
    return parent_perms.with_owner(caller.domid)
