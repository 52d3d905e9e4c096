"""Coverage-guided fuzzing (atheris) of the wire codec and of dispatch with an in-process engine.

    python fuzz_codec.py codec    -atheris_runs=20000 [libFuzzer options]
    python fuzz_codec.py dispatch -max_total_time=60  [libFuzzer options]

Targets:
* ``codec``: wire.Decoder fed the input in random slices must frame exactly what a
  reference framer frames (or raise ProtocolError exactly when a length exceeds 4096),
  and the payload helpers (strings, one_arg, c_atoi, Message.encode) keep their contracts.
* ``dispatch``: the input becomes a sequence of frames sent by dom0, an unprivileged domain
  and a read-only connection to a real Server (engine, TDB file, watches) without sockets
  being read: Server._process/end_batch/_send. No exception may escape, each framed
  request gets exactly one well-formed reply (req_id, tx_id echoed, at most 4096 bytes),
  no EIO (internal error), and the tree passes the integrity check at the end.

The same checks back the hypothesis fuzz in test_fuzz_codec.py (when atheris is missing).
With -atheris_runs the harness prints ``FUZZ-STATS {...}`` at the end; after -max_total_time
libFuzzer exits on its own, with its summary (``Done N runs in S second(s)``).
"""

import argparse
import os
import shutil
import socket
import struct
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "plugins", "module_utils"))

HEADER = struct.Struct("=IIII")
PAYLOAD_MAX = 4096
WATCH_EVENT, ERROR = 15, 16
ERRORS = {b"EINVAL", b"EACCES", b"EEXIST", b"EISDIR", b"ENOENT", b"ENOMEM", b"ENOSPC", b"EIO",
          b"ENOTEMPTY", b"ENOSYS", b"EROFS", b"EBUSY", b"EAGAIN", b"EISCONN", b"E2BIG", b"EPERM"}

# Words worth combining (also written as the libFuzzer dictionary).
WORDS = [b"/", b"/local/domain/", b"/local/domain/5", b"/local/domain/5/x", b"/tool/xenstored",
         b"@introduceDomain", b"@releaseDomain", b"T", b"F", b"n0", b"r5", b"b5", b"w6", b"n5",
         b"check", b"quota", b"set", b"nodes", b"help", b"quota-soft", b"print", b"5", b"6", b"0",
         b"-1", b"0x10", b"4294967295", b"a", b"b/c", b"rel", b"//", b"tok", b"\xff"]

wire = None  # imported by load() (inside atheris.instrument_imports when fuzzing)


def load():
    """Import the code under test (call under atheris.instrument_imports for coverage)."""
    global wire  # pylint: disable=global-statement
    import xenstore.daemon.dispatch  # noqa: F401  pylint: disable=import-outside-toplevel,unused-import
    import xenstore.daemon.server  # noqa: F401  pylint: disable=import-outside-toplevel,unused-import
    from xenstore import wire as wire_module  # pylint: disable=import-outside-toplevel
    wire = wire_module


# -- codec -------------------------------------------------------------------------

def reference_frames(data):
    """What a correct framer yields for ``data``: (messages, error_at_end)."""
    frames, offset = [], 0
    while len(data) - offset >= 16:
        msg_type, req_id, tx_id, length = HEADER.unpack_from(data, offset)
        if length > PAYLOAD_MAX:
            return frames, True
        if len(data) - offset - 16 < length:
            break
        frames.append((msg_type, req_id, tx_id, data[offset + 16:offset + 16 + length]))
        offset += 16 + length
    return frames, False


def check_codec(data, cuts):
    """Decoder fed ``data`` in slices at ``cuts`` agrees with reference_frames; helpers' contracts."""
    expected, error_expected = reference_frames(data)
    decoder = wire.Decoder()
    got, error = [], False
    previous = 0
    try:
        for cut in sorted(set(cuts)) + [len(data)]:
            decoder.feed(data[previous:cut])
            previous = cut
            for message in decoder.messages():
                got.append((message.type, message.req_id, message.tx_id, message.payload))
    except wire.ProtocolError:
        error = True
    assert got == expected[:len(got)], "decoder framed differently"
    assert error == error_expected, "ProtocolError %s, expected %s" % (error, error_expected)
    if not error:
        assert got == expected, "decoder lost frames"
        consumed = sum(16 + len(frame[3]) for frame in got)
        assert decoder.pending() == len(data) - consumed
    for msg_type, req_id, tx_id, payload in got:
        message = wire.Message(msg_type, req_id, tx_id, payload)
        assert message.encode() == HEADER.pack(msg_type, req_id, tx_id, len(payload)) + payload
        repr(message)
        parts = wire.strings(payload)
        assert b"".join(part + b"\0" for part in parts) == payload[:payload.rfind(b"\0") + 1]
        arg = wire.one_arg(payload)
        if arg is not None:
            assert arg + b"\0" == payload and b"\0" not in arg
        value = wire.c_atoi(payload)
        assert -(1 << 31) <= value < (1 << 31)
        error_reply = message.error("EINVAL")
        assert error_reply.type == ERROR and error_reply.payload == b"EINVAL\0"
        event = wire.watch_event(payload, b"t")
        assert event is None or len(event.payload) <= PAYLOAD_MAX


