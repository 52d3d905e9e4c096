"""Watch registrations and the matching of events to them (docs/misc/xenstore.txt, WATCH).

A watch on W matches a change of P if P is W or lies below it (``/`` matches
everything); an *exact* event (a node deleted below the removed one) matches
only watches on exactly that path; ``@`` names match only their special event.
Owners are opaque (the daemon's connections).
"""

from . import paths
from .errors import ExistsError, NotFoundError


class Watch:
    """One registration: owner, canonical path, token bytes, and the home to strip for relative paths."""

    __slots__ = ("owner", "path", "token", "relative_base", "seq")

    def __init__(self, owner, path, token, relative_base, seq):
        self.owner = owner
        self.path = path
        self.token = token
        self.relative_base = relative_base
        self.seq = seq

    def event_path(self, path):
        """``path`` as this watch reports it: relative watches see paths relative to their home."""
        base = self.relative_base
        if base is not None and path.startswith(base):
            path = path[len(base):]
            if path.startswith("/"):
                path = path[1:]
        return path


class WatchTable:
    """All watches, indexed by path for matching and by owner for bookkeeping."""

    def __init__(self):
        self._by_path = {}
        self._by_owner = {}
        self._seq = 0

    def has(self, owner, path, token):
        """True if ``owner`` watches ``path`` with ``token``."""
        return any(watch.path == path and watch.token == token
                   for watch in self._by_owner.get(owner, ()))

    def add(self, owner, path, token, relative_base=None):
        """Register a watch; ExistsError for the same (path, token) on the same owner."""
        if self.has(owner, path, token):
            raise ExistsError("a watch on %s with this token exists" % paths.shorten(path))
        mine = self._by_owner.setdefault(owner, [])
        self._seq += 1
        watch = Watch(owner, path, token, relative_base, self._seq)
        mine.append(watch)
        self._by_path.setdefault(path, []).append(watch)
        return watch

    def remove(self, owner, path, token):
        """Drop one watch; NotFoundError if there is none."""
        for watch in self._by_owner.get(owner, ()):
            if watch.path == path and watch.token == token:
                self._drop(watch)
                return
        raise NotFoundError("no watch on %s with this token" % paths.shorten(path))

    def remove_owner(self, owner):
        """Drop every watch of ``owner``."""
        for watch in list(self._by_owner.get(owner, ())):
            self._drop(watch)
        self._by_owner.pop(owner, None)

    def _drop(self, watch):
        self._by_owner[watch.owner].remove(watch)
        same_path = self._by_path[watch.path]
        same_path.remove(watch)
        if not same_path:
            del self._by_path[watch.path]

    def count(self, owner):
        """Watches ``owner`` holds."""
        return len(self._by_owner.get(owner, ()))

    def __bool__(self):
        return bool(self._by_path)

    def matching(self, path, exact):
        """Watches an event on ``path`` reaches, in registration order."""
        by_path = self._by_path
        if exact or paths.is_special(path):
            found = list(by_path.get(path, ()))
        else:
            found = list(by_path.get(paths.ROOT, ()))
            cut = path.find("/", 1)
            while cut > 0:
                found += by_path.get(path[:cut], ())
                cut = path.find("/", cut + 1)
            if path != paths.ROOT:
                found += by_path.get(path, ())
        found.sort(key=lambda watch: watch.seq)
        return found
