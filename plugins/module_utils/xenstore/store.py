"""The node tree in one TDB file: records by path, the generation counter, node counts.

The Store is the view of the committed tree that operations work on outside a
transaction; ``transaction.Transaction`` offers the same methods over it.
"""

import time

from . import paths
from .errors import CorruptDatabaseError
from .events import Event
from .node import HEADER, NO_GENERATION, Node
from .perms import Permissions
from .quota import NodeCounts

# C xenstored 4.17's initial tree: "/" -> "tool" -> "xenstored", all owned by dom0 ("n0").
INITIAL_TREE = (("/", b"tool\0"), ("/tool", b"xenstored\0"), ("/tool/xenstored", b""))


class Store:
    """Committed nodes. ``get``/``put``/``delete`` are the view operations share with transactions."""

    def __init__(self, database):
        self.database = database
        # Seeded from the clock so generations keep growing across restarts
        # without a scan; a full scan (counts(), check) raises it past every record.
        self.generation = time.time_ns()
        self.events = None      # a list collecting Events while someone watches
        self._counts = None     # NodeCounts once a quota needed them
        self._get = database.get

    def next_generation(self):
        """A new, never used generation number."""
        self.generation += 1
        return self.generation

    def get(self, path):
        """The node at ``path``, or None."""
        record = self._get(path)
        return None if record is None else Node.decode(record, path)

    def generation_of(self, path):
        """Stored generation of ``path``, NO_GENERATION if absent."""
        record = self._get(path)
        return NO_GENERATION if record is None else HEADER.unpack_from(record)[0]

    def put(self, path, node):
        """Write ``node`` at ``path`` under a new generation."""
        node.generation = self.next_generation()
        self.database.put(path, node.encode())

    def delete(self, path):
        """Remove the record of ``path``."""
        self.database.delete(path)

    def fire(self, path, exact, perms, parent):
        """Record a watch event if anyone is watching."""
        if self.events is not None:
            self.events.append(Event(path, exact, perms, parent))

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
            counts = {}
            highest = 0
            for path in self.database.paths():
                node = self.get(path)
                if node is not None:
                    counts[node.owner] = counts.get(node.owner, 0) + 1
                    highest = max(highest, node.generation)
            self.raise_generation(highest)
            self._counts = NodeCounts(counts)
        return self._counts

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