# -- dispatch ----------------------------------------------------------------------

class FakeSock:
    """Stands in for a connection's socket: takes everything sent (nothing is read from it)."""

    def __init__(self):
        self.sent = bytearray()
        self._pair = socket.socketpair()    # a real fd for selector registration

    def fileno(self):
        return self._pair[0].fileno()

    def send(self, data):
        self.sent += data
        return len(data)

    def setblocking(self, flag):
        pass

    def close(self):
        for sock in self._pair:
            sock.close()


class DispatchHarness:
    """A real Server (engine, TDB in a temporary directory) whose connections are driven in-process."""

    def __init__(self):
        from xenstore.daemon import config  # pylint: disable=import-outside-toplevel
        from xenstore.daemon.server import Server  # pylint: disable=import-outside-toplevel
        from xenstore.perms import DOM0, Caller  # pylint: disable=import-outside-toplevel
        self.dir = tempfile.mkdtemp(prefix="xsf.", dir="/tmp")
        options = config.parse(["--socket", os.path.join(self.dir, "socket"),
                                "--database", os.path.join(self.dir, "tdb"),
                                "--uid-domid", "4242:5"])
        self.server = Server(options)
        self.dom0 = DOM0
        self.domain = Caller(5)
        self.inputs = 0
        dom0 = self.connect(self.dom0)
        self.run(dom0, b"".join(wire.encode(t, 1, 0, p) for t, p in (
            (8, b"5\x000\x001\0"), (8, b"6\x000\x001\0"), (12, b"/local/domain/5\0"),
            (14, b"/local/domain/5\0n5\0"), (11, b"/local/domain/6/x\0six"))))
        self.close(dom0)

    def connect(self, caller, readonly=False):
        """A Connection registered with the server, as _accept makes one."""
        from xenstore.daemon.connection import Connection, DomainBudget  # pylint: disable=import-outside-toplevel
        import selectors  # pylint: disable=import-outside-toplevel
        budget = None
        if not caller.privileged:
            budget = self.server._budgets.setdefault(  # pylint: disable=protected-access
                caller.domid, DomainBudget(self.server.engine.quotas))
        conn = Connection(FakeSock(), self.server.engine.session(caller), readonly, (1, 0, 0), budget)
        if budget is not None:
            budget.conns.add(conn)
        self.server.connections.add(conn)
        self.server.selector.register(conn.sock, selectors.EVENT_READ, conn)
        return conn

    def close(self, conn):
        self.server.close(conn)

    def run(self, conn, data):
        """Feed ``data`` as received bytes; process, commit, send. The output bytes."""
        before = len(conn.sock.sent)
        conn.decoder.feed(data)
        self.server._process(conn)  # pylint: disable=protected-access
        self.server.end_batch()
        for other in list(self.server._dirty):  # pylint: disable=protected-access
            self.server._send(other)  # pylint: disable=protected-access
        self.server._dirty.clear()  # pylint: disable=protected-access
        return bytes(conn.sock.sent[before:])

    def one_input(self, frames):
        """``frames``: list of (who, type, tx_id, payload); checks every reply."""
        self.inputs += 1
        conns = {"dom0": self.connect(self.dom0), "domain": self.connect(self.domain),
                 "ro": self.connect(self.dom0, readonly=True)}
        try:
            for who, msg_type, tx_id, payload in frames:
                conn = conns[who]
                if conn.closed:
                    continue
                req_id = self.inputs & 0xFFFF
                output = self.run(conn, HEADER.pack(msg_type, req_id, tx_id, len(payload)) + payload)
                if conn.closed:     # RELEASE of domain 5 closes its connection
                    assert who == "domain" or msg_type == 9, "connection closed by %r" % ((who, msg_type),)
                    continue
                check_output(output, [(msg_type, req_id, tx_id)])
        finally:
            for conn in conns.values():
                self.close(conn)
        if self.inputs % 500 == 0:
            self.check_integrity()

    def check_integrity(self):
        report = self.server.engine.check(repair=False)
        assert report.ok, report.problems()

    def shutdown(self):
        self.check_integrity()
        self.server.close_all()
        shutil.rmtree(self.dir, ignore_errors=True)


