"""Command line and environment of bin/xenstored (DESIGN.md, "Daemon")."""

import argparse
import os

from ..locations import database_path, socket_path
from ..quota import QUOTAS

LOG_LEVELS = ("debug", "info", "warning", "error")

# C xenstored's short quota options.
_QUOTA_FLAGS = (("-E", "--entry-nb", "nodes"), ("-W", "--watch-nb", "watches"),
                ("-t", "--transaction", "transactions"), ("-A", "--perm-nb", "permissions"),
                ("-M", "--path-max", "path-max"), ("-S", "--entry-size", "node-size"))


def _uid_domid(text):
    try:
        uid, domid = text.split(":")
        return int(uid), int(domid)
    except ValueError:
        raise argparse.ArgumentTypeError("expected UID:DOMID, e.g. 4242:5, not %r" % text) from None


def _quota_setting(text):
    name, _equals, value = text.partition("=")
    if name not in QUOTAS or not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(
            "expected NAME=VALUE with NAME one of %s and VALUE >= 1, not %r" % (", ".join(QUOTAS), text))
    return name, int(value)


def parser():
    """The argument parser."""
    result = argparse.ArgumentParser(
        prog="xenstored",
        description="XenStore daemon speaking the xenstored wire protocol, "
                    "with its tree persisted in a TDB file.")
    result.add_argument("--socket", help="socket path (default: $XENSTORED_PATH, "
                        "$XENSTORED_RUNDIR/socket, /run/xenstored/socket); socket_ro is made beside it")
    result.add_argument("--database", help="TDB file (default: $XENSTORED_ROOTDIR/tdb, "
                        "/var/lib/xenstored/tdb)")
    result.add_argument("-F", "--pid-file", help="write the daemon's pid here")
    result.add_argument("--detach", action="store_true",
                        help="fork into the background once the socket accepts connections")
    result.add_argument("-N", "--no-fork", action="store_true",
                        help="accepted for compatibility; the daemon runs in the foreground anyway")
    result.add_argument("--uid-domid", action="append", type=_uid_domid, default=[],
                        metavar="UID:DOMID", help="a peer with this uid acts as domain DOMID (repeatable)")
    result.add_argument("--fsync", choices=("never", "always"), default="never",
                        help="flush every commit to disk before replying (default: never)")
    result.add_argument("--log-level", choices=LOG_LEVELS, default="warning")
    result.add_argument("--log-file", help="log here instead of stderr")
    result.add_argument("-Q", "--quota", action="append", type=_quota_setting, default=[],
                        metavar="NAME=VALUE", help="set a quota (names as in xenstore-control quota)")
    for short, long, name in _QUOTA_FLAGS:
        result.add_argument(short, long, dest="quota", action="append", metavar="N",
                            type=lambda value, name=name: _quota_setting("%s=%s" % (name, value)),
                            help="quota %s" % name)
    return result


def parse(argv, environ=None):
    """Parsed options with socket and database resolved to absolute paths (the lock file
    records the socket for clients started elsewhere)."""
    options = parser().parse_args(argv)
    options.socket = os.path.abspath(socket_path(options.socket, environ))
    options.database = os.path.abspath(database_path(options.database, environ))
    return options
