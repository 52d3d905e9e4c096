"""The tools as processes, against Debian's: started through $PATH, output errors, stdio block
offsets, the caller's Python environment, and a daemon that breaks the connection or answers
with the wrong message type (a scripted stand-in, so the failure is exactly reproducible)."""

import socket
import struct
import subprocess
import threading

import pytest

from xs_cli_support import REPO

HEADER = struct.Struct("<IIII")
DIRECTORY, READ, TRANSACTION_START, TRANSACTION_END, WRITE = 1, 2, 6, 7, 11
TRANSACTION = {(TRANSACTION_START, b"\0"): (TRANSACTION_START, b"1\0"),
               (TRANSACTION_END, b"T\0"): (TRANSACTION_END, b"OK\0")}


def run_on_path(directory, argv, env, **kwargs):
    """``argv`` found through $PATH (``directory`` first), as a shell starts it."""
    env = dict(env, PATH="%s:/usr/bin:/bin" % directory)
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    streams.update(kwargs)
    return subprocess.run(argv, env=env, timeout=30, check=False, cwd="/", **streams)


def test_started_through_path_the_usage_names_the_tool_as_typed(tools, daemon):
    env = {"XENSTORED_PATH": str(daemon.socket)}
    for argv in (["xenstore-read"], ["xenstore-read", "-x", "/data/short"], ["xenstore", "ls", "-q"]):
        real = run_on_path(tools.real, argv, env)
        ours = run_on_path(tools.ours, argv, env)
        assert (ours.returncode, ours.stdout, ours.stderr) == (real.returncode, real.stdout, real.stderr), argv
        assert not real.stderr.startswith(b"/"), real.stderr


def test_a_failed_write_to_stdout_is_dropped_as_stdio_does(tools, daemon):
    env = {"XENSTORED_PATH": str(daemon.socket)}
    for argv in (["xenstore-read", "/data/short"], ["xenstore-ls", "/data"], ["xenstore-list", "/data"]):
        with open("/dev/full", "wb") as full:
            real = run_on_path(tools.real, argv, env, stdout=full, stderr=subprocess.PIPE)
        with open("/dev/full", "wb") as full:
            ours = run_on_path(tools.ours, argv, env, stdout=full, stderr=subprocess.PIPE)
        assert (ours.returncode, ours.stderr) == (real.returncode, real.stderr) == (0, b""), argv


def test_a_closed_stdout_or_a_full_stderr_change_nothing_of_the_exit_status(tools, daemon):
    env = {"XENSTORED_PATH": str(daemon.socket)}
    for command in ("xenstore-read /data/short >&-", "xenstore-read /data/nonexistent 2>/dev/full",
                    "xenstore-ls /data >&- 2>/dev/full"):
        results = [subprocess.run(command, shell=True, env=dict(env, PATH="%s:/usr/bin:/bin" % directory),
                                  capture_output=True, timeout=30, check=False)
                   for directory in (tools.real, tools.ours)]
        assert [(result.returncode, result.stdout, result.stderr) for result in results[1:]] == [
            (results[0].returncode, results[0].stdout, results[0].stderr)], command


def test_a_diagnostic_lands_at_the_same_offset_of_a_shared_stream(tools, daemon):
    with daemon.client() as client:
        for index in range(300):
            client.write("/m/many/entry-%d" % index, "value-%d" % index)
    env = {"XENSTORED_PATH": str(daemon.socket)}
    outputs = []
    for directory in (tools.real, tools.ours):
        result = subprocess.run("xenstore-ls /m/many /m/nonexistent 2>&1", shell=True, env=dict(
            env, PATH="%s:/usr/bin:/bin" % directory), capture_output=True, timeout=30, check=False)
        outputs.append((result.returncode, result.stdout))
    assert outputs[1] == outputs[0]
    assert outputs[0][1].find(b"xenstore-ls: xs_directory") == 4096     # a pipe's block, mid-line


def test_the_callers_python_environment_does_not_reach_the_tools(daemon):
    env = {"XENSTORED_PATH": str(daemon.socket), "PYTHONHOME": "/nonexistent", "PYTHONPATH": "/nonexistent"}
    result = subprocess.run([str(REPO / "bin" / "xenstore-read"), "/data/short"], env=env,
                            capture_output=True, timeout=30, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"hi\n", b"")


class ScriptedDaemon:
    """A stand-in xenstored on a Unix socket: ``script`` maps (type, payload) of a request to
    (reply type, reply payload), or to None to close the connection; anything else is ENOENT."""

    def __init__(self, path, script):
        self.path = path
        self.script = script
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(path)
        self.listener.listen(4)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _address = self.listener.accept()
            except OSError:
                return
            with conn:
                self._answer(conn)

    def _answer(self, conn):
        while True:
            header = conn.recv(HEADER.size, socket.MSG_WAITALL)
            if len(header) < HEADER.size:
                return
            msg_type, req_id, tx_id, length = HEADER.unpack(header)
            payload = conn.recv(length, socket.MSG_WAITALL) if length else b""
            reply = self.script.get((msg_type, payload), (0x10, b"ENOENT\0"))
            if reply is None:
                return
            conn.sendall(HEADER.pack(reply[0], req_id, tx_id, len(reply[1])) + reply[1])

    def close(self):
        self.listener.close()


@pytest.mark.parametrize("script, argv", [
    # The daemon hangs up while xenstore-ls -p walks: every later call is "Bad file descriptor".
    ({(DIRECTORY, b"/\0"): (DIRECTORY, b"a\0b\0"), (READ, b"/a\0"): None}, ["xenstore-ls", "-p"]),
    # Replies of the wrong type: libxenstore takes the connection for broken.
    ({(READ, b"/x\0"): (DIRECTORY, b"v")}, ["xenstore-read", "/x"]),
    ({(DIRECTORY, b"/\0"): (READ, b"a\0b\0")}, ["xenstore-ls"]),
    ({**TRANSACTION, (WRITE, b"/x\0" + b"1"): (READ, b"OK\0")}, ["xenstore-write", "/x", "1", "/y", "2"]),
    # A transaction id that is not a number.
    ({(TRANSACTION_START, b"\0"): (TRANSACTION_START, b"abc\0")}, ["xenstore-read", "/x", "/y"]),
])
def test_a_broken_connection_fails_as_libxenstore_does(tools, fresh_dir, script, argv):
    stand_in = ScriptedDaemon(str(fresh_dir / "socket"), script)
    try:
        env = {"XENSTORED_PATH": stand_in.path}
        results = [tools.run(which, argv, env) for which in ("real", "ours")]
    finally:
        stand_in.close()
    assert results[1] == results[0]
    assert results[0][0] == 1 and (b"Bad file descriptor" in results[0][2] or b"couldn't" in results[0][2])
