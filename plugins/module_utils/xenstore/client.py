"""XenStoreClient: the one API that modules, tools, inventory and lookup use, whatever the backend.

Paths are ``str``; values are ``bytes`` (``str`` values are written as UTF-8).
Every operation takes an optional transaction; ``transaction()`` opens one and
commits it on leaving the block, ``transact(fn)`` reruns ``fn`` on EAGAIN.
Backends (``transport.WireBackend``, ``embedded.EmbeddedBackend``) offer the
same operations with wire-shaped arguments; this class adds the conveniences.
"""

import collections
import contextlib
import random
import time

from . import paths
from .errors import ConflictError, NotFoundError, PermissionDeniedError

DEFAULT_ATTEMPTS = 32
BACKOFF_FIRST = 0.002   # seconds: the longest wait after the first EAGAIN, doubled after each
BACKOFF_MAX = 0.1


def _bytes(value):
    return value.encode("utf-8") if isinstance(value, str) else value


class XenStoreClient:
    """Operations on a XenStore reached through ``backend``."""

    def __init__(self, backend):
        self.backend = backend

    @property
    def kind(self):
        """Which backend: 'socket', 'xenbus' or 'embedded'."""
        return self.backend.kind

    @property
    def description(self):
        """Where the store is, for messages."""
        return self.backend.description

    def close(self):
        """Release the connection or the database."""
        self.backend.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    # -- single operations ---------------------------------------------------

    def read(self, path, tx=0):
        """Value of ``path`` (bytes)."""
        return self.backend.read(path, tx)

    def exists(self, path, tx=0):
        """True if ``path`` exists and is readable."""
        try:
            self.backend.read(path, tx)
        except (NotFoundError, PermissionDeniedError):
            return False
        return True

    def write(self, path, value, tx=0):
        """Set ``path`` to ``value``, creating missing parents."""
        self.backend.write(path, _bytes(value), tx)

    def mkdir(self, path, tx=0):
        """Create ``path`` if missing."""
        self.backend.mkdir(path, tx)

    def rm(self, path, tx=0):
        """Remove ``path`` and everything below it."""
        self.backend.rm(path, tx)

    def directory(self, path, tx=0):
        """Child names of ``path`` in the daemon's order."""
        return self.backend.directory(path, tx)

    def get_perms(self, path, tx=0):
        """Permissions of ``path`` as tool strings, e.g. ``["n0", "r5"]``."""
        return self.backend.get_perms(path, tx)

    def set_perms(self, path, perms, tx=0):
        """Set permissions from tool strings (owner and default first)."""
        self.backend.set_perms(path, [str(perm) for perm in perms], tx)

    # -- transactions --------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self, commit=True):
        """A Transaction committed when the block ends (ConflictError on EAGAIN), aborted on an
        error; with ``commit=False`` always aborted (a dry run that the store still checks)."""
        tx = self.backend.transaction_start()
        try:
            yield Transaction(self, tx)
        except BaseException:
            self.backend.transaction_end(tx, False)
            raise
        self.backend.transaction_end(tx, commit)

    def transact(self, function, attempts=DEFAULT_ATTEMPTS, commit=True):
        """``function(transaction)`` in a transaction, rerun from scratch on EAGAIN.

        Between reruns it waits a random moment, up to twice as long each time (2 ms,
        4 ms, ... at most 100 ms): writers that keep conflicting spread out instead of
        starving one another. ``commit=False`` aborts the transaction at the end."""
        for attempt in range(attempts):
            try:
                with self.transaction(commit) as transaction:
                    return function(transaction)
            except ConflictError:
                if attempt == attempts - 1:
                    raise
            time.sleep(random.uniform(0, min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** attempt)))
        return None

    # -- watches -------------------------------------------------------------

    def watch(self, path, token):
        """Register a watch (daemon backends only); its first event arrives at once."""
        self.backend.watch(path, _bytes(token))

    def unwatch(self, path, token):
        """Remove a watch."""
        self.backend.unwatch(path, _bytes(token))

    def next_event(self, timeout=None):
        """(path, token) str of the next watch event, or None after ``timeout`` seconds."""
        event = self.backend.next_event(timeout)
        if event is None:
            return None
        return event[0].decode("latin-1"), event[1].decode("utf-8", "surrogateescape")

    def control(self, command, *args):
        """Reply payload (bytes) of XS_CONTROL ``command`` with ``args`` (daemon backends only)."""
        return self.backend.control(b"".join(_bytes(word) + b"\0" for word in (command,) + args))

    # -- whole trees ---------------------------------------------------------

    def walk(self, path=paths.ROOT, depth=None, with_perms=False, tx=0):
        """(path, value, perms or None, children) of ``path`` and its descendants, pre-order.

        ``depth`` 1 means ``path`` and its children. A node's children are asked for as
        soon as its directory arrives, while earlier replies are still coming (pipelined
        over a daemon connection). Nodes that vanish during the walk are skipped.
        """
        results, order = self._fetch(path, depth, with_perms, tx)
        stack = [path]
        while stack:
            node_path = stack.pop()
            if node_path not in results:
                continue
            value, perms, children = results[node_path]
            yield node_path, value, perms, children
            stack.extend(reversed(order[node_path]))

    def _fetch(self, top, depth, with_perms, tx):
        """Breadth first: {path: (value, perms, children)} and {path: child paths} of the subtree."""
        operations = ("read", "directory", "get_perms") if with_perms else ("read", "directory")
        pipeline = self.backend.pipeline(tx)
        submit, result = pipeline.submit, pipeline.result
        results, order = {}, {}
        queue = collections.deque()
        try:
            for operation in operations:
                submit(operation, top)
            queue.append((top, 0))
            while queue:
                node_path, level = queue.popleft()
                answers = [result() for _operation in operations]
                failed = [answer for answer in answers if isinstance(answer, Exception)]
                if failed:
                    if isinstance(failed[0], NotFoundError) and node_path != top:
                        continue    # removed while we walked
                    raise failed[0]
                children = answers[1] if depth is None or level < depth else []
                results[node_path] = (answers[0], answers[2] if with_perms else None, children)
                prefix = node_path + "/" if node_path != paths.ROOT else "/"
                below = order[node_path] = [prefix + name for name in children]
                for child in below:
                    for operation in operations:
                        submit(operation, child)
                    queue.append((child, level + 1))
        finally:
            pipeline.close()
        return results, order


class Transaction:
    """The client's operations bound to one open transaction."""

    def __init__(self, client, tx):
        self.client = client
        self.id = tx

    def read(self, path):
        """Value of ``path`` in this transaction."""
        return self.client.read(path, self.id)

    def exists(self, path):
        """True if ``path`` exists (and is readable) in this transaction."""
        return self.client.exists(path, self.id)

    def write(self, path, value):
        """Write inside the transaction."""
        self.client.write(path, value, self.id)

    def mkdir(self, path):
        """Create inside the transaction."""
        self.client.mkdir(path, self.id)

    def rm(self, path):
        """Remove inside the transaction."""
        self.client.rm(path, self.id)

    def directory(self, path):
        """Children as this transaction sees them."""
        return self.client.directory(path, self.id)

    def get_perms(self, path):
        """Permissions as this transaction sees them."""
        return self.client.get_perms(path, self.id)

    def set_perms(self, path, perms):
        """Set permissions inside the transaction."""
        self.client.set_perms(path, perms, self.id)

    def walk(self, path=paths.ROOT, depth=None, with_perms=False):
        """The tree below ``path`` as this transaction sees it (see XenStoreClient.walk)."""
        return self.client.walk(path, depth, with_perms, self.id)
