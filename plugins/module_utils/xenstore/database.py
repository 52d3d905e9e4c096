"""The only TDB code: one file of records keyed by node path, and its transactions.

Debian's ``python3-tdb`` binding (Samba tdb) does the work. Every change is made
inside a TDB transaction, so a crash leaves the file as of the last commit;
``sync=False`` leaves flushing to the kernel (commits still reach the file).
"""

import ctypes
import ctypes.util
import errno
import logging
import os

from .errors import CorruptDatabaseError, DatabaseInUseError, MissingDependencyError, NotFoundError, StorageError

try:
    import tdb
except ImportError:  # ansible-test's import sanity venv has no system packages
    tdb = None

LOG = logging.getLogger("xenstore.database")

# C xenstored's size. Every TDB transaction copies the whole hash table, so a larger one
# makes each commit slower on the stores of a few thousand nodes a dom0 usually holds
# (start+store+commit 12.5 us here against 24 us at 65521); gets only lengthen past ~50k nodes.
DEFAULT_HASH_SIZE = 7919


class Database:
    """A TDB file of node records: get, put, delete, paths, transactions."""

    def __init__(self, path, create=True, sync=True, hash_size=DEFAULT_HASH_SIZE, verify=False):
        if tdb is None:
            raise MissingDependencyError("the Python tdb binding is missing: install the Debian "
                                         "package python3-tdb and use /usr/bin/python3 or a venv "
                                         "made with --system-site-packages")
        self.path = path
        existed = os.path.exists(path)
        if not existed and not create:
            raise NotFoundError("database %s does not exist" % path)
        if existed and verify:
            verify_file(path)
        # Never O_CREAT an existing file: tdb would overwrite one that is not a TDB.
        flags = os.O_RDWR | (os.O_CREAT if create and not existed else 0)
        # NOLOCK: the owner lock (lock.py) keeps every other process out of the file, so TDB's
        # own fcntl locks (one pair per get) only cost time: reads are three times faster without.
        tdb_flags = (tdb.DEFAULT if sync else tdb.NOSYNC) | tdb.NOLOCK
        try:
            self._tdb = tdb.Tdb(path, hash_size, tdb_flags, flags, 0o600)
        except OSError as error:
            raise _open_error(path, error) from None
        if not existed:
            os.chmod(path, 0o600)
        self._get = self._tdb.get
        self._store = self._tdb.store
        self._depth = 0

    def get(self, path):
        """The record stored for ``path``, or None."""
        return self._get(path.encode())

    def put(self, path, record):
        """Store ``record`` for ``path``."""
        self._store(path.encode(), record)

    def delete(self, path):
        """Remove the record of ``path`` if there is one."""
        try:
            self._tdb.delete(path.encode("utf-8", "surrogateescape"))
        except RuntimeError:
            pass  # tdb says 'Record does not exist'

    def paths(self):
        """Every key, decoded (node paths; foreign bytes kept as surrogates, so delete() finds them)."""
        return [key.decode("utf-8", "surrogateescape") for key in self._tdb.keys()]

    def is_empty(self):
        """True if the file holds no record at all."""
        return self._tdb.firstkey() is None

    @property
    def in_transaction(self):
        """True between begin() and commit()/cancel()."""
        return self._depth > 0

    def begin(self):
        """Start a TDB transaction (nested calls join the outer one)."""
        if self._depth == 0:
            self._tdb.transaction_start()
        self._depth += 1

    def commit(self):
        """End the transaction; the outermost commit writes (and with sync, flushes) the file."""
        if self._depth == 0:
            raise StorageError("nothing committed to %s: an error inside the batch cancelled it"
                               % self.path)
        self._depth -= 1
        if self._depth == 0:
            try:
                self._tdb.transaction_commit()
            except RuntimeError as error:
                reason = error.args[-1] if len(error.args) == 2 else error   # (tdb code, text)
                raise StorageError("could not commit to %s: tdb: %s (%s)"
                                   % (self.path, reason, free_space(self.path))) from None

    def cancel(self):
        """Abandon the whole transaction, nested levels included."""
        if self._depth:
            self._depth = 0
            self._tdb.transaction_cancel()

    def set_sync(self, sync):
        """Flush on every commit (True) or leave it to the kernel (False)."""
        if sync:
            self._tdb.remove_flags(tdb.NOSYNC)
        else:
            self._tdb.add_flags(tdb.NOSYNC)

    def close(self):
        """Cancel any open transaction and close the file."""
        if self._tdb is not None:
            self.cancel()
            self._tdb.close()
            self._tdb = None


def free_space(path):
    """'N bytes free on its file system' for the file system holding ``path``."""
    try:
        status = os.statvfs(os.path.dirname(os.path.abspath(path)))
    except OSError as error:
        return "free space unknown: %s" % os.strerror(error.errno)
    return "%d bytes free on its file system" % (status.f_bavail * status.f_frsize)


def _libtdb():
    """libtdb through ctypes (for tdb_check, which the Python binding lacks), or None."""
    name = ctypes.util.find_library("tdb")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None
    lib.tdb_open.restype = ctypes.c_void_p
    lib.tdb_open.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_uint]
    lib.tdb_check.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    lib.tdb_errorstr.restype = ctypes.c_char_p
    lib.tdb_errorstr.argtypes = [ctypes.c_void_p]
    lib.tdb_close.argtypes = [ctypes.c_void_p]
    lib.tdb_repack.argtypes = [ctypes.c_void_p]
    return lib


def verify_file(path):
    """CorruptDatabaseError if libtdb's own consistency check (tdb_check: hash chains, free
    list, record headers, every record inside the file) fails on ``path``: a truncated or
    overwritten file, which a traversal would otherwise read as fewer records, silently.
    Skipped when libtdb cannot be loaded."""
    lib = _libtdb()
    if lib is None:
        return
    # Read-write: opening replays the recovery area of a transaction a crash interrupted
    # (a kill -9 mid-commit); read-only, tdb_check would call that file damaged.
    handle = lib.tdb_open(os.fsencode(path), 0, 0, os.O_RDWR, 0)
    if not handle:
        code = ctypes.get_errno() or errno.EIO
        raise _open_error(path, OSError(code, os.strerror(code)))
    try:
        if lib.tdb_check(handle, None, None) != 0:
            reason = lib.tdb_errorstr(handle).decode(errors="replace")
            # A kill in the middle of a commit that grew the file leaves, once libtdb's recovery
            # has restored the old records, the grown tail outside every list: tdb_check calls
            # that damage. tdb_repack copies every record out and back in one transaction (all or
            # nothing) over a free list that covers the whole file; if it cannot, the file is bad.
            if lib.tdb_repack(handle) != 0 or lib.tdb_check(handle, None, None) != 0:
                raise CorruptDatabaseError("database %s is damaged (tdb_check: %s)" % (
                    path, "inconsistent records" if reason == "Success" else reason))
            LOG.warning("database %s: tdb_check found space outside its records (%s), as a kill in a "
                        "commit that grew the file leaves it; repacked, every record kept", path, reason)
    finally:
        lib.tdb_close(handle)


def _open_error(path, error):
    """Typed error for a failed tdb open."""
    if error.errno in (errno.EIO, errno.EINVAL):
        return CorruptDatabaseError("database %s is not a TDB file or is damaged" % path)
    if error.errno == errno.EBUSY:
        return DatabaseInUseError("database %s is already open in this process" % path)
    if error.errno == errno.ENOENT:
        return NotFoundError("database %s: %s" % (path, os.strerror(error.errno)))
    return StorageError("cannot open database %s: %s" % (path, os.strerror(error.errno or errno.EIO)))
