"""Open a XenStoreClient: backend selection exactly as DESIGN.md ("One client API, four backends").

``auto`` takes, in order: the socket if it accepts connections; then the xenbus
device; on a Xen host (``/proc/xen`` exists) with neither, a clear failure;
else the embedded database, unless a daemon owns that file, in which case its
socket is used. With ``create=False`` (readers) a missing database is an error.
"""

import os

from . import locations
from .client import XenStoreClient
from .embedded import EmbeddedBackend
from .errors import InvalidError, NotFoundError, StorageError
from .lock import current_owner, describe
from .transport import WireBackend, WireTransport

BACKENDS = ("auto", "socket", "xenbus", "embedded")


def open_client(backend="auto", socket=None, database=None, environ=None,
                xenbus=locations.XENBUS_DEVICE, proc_xen=locations.PROC_XEN, create=True):
    """A connected XenStoreClient; StorageError (or DatabaseInUseError) naming what was tried."""
    if backend not in BACKENDS:
        raise InvalidError("backend must be one of %s, not %r" % (", ".join(BACKENDS), backend))
    socket_path = locations.socket_path(socket, environ)
    database_path = locations.database_path(database, environ)
    if backend == "socket":
        return XenStoreClient(_socket_backend(socket_path))
    if backend == "xenbus":
        return XenStoreClient(_xenbus_backend(xenbus))
    if backend == "embedded":
        return XenStoreClient(EmbeddedBackend(database_path, create=create))
    tried = []
    try:
        return XenStoreClient(_socket_backend(socket_path))
    except StorageError as error:
        tried.append(str(error))
    if os.path.exists(xenbus):
        return XenStoreClient(_xenbus_backend(xenbus))
    tried.append("no xenbus device %s" % xenbus)
    if os.path.exists(proc_xen):
        raise StorageError("this is a Xen host (%s exists) but no xenstored is reachable: %s"
                           % (proc_xen, "; ".join(tried)))
    owner = current_owner(database_path)
    if owner and owner.get("socket"):
        try:
            return XenStoreClient(_socket_backend(owner["socket"]))
        except StorageError as error:
            raise StorageError("database %s is owned by %s, whose socket does not answer: %s"
                               % (database_path, describe(owner), error)) from None
    if not create and not os.path.exists(database_path):
        raise NotFoundError("no XenStore here: %s; no database %s" % ("; ".join(tried), database_path))
    return XenStoreClient(EmbeddedBackend(database_path, create=create))


def _socket_backend(path):
    try:
        return WireBackend(WireTransport.over_socket(path, timeout=5), "socket")
    except OSError as error:
        raise StorageError("cannot connect to xenstored at %s: %s"
                           % (path, error.strerror or error)) from None


def _xenbus_backend(path):
    try:
        return WireBackend(WireTransport.over_device(path), "xenbus")
    except OSError as error:
        raise StorageError("cannot open the xenbus device %s: %s"
                           % (path, error.strerror or error)) from None
