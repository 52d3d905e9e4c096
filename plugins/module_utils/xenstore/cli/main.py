"""The xenstore-utils programs: one multi-call entry point, the personality from argv[0].

``xenstore-<mode>`` runs that mode, ``xenstore <mode>`` too (messages then say
``xenstore`` and usage lines include the mode word), ``xenstore-control`` is
xen-utils' control tool. Options, messages, exit statuses and the way to the daemon
are those of Debian's xenstore-utils 4.17 (reference/xenstore-cli.md); one extra
option, ``--database PATH``, works on the embedded store instead of a daemon.

Everything here is bytes, as in C: argv, environment, output and messages.
"""

import collections
import errno
import os
import shutil
import signal
import stat
import struct
import sys

from ..client import XenStoreClient
from ..errors import XenStoreError
from ..locations import SUN_PATH_SIZE
from ..transport import WireBackend, WireTransport
from ..wire import c_atoi
from . import commands
from .commands import Exit
from .options import NO_ARGUMENT, REQUIRED_ARGUMENT, Getopt, long_option

# libxenstore (xs_lib.c): XEN_RUN_STORED as Debian builds it, and the xenbus devices.
RUN_STORED = b"/var/run/xenstored"
XENBUS_DEVICE = b"/dev/xen/xenbus"
PROC_XENBUS = b"/proc/xen/xenbus"
PATH_MAX = 4096

SHORT_OPTIONS = b"hfspturn:R"
DATABASE = b"database"
LONG_OPTIONS = (
    long_option(b"help", NO_ARGUMENT, b"h"),
    long_option(b"flat", NO_ARGUMENT, b"f"),
    long_option(b"prefix", NO_ARGUMENT, b"p"),
    long_option(b"tidy", NO_ARGUMENT, b"t"),
    long_option(b"upto", NO_ARGUMENT, b"u"),
    long_option(b"recurse", NO_ARGUMENT, b"r"),
    long_option(b"number", REQUIRED_ARGUMENT, b"n"),
    long_option(b"raw", NO_ARGUMENT, b"R"),
    # Ours, not xenstore-utils': only ever spelt out, so the real options parse as before.
    long_option(DATABASE, REQUIRED_ARGUMENT, DATABASE, exact=True),
)

# The usage line after "Usage: <argv0> " and, in the multi-call form, "<mode> ".
USAGE = {
    b"read": b"[-h] [-p] [-s] [-R] key [...]",
    b"write": b"[-h] [-s] [-R] key value [...]",
    b"rm": b"[-h] [-s] [-t] key [...]",
    b"exists": b"[-h] [-p] [-s] key [...]",
    b"list": b"[-h] [-p] [-s] key [...]",
    b"ls": b"[-h] [-f] [-p] [-s] [path]",
    b"chmod": b"[-h] [-u] [-r] [-s] key <mode [modes...]>",
    b"watch": b"[-h] [-n NR] key",
}
# Which modes accept each option (any other mode prints its usage).
ALLOWED = {
    b"f": (b"ls",), b"p": (b"read", b"list", b"ls"), b"t": (b"rm",), b"u": (b"chmod",),
    b"r": (b"chmod",), b"n": (b"watch",), b"R": (b"read", b"write"),
}
# Modes run in one transaction, by operand count (xenstore_client.c main()).
TRANSACTION = {
    b"read": lambda count: count > 1, b"write": lambda count: count > 2,
    b"ls": lambda count: False, b"watch": lambda count: False,
}

Flags = collections.namedtuple("Flags", "prefix raw tidy upto recurse flat number")


# glibc's stdio buffer when the file's st_blksize is not smaller.
BUFSIZ = 8192


