"""The large tree the facts, start-up and memory rows share: NODES nodes in the same shape in both daemons.

Under /bench/tree: ``domainD/groupG/keyK`` with 10 groups of 99 keys per
domain, so every directory listing fits one message (as in a real store) and
1,001 nodes hang below each domain node; values are short strings.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import start_ours, write_all  # noqa: E402

TOP = "/bench/tree"
GROUPS = 10
KEYS = 99


def items(nodes):
    """(path, value) of the leaves of a tree of about ``nodes`` nodes (at least one domain)."""
    per_domain = 1 + GROUPS * (1 + KEYS)
    domains = max(1, round(nodes / per_domain))
    return [("%s/domain%d/group%d/key%d" % (TOP, domain, group, key), b"value-%d-%d-%d" % (domain, group, key))
            for domain in range(domains) for group in range(GROUPS) for key in range(KEYS)]


def node_count(leaves):
    """Nodes the leaves make below and including TOP."""
    seen = {TOP}
    for path, _value in leaves:
        while path != TOP and path not in seen:
            seen.add(path)
            path = path.rsplit("/", 1)[0]
    return len(seen)


def build_ours(directory, leaves):
    """A TDB file holding the tree, written by bin/xenstored; its path (the daemon is stopped)."""
    daemon = start_ours(directory, "tree")
    try:
        write_all(daemon, leaves)
    finally:
        daemon.stop()
    return os.path.join(directory, "tree", "tdb")
