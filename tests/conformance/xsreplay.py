"""Replay a conformance script (the ref-xenstored ``.xs`` language) against a daemon socket.

Produces the transcript format of ``../shared/tools/ref-xenstored/xsraw.py`` so
that replies of bin/xenstored compare byte for byte with the golden
transcripts recorded from the real C xenstored. Connections declared
``conn C domain N`` connect as uid ``UID_BASE + N`` (bin/xenstored maps it
with ``--uid-domid``). Normalised, as the golden files are: transaction ids
(``{txN}``) and DIRECTORY_PART generations (``{genN}``).
"""

import pathlib
import re
import socket
import struct
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "support"))

from xs_harness import UID_BASE, connect_as  # noqa: E402  (connections as other uids)

HEADER = struct.Struct("=IIII")
PAYLOAD_MAX = 4096
PING_BASE = 0x7FFF0000
TYPE_NAMES = ("CONTROL DIRECTORY READ GET_PERMS WATCH UNWATCH TRANSACTION_START TRANSACTION_END "
              "INTRODUCE RELEASE GET_DOMAIN_PATH WRITE MKDIR RM SET_PERMS WATCH_EVENT ERROR "
              "IS_DOMAIN_INTRODUCED RESUME SET_TARGET RESTRICT RESET_WATCHES DIRECTORY_PART "
              "GET_FEATURE SET_FEATURE GET_QUOTA SET_QUOTA").split()
TYPES = {name: number for number, name in enumerate(TYPE_NAMES)}
TYPES["DEBUG"] = 0
NAMES = dict(enumerate(TYPE_NAMES))
WATCH_EVENT, ERROR = TYPES["WATCH_EVENT"], TYPES["ERROR"]


class ScriptError(Exception):
    """The script cannot be parsed."""


# -- bytes and tokens --------------------------------------------------------

_ESCAPES = {"0": 0, "n": 10, "t": 9, "r": 13, "\\": 92, '"': 34}
_SHOWN = {0: "\\0", 10: "\\n", 9: "\\t", 13: "\\r", 92: "\\\\", 34: '\\"'}


def unquote(body):
    """Bytes of a quoted token's body."""
    out = bytearray()
    index = 0
    while index < len(body):
        char = body[index]
        if char != "\\":
            out += char.encode()
            index += 1
        elif body[index + 1:index + 2] in _ESCAPES:
            out.append(_ESCAPES[body[index + 1]])
            index += 2
        elif body[index + 1:index + 2] == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", body[index + 2:index + 4]):
            out.append(int(body[index + 2:index + 4], 16))
            index += 4
        else:
            raise ScriptError("bad escape in %r" % body)
    return bytes(out)


def show_byte(byte):
    """One byte as it appears inside quotes."""
    if byte in _SHOWN:
        return _SHOWN[byte]
    return chr(byte) if 32 <= byte < 127 else "\\x%02x" % byte


def render(data, run=16):
    """Bytes as tokens: one quoted chunk per NUL-terminated field, long runs as "x"*N."""
    if not data:
        return '""'
    tokens, chunk, index = [], "", 0
    while index < len(data):
        end = index
        while end < len(data) and data[end] == data[index]:
            end += 1
        if end - index >= run:
            if chunk:
                tokens.append('"%s"' % chunk)
                chunk = ""
            tokens.append('"%s"*%d' % (show_byte(data[index]), end - index))
            index = end
            continue
        chunk += show_byte(data[index])
        if data[index] == 0:
            tokens.append('"%s"' % chunk)
            chunk = ""
        index += 1
    if chunk:
        tokens.append('"%s"' % chunk)
    return " ".join(tokens)


_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"(?:\*(\d+))?|([^\s"]+)')


def tokens_of(line):
    """('bytes', b) and ('word', s) tokens of a line, up to a '#' comment."""
    found, pos = [], 0
    line = line.rstrip()
    while pos < len(line):
        if line[pos].isspace():
            pos += 1
            continue
        if line[pos] == "#":
            break
        match = _TOKEN.match(line, pos)
        if not match:
            raise ScriptError("cannot parse %r" % line[pos:])
        if match.group(3) is None:
            data = unquote(match.group(1))
            found.append(("bytes", data * int(match.group(2) or 1)))
        else:
            found.append(("word", match.group(3)))
        pos = match.end()
    return found


