"""One function per xenstore-utils mode, as tools/xenstore/xenstore_client.c (Xen 4.17) runs it.

Each mode gets the ``tool`` (program name, output, diagnostics: see main.Tool), ``ops``
(the client, or the open Transaction for modes that run in one) and the operands as
bytes, and returns the exit status of ``perform()``: 0, or 1 after the first failing
operand. ``tool.errx``/``tool.err`` print and raise Exit, as ``errx(3)``/``err(3)`` do.
Output of read and list goes to ``tool.buffer``, written only once the transaction ended;
ls and watch print directly. Operands stay bytes for messages; the client gets ``str``
(UTF-8, undecodable bytes kept as surrogates).
"""

import errno
import time

from ..errors import ConflictError, StorageError, XenStoreError
from ..wire import c_atoi
from .escape import sanitise, unsanitise

# libxenstore refuses requests whose payload exceeds XENSTORE_PAYLOAD_MAX (E2BIG, nothing sent).
PAYLOAD_MAX = 4096
# xenstore_client.c: STRING_MAX (XENSTORE_ABS_PATH_MAX + 1024) for ls paths, 256 for chmod -r.
STRING_MAX = 3072 + 1024
MAX_PATH_LEN = 256
TAG_LEN = len(b' = "..."')
INT_MAX = 0x7FFFFFFF
UINT32, UINT64 = 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF

PERM_LETTERS = b"nrwb"


class Exit(Exception):
    """Leave the program with ``status`` (diagnostics already printed)."""

    def __init__(self, status):
        super().__init__(status)
        self.status = status


class Failure:
    """A failed client call: ``errno`` as libxenstore would have set it."""

    def __init__(self, number, error=None):
        self.errno = number
        self.error = error

    def __bool__(self):
        return False


def text(data):
    """A command-line bytes operand as the client's ``str``."""
    return data.decode("utf-8", "surrogateescape")


def raw(name):
    """Bytes of a ``str`` that came from the client (names: latin-1 from the wire)."""
    try:
        return name.encode("latin-1")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape")


def int32(value):
    """``(int)`` of a C integer expression: the low 32 bits, signed."""
    value &= UINT32
    return value - (1 << 32) if value & 0x80000000 else value


def error_number(error, wire=True):
    """errno libxenstore reports for ``error`` (a XenStoreError or OSError)."""
    if isinstance(error, OSError):
        return error.errno or errno.EIO
    if isinstance(error, UnicodeError):
        return errno.EINVAL
    if wire and isinstance(error, StorageError) and error.message != error.errno_name:
        # Raised by the transport, not answered by the daemon: the connection broke.
        # libxenstore then closes its descriptor: "Bad file descriptor".
        return errno.EBADF
    return getattr(errno, error.errno_name, errno.EINVAL)


def _payload_len(*parts):
    return sum(len(part.encode("utf-8", "surrogateescape")) + 1 for part in parts)


def attempt(tool, function, *args, payload=0):
    """``function(*args)``, or a Failure with the errno libxenstore would set."""
    if payload > PAYLOAD_MAX:
        return Failure(errno.E2BIG)
    try:
        return function(*args)
    except (XenStoreError, OSError, UnicodeError) as error:
        return Failure(error_number(error, tool.wire), error)


def failed(result):
    """True for a Failure."""
    return isinstance(result, Failure)


# -- transactions ---------------------------------------------------------------


class _Abort(Exception):
    pass


def in_transaction(tool, body):
    """``body(transaction)`` between TRANSACTION_START and _END, redone from scratch on EAGAIN.

    As xenstore_client.c: commit if ``body`` returned 0, abort otherwise; buffered output
    is discarded before a retry; a start failure is ``couldn't start transaction``, an end
    failure other than EAGAIN after success is ``couldn't end transaction``.
    """
    while True:
        del tool.buffer[:]
        state = {}
        try:
            with tool.client.transaction() as transaction:
                state["started"] = True
                try:
                    status = body(transaction)
                except Exit as leaving:
                    state["exit"] = leaving
                    raise _Abort() from None
                if status:
                    state["status"] = status
                    raise _Abort()
            return 0
        except _Abort:
            if "exit" in state:
                raise state["exit"] from None
            return state["status"]
        except (XenStoreError, OSError) as error:
            if "exit" in state:
                raise state["exit"] from None
            if not state.get("started"):
                tool.errx(b"couldn't start transaction")
            if "status" not in state and isinstance(error, ConflictError):
                continue
            tool.errx(b"couldn't end transaction")


