"""The wire client: requests to a xenstored over its Unix socket or the xenbus device.

Requests are pipelined: ``call_many`` sends a batch before reading the replies,
which a xenstored answers in order. Watch events that arrive in between are
queued for ``next_event``.
"""

import collections
import os
import select
import socket
import time

from . import paths
from .errors import StorageError, TooBigError, error_from_name
from .wire import XENSTORE_PAYLOAD_MAX, Decoder, Op, ProtocolError, encode


def open_device(path):
    """A read-write descriptor of the xenbus device. Tests replace only this function (a
    stand-in connected to bin/xenstored); everything after the open is the real code."""
    return os.open(path, os.O_RDWR | os.O_CLOEXEC)


# Requests in flight at once in call_many: the daemon reads them in one go.
PIPELINE_DEPTH = 4096


class WireTransport:
    """One connection to a xenstored (a connected socket or an open xenbus file descriptor)."""

    def __init__(self, fd, describe, sock=None):
        self._fd = fd
        self._sock = sock
        self.describe = describe
        self._decoder = Decoder()
        self._req_id = 0
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

    def _send(self, data):
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    def _receive(self, timeout=None):
        if timeout is not None:
            ready, _writable, _failed = select.select([self._fd], [], [], timeout)
            if not ready:
                return False
        data = os.read(self._fd, 65536)
        if not data:
            raise StorageError("xenstored closed the connection (%s)" % self.describe)
        self._decoder.feed(data)
        return True

    def _next_reply(self, deadline=None):
        """The next message that is not a watch event (events are queued), or None at ``deadline``."""
        while True:
            try:
                message = self._decoder.next_message()
            except ProtocolError as error:
                raise StorageError("bad message from %s: %s" % (self.describe, error)) from None
            if message is None:
                timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
                if not self._receive(timeout):
                    return None
            elif message.type == Op.WATCH_EVENT:
                self.events.append(message.payload)
                if deadline is not None:
                    return None     # next_event wants to see it
            else:
                return message

    def call(self, msg_type, payload, tx=0):
        """Send one request and return its reply payload; a typed XenStoreError on an error reply."""
        return self.call_many([(msg_type, payload, tx)], strict=True)[0]

    def call_many(self, requests, strict=False):
        """Replies to ``(type, payload, tx)`` requests, pipelined. Each result is the payload,
        or (``strict=False``) the XenStoreError the daemon answered."""
        for msg_type, payload, _tx in requests:
            if len(payload) > XENSTORE_PAYLOAD_MAX:
                # As libxenstore: refuse it here (E2BIG); the daemon would drop the connection.
                raise TooBigError("%s request of %d bytes exceeds the %d-byte XenStore message limit"
                                  % (Op(msg_type).name, len(payload), XENSTORE_PAYLOAD_MAX))
        results = []
        append = results.append
        total = len(requests)
        first = self._req_id + 1
        sent = 0
        decoder = self._decoder
        while len(results) < total:
            # Keep up to PIPELINE_DEPTH requests in flight: the daemon works while we decode.
            if sent < total and sent - len(results) < PIPELINE_DEPTH // 2:
                chunk = requests[sent:len(results) + PIPELINE_DEPTH]
                self._send(b"".join([encode(msg_type, (first + sent + index) & 0xFFFFFFFF, tx, payload)
                                     for index, (msg_type, payload, tx) in enumerate(chunk)]))
                sent += len(chunk)
            try:
                frame = decoder.next_frame()
            except ProtocolError as error:
                raise StorageError("bad message from %s: %s" % (self.describe, error)) from None
            if frame is None:
                self._receive()
                continue
            msg_type, req_id, _tx, payload = frame
            if msg_type == Op.WATCH_EVENT:
                self.events.append(payload)
                continue
            if req_id != (first + len(results)) & 0xFFFFFFFF:
                raise StorageError("reply out of order from %s" % self.describe)
            if msg_type == Op.ERROR:
                error = error_from_name(payload.rstrip(b"\0").decode("ascii", "replace"))
                if strict:
                    raise error
                append(error)
            else:
                append(payload)
        self._req_id = (first + total - 1) & 0xFFFFFFFF
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


def _arg(text):
    return text.encode("utf-8") + b"\0"


def _names(payload):
    return [name.decode("latin-1") for name in payload.split(b"\0")[:-1]]


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
            return self._directory_in_parts(path, tx)

    def _directory_in_parts(self, path, tx):
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
        """SET_PERMS."""
        self.transport.call(Op.SET_PERMS, _arg(path) + b"".join(_arg(perm) for perm in perms), tx)

    def transaction_start(self):
        """TRANSACTION_START; the id."""
        return int(self.transport.call(Op.TRANSACTION_START, b"\0").rstrip(b"\0"))

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

    _BATCH = {"read": Op.READ, "directory": Op.DIRECTORY, "get_perms": Op.GET_PERMS}

    def batch(self, calls, tx=0):
        """Results of ``(operation, path)`` reads, pipelined; errors in place of results."""
        replies = self.transport.call_many([(self._BATCH[name], _arg(path), tx) for name, path in calls])
        results = []
        for (name, path), reply in zip(calls, replies):
            if name == "directory" and isinstance(reply, TooBigError):
                reply = self._directory_in_parts(path, tx)
            elif name in ("directory", "get_perms") and not isinstance(reply, Exception):
                reply = _names(reply)
            results.append(reply)
        return results