# -- script ------------------------------------------------------------------

class Step:
    """One line of a script."""

    def __init__(self, conn, kind, text):
        self.conn, self.kind, self.text = conn, kind, text
        self.msg_type = None
        self.options = {}
        self.payload = []
        self.capture = None
        self.value = None


def _repeat(line, index):
    return re.sub(r"\{i(?::(\d+))?\}",
                  lambda m: "%0*d" % (int(m.group(1)), index) if m.group(1) else str(index), line)


def parse(text):
    """(steps, {conn: domid}) of a script."""
    steps, domains = [], {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        repeat = re.match(r"repeat\s+(\d+)\s+(.*)$", line)
        lines = [_repeat(repeat.group(2), i) for i in range(int(repeat.group(1)))] if repeat else [line]
        for each in lines:
            step = _parse_line(each)
            if step is None:
                continue
            if step.kind == "decl":
                domains[step.conn] = step.value
            else:
                steps.append(step)
    return steps, domains


def _parse_line(line):
    toks = tokens_of(line)
    if not toks:
        return None
    conn = "A"
    if toks[0][0] == "word" and re.fullmatch(r"[A-Za-z0-9_]+:", toks[0][1]):
        conn, toks = toks[0][1][:-1], toks[1:]
    head, rest = toks[0][1], toks[1:]
    if head == "conn":
        step = Step(rest[0][1], "decl", line)
        step.value = int(rest[2][1])
        return step
    if head == "domain":
        step = Step(conn, "msg", line)
        step.msg_type = TYPES["INTRODUCE"]
        step.payload = [("bytes", b"%d\0" % int(rest[0][1]) + b"0\0" + b"1\0")]
        return step
    if head in ("open", "close"):
        return Step(rest[0][1], head, line)
    if head == "sleep":
        step = Step(conn, "sleep", line)
        step.value = float(rest[0][1])
        return step
    step = Step(conn, "raw" if head == "raw" else "msg", line)
    if head != "raw":
        if head.upper() in TYPES:
            step.msg_type = TYPES[head.upper()]
        elif re.fullmatch(r"\d+|0[xX][0-9a-fA-F]+", head):
            step.msg_type = int(head, 0)
        else:
            raise ScriptError("unknown message type %r" % head)
    while rest and rest[0][0] == "word" and re.match(r"(tx|rid|len|wait)=", rest[0][1]):
        key, value = rest[0][1].split("=", 1)
        if key == "tx" and value.startswith("$"):
            step.options[key] = ("var", value[1:])
        else:
            step.options[key] = float(value) if key == "wait" else int(value, 0)
        rest = rest[1:]
    if len(rest) >= 2 and rest[-2] == ("word", "->"):
        step.capture, rest = rest[-1][1], rest[:-2]
    for kind, value in rest:
        if kind == "bytes":
            step.payload.append(("bytes", value))
        elif value.startswith("$") and len(value) > 1:
            step.payload.append(("var", value[1:]))
        else:
            step.payload.append(("bytes", value.encode() + b"\0"))
    return step


# -- connections -------------------------------------------------------------

class Conn:
    """A script connection's state."""

    def __init__(self, name, domid):
        self.name, self.domid = name, domid
        self.sock = None
        self.buffer = b""
        self.state = "new"
        self.rid = 0
        self.tx_names = {}
        self.pings = 0


class Replay:
    """Runs steps and collects (step, conn, arrow, text) records."""

    def __init__(self, path, domains, timeout=5.0):
        self.path, self.domains, self.timeout = path, domains, timeout
        self.conns = {}
        self.vars = {}
        self.generations = {}
        self.records = []
        self.step_number = 0
        self.request_path = None

    def conn(self, name):
        """The named connection (created on first use)."""
        if name not in self.conns:
            self.conns[name] = Conn(name, self.domains.get(name))
        return self.conns[name]

    def note(self, conn, arrow, text):
        """Record one transcript entry for the current step."""
        self.records.append((self.step_number, conn.name, arrow, text))

    def ensure_open(self, conn):
        """Connect if new; False (noted) if it cannot be used."""
        if conn.state == "open":
            return True
        if conn.state != "new":
            self.note(conn, "<", "<not connected>")
            return False
        try:
            if conn.domid is None:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(self.timeout)
                sock.connect(self.path)
            else:
                sock = connect_as(self.path, UID_BASE + conn.domid, self.timeout)
        except OSError as error:
            conn.state = "failed"
            self.note(conn, "<", "<connect failed: %s>" % (error.strerror or error))
            return False
        conn.sock, conn.state, conn.buffer = sock, "open", b""
        return True

    def close(self, conn, why=None):
        """Close the connection, noting ``why``."""
        if conn.sock is not None:
            conn.sock.close()
        conn.sock, conn.state = None, "closed"
        if why:
            self.note(conn, "<", why)

    def send(self, conn, data):
        """Send bytes; False (noted) if the daemon closed the connection."""
        try:
            conn.sock.sendall(data)
            return True
        except (BrokenPipeError, ConnectionResetError):
            self.close(conn, "<closed>")
        except OSError as error:
            self.close(conn, "<send failed: %s>" % (error.strerror or error))
        return False

    def receive(self, conn, timeout):
        """(type, rid, tx, payload), 'EOF', ('BAD', len) or None on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            if len(conn.buffer) >= HEADER.size:
                msg_type, rid, tx, length = HEADER.unpack_from(conn.buffer)
                if length > PAYLOAD_MAX:
                    return ("BAD", length)
                if len(conn.buffer) >= HEADER.size + length:
                    payload = conn.buffer[HEADER.size:HEADER.size + length]
                    conn.buffer = conn.buffer[HEADER.size + length:]
                    return msg_type, rid, tx, payload
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            conn.sock.settimeout(left)
            try:
                data = conn.sock.recv(65536)
            except socket.timeout:
                return None
            except (ConnectionResetError, BrokenPipeError):
                data = b""
            if not data:
                return "EOF"
            conn.buffer += data

    def tx_text(self, conn, tx):
        """A header tx id, by its symbolic name when it came from TRANSACTION_START."""
        return conn.tx_names.get(tx, str(tx))

    def describe(self, conn, msg_type, rid, tx, payload, sent_len=None, reply=True):
        """One message as a transcript line."""
        name = NAMES.get(msg_type, str(msg_type))
        if reply and msg_type == TYPES["TRANSACTION_START"] and re.fullmatch(rb"\d+\0", payload):
            symbol = "{tx%d}" % (len(conn.tx_names) + 1)
            conn.tx_names[int(payload[:-1])] = symbol
            return '%s rid=%d tx=%s "%s\\0"' % (name, rid, self.tx_text(conn, tx), symbol)
        if reply and msg_type == TYPES["DIRECTORY_PART"] and b"\0" in payload:
            generation, rest = payload.split(b"\0", 1)
            if re.fullmatch(rb"\d+", generation):
                key = (self.request_path, generation)
                if key not in self.generations:
                    count = sum(1 for path, _gen in self.generations if path == self.request_path)
                    self.generations[key] = "{gen%d}" % (count + 1)
                return '%s rid=%d tx=%s "%s\\0" %s' % (
                    name, rid, self.tx_text(conn, tx), self.generations[key], render(rest))
        extra = " len=%d" % sent_len if sent_len is not None and sent_len != len(payload) else ""
        return "%s rid=%d tx=%s%s %s" % (name, rid, self.tx_text(conn, tx), extra, render(payload))

    def run(self, steps):
        """Every step, each followed by a sync of all open connections."""
        for step in steps:
            self.step_number += 1
            self.run_step(step)
            self.sync()
        for conn in self.conns.values():
            if conn.state == "open":
                self.close(conn)
        return transcript(self.records)

    def payload_of(self, step):
        """(bytes, None) or (None, missing variable)."""
        data = b""
        for kind, value in step.payload:
            if kind == "bytes":
                data += value
            elif value in self.vars:
                data += self.vars[value] + b"\0"
            else:
                return None, value
        return data, None

    def run_step(self, step):
        """One step: open/close/sleep, raw bytes, or a request and its reply."""
        conn = self.conn(step.conn)
        if step.kind == "open":
            self.note(conn, ">", "<open>")
            if conn.state == "open":
                self.note(conn, "<", "<already open>")
                return
            conn.state, conn.tx_names = "new", {}
            self.ensure_open(conn)
            return
        if step.kind == "close":
            self.note(conn, ">", "<close>")
            if conn.state == "open":
                self.close(conn)
            return
        if step.kind == "sleep":
            time.sleep(step.value)
            return
        data, missing = self.payload_of(step)
        tx = step.options.get("tx", 0)
        if isinstance(tx, tuple):
            try:
                tx = int(self.vars.get(tx[1]))
            except (TypeError, ValueError):
                missing = tx[1]
        if missing is not None:
            self.note(conn, ">", "<skipped: $%s undefined> %s" % (missing, step.text))
            return
        if step.kind == "raw":
            self.note(conn, ">", "raw %s" % render(data))
            if self.ensure_open(conn) and self.send(conn, data):
                self.await_reply(conn, step.options.get("wait", 0.5), quiet=True)
            return
        if "rid" in step.options:
            rid = step.options["rid"]
        else:
            conn.rid += 1
            rid = conn.rid
        length = step.options.get("len", len(data))
        self.note(conn, ">", self.describe(conn, step.msg_type, rid, tx, data, length, reply=False))
        if not self.ensure_open(conn) or not self.send(conn, HEADER.pack(step.msg_type, rid, tx, length) + data):
            return
        self.request_path = data.split(b"\0", 1)[0]
        reply = self.await_reply(conn, self.timeout)
        self.request_path = None
        if step.capture and reply is not None and reply[0] != ERROR:
            value = reply[3]
            self.vars[step.capture] = value[:-1] if value.endswith(b"\0") else value

    def await_reply(self, conn, timeout, quiet=False):
        """Read and note messages up to the first that is not a watch event."""
        while True:
            message = self.receive(conn, timeout)
            if message is None:
                if quiet:
                    self.note(conn, "<", "<no reply>")
                else:
                    self.close(conn, "<timeout>")
                return None
            if message == "EOF":
                self.close(conn, "<closed>")
                return None
            if message[0] == "BAD":
                self.close(conn, "<bad header: len %d>" % message[1])
                return None
            self.note(conn, "<", self.describe(conn, *message))
            if message[0] != WATCH_EVENT:
                return message

    def sync(self):
        """Ping each open connection (name order) so that every event of the step is noted."""
        for name in sorted(self.conns):
            conn = self.conns[name]
            if conn.state != "open":
                continue
            conn.pings += 1
            rid = PING_BASE + (conn.pings & 0xFFFF)
            if not self.send(conn, HEADER.pack(TYPES["GET_DOMAIN_PATH"], rid, 0, 2) + b"0\0"):
                continue
            while True:
                message = self.receive(conn, self.timeout)
                if message is None:
                    self.close(conn, "<timeout waiting for sync reply>")
                    break
                if message == "EOF":
                    self.close(conn, "<closed>")
                    break
                if message[0] == "BAD":
                    self.close(conn, "<bad header: len %d>" % message[1])
                    break
                if message[0] != WATCH_EVENT and message[1] == rid:
                    break
                self.note(conn, "<", self.describe(conn, *message))


def transcript(records):
    """Lines: per step, the requesting connection's entries first, then the others by name."""
    lines = []
    steps = {}
    for number, name, arrow, text in records:
        steps.setdefault(number, []).append((name, arrow, text))
    for number in sorted(steps):
        entries = steps[number]
        first = next((name for name, arrow, _text in entries if arrow == ">"), entries[0][0])
        by_conn = {}
        for name, arrow, text in entries:
            by_conn.setdefault(name, []).append("%03d %s%s %s" % (number, name, arrow, text))
        for name in [first] + sorted(name for name in by_conn if name != first):
            lines.extend(by_conn.get(name, []))
    return lines


def replay(path, text, timeout=5.0):
    """Transcript lines of script ``text`` against the daemon at ``path``."""
    steps, domains = parse(text)
    return Replay(path, domains, timeout).run(steps)


def main(argv):
    """xsreplay.py SOCKET SCRIPT: print the transcript."""
    if len(argv) != 2:
        sys.stderr.write("usage: xsreplay.py SOCKET SCRIPT\n")
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        lines = replay(argv[0], handle.read())
    sys.stdout.write("".join(line + "\n" for line in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