# -- the modes -------------------------------------------------------------------


def read(tool, ops, keys, flags):
    """xenstore-read: each value, sanitised + newline (``-R`` raw), ``-p`` prefixes ``key: ``."""
    for key in keys:
        value = attempt(tool, ops.read, text(key), payload=_payload_len(text(key)))
        if failed(value):
            tool.warnx(b"couldn't read path " + key)
            return 1
        if flags.prefix:
            tool.buffer += key + b": "
        if flags.raw:
            tool.buffer += value
        else:
            tool.buffer += sanitise(value) + b"\n"
    return 0


def write(tool, ops, operands, flags):
    """xenstore-write: key value pairs, values unescaped unless ``-R``."""
    for index in range(0, len(operands), 2):
        key, spec = operands[index], operands[index + 1]
        value = spec if flags.raw else unsanitise(spec)
        result = attempt(tool, ops.write, text(key), value,
                         payload=_payload_len(text(key)) + len(value))
        if failed(result):
            tool.warnx(b"could not write path " + key)
            return 1
    return 0


def exists(tool, ops, keys, flags):
    """xenstore-exists: status 0 if every key can be read; never prints."""
    for key in keys:
        if failed(attempt(tool, ops.read, text(key), payload=_payload_len(text(key)))):
            return 1
    return 0


def list_(tool, ops, keys, flags):
    """xenstore-list: child names, one a line (``-p``: ``key/name``)."""
    for key in keys:
        names = attempt(tool, ops.directory, text(key), payload=_payload_len(text(key)))
        if failed(names):
            tool.warnx(b"could not list path " + key)
            return 1
        for name in names:
            if flags.prefix:
                tool.buffer += key + b"/"
            tool.buffer += raw(name) + b"\n"
    return 0


def rm(tool, ops, keys, flags):
    """xenstore-rm: remove each key; ``-t`` also removes emptied, valueless ancestors."""
    for key in keys:
        path = key
        while True:
            if failed(attempt(tool, ops.rm, text(path), payload=_payload_len(text(path)))):
                tool.warnx(b"could not remove path " + path)
                return 1
            if not flags.tidy:
                break
            slash = path.rfind(b"/")
            if slash < 0:
                break
            parent = path[:slash]
            value = attempt(tool, ops.read, text(parent), payload=_payload_len(text(parent)))
            if failed(value) or len(value) != 0:
                break
            names = attempt(tool, ops.directory, text(parent), payload=_payload_len(text(parent)))
            if failed(names) or names:
                break
            path = parent
    return 0


def parse_perm(tool, spec):
    """A chmod operand as the tool string libxenstore sends: letter + atoi(rest) as %u."""
    letter = spec[:1] or b"\0"
    if letter not in (b"n", b"r", b"w", b"b"):
        tool.errx(b"Invalid permission specification: '" + letter + b"'")
    return "%s%u" % (letter.decode(), c_atoi(spec[1:]) & UINT32)


def chmod(tool, ops, operands, flags):
    """xenstore-chmod: the first operand is the key, every other one a permission."""
    key = operands[0]
    perms = [parse_perm(tool, spec) for spec in operands[1:]]
    _do_chmod(tool, ops, key, perms, flags.upto, flags.recurse)
    return 0


