"""One handler per message type, the op table, and the one map from exceptions to wire errors.

Checks run in C xenstored's order (core.c process_message): unknown type
(ENOSYS), privileged-only (EACCES), transaction id (ENOENT), then the handler.
"""

import logging

from .. import paths
from ..errors import (BusyError, ExistsError, InvalidError, NotFoundError, NotSupportedError,
                      PermissionDeniedError, QuotaError, TooBigError, XenStoreError)
from ..perms import DOMID_SELF
from ..tree import Tree
from ..wire import OK, XENSTORE_PAYLOAD_MAX, Message, Op, c_atoi, encode, one_arg, strings, watch_event
from . import control

LOG = logging.getLogger("xenstored")


def _text(data):
    """Wire bytes as a str, byte for byte (invalid characters stay invalid)."""
    return data.decode("latin-1")


def _path_arg(msg):
    arg = one_arg(msg.payload)
    if arg is None:
        raise InvalidError("expected exactly one NUL-terminated argument")
    return _text(arg)


def _domid_arg(msg):
    arg = one_arg(msg.payload)
    if arg is None:
        raise InvalidError("expected exactly one NUL-terminated domid")
    return c_atoi(arg) & 0xFFFFFFFF


def _nul_list(items):
    return b"".join(item + b"\0" for item in items)


def do_read(server, conn, msg):
    return conn.session.read(_path_arg(msg), msg.tx_id)


def do_write(server, conn, msg):
    cut = msg.payload.find(b"\0")
    if cut < 0:
        raise InvalidError("WRITE needs a NUL after the path")
    conn.session.write(_text(msg.payload[:cut]), msg.payload[cut + 1:], msg.tx_id)
    return OK


def do_mkdir(server, conn, msg):
    conn.session.mkdir(_path_arg(msg), msg.tx_id)
    return OK


def do_rm(server, conn, msg):
    conn.session.rm(_path_arg(msg), msg.tx_id)
    return OK


def do_directory(server, conn, msg):
    return conn.session.children(_path_arg(msg), msg.tx_id)


def do_directory_part(server, conn, msg):
    if msg.payload.count(b"\0") != 2:
        raise InvalidError("DIRECTORY_PART takes a path and an offset")
    path, offset = strings(msg.payload)
    generation, children = conn.session.directory_part(_text(path), msg.tx_id)
    offset = c_atoi(offset) & 0xFFFFFFFF
    head = b"%d\0" % generation
    if offset >= len(children):
        return head + b"\0"
    room = XENSTORE_PAYLOAD_MAX - len(head) - 1
    end = offset
    while True:
        name_end = children.index(b"\0", end)
        if name_end - offset >= room:
            break
        end = name_end + 1
        if end == len(children):
            return head + children[offset:end] + b"\0"
    return head + children[offset:end]


def do_get_perms(server, conn, msg):
    perms = conn.session.get_perms(_path_arg(msg), msg.tx_id)
    return _nul_list(text.encode() for text in perms.strings())


def do_set_perms(server, conn, msg):
    parts = strings(msg.payload)
    if len(parts) < 2:
        raise InvalidError("SET_PERMS needs a path and at least one permission")
    if parts[0].startswith(b"@"):
        server.remember_state()     # a special watch's permissions live in the domain table
    conn.session.set_perms(_text(parts[0]), [_text(part) for part in parts[1:]], msg.tx_id)
    return OK


def do_watch(server, conn, msg):
    parts = strings(msg.payload)
    if len(parts) != 2:
        raise InvalidError("WATCH takes a path and a token")
    given, token = _text(parts[0]), parts[1]
    caller = conn.caller
    path = paths.validate_watch_path(given, caller.domid, server.engine.quotas["path-max"])
    relative = not given.startswith("/") and not paths.is_special(given)
    if server.watches.has(conn, path, token):
        raise ExistsError("a watch on %s with this token exists" % paths.shorten(path))
    if not caller.privileged and server.domain_watches(caller.domid) > server.engine.quotas["watches"]:
        raise TooBigError("domain %d has too many watches" % caller.domid)
    watch = server.watches.add(conn, path, token, paths.home_path(caller.domid) if relative else None)
    event = watch_event(watch.event_path(path).encode("latin-1"), token)
    return [msg.reply(OK)] + ([event] if event is not None else [])


def do_unwatch(server, conn, msg):
    parts = strings(msg.payload)
    if len(parts) != 2:
        raise InvalidError("UNWATCH takes a path and a token")
    server.watches.remove(conn, paths.canonicalize(_text(parts[0]), conn.caller.domid), parts[1])
    return OK


def do_reset_watches(server, conn, msg):
    server.watches.remove_owner(conn)
    conn.session.abort_all()
    return OK


def do_transaction_start(server, conn, msg):
    caller = conn.caller
    # The quota binds the domain, however many connections it opens (C: one ring per domain).
    if not caller.privileged and server.domain_transactions(caller.domid) > server.engine.quotas["transactions"]:
        raise QuotaError("domain %d has too many open transactions" % caller.domid)
    return b"%d\0" % conn.session.transaction_start(msg.tx_id)


def do_transaction_end(server, conn, msg):
    arg = one_arg(msg.payload)
    if arg not in (b"T", b"F"):
        raise InvalidError("TRANSACTION_END takes T or F")
    if not msg.tx_id:
        raise NotFoundError("TRANSACTION_END outside a transaction")
    conn.session.transaction_end(msg.tx_id, arg == b"T")
    return OK


def do_get_domain_path(server, conn, msg):
    return paths.home_path(_domid_arg(msg)).encode() + b"\0"


def do_is_domain_introduced(server, conn, msg):
    domid = _domid_arg(msg)
    known = domid == DOMID_SELF or domid in server.engine.domains.introduced
    return b"T\0" if known else b"F\0"


