"""Single owner of a database file: an exclusive lock on ``<database>.lock`` saying who holds it,
and on the database file itself once it is open."""

import fcntl
import json
import os
import time

from .errors import DatabaseInUseError, StorageError


def lock_path(database):
    """The lock file beside ``database``."""
    return database + ".lock"


def describe(owner):
    """'xenstored (pid 12, socket /run/xenstored/socket)' from an owner record."""
    details = ["pid %s" % owner.get("pid", "?")]
    if owner.get("socket"):
        details.append("socket %s" % owner["socket"])
    return "%s (%s)" % (owner.get("program", "another process"), ", ".join(details))


class OwnerLock:
    """Held while a process owns a database; a second taker gets DatabaseInUseError naming the owner.

    With ``wait`` > 0 a taker waits up to that many seconds for an owner without a socket (another
    embedded user, short-lived by nature) to let go; a daemon's ownership is refused at once.
    """

    def __init__(self, database, program, socket=None, wait=0.0):
        self.path = lock_path(database)
        self._database_fd = None
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as error:
            raise StorageError("cannot create lock file %s: %s"
                               % (self.path, os.strerror(error.errno))) from None
        deadline = time.monotonic() + wait
        pause = 0.005
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                owner = _read(self._fd)
                if owner.get("socket") or time.monotonic() + pause > deadline:
                    os.close(self._fd)
                    raise DatabaseInUseError("database %s is in use by %s"
                                             % (database, describe(owner))) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.1)
        self.owner = {"pid": os.getpid(), "program": program, "socket": socket}
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, json.dumps(self.owner).encode() + b"\n", 0)

    def cover(self, database):
        """Also hold an exclusive flock(2) on the database file, for outside tools that look
        there; DatabaseInUseError if another process holds one."""
        fd = os.open(database, os.O_RDONLY | os.O_CLOEXEC)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DatabaseInUseError("database %s is locked (flock) by another process" % database) from None
        self._database_fd = fd

    def release(self):
        """Give up ownership (the file stays; an unlocked file means 'no owner')."""
        if self._database_fd is not None:
            os.close(self._database_fd)
            self._database_fd = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def current_owner(database):
    """The owner record of a locked database, or None if nobody holds it."""
    try:
        fd = os.open(lock_path(database), os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _read(fd)
    finally:
        os.close(fd)
    return None


def _read(fd):
    """The JSON owner record in the lock file, or {} if unreadable."""
    try:
        return json.loads(os.pread(fd, 4096, 0).decode() or "{}")
    except ValueError:
        return {}