class Output:
    """stdout as C stdio uses it: full buffering in blocks of the file's ``st_blksize`` (at most
    BUFSIZ), written at the offsets glibc writes them, so diagnostics interleave alike on a shared
    stream; line buffering on a terminal. A write error other than EPIPE drops the output, as
    stdio's flush at exit() does."""

    def __init__(self, stream, on_broken_pipe=None):
        self.stream = stream
        self.on_broken_pipe = on_broken_pipe
        self.pending = bytearray()
        self.allocated = False      # glibc has no buffer before the first write
        try:
            descriptor = stream.fileno()
            self.line_buffered = os.isatty(descriptor)
            block = os.fstat(descriptor).st_blksize
        except (AttributeError, OSError, ValueError):
            self.line_buffered, block = False, 0
        self.block = block if 0 < block < BUFSIZ else BUFSIZ

    def write(self, data):
        """Queue ``data``; write what glibc's fwrite would write now."""
        if not data:
            return
        if self.line_buffered:
            self.pending += data
            if b"\n" in data or len(self.pending) >= self.block:
                self.flush()
            return
        room = self.block - len(self.pending) if self.allocated else 0
        self.allocated = True
        if len(data) <= room:
            self.pending += data    # a full buffer waits for the next write, as in glibc
            return
        rest = memoryview(data)[room:]
        # glibc writes whole blocks directly (everything, with blocks under 128 bytes).
        whole = len(rest) - (len(rest) % self.block if self.block >= 128 else 0)
        self.pending += data[:room]
        self.pending += rest[:whole]
        self.flush()
        self.pending += rest[whole:]

    def flush(self):
        """Write out what is buffered."""
        data, self.pending = bytes(self.pending), bytearray()
        try:
            _write_all(self.stream, data)
        except BrokenPipeError:
            if self.on_broken_pipe is None:
                raise
            self.on_broken_pipe()
        except (OSError, ValueError):
            pass    # ENOSPC, EIO, a closed file...: the output is lost and the exit status stays

    def fileno(self):
        """The descriptor (for the terminal size)."""
        return self.stream.fileno()


def _write_all(stream, data):
    """Write all of ``data`` to an unbuffered file (writes may be partial), then flush it."""
    view = memoryview(data)
    while view:
        written = stream.write(view)
        view = view[len(view) if written is None else written:]
    flush = getattr(stream, "flush", None)
    if flush is not None:
        flush()


class Tool:
    """One run: program name, streams, the client, and BSD err(3)-style diagnostics."""

    def __init__(self, prog, stdout, stderr, on_broken_pipe=None):
        self.prog = prog
        self.out = Output(stdout, on_broken_pipe)
        self._stderr = stderr
        self.buffer = bytearray()       # read/list output, written after the transaction
        self.client = None
        self.wire = True

    def stderr(self, data):
        """Unbuffered diagnostics, as C's stderr: written at once, a failed write ignored."""
        try:
            _write_all(self._stderr, data)
        except (OSError, ValueError):
            pass

    @staticmethod
    def strerror(number):
        """glibc's message for ``number``."""
        return os.strerror(number).encode()

    def warnx(self, message):
        """warnx(3)."""
        self.stderr(self.prog + b": " + message + b"\n")

    def warn(self, message, number):
        """warn(3) with ``errno`` = ``number``."""
        self.stderr(self.prog + b": " + message + b": " + self.strerror(number) + b"\n")

    def errx(self, message):
        """errx(1, ...)."""
        self.warnx(message)
        raise Exit(1)

    def err(self, message, number):
        """err(1, ...) with ``errno`` = ``number``."""
        self.warn(message, number)
        raise Exit(1)

    def terminal_columns(self):
        """``ws_col`` of stdout if it is a terminal (TIOCGWINSZ), else None."""
        try:
            import fcntl
            import termios
            size = fcntl.ioctl(self.out.fileno(), termios.TIOCGWINSZ, b"\0" * 8)
        except (OSError, ValueError, AttributeError, ImportError):
            return None
        return struct.unpack("HHHH", size)[1]

    def close(self):
        """What exit() does: flush stdout; and drop the connection."""
        try:
            self.out.flush()
        finally:
            if self.client is not None:
                self.client.close()
                self.client = None