def _do_chmod(tool, ops, path, perms, upto, recurse):
    if not path:
        return
    payload = _payload_len(text(path), *perms)
    result = attempt(tool, ops.set_perms, text(path), perms, payload=payload)
    if failed(result):
        tool.err(b"Error occurred setting permissions on '" + path + b"'", result.errno)
    if upto:
        slash = path.rfind(b"/")
        if slash < 0:
            tool.errx(b"Unable to locate path separator '/' in '" + path + b"'")
        _do_chmod(tool, ops, path[:slash], perms, True, False)
    if recurse:
        names = attempt(tool, ops.directory, text(path), payload=_payload_len(text(path)))
        if not failed(names):
            for name in names:
                child = (path + b"/" + raw(name))[:MAX_PATH_LEN - 1]
                _do_chmod(tool, ops, child, perms, False, True)


def ls(tool, ops, paths, flags):
    """xenstore-ls: the subtree of each path (default ``/``), widths as in reference 6."""
    max_width, desired_width = 80, 60
    if flags.flat:
        max_width, desired_width = INT_MAX // 2, 0
    columns = tool.terminal_columns()
    if columns is not None:
        max_width = columns - 2
    for path in paths or [b"/"]:
        _do_ls(tool, ops, path, flags, max_width, desired_width)
    return 0


def _list_children(tool, ops, path, depth):
    names = attempt(tool, ops.directory, text(path), payload=_payload_len(text(path)))
    if failed(names):
        if depth and names.errno == errno.ENOENT:
            return None             # vanished while we recursed: move on silently
        tool.err(b"xs_directory (" + path + b")", names.errno)
    return names


def _do_ls(tool, ops, top, flags, max_width, desired_width):
    out = tool.out
    names = _list_children(tool, ops, top, 0)
    stack = [(top, 0, iter(names))]
    while stack:
        path, depth, pending = stack[-1]
        name = next(pending, None)
        if name is None:
            stack.pop()
            continue
        name = raw(name)
        newpath = path + (b"" if path.endswith(b"/") else b"/") + name
        fits = len(newpath) < STRING_MAX
        newpath = newpath[:STRING_MAX - 1]
        linewid = 0
        if flags.flat:
            out.write(newpath)
        else:
            out.write(b" " * depth)
            linewid = depth
            precision = int32(max_width - TAG_LEN - linewid)
            shown = name if precision < 0 else name[:precision]
            out.write(shown)
            linewid += len(shown)
        value = None
        if fits:
            value = attempt(tool, ops.read, text(newpath), payload=_payload_len(text(newpath)))
        if value is None or failed(value):
            out.write(b":\n")
        elif max_width & UINT64 < ((linewid + len(value)) & UINT32) + TAG_LEN:
            precision = int32(max_width - TAG_LEN - linewid)
            shown = sanitise(value)
            out.write(b' = "' + (shown if precision < 0 else shown[:precision]) + b'\\..."')
        else:
            shown = b' = "' + sanitise(value) + b'"'
            out.write(shown)
            linewid += len(shown)
            if flags.prefix:
                out.write(b" ")
                linewid += 1
                limit = min(desired_width, max_width)
                if linewid < limit:
                    out.write(bytes(0x2E if column & 1 else 0x20 for column in range(linewid, limit)))
                    linewid = limit
        if flags.prefix:
            perms = attempt(tool, ops.get_perms, text(newpath), payload=_payload_len(text(newpath)))
            if failed(perms):
                tool.warn(b"\ncould not access permissions for " + name, perms.errno)
            else:
                out.write(b"  (" + b",".join(raw(perm) for perm in perms) + b")")
        out.write(b"\n")
        children = _list_children(tool, ops, newpath, depth + 1)
        if children is not None:
            stack.append((newpath, depth + 1, iter(children)))


def watch(tool, ops, keys, flags):
    """xenstore-watch: watch each key (token = key), print event paths, stop after ``-n``."""
    for key in keys:
        result = attempt(tool, ops.watch, text(key), text(key),
                         payload=_payload_len(text(key), text(key)))
        if failed(result):
            tool.errx(b"Unable to add watch on " + key + b"\n")
    count, limit = 0, flags.number
    broken = False
    while limit == -1 or count < limit:
        if not broken:
            event = attempt(tool, ops.next_event)
            if failed(event):
                broken = True       # xs_read_watch keeps failing at once from now on
            elif event is not None:
                tool.out.write(raw(event[0]) + b"\n")
                tool.out.flush()
        elif limit == -1:
            while True:             # the C tool spins here forever; wait instead
                time.sleep(3600)
        count += 1
    return 0


