"""The engine: one owned TDB file, and sessions that act on it as a domain.

    with Engine("/var/lib/xenstored/tdb") as engine:
        session = engine.session()              # dom0
        session.write("/vm/1/name", b"web01")   # one durable TDB transaction
        with engine.batch():                    # several operations, one commit
            ...

A session's operations outside a transaction are applied at once (each its own
TDB transaction unless a batch is open); inside ``transaction_start`` /
``transaction_end`` they stay private until a conflict-checked commit.
"""

import contextlib
import errno
import os

from .database import DEFAULT_HASH_SIZE, Database
from .domains import Domains
from .errors import BusyError, NotFoundError, QuotaError, StorageError
from .integrity import check_integrity
from .lock import OwnerLock
from .perms import DOM0
from .quota import Quotas
from .store import Store
from .transaction import Transaction
from .tree import Tree


class Engine:
    """Owner of one database file: batches, sessions, integrity check."""

    def __init__(self, database, create=True, sync=True, quotas=None, domains=None,
                 program="xen.xenstore", socket=None, hash_size=DEFAULT_HASH_SIZE, verify=False,
                 lock_wait=0.0):
        self.quotas = quotas or Quotas()
        self.domains = domains or Domains()
        if not create and not os.path.exists(database):
            raise NotFoundError("database %s does not exist" % database)
        if os.path.exists(database) and not os.path.isfile(database):
            raise StorageError("database %s is not a regular file" % database)
        if create:
            _make_folder(os.path.dirname(database))
        self._lock = OwnerLock(database, program, socket, lock_wait)
        try:
            self.database = Database(database, create, sync, hash_size, verify)
            self._lock.cover(database)
            self.store = Store(self.database)
            self.domains.epoch = self.store.generation
            with self.batch():
                if self.store.is_empty():
                    self.store.create_initial_tree()
                self.store.require_root()
        except BaseException:
            self.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    @contextlib.contextmanager
    def batch(self):
        """One TDB transaction around the block: committed at the end, cancelled on an exception."""
        self.database.begin()
        try:
            yield self
        except BaseException:
            self.database.cancel()
            self.store.forget()
            raise
        self.database.commit()

    def session(self, caller=DOM0):
        """A Session acting as ``caller`` (a perms.Caller)."""
        return Session(self, caller)

    def check(self, repair=False):
        """Integrity check of the whole tree; an IntegrityReport."""
        with self.batch():
            return check_integrity(self.store, repair)

    def close(self):
        """Close the file and give up ownership."""
        database = getattr(self, "database", None)
        if database is not None:
            database.close()
            self.database = None
        self._lock.release()


def _make_folder(folder):
    """Create the database's folder (mode 0755) if missing; StorageError if that is impossible."""
    if folder and not os.path.isdir(folder):
        try:
            os.makedirs(folder, 0o755, exist_ok=True)
        except OSError as error:
            if error.errno in (errno.EEXIST, errno.ENOTDIR):
                return  # a file stands in the way: opening the database will say so
            raise StorageError("cannot create the database folder %s: %s"
                               % (folder, os.strerror(error.errno or errno.EIO))) from None


class Session:
    """One caller's view of the engine: the requests, and its own transactions."""

    def __init__(self, engine, caller):
        self.engine = engine
        self.caller = caller
        self.tree = Tree(engine.store, caller, engine.quotas, engine.domains)
        self._transactions = {}
        self._next_id = 1

    def _tree(self, tx):
        if not tx:
            return self.tree
        tree = self._transactions.get(tx)
        if tree is None:
            raise NotFoundError("no open transaction %d" % tx)
        return tree

    def _change(self, tx, operation, *args):
        """Run a modifying Tree method: in its transaction, the open batch, or a batch of its own."""
        if tx:
            return operation(self._tree(tx), *args)
        if self.engine.database.in_transaction:
            return operation(self.tree, *args)
        with self.engine.batch():
            return operation(self.tree, *args)

    def read(self, path, tx=0):
        """Value bytes of ``path``."""
        return self._tree(tx).read(path)

    def exists(self, path, tx=0):
        """True if ``path`` exists (and the caller may read it)."""
        return self._tree(tx).exists(path)

    def directory(self, path, tx=0):
        """Child names of ``path``."""
        return self._tree(tx).directory(path)

    def children(self, path, tx=0):
        """NUL-terminated child names of ``path`` (DIRECTORY's reply bytes)."""
        return self._tree(tx).children(path)

    def directory_part(self, path, tx=0):
        """(generation, NUL-separated children bytes) of ``path``."""
        return self._tree(tx).directory_part(path)

    def get_perms(self, path, tx=0):
        """perms.Permissions of ``path``."""
        return self._tree(tx).get_perms(path)

    def write(self, path, value, tx=0):
        """Set ``path`` to ``value`` (bytes), creating missing nodes."""
        return self._change(tx, Tree.write, path, value)

    def mkdir(self, path, tx=0):
        """Create ``path`` if missing."""
        return self._change(tx, Tree.mkdir, path)

    def rm(self, path, tx=0):
        """Remove ``path`` and its subtree."""
        return self._change(tx, Tree.rm, path)

    def set_perms(self, path, perms, tx=0):
        """Set permissions from tool strings (``["n0", "r5"]``)."""
        return self._change(tx, Tree.set_perms, path, [str(perm) for perm in perms])

    def transaction_start(self, tx=0):
        """Open a transaction; returns its id (1, 2, ... per session)."""
        if tx:
            raise BusyError("transactions do not nest")
        if not self.caller.privileged and len(self._transactions) > self.engine.quotas["transactions"]:
            raise QuotaError("domain %d has too many open transactions" % self.caller.domid)
        while not self._next_id or self._next_id in self._transactions:
            self._next_id = (self._next_id + 1) & 0xFFFFFFFF
        tx = self._next_id
        self._next_id = (self._next_id + 1) & 0xFFFFFFFF
        unprivileged = not self.caller.privileged
        quotas = self.engine.quotas
        view = Transaction(self.engine.store, self.caller,
                           quotas["transaction-nodes"] if unprivileged else None,
                           quotas["nodes"] if unprivileged else None)
        self._transactions[tx] = Tree(view, self.caller, quotas, self.engine.domains)
        return tx

    def transaction_end(self, tx, commit=True):
        """Commit (or abort) transaction ``tx``; ConflictError (EAGAIN) on a conflict."""
        tree = self._transactions.pop(tx, None) if tx else None
        if tree is None:
            raise NotFoundError("no open transaction %d" % tx)
        if commit:
            # Like _change: inside an open batch a refused commit (EAGAIN) must not cancel it.
            if self.engine.database.in_transaction:
                tree.view.commit()
                return
            with self.engine.batch():
                tree.view.commit()

    def has_transaction(self, tx):
        """True if ``tx`` is one of this session's open transactions."""
        return tx in self._transactions

    def set_caller(self, caller):
        """Act as ``caller`` from now on (SET_TARGET gave the domain a target)."""
        self.caller = caller
        self.tree.caller = caller
        for tree in self._transactions.values():
            tree.caller = caller

    def abort_all(self):
        """Drop every open transaction (connection closed, RESET_WATCHES)."""
        self._transactions.clear()

    @property
    def open_transactions(self):
        """Ids of the open transactions."""
        return sorted(self._transactions)