# -- reaching the store ----------------------------------------------------------


def _get_handle(path):
    """libxenstore get_handle(): a socket if ``path`` is one, else a device; OSError as errno."""
    if path is None:
        raise OSError(errno.EFAULT, os.strerror(errno.EFAULT))
    mode = os.stat(path).st_mode
    name = os.fsdecode(path)
    if stat.S_ISSOCK(mode):
        if len(path) >= SUN_PATH_SIZE:
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        return XenStoreClient(WireBackend(WireTransport.over_socket(name), "socket"))
    return XenStoreClient(WireBackend(WireTransport.over_device(name), "xenbus"))


def xs_open(environ):
    """libxenstore xs_open(0): $XENSTORED_PATH or $XENSTORED_RUNDIR/socket, then the xenbus device.

    The OSError of the last attempt is what the tools report (``xs_open: <strerror>``).
    """
    path = environ.get(b"XENSTORED_PATH")
    if path is None:
        path = environ.get(b"XENSTORED_RUNDIR", RUN_STORED) + b"/socket"
        if len(path) >= PATH_MAX:
            path = None
    try:
        return _get_handle(path)
    except OSError:
        pass
    device = environ.get(b"XENSTORED_PATH")
    if device is None:
        device = XENBUS_DEVICE if os.access(XENBUS_DEVICE, os.F_OK) else PROC_XENBUS
    return _get_handle(device)


def open_database(database, create):
    """The embedded store in ``database`` (imports the engine, and tdb, only now)."""
    from ..connect import open_client
    return open_client(backend="embedded", database=os.fsdecode(database), create=create)


def _connect(tool, environ, database, create=False):
    """The client, or errx/err as the tools do when there is none."""
    if database is not None:
        if not database:
            tool.errx(b"xs_open: --database needs a file name")
        try:
            tool.client = open_database(database, create)
        except XenStoreError as error:
            tool.errx(b"xs_open: " + str(error.message).encode("utf-8", "surrogateescape"))
        tool.wire = False
    else:
        try:
            tool.client = xs_open(environ)
        except OSError as error:
            tool.err(b"xs_open", error.errno or errno.EIO)
    return tool.client


# -- xenstore-<mode> --------------------------------------------------------------


def usage(tool, argv0, mode, in_multicall):
    """errx(1, "Usage: ...") for ``mode`` (None: no mode given)."""
    if mode is None:
        tool.errx(b"Usage: " + argv0 + b" <mode> [-h] [...]")
    tool.errx(b"Usage: " + argv0 + b" " + (mode + b" " if in_multicall else b"") + USAGE[mode])


def client_main(tool, argv, environ):
    """xenstore_client.c main()."""
    if tool.prog.startswith(b"xenstore-"):
        switch, mode = 0, tool.prog[len(b"xenstore-"):]
    elif len(argv) < 2:
        usage(tool, argv[0], None, False)
    else:
        switch, mode = 1, argv[1]
    if mode not in USAGE:
        tool.errx(b"unknown mode " + mode + b"\n")

    vector = list(argv[switch:])
    parser = Getopt(vector, SHORT_OPTIONS, LONG_OPTIONS, tool.stderr,
                    posixly_correct=b"POSIXLY_CORRECT" in environ)
    seen = set()
    number, database = -1, None
    for option, optarg in parser:
        if option == b"h":
            usage(tool, argv[0], mode, switch)
        elif option in ALLOWED:
            if mode not in ALLOWED[option]:
                usage(tool, argv[0], mode, switch)
            seen.add(option)
            if option == b"n":
                number = c_atoi(optarg)
        elif option == DATABASE:
            database = optarg
    operands = vector[parser.optind:]

    if mode == b"write" and len(operands) % 2 == 1:
        usage(tool, argv[0], mode, switch)
    if mode != b"ls" and not operands:
        usage(tool, argv[0], mode, switch)
    transaction = TRANSACTION.get(mode, lambda count: True)(len(operands))
    flags = Flags(prefix=b"p" in seen, raw=b"R" in seen, tidy=b"t" in seen, upto=b"u" in seen,
                  recurse=b"r" in seen, flat=b"f" in seen, number=number)

    _connect(tool, environ, database, create=mode == b"write")
    perform = commands.MODES[mode]
    if transaction:
        status = commands.in_transaction(tool, lambda ops: perform(tool, ops, operands, flags))
    else:
        status = perform(tool, tool.client, operands, flags)
    tool.out.write(bytes(tool.buffer))
    return status


