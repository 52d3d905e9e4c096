"""The daemon's trace file: CONTROL ``logfile FILE`` names it, ``log on`` (re)opens it,
``log off`` closes it; while open, every request and its reply is appended as one line.

The format is ours (C xenstored 4.17 writes a different one)::

    2026-11-25 22:38:43.123456 IN  conn 1 dom 0 pid 4242 WRITE req 2 tx 0 "/a\\0hello\\x01"
    2026-11-25 22:38:43.123501 OUT conn 1 dom 0 pid 4242 WRITE req 2 tx 0 "OK\\0"

Payloads show printable ASCII as is, ``\\0 \\n \\t \\r \\\\ \\"`` and ``\\xHH`` for the rest,
at most PAYLOAD_SHOWN bytes (then ``...+N``). Connection numbers are given in order of
first appearance in the trace. The loop traces every request it reads, the fast-path
READ/DIRECTORY replies included, and the replies as they are produced: a reply of a
group commit that then fails goes out as EIO, not as traced. Watch events fired by a
change are not traced (the event a WATCH sends at once is, after its reply).

Closed (``fd`` None) it costs the loop one check per batch of requests read and one per
request that is not a fast-path read.
"""

import logging
import os
import time
import weakref

from ..wire import HEADER, Op

LOG = logging.getLogger("xenstored.trace")
PAYLOAD_SHOWN = 256
_SHOWN = ["\\x%02x" % byte for byte in range(256)]
for _byte in range(0x20, 0x7F):
    _SHOWN[_byte] = chr(_byte)
for _byte, _escape in ((0, "\\0"), (9, "\\t"), (10, "\\n"), (13, "\\r"), (0x22, '\\"'), (0x5C, "\\\\")):
    _SHOWN[_byte] = _escape
_NAMES = {op.value: op.name for op in Op}


def timestamp(now=None):
    """Local time with microseconds, as trace lines and reports start."""
    now = time.time() if now is None else now
    return "%s.%06d" % (time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now)), now % 1 * 1e6)


def show(payload, limit=PAYLOAD_SHOWN):
    """``payload`` quoted on one line, escaped, cut after ``limit`` bytes."""
    text = "".join(map(_SHOWN.__getitem__, payload[:limit]))
    more = len(payload) - limit
    return '"%s"%s' % (text, "...+%d" % more if more > 0 else "")


class Trace:
    """The trace file's path (``logfile``) and, while it is open, its descriptor."""

    def __init__(self):
        self.path = None    # absolute, as logfile named it (resolved then); None: never set
        self.fd = None      # open for append while tracing
        self._ids = weakref.WeakKeyDictionary()     # connection -> its number in the trace
        self._numbered = 0

    def set_path(self, path):
        """``logfile``: close the trace, remember ``path`` and open it (C answers OK even if
        that fails: the trace then stays closed)."""
        self.close()
        self.path = os.path.abspath(path) if path else path
        self.open()

    def open(self):
        """``log on``: (re)open the named file for append, created 0600; nothing if none was named."""
        if self.path is None:
            return
        self.close()
        try:
            self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as error:
            LOG.warning("cannot open trace file %s: %s", self.path, error.strerror)
            return
        self._write("\n*** %s xen.xenstore xenstored pid %d: trace opened\n" % (timestamp(), os.getpid()))

    def close(self):
        """``log off``, ``logfile`` and daemon exit: close the file, keep its path."""
        if self.fd is not None:
            fd, self.fd = self.fd, None
            os.close(fd)

    def received(self, conn, frame):
        """A request read from ``conn``: ``frame`` is (type, req_id, tx_id, payload)."""
        self._message("IN ", conn, *frame)

    def sent(self, conn, message):
        """A reply (Message) queued for ``conn``."""
        self._message("OUT", conn, message.type, message.req_id, message.tx_id, message.payload)

    def sent_bytes(self, conn, data):
        """An encoded reply queued for ``conn`` (the fast path)."""
        msg_type, req_id, tx_id, _length = HEADER.unpack_from(data)
        self._message("OUT", conn, msg_type, req_id, tx_id, data[HEADER.size:])

    def append(self, text):
        """Write ``text`` into the open trace; False if none is open."""
        if self.fd is None:
            return False
        self._write(text)
        return True

    def _message(self, direction, conn, msg_type, req_id, tx_id, payload):
        if self.fd is None:     # closed by a request answered earlier in the same batch
            return
        number = self._ids.get(conn)
        if number is None:
            self._numbered += 1
            number = self._ids[conn] = self._numbered
        self._write("%s %s conn %d dom %d pid %d %s req %d tx %d %s\n" % (
            timestamp(), direction, number, conn.caller.domid, conn.peer[0],
            _NAMES.get(msg_type) or "type %d" % msg_type, req_id, tx_id, show(payload)))

    def _write(self, text):
        try:
            os.write(self.fd, text.encode("utf-8", "backslashreplace"))
        except OSError as error:
            LOG.warning("trace file %s: %s; trace closed (`log on` reopens it)", self.path, error.strerror)
            self.close()
