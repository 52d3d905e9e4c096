"""Named limits with C xenstored 4.17's defaults, and per-domain node accounting.

Quotas bind unprivileged domains only; dom0 and the daemon's socket are exempt
from all but the path length and the message size (reference: xenstored -h,
``xenstore-control quota``).
"""

XENSTORE_PAYLOAD_MAX = 4096

# name -> (default, description), in the order ``xenstore-control quota`` prints them.
QUOTAS = {
    "nodes": (1000, "Nodes per domain"),
    "watches": (128, "Watches per domain"),
    "transactions": (10, "Transactions per domain"),
    "outstanding": (20, "Outstanding requests per domain"),
    "transaction-nodes": (1024, "Max. number of accessed nodes per transaction"),
    "memory": (2621440, "Total Xenstore memory per domain (error level)"),
    "node-size": (2048, "Max. size of a node"),
    "path-max": (2048, "Max. length of a node path"),
    "permissions": (5, "Max. number of permissions per node"),
}
SOFT_QUOTAS = {
    "memory": (2097152, "Total Xenstore memory per domain (warning level)"),
}


class Quotas:
    """Current limits by name; ``set`` validates the name and value."""

    def __init__(self, **overrides):
        self.values = {name: spec[0] for name, spec in QUOTAS.items()}
        for name, value in overrides.items():
            self.set(name.replace("_", "-"), value)

    def __getitem__(self, name):
        return self.values[name]

    def set(self, name, value):
        """Change one limit; unknown names and values below 1 are refused."""
        if name not in self.values:
            raise ValueError("unknown quota %r (known: %s)" % (name, ", ".join(QUOTAS)))
        if not isinstance(value, int) or value < 1:
            raise ValueError("quota %s must be a positive integer, not %r" % (name, value))
        self.values[name] = value

    def items(self):
        """(name, value, description) in display order."""
        return [(name, self.values[name], QUOTAS[name][1]) for name in QUOTAS]


class NodeCounts:
    """Nodes owned per domain, counted from the store once and kept up to date."""

    def __init__(self, counts):
        self._counts = dict(counts)

    def get(self, domid):
        """Nodes ``domid`` owns."""
        return self._counts.get(domid, 0)

    def add(self, domid, delta):
        """Adjust ``domid``'s count by ``delta``."""
        count = self._counts.get(domid, 0) + delta
        if count:
            self._counts[domid] = count
        else:
            self._counts.pop(domid, None)

    def snapshot(self):
        """A copy of all counts: domid -> nodes."""
        return dict(self._counts)
