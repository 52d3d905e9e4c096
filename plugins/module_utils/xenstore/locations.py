"""Where the daemon's socket and database are, by option, environment or default (DESIGN.md)."""

import os

DEFAULT_SOCKET = "/run/xenstored/socket"
DEFAULT_DATABASE = "/var/lib/xenstored/tdb"
XENBUS_DEVICE = "/dev/xen/xenbus"
PROC_XEN = "/proc/xen"
# sun_path of struct sockaddr_un, its NUL included: a socket path is at most 107 bytes.
SUN_PATH_SIZE = 108


def socket_path(explicit=None, environ=None):
    """``explicit``, else $XENSTORED_PATH, else $XENSTORED_RUNDIR/socket, else /run/xenstored/socket."""
    environ = os.environ if environ is None else environ
    if explicit:
        return explicit
    if environ.get("XENSTORED_PATH"):
        return environ["XENSTORED_PATH"]
    if environ.get("XENSTORED_RUNDIR"):
        return os.path.join(environ["XENSTORED_RUNDIR"], "socket")
    return DEFAULT_SOCKET


def database_path(explicit=None, environ=None):
    """``explicit``, else $XENSTORED_ROOTDIR/tdb, else /var/lib/xenstored/tdb."""
    environ = os.environ if environ is None else environ
    if explicit:
        return explicit
    if environ.get("XENSTORED_ROOTDIR"):
        return os.path.join(environ["XENSTORED_ROOTDIR"], "tdb")
    return DEFAULT_DATABASE