def control(tool, words):
    """xenstore-control <command> [<arg>...]: XS_CONTROL, the reply printed (xenstore_control.c)."""
    command, args = words[0], words[1:]
    if command == b"live-update":
        return _live_update(tool, args)
    reply = attempt(tool, tool.client.control, command, *args,
                    payload=len(command) + 1 + sum(len(arg) + 1 for arg in args))
    if failed(reply):
        if reply.errno == errno.EINVAL:
            help_text = attempt(tool, tool.client.control, b"help")
            if failed(help_text):
                tool.stderr(b"Error when executing command.\n")
            else:
                tool.stderr(b"Command not supported. Valid commands are:\n"
                            + _c_string(help_text) + b"\n")
        else:
            tool.stderr(b"Error %d when trying to execute command.\n" % reply.errno)
        return 3
    if _c_string(reply):
        tool.out.write(_c_string(reply) + b"\n")
    return 0


def _c_string(reply):
    return reply.split(b"\0", 1)[0]


def _strerror_or_reply(tool, reply):
    return tool.strerror(reply.errno) if failed(reply) else _c_string(reply)


def _live_update_call(tool, *args):
    payload = len(b"live-update") + 1 + sum(len(arg) + 1 for arg in args)
    return attempt(tool, tool.client.control, b"live-update", *args, payload=payload)


def _live_update(tool, args):
    """``live-update [-c <cmdline>] [-t <timeout>] [-F] <binary>`` (the daemon protocol)."""
    cmdline, binary, timeout, force = None, None, 60, False
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == b"-c":
            index += 1
            if index == len(args):
                tool.stderr(b"Missing command line value\n")
                return 2
            cmdline = args[index]
        elif arg == b"-t":
            index += 1
            if index == len(args):
                tool.stderr(b"Missing timeout value\n")
                return 2
            timeout = c_atoi(args[index]) & UINT32
        elif arg == b"-F":
            force = True
        else:
            binary = arg
        index += 1
    if binary is None:
        tool.stderr(b"Missing binary specification\n")
        return 2
    if not failed(attempt(tool, tool.client.read, "/tool/xenstored/domid")):
        # A xenstore stubdom: the kernel image goes over in chunks, which needs libxenctrl.
        tool.stderr(b"xc_interface_open() failed\n")
        _live_update_call(tool, b"-a")
        return 1
    reply = _live_update_call(tool, b"-f", binary)
    if failed(reply) or _c_string(reply) != b"OK":
        tool.stderr(b"Setting update binary failed:\n" + _strerror_or_reply(tool, reply) + b"\n")
        return 3
    status = 0
    if cmdline is not None:
        reply = _live_update_call(tool, b"-c", cmdline)
        if failed(reply) or _c_string(reply) != b"OK":
            tool.stderr(b"Setting update binary failed:\n" + _strerror_or_reply(tool, reply) + b"\n")
            status = 3
    if not status:
        status = _live_update_start(tool, force, timeout)
    if status:
        _live_update_call(tool, b"-a")
    return status


def _live_update_start(tool, force, timeout):
    args = [b"-s", b"-t", b"%u" % timeout] + ([b"-F"] if force else [])
    reply = b"BUSY\0"
    started = time.time()
    while int(time.time()) - int(started) < timeout:
        reply = _live_update_call(tool, *args)
        if failed(reply) or _c_string(reply) != b"BUSY":
            break
        time.sleep(1)
    if failed(reply) or _c_string(reply) != b"OK":
        tool.stderr(b"Starting live update failed:\n" + _strerror_or_reply(tool, reply) + b"\n")
        return 3
    return 0


MODES = {
    b"read": read, b"write": write, b"exists": exists, b"list": list_, b"ls": ls,
    b"rm": rm, b"chmod": chmod, b"watch": watch,
}
