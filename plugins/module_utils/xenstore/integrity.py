"""The store's integrity check (``xenstore-control check``): a report, and a repair.

Walks the tree from ``/``: every listed child must exist and be listed once;
every record must be reached from ``/`` (else it is an orphan) and decode.
Repair drops bad child entries and deletes orphans and unreadable records, as
C xenstored's check_store does in recovery mode. The same walk counts the nodes
each domain owns and finds the highest generation, so the daemon reads its file
once at start (a healthy tree has no orphans: the walk reaches every record).
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
        self.counts = None              # NodeCounts of the nodes reached from "/"
        self.highest_generation = 0     # highest generation among them
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
    """Check (and with ``repair``, fix) the tree; also recounts nodes per owner and
    raises the store's generation past every node reached."""
    report = IntegrityReport()
    counts = {}
    highest = 0
    root = _read(store, paths.ROOT, report)
    if root is None:
        raise CorruptDatabaseError("database %s has no readable root node" % store.database.path)
    reachable = {paths.ROOT}        # every path pushed: walked once, even if listed twice
    stack = [(paths.ROOT, root)]
    while stack:
        path, node = stack.pop()
        owner = node.owner
        counts[owner] = counts.get(owner, 0) + 1
        if node.generation > highest:
            highest = node.generation
        if not node.children:
            continue
        kept = []
        seen = set()
        names = _child_names(node)
        for name in names:
            if not name.isascii():
                report.missing_children.append((path, name))
                continue
            if name in seen:
                report.duplicate_children.append((path, name))
                continue
            child_path = paths.join(path, name)
            child = _read(store, child_path, report) if child_path not in reachable else None
            if child is None:
                if child_path not in report.unreadable:
                    report.missing_children.append((path, name))
                continue
            seen.add(name)
            kept.append(name)
            reachable.add(child_path)
            stack.append((child_path, child))
        if repair and len(kept) != len(names):
            node.children = b"".join(name.encode("ascii") + b"\0" for name in kept)
            store.put(path, node)
    report.nodes = len(reachable)
    unreadable = set(report.unreadable)
    report.orphans = sorted(path for path in store.database.paths()
                            if path not in reachable and path not in unreadable)
    if repair:
        for path in report.orphans + report.unreadable:
            store.delete(path)
        report.repaired = not report.ok
    report.counts = NodeCounts(counts)
    report.highest_generation = highest
    store.raise_generation(highest)
    store.set_counts(report.counts)
    return report