def check_output(output, requests):
    """``output`` holds one well-formed reply per request, in order, plus well-formed events."""
    replies, offset = [], 0
    while offset < len(output):
        assert len(output) - offset >= 16, "truncated output"
        msg_type, req_id, tx_id, length = HEADER.unpack_from(output, offset)
        assert length <= PAYLOAD_MAX, "reply of %d bytes" % length
        payload = output[offset + 16:offset + 16 + length]
        assert len(payload) == length, "truncated reply"
        offset += 16 + length
        if msg_type == WATCH_EVENT:
            assert req_id == 0 and tx_id == 0 and payload.endswith(b"\0") and payload.count(b"\0") >= 2
            continue
        replies.append((msg_type, req_id, tx_id, payload))
    assert len(replies) == len(requests), "%d replies to %d requests" % (len(replies), len(requests))
    for (msg_type, req_id, tx_id, payload), (req_type, want_req, want_tx) in zip(replies, requests):
        assert (req_id, tx_id) == (want_req, want_tx), "reply ids %r" % ((req_id, tx_id),)
        if msg_type == ERROR:
            assert payload.endswith(b"\0") and payload[:-1] in ERRORS, payload
            assert payload != b"EIO\0" or req_type == 0, "EIO (internal error) for type %d" % req_type
        else:
            assert msg_type == req_type, "reply type %d to %d" % (msg_type, req_type)


WHO = ("dom0", "dom0", "domain", "ro")
TYPES = list(range(0, 23)) + [23, 26, 0xFFFFFFFF]


def frames_from(provider):
    """Frames drawn from an atheris FuzzedDataProvider."""
    frames = []
    for _unused in range(provider.ConsumeIntInRange(1, 8)):
        who = WHO[provider.ConsumeIntInRange(0, len(WHO) - 1)]
        msg_type = TYPES[provider.ConsumeIntInRange(0, len(TYPES) - 1)]
        tx_id = provider.ConsumeIntInRange(0, 3)
        parts = []
        for _unused in range(provider.ConsumeIntInRange(0, 4)):
            if provider.ConsumeBool():
                parts.append(WORDS[provider.ConsumeIntInRange(0, len(WORDS) - 1)])
            else:
                parts.append(provider.ConsumeBytes(provider.ConsumeIntInRange(0, 40)))
            if provider.ConsumeIntInRange(0, 3):
                parts.append(b"\0")
        payload = b"".join(parts)
        if provider.ConsumeIntInRange(0, 15) == 0:
            payload += b"v" * provider.ConsumeIntInRange(0, PAYLOAD_MAX)
        frames.append((who, msg_type, tx_id, payload[:PAYLOAD_MAX]))
    return frames


# -- atheris entry point -----------------------------------------------------------------

def main(argv):
    """Run one target under atheris; libFuzzer options follow the target name."""
    import atheris  # pylint: disable=import-outside-toplevel
    parser = argparse.ArgumentParser()
    parser.add_argument("target", choices=("codec", "dispatch"))
    args, libfuzzer = parser.parse_known_args(argv[1:])
    with atheris.instrument_imports(include=["xenstore"]):
        load()
    began = time.monotonic()
    count = [0]
    if args.target == "codec":
        def test_one(data):
            count[0] += 1
            provider = atheris.FuzzedDataProvider(data)
            cuts = [provider.ConsumeIntInRange(0, 4200) for _unused in range(provider.ConsumeIntInRange(0, 4))]
            body = provider.ConsumeBytes(provider.remaining_bytes())
            # Most of the time make the first header plausible so framing goes deep.
            if body[:1] and body[0] & 1 and len(body) >= 16:
                length = min(struct.unpack_from("=I", body, 12)[0] % 4200, len(body))
                body = body[:12] + struct.pack("=I", length) + body[16:]
            check_codec(body, [cut for cut in cuts if cut <= len(body)])
    else:
        harness = DispatchHarness()

        def test_one(data):
            count[0] += 1
            frames = frames_from(atheris.FuzzedDataProvider(data))
            try:
                harness.one_input(frames)
            except BaseException:
                # The failure may depend on what earlier inputs left in the store: say what ran.
                sys.stderr.write("FUZZ-FAILURE after %d inputs; frames of this input:\n%s\n"
                                 % (count[0], "\n".join(repr(frame) for frame in frames)))
                raise

    dictionary = os.path.join(tempfile.gettempdir(), "xs-fuzz-%d.dict" % os.getpid())
    with open(dictionary, "w", encoding="ascii") as handle:
        for index, word in enumerate(WORDS):
            handle.write('w%d="%s"\n' % (index, "".join("\\x%02x" % byte for byte in word)))
    try:
        atheris.Setup([argv[0]] + libfuzzer + ["-dict=" + dictionary], test_one)
        try:
            atheris.Fuzz()
        except SystemExit:
            pass
        if args.target == "dispatch":
            harness.shutdown()
    finally:
        os.unlink(dictionary)
        print("FUZZ-STATS {'target': %r, 'inputs': %d, 'seconds': %.1f}"
              % (args.target, count[0], time.monotonic() - began), flush=True)


if __name__ == "__main__":
    main(sys.argv)
