"""The store's integrity check (``xenstore-control check``): a report, and a repair.

Walks the tree from ``/``: every listed child must exist and be listed once;
every record must be reached from ``/`` (else it is an orphan) and decode.
Repair drops bad child entries and deletes orphans and unreadable records, as
C xenstored's check_store does in recovery mode.
"""

from . import paths
from .errors import CorruptDatabaseError
from .quota import NodeCounts


class IntegrityReport:
    """What the check found: lists of problem paths, and whether they were repaired."""

    def __init__(self):
        self.missing_children = []      # (parent, child name) listed but absent
        self.duplicate_children = []    # (parent, child name) listed twice
        self.orphans = []               # records not reachable from "/"
        self.unreadable = []            # records that do not decode
        self.nodes = 0
        self.repaired = False

    @property
    def ok(self):
        """True if nothing is wrong."""
        return not (self.missing_children or self.duplicate_children or self.orphans or self.unreadable)

    def problems(self):
        """One line per problem."""
        lines = ["%s lists child %r, which does not exist" % item for item in self.missing_children]
        lines += ["%s lists child %r more than once" % item for item in self.duplicate_children]
        lines += ["%s is not reachable from / (orphan)"
                  % path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                  for path in self.orphans]
        lines += ["%s has a record that cannot be decoded"
                  % path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                  for path in self.unreadable]
        return lines


def _read(store, path, report):
    try:
        return store.get(path)
    except (CorruptDatabaseError, UnicodeError):     # a damaged record, or a key that is not UTF-8
        report.unreadable.append(path)
        return None


def _child_names(node):
    """The child names of ``node``, even undecodable ones (as latin-1: never found, so dropped)."""
    try:
        return node.child_names()
    except UnicodeDecodeError:
        return node.children.decode("latin-1").split("\0")[:-1]


def check_integrity(store, repair=False):
    """Check (and with ``repair``, fix) the tree; also recounts nodes per owner."""
    report = IntegrityReport()
    counts = {}
    highest = 0
    reachable = set()
    root = _read(store, paths.ROOT, report)
    if root is None:
        raise CorruptDatabaseError("database %s has no readable root node" % store.database.path)
    stack = [(paths.ROOT, root)]
    while stack:
        path, node = stack.pop()
        reachable.add(path)
        report.nodes += 1
        counts[node.owner] = counts.get(node.owner, 0) + 1
        highest = max(highest, node.generation)
        kept = []
        names = _child_names(node)
        for name in names:
            child_path = paths.join(path, name)
            if not name.isascii():
                report.missing_children.append((path, name))
                continue
            if name in kept:
                report.duplicate_children.append((path, name))
                continue
            child = _read(store, child_path, report) if child_path not in reachable else None
            if child is None:
                if child_path not in report.unreadable:
                    report.missing_children.append((path, name))
                continue
            kept.append(name)
            stack.append((child_path, child))
        if repair and len(kept) != len(names):
            node.children = b"".join(name.encode("ascii") + b"\0" for name in kept)
            store.put(path, node)
    for path in store.database.paths():
        if path not in reachable and path not in report.unreadable:
            report.orphans.append(path)
    report.orphans.sort()
    if repair:
        for path in report.orphans + report.unreadable:
            store.delete(path)
        report.repaired = not report.ok
    store.raise_generation(highest)
    store.set_counts(NodeCounts(counts))
    return report
