"""The xenstored wire protocol, sans I/O: message types, header, framing, payload helpers.

Every message is a 16-byte header ``type, req_id, tx_id, len`` (native byte
order, ``struct xsd_sockmsg``) and ``len`` payload bytes, at most
XENSTORE_PAYLOAD_MAX (xen/include/public/io/xs_wire.h, docs/misc/xenstore.txt).
"""

import enum
import re
import struct

HEADER = struct.Struct("=IIII")
XENSTORE_PAYLOAD_MAX = 4096
OK = b"OK\0"
_ATOI = re.compile(rb"[ \t\n\r\v\f]*([+-]?)([0-9]*)")


class Op(enum.IntEnum):
    """Message types (enum xsd_sockmsg_type)."""

    CONTROL = 0
    DIRECTORY = 1
    READ = 2
    GET_PERMS = 3
    WATCH = 4
    UNWATCH = 5
    TRANSACTION_START = 6
    TRANSACTION_END = 7
    INTRODUCE = 8
    RELEASE = 9
    GET_DOMAIN_PATH = 10
    WRITE = 11
    MKDIR = 12
    RM = 13
    SET_PERMS = 14
    WATCH_EVENT = 15
    ERROR = 16
    IS_DOMAIN_INTRODUCED = 17
    RESUME = 18
    SET_TARGET = 19
    RESTRICT = 20
    RESET_WATCHES = 21
    DIRECTORY_PART = 22


class ProtocolError(Exception):
    """The byte stream cannot be framed any more (the connection must be dropped)."""


class Message:
    """One framed message."""

    __slots__ = ("type", "req_id", "tx_id", "payload")

    def __init__(self, msg_type, req_id, tx_id, payload):
        self.type = msg_type
        self.req_id = req_id
        self.tx_id = tx_id
        self.payload = payload

    def encode(self):
        """Header and payload bytes."""
        return HEADER.pack(self.type, self.req_id, self.tx_id, len(self.payload)) + self.payload

    def reply(self, payload, msg_type=None):
        """A reply echoing this request's type, req_id and tx_id."""
        return Message(self.type if msg_type is None else msg_type, self.req_id, self.tx_id, payload)

    def error(self, errno_name):
        """The XS_ERROR reply for this request."""
        return Message(Op.ERROR, self.req_id, self.tx_id, errno_name.encode("ascii") + b"\0")

    def __repr__(self):
        return "Message(%s, req_id=%d, tx_id=%d, %r)" % (
            _type_name(self.type), self.req_id, self.tx_id, self.payload)


def _type_name(msg_type):
    try:
        return Op(msg_type).name
    except ValueError:
        return str(msg_type)


def encode(msg_type, req_id, tx_id, payload):
    """Bytes of one message."""
    return HEADER.pack(msg_type, req_id, tx_id, len(payload)) + payload


def watch_event(path, token):
    """A WATCH_EVENT message (req_id 0, tx_id 0), or None if it would exceed the payload limit."""
    payload = path + b"\0" + token + b"\0"
    if len(payload) > XENSTORE_PAYLOAD_MAX:
        return None
    return Message(Op.WATCH_EVENT, 0, 0, payload)


class Decoder:
    """Incremental framing: ``feed(bytes)`` then iterate ``messages()``."""

    def __init__(self):
        self._buffer = b""
        self._offset = 0    # start of the first unframed byte

    def feed(self, data):
        """Append received bytes."""
        if self._offset:
            data = self._buffer[self._offset:] + data
            self._offset = 0
        elif self._buffer:
            data = self._buffer + data
        self._buffer = data

    def pending(self):
        """Bytes received but not yet framed."""
        return len(self._buffer) - self._offset

    def next_message(self):
        """The next complete Message, or None; ProtocolError for a length over the limit."""
        frame = self.next_frame()
        return None if frame is None else Message(*frame)

    def next_frame(self):
        """The next complete message as a (type, req_id, tx_id, payload) tuple, or None."""
        buffer, start = self._buffer, self._offset
        if len(buffer) - start < HEADER.size:
            return None
        msg_type, req_id, tx_id, length = HEADER.unpack_from(buffer, start)
        if length > XENSTORE_PAYLOAD_MAX:
            raise ProtocolError("message length %d exceeds %d" % (length, XENSTORE_PAYLOAD_MAX))
        end = start + HEADER.size + length
        if len(buffer) < end:
            return None
        self._offset = end
        return msg_type, req_id, tx_id, buffer[start + HEADER.size:end]

    def messages(self):
        """Every complete message buffered so far."""
        message = self.next_message()
        while message is not None:
            yield message
            message = self.next_message()


def strings(payload):
    """The NUL-terminated strings of ``payload`` (bytes after the last NUL are dropped), as C get_strings."""
    parts = payload.split(b"\0")
    return parts[:-1]


def one_arg(payload):
    """The single argument of a one-argument request, or None if the payload is not exactly ``arg\\0``."""
    if not payload or payload.find(b"\0") != len(payload) - 1:
        return None
    return payload[:-1]


_STRTOUL = re.compile(rb"[ \t\n\r\v\f]*([+-]?)(0[xX](?=[0-9a-fA-F])|0)?([0-9a-fA-F]*)")


def c_strtoul(data):
    """glibc ``strtoul(data, NULL, 0)`` of bytes: leading blanks, optional sign, 0x for hex and
    0 for octal, digits of that base (0 if none), ULONG_MAX on overflow, negated modulo 2**64."""
    sign, prefix, digits = _STRTOUL.match(data).groups()
    base = 16 if prefix and len(prefix) == 2 else 8 if prefix else 10
    valid = {16: b"0123456789abcdefABCDEF", 8: b"01234567", 10: b"0123456789"}[base]
    end = 0
    while end < len(digits) and digits[end] in valid:
        end += 1
    value = int(digits[:end], base) if end else 0
    if value >= 1 << 64:
        return (1 << 64) - 1     # overflow: ULONG_MAX whatever the sign
    return (-value) % (1 << 64) if sign == b"-" else value


def c_atoi(data):
    """glibc ``atoi`` of bytes, ``(int) strtol(data, NULL, 10)``: leading blanks, optional sign,
    digits (0 if none), saturated to the 64-bit long range, then the low 32 bits, signed."""
    sign, digits = _ATOI.match(data).groups()
    value = (-1 if sign == b"-" else 1) * int(digits or b"0")
    value = max(-(1 << 63), min((1 << 63) - 1, value)) & 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value
