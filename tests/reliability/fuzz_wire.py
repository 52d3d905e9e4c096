"""Malformed and random XenStore messages, and a multi-process socket fuzzer of bin/xenstored.

Each worker process opens connection after connection; on each it sends one batch of
well-framed but malformed requests in one go (random types, tx ids, req ids, payloads
with missing, extra or embedded NULs, bad paths, permissions, domids, huge payloads),
reads every reply and checks that each framed request got exactly one reply, in order,
with its req_id and tx_id echoed and a sane payload. The batch then ends with a
"killer": a length over 4096, a truncated frame and EOF, a random byte stream, or
nothing. A separate kind of worker holds half-open connections (partial headers
dripped one byte at a time).

    python fuzz_wire.py SOCKET --messages 100000 --processes 2   # standalone
"""

import argparse
import os
import random
import select
import socket
import struct
import sys
import time

HEADER = struct.Struct("=IIII")
PAYLOAD_MAX = 4096
WATCH_EVENT = 15
ERROR = 16
ERRORS = {b"EINVAL", b"EACCES", b"EEXIST", b"EISDIR", b"ENOENT", b"ENOMEM", b"ENOSPC", b"EIO",
          b"ENOTEMPTY", b"ENOSYS", b"EROFS", b"EBUSY", b"EAGAIN", b"EISCONN", b"E2BIG", b"EPERM"}

# -- vocabulary ------------------------------------------------------------------

_NAMES = [b"a", b"b", b"c", b"dd", b"x-y", b"_z", b"@", b"0", b"9"]
_PATHS = [
    b"/", b"/fuzz", b"/fuzz/a", b"/fuzz/a/b", b"/fuzz/b", b"/fuzz/c/d/e", b"fuzz", b"rel/x",
    b"/tool", b"/tool/xenstored", b"/local", b"/local/domain", b"/local/domain/5",
    b"/local/domain/5/data", b"/local/domain/6/x", b"/vm/u", b"@introduceDomain",
    b"@releaseDomain", b"@other", b"@", b"//", b"/fuzz/", b"/fuzz//a", b"/a b", b"/a\xff",
    b"\xff\xfe", b"", b"/" + b"a" * 2047, b"/" + b"a" * 2048, b"/" + b"a" * 3000,
    b"/" + b"/".join([b"d"] * 900), b"/fuzz/\x01", b".", b"..",
    b"/fuzz/a\0b", b"/local/domain/0/x", b"~", b"/fuzz/" + b"n" * 200,
]
_PERMS = [b"n0", b"r0", b"w0", b"b0", b"n5", b"r5", b"b6", b"w7", b"n-1", b"n0x10", b"n010",
          b"x0", b"n", b"", b"r99999999999", b"n4294967295", b"b2147483648", b"rr5", b"n0 "]
_DOMIDS = [b"0", b"5", b"6", b"7", b"-1", b"4294967295", b"0x10", b"abc", b"99999999999999",
           b" 12", b"+3", b"32752", b"32767", b"1e3", b""]
_CONTROL = [
    [b"help"], [b"quota"], [b"quota-soft"], [b"print", b"fuzz"], [b"log", b"on"], [b"log", b"x"],
    [b"logfile"], [b"memreport"], [b"junk"], [b""], [b"quota", b"5"], [b"quota", b"x"],
    [b"quota", b"set", b"nodes"], [b"quota", b"set", b"nodes", b"0"], [b"quota", b"set", b"x", b"1"],
    [b"quota", b"set", b"watches", b"5000"], [b"quota-soft", b"set", b"memory", b"9999999"],
    [b"live-update", b"-c", b"x"], [b"check", b"extra"], [b"help", b"x"], [b"check"],
]