def do_introduce(server, conn, msg):
    parts = strings(msg.payload)
    if len(parts) < 3:
        raise InvalidError("INTRODUCE takes domid, gfn and event channel")
    if c_atoi(parts[2]) <= 0:
        raise InvalidError("INTRODUCE needs an event channel above 0")
    server.introduce(c_atoi(parts[0]) & 0xFFFFFFFF)
    return OK


def _introduced_domid(server, msg):
    domid = _domid_arg(msg)
    if not domid:
        raise InvalidError("domain 0 cannot be released or resumed")
    if domid not in server.engine.domains.introduced:
        raise NotFoundError("domain %d is not introduced" % domid)
    return domid


def do_release(server, conn, msg):
    server.release(_introduced_domid(server, msg))
    return OK


def do_resume(server, conn, msg):
    _introduced_domid(server, msg)
    return OK


def do_set_target(server, conn, msg):
    parts = strings(msg.payload)
    if len(parts) < 2:
        raise InvalidError("SET_TARGET takes two domids")
    domid, target = (c_atoi(part) & 0xFFFFFFFF for part in parts[:2])
    for each in (domid, target):
        if each not in server.engine.domains.introduced:
            raise NotFoundError("domain %d is not introduced" % each)
    server.set_target(domid, target)
    return OK


def do_control(server, conn, msg):
    return control.run(server, msg.payload)


PRIV = 1        # privileged connections only
NOTID = 2       # the transaction id is ignored
MODIFIES = 4    # refused on the read-only socket; opens the commit batch

HANDLERS = {
    Op.CONTROL: (do_control, PRIV | MODIFIES),
    Op.DIRECTORY: (do_directory, 0),
    Op.READ: (do_read, 0),
    Op.GET_PERMS: (do_get_perms, 0),
    Op.WATCH: (do_watch, NOTID),
    Op.UNWATCH: (do_unwatch, NOTID),
    Op.TRANSACTION_START: (do_transaction_start, 0),
    Op.TRANSACTION_END: (do_transaction_end, MODIFIES),
    Op.INTRODUCE: (do_introduce, PRIV | MODIFIES),
    Op.RELEASE: (do_release, PRIV | MODIFIES),
    Op.GET_DOMAIN_PATH: (do_get_domain_path, 0),
    Op.WRITE: (do_write, MODIFIES),
    Op.MKDIR: (do_mkdir, MODIFIES),
    Op.RM: (do_rm, MODIFIES),
    Op.SET_PERMS: (do_set_perms, MODIFIES),
    Op.IS_DOMAIN_INTRODUCED: (do_is_domain_introduced, PRIV),
    Op.RESUME: (do_resume, PRIV | MODIFIES),
    Op.SET_TARGET: (do_set_target, PRIV | MODIFIES),
    Op.RESET_WATCHES: (do_reset_watches, 0),
    Op.DIRECTORY_PART: (do_directory_part, 0),
}
# A read-only connection may end (abort or commit) its read-only transactions.
READONLY_ALLOWED = {Op.TRANSACTION_END}


# What do_read and do_directory answer outside a transaction, where no check of dispatch()
# can refuse them (no PRIV, no MODIFIES): the same Tree methods, called on the session's tree.
FAST = {Op.READ: Tree.read, Op.DIRECTORY: Tree.children}


def fast_reply(conn, frame):
    """The encoded reply to ``frame``, a (type, req_id, 0, payload) READ or DIRECTORY outside
    a transaction, without Message objects, refusals included; None leaves it to dispatch()
    (a malformed payload, a reply over the payload limit, a bug)."""
    msg_type, req_id, tx_id, payload = frame
    arg = one_arg(payload)
    if arg is None:
        return None
    try:
        result = FAST[msg_type](conn.session.tree, arg.decode("latin-1"))
    except XenStoreError as error:     # the reply dispatch() gives, without computing it again
        if LOG.isEnabledFor(logging.DEBUG):
            LOG.debug("%r -> %s (%s)", Message(*frame), error.errno_name, error)
        return encode(Op.ERROR, req_id, tx_id, error.errno_name.encode("ascii") + b"\0")
    except Exception:   # dispatch() answers it (and logs a bug)
        return None
    if len(result) > XENSTORE_PAYLOAD_MAX:
        return None
    return encode(msg_type, req_id, tx_id, result)


def dispatch(server, conn, msg):
    """Replies (a list of Messages) to ``msg``; every failure becomes its wire error."""
    try:
        entry = HANDLERS.get(msg.type)
        if entry is None:
            raise NotSupportedError("unknown message type %d" % msg.type)
        handler, flags = entry
        if flags & PRIV and not conn.caller.privileged:
            raise PermissionDeniedError("privileged request")
        if not flags & NOTID and msg.tx_id and not conn.session.has_transaction(msg.tx_id):
            raise NotFoundError("no transaction %d" % msg.tx_id)
        if msg.type == Op.TRANSACTION_START and msg.tx_id:
            raise BusyError("transactions do not nest")
        if flags & MODIFIES:
            if conn.readonly and msg.type not in READONLY_ALLOWED:
                raise PermissionDeniedError("read-only connection")
            server.begin_batch()
        reply = handler(server, conn, msg)
    except XenStoreError as error:
        LOG.debug("%r -> %s (%s)", msg, error.errno_name, error)
        return [msg.error(error.errno_name)]
    except Exception:  # a bug: keep serving, tell the client EIO
        LOG.exception("internal error handling %r", msg)
        return [msg.error("EIO")]
    if isinstance(reply, list):
        return reply
    if len(reply) > XENSTORE_PAYLOAD_MAX:
        return [msg.error("E2BIG")]
    return [msg.reply(reply)]