# -- xenstore-control ---------------------------------------------------------------


def control_main(tool, argv, environ):
    """xenstore_control.c main(): ``<command> [<arg>...]``; exit 2 usage, 1 no daemon, 3 failure."""
    args = list(argv[1:])
    database = None
    if len(args) >= 2 and args[0] == b"--" + DATABASE:
        database, args = args[1], args[2:]
    elif args and args[0].startswith(b"--" + DATABASE + b"="):
        database, args = args[0][len(DATABASE) + 3:], args[1:]
    if not args:
        tool.stderr(b"Usage:\n" + argv[0] + b" <command> [<arg>...]\n")
        return 2
    if database is not None:
        try:
            if not database:
                raise XenStoreError("--database needs a file name")
            tool.client = open_database(database, False)
        except XenStoreError as error:
            tool.stderr(b"Failed to contact Xenstored.\n"
                        + str(error.message).encode("utf-8", "surrogateescape") + b"\n")
            return 1
        tool.wire = False
    else:
        try:
            tool.client = xs_open(environ)
        except OSError:
            tool.stderr(b"Failed to contact Xenstored.\n")
            return 1
    return commands.control(tool, args)


# -- entry points ---------------------------------------------------------------------


def main(argv=None, environ=None, stdout=None, stderr=None, on_broken_pipe=None):
    """Run one tool invocation; the exit status. Arguments default to the process's own."""
    if argv is None:
        argv = [os.fsencode(arg) for arg in sys.argv]
    argv = [arg if isinstance(arg, bytes) else os.fsencode(arg) for arg in argv]
    environ = os.environb if environ is None else environ
    stdout = _standard_stream(sys.stdout) if stdout is None else stdout
    stderr = _standard_stream(sys.stderr) if stderr is None else stderr
    tool = Tool(argv[0].rsplit(b"/", 1)[-1], stdout, stderr, on_broken_pipe)
    try:
        try:
            if tool.prog == b"xenstore-control":
                return control_main(tool, argv, environ)
            return client_main(tool, argv, environ)
        finally:
            tool.close()
    except Exit as leaving:
        return leaving.status


def _standard_stream(stream):
    """The unbuffered file under sys.stdout/stderr (Output and Tool.stderr do the buffering,
    so nothing is left for Python to flush at exit); a sink if the descriptor was closed."""
    if stream is None:
        return open(os.devnull, "wb", buffering=0)  # pylint: disable=consider-using-with
    return getattr(stream.buffer, "raw", stream.buffer)     # python -u: already unbuffered


def _typed_name(path):
    """``argv[0]`` as typed, as far as it can be known. A shell that found the tool on $PATH
    hands the interpreter its full path, where a C tool would see the bare name: a full path
    that is what $PATH finds for its base name is taken for the base name."""
    name = os.path.basename(path)
    if path.startswith(b"/") and name:
        found = shutil.which(name)
        try:
            if found is not None and os.path.samefile(found, path):
                return name
        except OSError:
            pass
    return path


def _die_of_sigpipe():
    """A write to a closed stdout kills a C tool with SIGPIPE: do the same."""
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGPIPE)


def run():
    """bin/xenstore: signals behave as for a C program (no tracebacks on Ctrl-C)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    argv = [os.fsencode(arg) for arg in sys.argv]
    return main([_typed_name(argv[0])] + argv[1:], on_broken_pipe=_die_of_sigpipe)