class FrameGen:
    """Random frames for one connection (``rng`` a random.Random)."""

    def __init__(self, rng, privileged=True):
        self.rng = rng
        self.privileged = privileged
        self.seq = rng.randrange(1, 1 << 20)

    def _bytes(self, most):
        rng = self.rng
        return bytes(rng.getrandbits(8) for _unused in range(rng.randrange(most + 1)))

    def _path(self):
        rng = self.rng
        pick = rng.random()
        if pick < 0.75:
            return rng.choice(_PATHS)
        if pick < 0.9:
            return b"/fuzz/" + b"/".join(rng.choice(_NAMES) for _unused in range(rng.randrange(1, 4)))
        return self._bytes(40)

    def _value(self):
        rng = self.rng
        pick = rng.random()
        if pick < 0.6:
            return b"v%d" % rng.randrange(1000)
        if pick < 0.9:
            return self._bytes(64)
        return bytes([rng.randrange(256)]) * rng.randrange(1000, 4090)

    @staticmethod
    def _join(parts, how):
        """Arguments NUL-joined: properly, without the last NUL, with extra NULs, or not at all."""
        if how < 0.7:
            return b"".join(part + b"\0" for part in parts)
        if how < 0.8:
            return b"\0".join(parts)
        if how < 0.9:
            return b"\0\0".join(parts) + b"\0\0"
        return b"".join(parts)

    def payload(self, msg_type):
        """A payload for ``msg_type``, plausible or not."""
        rng = self.rng
        how = rng.random()
        if how < 0.05:
            return b""
        if how < 0.1:
            return self._bytes(200)
        if msg_type in (1, 2, 3, 12, 13, 22):               # path requests
            parts = [self._path()]
            if msg_type == 22 or rng.random() < 0.1:
                parts.append(rng.choice(_DOMIDS))
        elif msg_type == 11:                                # WRITE: path NUL value
            return self._path() + (b"\0" if rng.random() < 0.9 else b"") + self._value()
        elif msg_type == 14:
            parts = [self._path()] + [rng.choice(_PERMS) for _unused in range(rng.randrange(0, 8))]
        elif msg_type in (4, 5):                            # WATCH / UNWATCH: path, token
            token = b"t%d" % rng.randrange(50) if rng.random() < 0.8 else self._bytes(30)
            parts = [self._path(), token][:rng.choice((2, 2, 2, 1, 3))]
        elif msg_type == 6:
            parts = [rng.choice((b"", b"T", b"junk"))]
        elif msg_type == 7:
            parts = [rng.choice((b"T", b"F", b"X", b"", b"TT", b"t"))]
        elif msg_type in (8, 19):                           # INTRODUCE / SET_TARGET
            parts = [rng.choice(_DOMIDS) for _unused in range(rng.randrange(0, 5))]
        elif msg_type in (9, 10, 17, 18):                   # one domid
            parts = [rng.choice(_DOMIDS)]
        elif msg_type == 0:
            parts = list(rng.choice(_CONTROL))
        else:
            parts = [self._path(), self._bytes(20)]
        return self._join(parts, how)

    def message_type(self):
        """Mostly known types, sometimes unknown ones (15, 16, 20, 23..., huge)."""
        rng = self.rng
        pick = rng.random()
        if pick < 0.85:
            return rng.choice((0, 1, 1, 2, 2, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 11, 11, 12,
                               13, 13, 14, 17, 18, 19, 21, 22))
        if pick < 0.95:
            return rng.choice((15, 16, 20, 23, 24, 25, 26, 27, 100))
        return rng.getrandbits(32)

    def tx_id(self):
        """0 mostly; small ids (maybe open); random ones."""
        rng = self.rng
        pick = rng.random()
        if pick < 0.7:
            return 0
        if pick < 0.9:
            return rng.randrange(1, 13)
        return rng.getrandbits(32)

    def frame(self):
        """(bytes, req_id, tx_id) of one well-framed message (length <= 4096)."""
        msg_type = self.message_type()
        payload = self.payload(msg_type)[:PAYLOAD_MAX]
        self.seq = (self.seq + 1) & 0xFFFFFFFF or 1
        tx_id = self.tx_id()
        return HEADER.pack(msg_type, self.seq, tx_id, len(payload)) + payload, self.seq, tx_id

    def killer(self):
        """(kind, bytes) that end a connection's batch."""
        rng = self.rng
        pick = rng.random()
        if pick < 0.3:
            return "none", b""
        if pick < 0.5:      # length over the limit: the daemon must close without a reply
            length = rng.choice((PAYLOAD_MAX + 1, 65536, 0x7FFFFFFF, 0xFFFFFFFF, rng.randrange(4097, 1 << 32)))
            return "overlong", HEADER.pack(rng.randrange(30), 1, 0, length) + self._bytes(100)
        if pick < 0.7:      # truncated header or payload, then EOF
            length = rng.randrange(1, PAYLOAD_MAX + 1)
            full = HEADER.pack(rng.randrange(23), 1, 0, length) + b"x" * length
            return "truncated", full[:rng.randrange(1, len(full))]
        return "garbage", self._bytes(rng.choice((16, 100, 5000, 20000)))


# -- one connection ----------------------------------------------------------------

class Stats:
    """Counters of a worker (merged by the parent)."""

    FIELDS = ("connections", "frames", "replies", "errors", "events", "overlong", "truncated",
              "garbage", "garbage_bytes", "closed_early", "refused", "bad")

    def __init__(self):
        for name in self.FIELDS:
            setattr(self, name, 0)
        self.problems = []

    def as_dict(self):
        result = {name: getattr(self, name) for name in self.FIELDS}
        result["problems"] = self.problems[:20]
        return result


