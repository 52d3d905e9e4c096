"""The node tree in one TDB file: records by path, the generation counter, node counts.

The Store is the view of the committed tree that operations work on outside a
transaction; ``transaction.Transaction`` offers the same methods over it.
"""

import struct
import time

from . import paths
from .errors import CorruptDatabaseError
from .events import Event
from .node import HEADER, NO_GENERATION, PADDING, Node
from .perms import Permissions
from .quota import NodeCounts

_COUNTS = struct.Struct("=II")      # num_perms, datalen: at offset 8 of a record
_COUNTS3 = struct.Struct("=III")    # num_perms, datalen, childlen

# Records kept in memory; the file has one owner, so the copy is never stale. About 250
# bytes each: 32,768 of them keep a 100,000-node daemon under 3x C xenstored's RSS.
CACHE_LIMIT = 1 << 15

# C xenstored 4.17's initial tree: "/" -> "tool" -> "xenstored", all owned by dom0 ("n0").
INITIAL_TREE = (("/", b"tool\0"), ("/tool", b"xenstored\0"), ("/tool/xenstored", b""))


class Store:
    """Committed nodes. ``get``/``put``/``delete`` are the view operations share with transactions."""

    def __init__(self, database):
        self.database = database
        # A new file counts from 0, as C xenstored does. An existing one is seeded
        # from the clock, so generations keep growing across restarts without a
        # scan; the daemon continues right after the highest record (continue_after).
        self.generation = 0 if database.is_empty() else time.time_ns()
        self.events = None      # a list collecting Events while someone watches
        self._counts = None     # NodeCounts once a quota needed them
        self._records = {}      # path -> record, at most CACHE_LIMIT of them
        self._read = database.get

    @property
    def watched(self):
        """True while watch events are collected."""
        return self.events is not None

    def next_generation(self):
        """A new, never used generation number."""
        self.generation += 1
        return self.generation

    def _record(self, path):
        record = self._records.get(path)
        if record is None:
            record = self._read(path)
            if record is not None:
                self._remember(path, record)
        return record

    def _remember(self, path, record):
        # A full cache keeps what it has (a walk over more nodes must not flush it);
        # records already cached are always replaced, so nothing goes stale.
        if len(self._records) < CACHE_LIMIT or path in self._records:
            self._records[path] = record

    def forget(self):
        """Drop the cached records and node counts (after a cancelled TDB transaction)."""
        self._records.clear()
        self._counts = None     # counted again from the file when next needed

    def get(self, path):
        """The node at ``path``, or None."""
        record = self._record(path)
        return None if record is None else Node.decode(record, path)

    def value(self, path):
        """The value of ``path`` without decoding the rest of its record, or None."""
        record = self._record(path)
        if record is None:
            return None
        nperms, datalen = _COUNTS.unpack_from(record, 8)
        start = HEADER.size + 8 * nperms
        return record[start:start + datalen]

    def children(self, path):
        """The NUL-terminated child names of ``path`` without decoding the rest, or None."""
        record = self._record(path)
        if record is None:
            return None
        nperms, datalen, childlen = _COUNTS3.unpack_from(record, 8)
        start = HEADER.size + 8 * nperms + datalen
        return record[start:start + childlen]

    def generation_of(self, path):
        """Stored generation of ``path``, NO_GENERATION if absent."""
        record = self._record(path)
        return NO_GENERATION if record is None else HEADER.unpack_from(record)[0]

    def put(self, path, node):
        """Write ``node`` at ``path`` under a new generation."""
        node.generation = self.next_generation()
        self._store(path, node.encode())

    def replace_value(self, path, value):
        """Set the value of an existing node keeping the rest of its record; False if absent."""
        record = self._record(path)
        if record is None:
            return False
        nperms, datalen, childlen = _COUNTS3.unpack_from(record, 8)
        start = HEADER.size + 8 * nperms
        self._store(path, b"".join((
            HEADER.pack(self.next_generation(), nperms, len(value), childlen),
            record[HEADER.size:start], value,
            record[start + datalen:start + datalen + childlen], PADDING)))
        return True

    def _store(self, path, record):
        self.database.put(path, record)
        self._remember(path, record)

    def delete(self, path):
        """Remove the record of ``path``."""
        self._records.pop(path, None)
        self.database.delete(path)

    def fire(self, path, exact, perms, lookups):
        """Record a watch event if anyone is watching."""
        if self.events is not None:
            self.events.append(Event(path, exact, perms, lookups))

    def owned_by(self, domid):
        """Nodes ``domid`` owns (counted on first use)."""
        return self.counts().get(domid)

    def count(self, domid, delta):
        """Adjust ``domid``'s node count, if counts are kept."""
        if self._counts is not None:
            self._counts.add(domid, delta)

    def counts(self):
        """NodeCounts of every domain, from one scan of the file the first time."""
        if self._counts is None:
            self.raise_generation(self._count_all())
        return self._counts

    def continue_after(self, highest):
        """Continue generations right after ``highest``, the highest stored one (the daemon
        at start, from the integrity check's walk, before any change)."""
        self.generation = highest

    def _count_all(self):
        counts = {}
        highest = 0
        for path in self.database.paths():
            node = self.get(path)
            if node is not None:
                counts[node.owner] = counts.get(node.owner, 0) + 1
                highest = max(highest, node.generation)
        self._counts = NodeCounts(counts)
        return highest

    def set_counts(self, counts):
        """Adopt freshly computed NodeCounts (from the integrity check)."""
        self._counts = counts

    def raise_generation(self, seen):
        """Make sure future generations exceed ``seen``."""
        if seen != NO_GENERATION and seen >= self.generation:
            self.generation = seen + 1

    def is_empty(self):
        """True for a file with no records at all."""
        return self.database.is_empty()

    def create_initial_tree(self):
        """Write C xenstored 4.17's initial nodes into an empty file."""
        for path, children in INITIAL_TREE:
            self.put(path, Node(0, Permissions([(0, 0)]), b"", children))

    def require_root(self):
        """CorruptDatabaseError unless the root node is present and readable."""
        if self.get(paths.ROOT) is None:
            raise CorruptDatabaseError("database %s has records but no root node '/'"
                                       % self.database.path)
