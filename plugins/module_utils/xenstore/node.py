"""A node and its record: C xenstored's ``struct xs_tdb_record_hdr`` layout.

Record (native byte order): ``uint64 generation, uint32 num_perms, uint32 datalen,
uint32 childlen``, then ``num_perms`` x ``{uint32 id, uint32 perms}``, the value,
the child names each NUL-terminated in creation order, and the 4 bytes of
padding C's 24-byte ``sizeof`` of the header adds at the end.
"""

import struct

from .errors import CorruptDatabaseError
from .perms import Permissions, inherit

HEADER = struct.Struct("=QIII")
_UINT32 = struct.Struct("=I")
RECORD_OVERHEAD = 24          # sizeof(struct xs_tdb_record_hdr): 20 bytes + alignment
PADDING = b"\0" * (RECORD_OVERHEAD - HEADER.size)
NO_GENERATION = (1 << 64) - 1


class Node:
    """One node: generation, permissions, value bytes, child names (NUL-separated bytes)."""

    __slots__ = ("generation", "_perms", "_raw_perms", "value", "children")

    def __init__(self, generation, perms, value=b"", children=b""):
        self.generation = generation
        self._perms = perms
        self._raw_perms = None
        self.value = value
        self.children = children

    @property
    def perms(self):
        """The node's Permissions (decoded on first use)."""
        if self._perms is None:
            self._perms = Permissions.decode(self._raw_perms)
        return self._perms

    @perms.setter
    def perms(self, perms):
        self._perms = perms
        self._raw_perms = None

    @property
    def owner(self):
        """Domain owning the node (entry 0)."""
        if self._perms is None:
            return _UINT32.unpack_from(self._raw_perms)[0]
        return self._perms[0][0]

    def copy(self):
        """An independent copy (records are immutable, the object is not)."""
        node = Node(self.generation, self._perms, self.value, self.children)
        node._raw_perms = self._raw_perms
        return node

    def new_child(self, caller):
        """An empty node as ``caller`` creates it below this one (inherited permissions)."""
        if caller.privileged:
            child = Node(0, self._perms)
            child._raw_perms = self._raw_perms
            return child
        return Node(0, inherit(self.perms, caller))

    def child_names(self):
        """Child names in creation order."""
        return self.children.decode("ascii").split("\0")[:-1] if self.children else []

    def has_child(self, name):
        """True if ``name`` is listed as a child."""
        return ("\0%s\0" % name).encode("ascii") in b"\0" + self.children

    def add_child(self, name):
        """Append ``name`` to the child list."""
        self.children += name.encode("ascii") + b"\0"

    def remove_child(self, name):
        """Drop ``name`` from the child list; False if it was not there."""
        entry = name.encode("ascii") + b"\0"
        padded = b"\0" + self.children
        at = padded.find(b"\0" + entry)
        if at < 0:
            return False
        self.children = self.children[:at] + self.children[at + len(entry):]
        return True

    def encode(self):
        """The record bytes."""
        raw_perms = self._raw_perms if self._perms is None else self._perms.encode()
        return b"".join((
            HEADER.pack(self.generation, len(raw_perms) // 8, len(self.value), len(self.children)),
            raw_perms, self.value, self.children, PADDING))

    @property
    def record_size(self):
        """Bytes of the record (what the ``node-size`` quota measures)."""
        nperms = len(self._perms) if self._perms is not None else len(self._raw_perms) // 8
        return RECORD_OVERHEAD + 8 * nperms + len(self.value) + len(self.children)

    @classmethod
    def decode(cls, record, path="?"):
        """A Node from its record; CorruptDatabaseError if the lengths do not add up."""
        try:
            generation, nperms, datalen, childlen = HEADER.unpack_from(record)
        except struct.error:
            raise CorruptDatabaseError("corrupt record for %s: %d bytes, shorter than a header"
                                       % (path, len(record))) from None
        value_at = HEADER.size + 8 * nperms
        children_at = value_at + datalen
        end = children_at + childlen
        if nperms == 0 or end > len(record) or (childlen and record[end - 1] != 0):
            raise CorruptDatabaseError(
                "corrupt record for %s: %d permissions, %d value bytes and %d child bytes "
                "do not fit its %d bytes" % (path, nperms, datalen, childlen, len(record)))
        node = cls(generation, None, record[value_at:children_at], record[children_at:end])
        node._raw_perms = record[HEADER.size:value_at]
        return node