def _pump(sock, outgoing, want_replies, stats, timeout):
    """Send ``outgoing`` while reading; return the received messages once ``want_replies``
    non-event messages arrived (or the peer closed / the timeout passed): (messages, closed)."""
    sock.setblocking(False)
    view = memoryview(outgoing)
    received = bytearray()
    messages = []
    got = 0
    closed = False
    deadline = time.monotonic() + timeout
    while got < want_replies or view:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        readable, writable, _failed = select.select([sock], [sock] if view else [], [], remaining)
        if writable:
            try:
                sent = sock.send(view[:262144])
                view = view[sent:]
            except BlockingIOError:
                pass
            except OSError:
                view = view[len(view):]
        if readable:
            try:
                data = sock.recv(262144)
            except BlockingIOError:
                continue
            except OSError:
                data = b""
            if not data:
                closed = True
                break
            received += data
            offset = 0
            while len(received) - offset >= 16:
                msg_type, req_id, tx_id, length = HEADER.unpack_from(received, offset)
                if length > PAYLOAD_MAX:
                    stats.problems.append("daemon sent a %d-byte payload" % length)
                    stats.bad += 1
                    return messages, True
                end = offset + 16 + length
                if end > len(received):
                    break
                messages.append((msg_type, req_id, tx_id, bytes(received[offset + 16:end])))
                if msg_type != WATCH_EVENT:
                    got += 1
                offset = end
            del received[:offset]
    return messages, closed


def _check_replies(sent, messages, stats):
    """Each framed request got one reply, in order, req_id/tx_id echoed, payload well-formed."""
    replies = [m for m in messages if m[0] != WATCH_EVENT]
    stats.events += len(messages) - len(replies)
    for msg_type, req_id, tx_id, payload in messages:
        if msg_type == WATCH_EVENT:
            if req_id or tx_id or payload.count(b"\0") < 2 or not payload.endswith(b"\0"):
                stats.bad += 1
                stats.problems.append("malformed watch event %r" % ((req_id, tx_id, payload[:80]),))
    for (req_type, req_id, tx_id), reply in zip(sent, replies):
        msg_type, got_req, got_tx, payload = reply
        if got_req != req_id or got_tx != tx_id:
            stats.bad += 1
            stats.problems.append("reply %r to request %r" % ((msg_type, got_req, got_tx), (req_type, req_id, tx_id)))
            return
        if msg_type == ERROR:
            stats.errors += 1
            if not payload.endswith(b"\0") or payload[:-1] not in ERRORS:
                stats.bad += 1
                stats.problems.append("bad error reply %r" % payload[:80])
            elif payload[:-1] == b"EIO" and req_type != 0:  # CONTROL live-update answers EIO
                stats.bad += 1   # EIO means an internal error (a bug) or a failed commit
                stats.problems.append("EIO for request type %d" % req_type)
        elif msg_type != req_type:
            stats.bad += 1
            stats.problems.append("reply type %d to request type %d" % (msg_type, req_type))
    stats.replies += len(replies)
    if len(replies) > len(sent):
        stats.bad += 1
        stats.problems.append("%d replies to %d requests" % (len(replies), len(sent)))


def fuzz_connection(path, gen, frames, stats, timeout=60.0, sock=None):
    """One connection: a batch of ``frames`` frames and a killer; checks the replies."""
    rng = gen.rng
    if sock is None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(path)
        except OSError:
            sock.close()
            stats.refused += 1
            return
    stats.connections += 1
    try:
        chunks, sent = [], []
        for _unused in range(frames):
            data, req_id, tx_id = gen.frame()
            chunks.append(data)
            sent.append((HEADER.unpack_from(data)[0], req_id, tx_id))
        kind, tail = gen.killer()
        messages, closed = _pump(sock, b"".join(chunks), len(sent), stats, timeout)
        stats.frames += len(sent)
        _check_replies(sent, messages, stats)
        got = sum(1 for m in messages if m[0] != WATCH_EVENT)
        if got < len(sent):
            if closed:
                stats.closed_early += 1     # e.g. RELEASE of this domain closes its connections
            else:
                stats.bad += 1
                stats.problems.append("only %d of %d replies within %.0f s" % (got, len(sent), timeout))
            return
        if kind == "none":
            return
        setattr(stats, kind, getattr(stats, kind) + 1)
        if kind == "garbage":
            stats.garbage_bytes += len(tail)
        try:
            sock.setblocking(True)
            sock.settimeout(5.0)
            sock.sendall(tail)
            if kind == "truncated":
                sock.shutdown(socket.SHUT_WR)
        except OSError:
            return
        if kind == "overlong":
            # Closed at once, no reply (C xenstored on a socket); watch events queued
            # before may still arrive.
            sock.settimeout(10.0)
            data = b""
            try:
                while True:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    data += chunk
            except ConnectionResetError:
                pass
            except socket.timeout:
                stats.bad += 1
                stats.problems.append("overlong length: connection still open after 10 s")
            offset = 0
            while len(data) - offset >= 16:
                msg_type, _req, _tx, length = HEADER.unpack_from(data, offset)
                if msg_type != WATCH_EVENT:
                    stats.bad += 1
                    stats.problems.append("overlong length: got a reply %r instead of a close"
                                          % (data[offset:offset + 40],))
                    break
                offset += 16 + length
        elif kind == "garbage" and rng.random() < 0.5:
            # Drain whatever the garbage produced for a moment, then hang up.
            sock.settimeout(0.05)
            try:
                while sock.recv(65536):
                    pass
            except OSError:
                pass
    finally:
        sock.close()


