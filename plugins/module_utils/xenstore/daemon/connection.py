"""One client connection: its identity, input framing, queued output and engine session."""

import collections

from ..wire import Decoder
from .poller import READ

# Stop reading requests while this much output waits (the client is not reading).
OUTPUT_SOFT_LIMIT = 256 * 1024
# Drop a connection whose unread output (events) grows past this.
OUTPUT_HARD_LIMIT = 16 * 1024 * 1024
# Connections one unprivileged domain may hold at once (C xenstored gives a domain one ring).
DOMAIN_CONNECTIONS_MAX = 32


class DomainBudget:
    """What one unprivileged domain's connections hold together: the connections, and
    their unread output, kept under the domain's ``memory`` quota (C xenstored, XSA-326)."""

    __slots__ = ("conns", "used", "_quotas")

    def __init__(self, quotas):
        self.conns = set()
        self.used = 0               # bytes queued and not yet sent, all connections
        self._quotas = quotas

    @property
    def exceeded(self):
        """True once the unread output passed the domain's memory quota."""
        return self.used > self._quotas["memory"]


class Connection:
    """A socket peer acting as a domain (dom0 when privileged)."""

    def __init__(self, sock, session, readonly, peer, budget=None):
        self.sock = sock
        self.session = session
        self.readonly = readonly
        self.peer = peer                # (pid, uid, gid) from SO_PEERCRED
        self.decoder = Decoder()
        self.output = bytearray()
        self.pending_events = set()     # event payloads queued and not yet sent
        self._event_ends = collections.deque()  # (stream offset of its end, payload), oldest first
        self._queued = 0                # bytes ever queued
        self._sent = 0                  # bytes ever sent
        self.closed = False
        self.held_back = False          # requests left unread while output was full
        self.paused = False             # its domain's RELEASE/INTRODUCE waits for the batch commit
        self.registered = READ          # poller events it is registered for
        self.budget = budget            # DomainBudget of an unprivileged domain, else None
        self.overflowed = False         # an event was dropped: the domain's output is over quota
        self.staged = None              # (message, dirty, request) held until the batch commits
        self.staged_bytes = 0

    @property
    def caller(self):
        """The perms.Caller this connection acts as."""
        return self.session.caller

    def send(self, message):
        """Queue a reply."""
        self.queue(message.encode())

    def queue(self, data):
        """Queue the bytes of a reply."""
        self.output += data
        self._queued += len(data)
        if self.budget is not None:
            self.budget.used += len(data)

    def send_event(self, message):
        """Queue a watch event unless an identical one is still unsent (C xenstored)."""
        payload = message.payload
        if self.budget is not None and self.budget.exceeded:
            self.overflowed = True      # the domain reads too little: cut this connection off
            return
        if not payload.startswith(b"@"):
            if payload in self.pending_events:
                return
            self.pending_events.add(payload)
        data = message.encode()
        self.output += data
        self._queued += len(data)
        if self.budget is not None:
            self.budget.used += len(data)
        if not payload.startswith(b"@"):
            self._event_ends.append((self._queued, payload))

    def flush(self):
        """Write as much output as the socket takes; True once all is sent."""
        if self.output:
            sent = self.sock.send(self.output)
            del self.output[:sent]
            self._sent += sent
            if self.budget is not None:
                self.budget.used -= sent
        # An event wholly sent is no longer queued: an identical one may follow (C out_list).
        while self._event_ends and self._event_ends[0][0] <= self._sent:
            self.pending_events.discard(self._event_ends.popleft()[1])
        return not self.output

    @property
    def wants_input(self):
        """False while too much output waits (the client must read first) or while paused."""
        return len(self.output) + self.staged_bytes < OUTPUT_SOFT_LIMIT and not self.paused

    @property
    def overflowing(self):
        """True when unread output passed the hard limit (or the domain's quota)."""
        return self.overflowed or len(self.output) > OUTPUT_HARD_LIMIT

    def discard_output(self):
        """Forget unsent output (the connection is closed)."""
        if self.budget is not None:
            self.budget.used -= len(self.output)
        self.output = bytearray()
