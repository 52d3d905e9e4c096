"""The client operations in-process on a TDB file: no daemon, the engine's exclusive lock held."""

import collections

from .engine import Engine
from .errors import NotSupportedError, XenStoreError

# Seconds an embedded user waits for another embedded user (a task, a tool) to release the file.
LOCK_WAIT = 10.0


class EmbeddedBackend:
    """XenStoreClient backend over an Engine acting as dom0 (see client.XenStoreClient)."""

    kind = "embedded"

    def __init__(self, database, create=True, program="xen.xenstore"):
        self.engine = Engine(database, create=create, program=program, lock_wait=LOCK_WAIT)
        self.session = self.engine.session()
        self.description = "database %s" % database

    def close(self):
        """Commit nothing further and release the file."""
        self.engine.close()

    def read(self, path, tx=0):
        """Value bytes."""
        return self.session.read(path, tx)

    def write(self, path, value, tx=0):
        """Write (one durable TDB transaction outside a transaction)."""
        self.session.write(path, value, tx)

    def mkdir(self, path, tx=0):
        """Create if missing."""
        self.session.mkdir(path, tx)

    def rm(self, path, tx=0):
        """Remove a subtree."""
        self.session.rm(path, tx)

    def directory(self, path, tx=0):
        """Child names."""
        return self.session.directory(path, tx)

    def get_perms(self, path, tx=0):
        """Tool strings."""
        return self.session.get_perms(path, tx).strings()

    def set_perms(self, path, perms, tx=0):
        """Set permissions."""
        self.session.set_perms(path, perms, tx)

    def transaction_start(self):
        """A new transaction id."""
        return self.session.transaction_start()

    def transaction_end(self, tx, commit):
        """Commit (one durable TDB transaction) or abort."""
        self.session.transaction_end(tx, commit)

    def watch(self, path, token):
        """Watches need a daemon to deliver events."""
        raise NotSupportedError("watches need a daemon: the embedded store (%s) has no watchers"
                                % self.description)

    unwatch = watch

    def next_event(self, timeout=None):
        """No events without a daemon."""
        raise NotSupportedError("watch events need a daemon")

    def control(self, payload):
        """XS_CONTROL ``check`` (integrity check with repair, the offline way to mend a file
        xenstored refuses); anything else needs a daemon (ENOSYS, as for an unknown request)."""
        if payload == b"check\0":
            self.engine.check(repair=True)
            return b"OK\0"
        raise NotSupportedError("XS_CONTROL needs a daemon, not the embedded %s" % self.description)

    def pipeline(self, tx=0):
        """Reads answered at once, taken in order (the interface of transport.WalkPipeline)."""
        return _Answered(self, tx)


class _Answered:
    """``submit(operation, path)`` computes the answer at once; ``result()`` hands them out in order."""

    def __init__(self, backend, tx):
        self._backend = backend
        self._tx = tx
        self._answers = collections.deque()

    def submit(self, operation, path):
        """Answer ``operation`` on ``path`` now (a XenStoreError in place of a result)."""
        try:
            self._answers.append(getattr(self._backend, operation)(path, self._tx))
        except XenStoreError as error:
            self._answers.append(error)

    def result(self):
        """The oldest answer not taken yet."""
        return self._answers.popleft()

    def close(self):
        """Nothing is in flight."""