# -- half-open slow clients ------------------------------------------------------------

def slow_clients(path, count, seconds, stats, seed=0, ready=None):
    """Hold ``count`` connections with partial frames, one byte more each second, then close."""
    rng = random.Random(seed)
    socks = []
    for index in range(count):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(path)
        except OSError:
            sock.close()
            stats.refused += 1
            continue
        length = rng.randrange(1, PAYLOAD_MAX + 1)
        frame = HEADER.pack(2, index, 0, length) + b"/" * length
        cut = rng.randrange(1, 16) if index % 2 else rng.randrange(16, len(frame))
        try:
            sock.sendall(frame[:cut])
        except OSError:
            sock.close()
            continue
        socks.append([sock, frame, cut])
        stats.connections += 1
    if ready is not None:
        ready()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
        for entry in socks:
            sock, frame, cut = entry
            if cut < len(frame) - 1:
                try:
                    sock.send(frame[cut:cut + 1])
                    entry[2] = cut + 1
                except OSError:
                    pass
    for sock, _frame, _cut in socks:
        sock.close()


# -- workers -----------------------------------------------------------------------------

def worker(path, seed, messages, frames_per_conn, deadline, privileged=True, uid=None):
    """Fuzz ``messages`` frames over as many connections as it takes; a Stats."""
    if uid is not None:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    rng = random.Random(seed)
    stats = Stats()
    while stats.frames < messages and time.monotonic() < deadline:
        gen = FrameGen(rng, privileged)
        count = min(messages - stats.frames, rng.randrange(frames_per_conn // 4 + 1, frames_per_conn + 1))
        fuzz_connection(path, gen, count, stats, timeout=max(5.0, deadline - time.monotonic()))
        if stats.bad > 50:
            break
    return stats


def run_workers(jobs):
    """Run each job (kwargs of ``worker``) in a forked process; merged Stats as a dict.

    A worker that dies or reports nothing counts as a problem."""
    children = []
    for job in jobs:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:                                   # pragma: no cover (child)
            code = 1
            try:
                os.close(read_fd)
                stats = worker(**job)
                os.write(write_fd, repr(stats.as_dict()).encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write_fd)
        children.append((pid, read_fd))
    total = Stats()
    for pid, read_fd in children:
        with os.fdopen(read_fd, "rb") as pipe:
            data = pipe.read()
        _pid, status = os.waitpid(pid, 0)
        if not data or os.waitstatus_to_exitcode(status) != 0:
            total.bad += 1
            total.problems.append("worker %d exited with status %d" % (pid, status))
            continue
        result = eval(data.decode(), {"__builtins__": {}})  # our own repr of a dict of ints/strs
        for name in Stats.FIELDS:
            setattr(total, name, getattr(total, name) + result[name])
        total.problems.extend(result["problems"])
    return total.as_dict()


def main(argv=None):
    """Standalone run against a socket."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("socket")
    parser.add_argument("--messages", type=int, default=100000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--frames-per-connection", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=600)
    args = parser.parse_args(argv)
    deadline = time.monotonic() + args.seconds
    began = time.monotonic()
    share = args.messages // args.processes
    result = run_workers([dict(path=args.socket, seed=args.seed * 1000 + index, messages=share,
                               frames_per_conn=args.frames_per_connection, deadline=deadline)
                          for index in range(args.processes)])
    elapsed = time.monotonic() - began
    result["seconds"] = round(elapsed, 1)
    result["messages_per_second"] = round(result["frames"] / elapsed)
    print(result)
    return 1 if result["bad"] else 0


if __name__ == "__main__":
    sys.exit(main())
