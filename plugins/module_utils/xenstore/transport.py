"""The wire client: requests to a xenstored over its Unix socket or the xenbus device.

Requests are pipelined (``Pipeline``, ``call_many``): they are written before
their replies are read, and a xenstored answers them in order. Watch events that
arrive in between are queued for ``next_event``.
"""

import collections
import os
import select
import socket
import time

from . import paths
from .errors import NotFoundError, StorageError, TooBigError, XenStoreError, error_from_name
from .wire import HEADER, XENSTORE_PAYLOAD_MAX, Decoder, Op, ProtocolError, c_strtoul


def open_device(path):
    """A read-write descriptor of the xenbus device. Tests replace only this function (a
    stand-in connected to bin/xenstored); everything after the open is the real code."""
    return os.open(path, os.O_RDWR | os.O_CLOEXEC)


# Requests in flight at once in a Pipeline: the daemon reads many in one go.
PIPELINE_DEPTH = 4096


class WireTransport:
    """One connection to a xenstored (a connected socket or an open xenbus file descriptor)."""

    def __init__(self, fd, describe, sock=None):
        self._fd = fd
        self._sock = sock
        self.describe = describe
        self._decoder = Decoder()
        self._req_id = 0
        self._failure = None
        self.events = collections.deque()

    @classmethod
    def over_socket(cls, path, timeout=None):
        """Connect to the daemon's socket."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect(path)
        except OSError:
            sock.close()
            raise
        sock.settimeout(None)
        return cls(sock.fileno(), "socket %s" % path, sock)

    @classmethod
    def over_device(cls, path):
        """Open the xenbus character device (``/dev/xen/xenbus``): the same byte protocol."""
        return cls(open_device(path), "device %s" % path)

    def close(self):
        """Close the connection."""
        if self._sock is not None:
            self._sock.close()
        elif self._fd is not None:
            os.close(self._fd)
        self._fd = self._sock = None
        self._decoder = Decoder()
        self.events.clear()

    @property
    def closed(self):
        """True once closed (by close() or after a failure)."""
        return self._fd is None

    def _live_fd(self):
        if self._fd is None:
            raise StorageError("the connection to xenstored (%s) is closed after an earlier failure: %s"
                               % (self.describe, self._failure or "closed by the client"))
        return self._fd

    def _broken(self, cause):
        """As libxenstore: one failure ends the connection; later calls fail (EBADF)."""
        self._failure = cause
        self.close()

    def _send(self, data):
        view = memoryview(data)
        try:
            while view:
                written = os.write(self._live_fd(), view)
                view = view[written:]
        except OSError as error:
            self._broken(error.strerror or str(error))
            raise

    def _receive(self, timeout=None):
        try:
            if timeout is not None:
                ready, _writable, _failed = select.select([self._live_fd()], [], [], timeout)
                if not ready:
                    return False
            data = os.read(self._live_fd(), 65536)
        except OSError as error:
            self._broken(error.strerror or str(error))
            raise
        if not data:
            self._broken("xenstored closed the connection")
            raise StorageError("xenstored closed the connection (%s)" % self.describe)
        self._decoder.feed(data)
        return True

    def fail(self, message):
        """Close the connection and raise StorageError(``message``): a broken reply."""
        self._broken(message)
        raise StorageError("%s from %s" % (message, self.describe))

    def _next_reply(self, deadline=None):
        """The next (type, req_id, tx_id, payload) that is not a watch event (events are queued),
        or None at ``deadline`` or, with a deadline, once an event has been queued."""
        decoder = self._decoder
        while True:
            try:
                frame = decoder.next_frame()
            except ProtocolError as error:
                self.fail("bad message (%s)" % error)
            if frame is None:
                timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
                if not self._receive(timeout):
                    return None
            elif frame[0] == Op.WATCH_EVENT:
                self.events.append(frame[3])
                if deadline is not None:
                    return None     # next_event wants to see it
            else:
                return frame

    def call(self, msg_type, payload, tx=0):
        """Send one request and return its reply payload; a typed XenStoreError on an error reply."""
        return self.call_many([(msg_type, payload, tx)], strict=True)[0]

    def call_many(self, requests, strict=False):
        """Replies to ``(type, payload, tx)`` requests, pipelined. Each result is the payload,
        or (``strict=False``) the XenStoreError the daemon answered. Nothing is sent if one
        request is over the message limit."""
        for msg_type, payload, _tx in requests:
            _check_size(msg_type, payload)
        pipeline = Pipeline(self)
        for msg_type, payload, tx in requests:
            pipeline.submit(msg_type, payload, tx)
        results = []
        for _request in requests:
            reply = pipeline.reply()
            if strict and isinstance(reply, Exception):
                pipeline.drain()
                raise reply
            results.append(reply)
        return results

    def next_event(self, timeout=None):
        """(path, token) bytes of the next watch event, or None after ``timeout`` seconds."""
        deadline = time.monotonic() + (timeout if timeout is not None else 1e9)
        while not self.events:
            if self._next_reply(deadline) is not None:
                continue    # a reply nobody asked for: not an event
            if not self.events and time.monotonic() >= deadline:
                return None
        path, token = self.events.popleft().split(b"\0")[:2]
        return path, token


class Pipeline:
    """Requests written as they are submitted (up to PIPELINE_DEPTH in flight), replies taken in order.

    Submitting never waits for a reply, so a caller can ask for more (a node's children, say)
    while the daemon is still answering what was asked before: both sides keep working.
    """

    def __init__(self, transport):
        self._transport = transport
        self._unsent = []       # encoded requests not written yet, from index _sent on
        self._unsent_ids = []
        self._sent = 0
        self._ids = collections.deque()     # (request id, type) written and not answered yet, oldest first

    def submit(self, msg_type, payload, tx=0):
        """Queue one request (written once the pipeline has room); TooBigError if over the limit."""
        _check_size(msg_type, payload)
        transport = self._transport
        req_id = transport._req_id = (transport._req_id + 1) & 0xFFFFFFFF
        self._unsent.append(HEADER.pack(msg_type, req_id, tx, len(payload)) + payload)
        self._unsent_ids.append((req_id, msg_type))

    def reply(self):
        """The next reply's payload, or the XenStoreError answered in its place."""
        ids = self._ids
        if len(ids) < PIPELINE_DEPTH // 2 and self._sent < len(self._unsent):
            self._write()
        if not ids:
            raise StorageError("no request is waiting for a reply from %s" % self._transport.describe)
        transport = self._transport
        msg_type, req_id, _tx, payload = transport._next_reply()
        expected_id, expected_type = ids.popleft()
        if req_id != expected_id:
            transport.fail("reply out of order")
        if msg_type == Op.ERROR:
            return error_from_name(payload.rstrip(b"\0").decode("ascii", "replace"))
        if msg_type != expected_type:   # libxenstore takes it for a broken connection
            transport.fail("reply of type %d to a request of type %d" % (msg_type, expected_type))
        return payload

    def pending(self):
        """Requests submitted and not answered yet."""
        return len(self._ids) + len(self._unsent) - self._sent

    def drain(self):
        """The replies to everything submitted and not answered yet, in order."""
        return [self.reply() for _request in range(self.pending())]

    def abandon(self):
        """Forget what was not written yet and take the replies of what was off the wire,
        so the connection stays in step (nothing to take from a broken connection)."""
        self._unsent, self._unsent_ids, self._sent = [], [], 0
        if self._transport.closed:
            self._ids.clear()
        while self._ids:
            self.reply()

    def _write(self):
        start = self._sent
        end = start + PIPELINE_DEPTH - len(self._ids)
        self._transport._send(b"".join(self._unsent[start:end]))
        self._ids.extend(self._unsent_ids[start:end])
        self._sent = min(end, len(self._unsent))
        if self._sent == len(self._unsent):
            self._unsent, self._unsent_ids, self._sent = [], [], 0


class WalkPipeline:
    """``submit(operation, path)`` for read, directory and get_perms, ``result()`` in the same order:
    the value, the names, or the XenStoreError answered. A walk asks for children while earlier
    replies are still coming."""

    _TYPES = {"read": Op.READ, "directory": Op.DIRECTORY, "get_perms": Op.GET_PERMS}

    def __init__(self, backend, tx):
        self._backend = backend
        self._tx = tx
        self._pipeline = Pipeline(backend.transport)
        self._asked = collections.deque()
        self._early = collections.deque()   # replies taken off the wire before a DIRECTORY_PART detour

    def submit(self, operation, path):
        """Ask for ``operation`` on ``path``."""
        self._pipeline.submit(self._TYPES[operation], _arg(path), self._tx)
        self._asked.append((operation, path))

    def result(self):
        """The answer to the oldest request not taken yet."""
        operation, path = self._asked.popleft()
        reply = self._early.popleft() if self._early else self._pipeline.reply()
        if isinstance(reply, Exception):
            if operation == "directory" and isinstance(reply, TooBigError):
                # Too many names for one message: read the rest off the wire, then ask in parts.
                self._early.extend(self._pipeline.drain())
                return self._backend.directory_in_parts(path, self._tx)
            return reply
        return reply if operation == "read" else _names(reply)

    def close(self):
        """Abandon what nobody will ask for (see Pipeline.abandon)."""
        self._pipeline.abandon()


def _check_size(msg_type, payload):
    """As libxenstore: refuse a request over the limit here (E2BIG); the daemon would drop the connection."""
    if len(payload) > XENSTORE_PAYLOAD_MAX:
        raise TooBigError("%s request of %d bytes exceeds the %d-byte XenStore message limit"
                          % (Op(msg_type).name, len(payload), XENSTORE_PAYLOAD_MAX))


def _arg(text):
    return text.encode("utf-8") + b"\0"


def _names(payload):
    return payload.decode("latin-1").split("\0")[:-1]


class WireBackend:
    """The client operations as requests to a daemon (see client.XenStoreClient)."""

    def __init__(self, transport, kind):
        self.transport = transport
        self.kind = kind
        self.description = "xenstored via %s" % transport.describe

    def close(self):
        """Close the connection."""
        self.transport.close()

    def read(self, path, tx=0):
        """READ."""
        return self.transport.call(Op.READ, _arg(path), tx)

    def write(self, path, value, tx=0):
        """WRITE; TooBigError (nothing sent) if path and value exceed one message, as the engine says."""
        payload = _arg(path) + value
        if len(payload) > XENSTORE_PAYLOAD_MAX:
            raise TooBigError("value for %s is %d bytes: with its path it exceeds the %d-byte "
                              "XenStore message limit" % (paths.shorten(path), len(value),
                                                          XENSTORE_PAYLOAD_MAX))
        self.transport.call(Op.WRITE, payload, tx)

    def mkdir(self, path, tx=0):
        """MKDIR."""
        self.transport.call(Op.MKDIR, _arg(path), tx)

    def rm(self, path, tx=0):
        """RM."""
        self.transport.call(Op.RM, _arg(path), tx)

    def directory(self, path, tx=0):
        """DIRECTORY, falling back to DIRECTORY_PART for lists over one message (as libxenstore)."""
        try:
            return _names(self.transport.call(Op.DIRECTORY, _arg(path), tx))
        except TooBigError:
            return self.directory_in_parts(path, tx)

    def directory_in_parts(self, path, tx=0):
        """DIRECTORY_PART until the whole list is read, restarting if it changes meanwhile."""
        collected, offset, generation = b"", 0, None
        while True:
            reply = self.transport.call(Op.DIRECTORY_PART, _arg(path) + b"%d\0" % offset, tx)
            current, chunk = reply.split(b"\0", 1)
            if generation is not None and current != generation:
                collected, offset, generation = b"", 0, None
                continue
            generation = current
            collected += chunk
            if collected.endswith(b"\0\0") or len(collected) <= 1:
                return _names(collected[:-1]) if collected.endswith(b"\0\0") else []
            offset += len(chunk)

    def get_perms(self, path, tx=0):
        """GET_PERMS as tool strings."""
        return _names(self.transport.call(Op.GET_PERMS, _arg(path), tx))

    def set_perms(self, path, perms, tx=0):
        """SET_PERMS; ENOENT on a node that exists means a domain in ``perms`` is not known to the daemon."""
        try:
            self.transport.call(Op.SET_PERMS, _arg(path) + b"".join(_arg(perm) for perm in perms), tx)
        except NotFoundError:
            try:
                self.transport.call(Op.GET_PERMS, _arg(path), tx)
            except NotFoundError:
                raise NotFoundError("%s has no node %s" % (self.description, path)) from None
            named = sorted({int(perm[1:]) for perm in perms if perm[1:].isdigit()} - {0})
            domains = [domid for domid in named if not self._introduced(domid)] or named
            raise NotFoundError("%s refused permissions %s on %s: domain %s is not known to it "
                                "(introduce the domain first)"
                                % (self.description, " ".join(perms), path,
                                   " or ".join(str(domid) for domid in domains) or "?")) from None

    def _introduced(self, domid):
        """IS_DOMAIN_INTRODUCED (True when the daemon will not say)."""
        try:
            return self.transport.call(Op.IS_DOMAIN_INTRODUCED, b"%d\0" % domid) != b"F\0"
        except XenStoreError:
            return True

    def transaction_start(self):
        """TRANSACTION_START; the id, read as libxenstore reads it (0: no transaction, a failure)."""
        reply = self.transport.call(Op.TRANSACTION_START, b"\0")
        tx = c_strtoul(reply) & 0xFFFFFFFF
        if not tx:
            raise StorageError("xenstored (%s) gave no transaction id: %r" % (self.transport.describe, reply))
        return tx

    def transaction_end(self, tx, commit):
        """TRANSACTION_END T or F."""
        self.transport.call(Op.TRANSACTION_END, b"T\0" if commit else b"F\0", tx)

    def watch(self, path, token):
        """WATCH."""
        self.transport.call(Op.WATCH, _arg(path) + token + b"\0")

    def unwatch(self, path, token):
        """UNWATCH."""
        self.transport.call(Op.UNWATCH, _arg(path) + token + b"\0")

    def next_event(self, timeout=None):
        """(path, token) bytes or None."""
        return self.transport.next_event(timeout)

    def control(self, payload):
        """XS_CONTROL with ``cmd\\0arg\\0...``; the reply payload."""
        return self.transport.call(Op.CONTROL, payload)

    def pipeline(self, tx=0):
        """Pipelined read/directory/get_perms (see WalkPipeline)."""
        return WalkPipeline(self, tx)
