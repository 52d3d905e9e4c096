"""A transaction: a private overlay on the Store, committed whole or refused with EAGAIN.

Conflicts are found as C xenstored 4.9+ finds them (tools/xenstore/
xenstored_transaction.c): every node the transaction *reads* is remembered with
its generation at first access (NO_GENERATION if absent); at commit each must
still carry that generation in the store, else the commit fails (EAGAIN).
Nodes the transaction only wrote are not checked: its value wins.

Worked example (G: global generation, g(X): generation of node X):
  I: g(A)=1, g(B)=2, G=3.  Start T1: G=4.
  T1 reads A (remembers 1).  Someone writes A: g(A)=5.
  T1 writes B (private copy).  T1 commits: g(A)=5 != 1 -> EAGAIN, B unchanged.
Had nobody written A, the commit would store B with a new generation.
"""

from . import paths
from .errors import ConflictError, OutOfMemoryError, QuotaError
from .node import NO_GENERATION


class _Access:
    """What the transaction knows of one node."""

    __slots__ = ("generation", "perms", "checked", "node", "modified", "fire", "exact")

    def __init__(self, node, checked):
        self.generation = node.generation if node is not None else NO_GENERATION
        self.perms = node.perms if node is not None else None
        self.checked = checked
        self.node = node
        self.modified = False
        self.fire = False
        self.exact = False


class Transaction:
    """Overlay view with the Store's get/put/delete/fire/owned_by/count methods."""

    def __init__(self, store, caller, node_limit=None, node_quota=None):
        self.store = store
        self.caller = caller
        self.generation = store.next_generation()
        self.node_limit = node_limit    # accessed nodes allowed (unprivileged only)
        self.node_quota = node_quota    # nodes per domain, re-checked at commit
        self.failed = False
        self.created = False            # a node was created (the commit re-checks quotas)
        self._accessed = {}             # path -> _Access, in order of first access
        self._deltas = {}               # domid -> change of its node count

    def _access(self, path, node, checked):
        if self.node_limit is not None and len(self._accessed) >= self.node_limit:
            self.failed = True
            raise QuotaError("transaction touches more than %d nodes" % self.node_limit)
        access = self._accessed[path] = _Access(node, checked)
        return access

    watched = True  # events are always queued, to fire at commit

    def get(self, path):
        """The node as this transaction sees it (its own writes first)."""
        access = self._accessed.get(path)
        if access is None:
            access = self._access(path, self.store.get(path), True)
        return None if access.node is None else access.node.copy()

    def put(self, path, node):
        """Write ``node`` privately under a new generation."""
        access = self._accessed.get(path) or self._access(path, None, False)
        node.generation = self.store.next_generation()
        access.node = node.copy()
        access.modified = True

    def value(self, path):
        """The value of ``path`` as this transaction sees it, or None."""
        node = self.get(path)
        return None if node is None else node.value

    def children(self, path):
        """The NUL-terminated child names of ``path`` as this transaction sees them, or None."""
        node = self.get(path)
        return None if node is None else node.children

    def replace_value(self, path, value):
        """Set the value of an existing node; False if absent."""
        node = self.get(path)
        if node is None:
            return False
        node.value = value
        self.put(path, node)
        return True

    def delete(self, path):
        """Remove ``path`` privately."""
        access = self._accessed.get(path) or self._access(path, None, False)
        access.node = None
        access.modified = True

    def fire(self, path, exact, perms, lookups):
        """Queue the event for commit; a normal event replaces an exact one."""
        access = self._accessed.get(path)
        if access is None:
            self.failed = True
            return
        access.exact = exact if not access.fire else access.exact and exact
        access.fire = True

    def owned_by(self, domid):
        """Nodes ``domid`` owns in the committed store: inside a transaction C xenstored
        checks the node quota against those, and the transaction's own additions at commit."""
        return self.store.owned_by(domid)

    def count(self, domid, delta):
        """Record a change of ``domid``'s node count, applied (and quota-checked) at commit."""
        self._deltas[domid] = self._deltas.get(domid, 0) + delta
        if delta > 0:
            self.created = True

    @property
    def accessed_paths(self):
        """Paths this transaction has touched, in order of first access."""
        return list(self._accessed)

    def commit(self):
        """Apply the overlay to the store (inside the caller's batch) or raise ConflictError."""
        if self.failed:
            raise OutOfMemoryError("transaction failed earlier (a quota or internal error); "
                                   "nothing was committed")
        store = self.store
        if self.node_quota is not None and self.created:
            # C xenstored (transaction_fix_domains, before the conflict check):
            # the count after commit must stay below the quota.
            for domid, delta in self._deltas.items():
                if store.owned_by(domid) + delta >= self.node_quota:
                    raise QuotaError("domain %d would own %d nodes, reaching its quota of %d"
                                     % (domid, store.owned_by(domid) + delta, self.node_quota))
        for path, access in self._accessed.items():
            if access.checked and store.generation_of(path) != access.generation:
                raise ConflictError("transaction conflicts with a change to %s" % path)
        for path, access in self._accessed.items():
            if not access.modified:
                continue
            if access.node is not None:
                store.put(path, access.node)
            else:
                store.delete(path)
        for domid, delta in self._deltas.items():
            store.count(domid, delta)
        for path, access in self._accessed.items():
            # A node created and removed again in the transaction fires nothing (C: nobody may read it).
            if access.fire and (access.perms is not None or access.node is not None):
                perms = (access.perms,) if access.perms is not None else ()
                lookups = (path, paths.parent(path)) if access.node is not None else ()
                store.fire(path, access.exact, perms, lookups)
