"""Process life cycle: signals, pid file, stale sockets, database lock, --detach, defaults."""

import os
import signal
import subprocess
import time

import pytest

from xs_harness import HEADER, PYTHON, WRITE, XENSTORED, Closed, Daemon, XsConn, accepts


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_exits_cleanly(start_daemon, workdir, sig):
    pid_file = workdir / "xenstored.pid"
    daemon = start_daemon("--pid-file", str(pid_file))
    deadline = time.monotonic() + 10            # written just after the sockets accept
    while not (pid_file.exists() and pid_file.read_text().endswith("\n")):
        assert time.monotonic() < deadline, "no pid file"
        time.sleep(0.005)
    assert pid_file.read_text() == "%d\n" % daemon.pid
    with daemon.connect() as conn:
        conn.write("/kept", "across restarts")
    daemon.stop_cleanly(sig)
    assert not pid_file.exists(), "pid file left behind"
    assert daemon.database.exists()
    # The data is there after a restart.
    again = Daemon(daemon.dir, daemon.args).start()
    with again.connect() as conn:
        assert conn.read("/kept") == b"across restarts"
    again.stop_cleanly()


def test_sigterm_finishes_requests_in_flight(daemon):
    count = 300
    with daemon.connect() as conn:
        conn.sync()                             # accepted: the requests below are in flight on it
        conn.send_raw(b"".join(HEADER.pack(WRITE, i, 0, len(p)) + p
                               for i in range(count) for p in (b"/flight/k%03d\0v" % i,)))
        os.kill(daemon.pid, signal.SIGTERM)
        answered = []
        try:
            while True:
                msg = conn.recv()
                assert (msg.type, msg.payload) == (WRITE, b"OK\0")
                answered.append(msg.req_id)
        except Closed:
            pass
    assert daemon.proc.wait(10) == 0
    assert answered == list(range(count))
    again = Daemon(daemon.dir, daemon.args).start()
    with again.connect() as conn:
        assert conn.directory("/flight") == ["k%03d" % i for i in range(count)]
    again.stop_cleanly()


def test_stale_socket_is_replaced(daemon):
    daemon.kill()
    assert daemon.socket.exists() and daemon.socket_ro.exists()   # left by the SIGKILLed daemon
    assert not accepts(daemon.socket)
    result = daemon.run("/usr/bin/xenstore-read", "/tool", check_rc=1)
    assert result.stderr == b"xenstore-read: xs_open: Connection refused\n"
    again = Daemon(daemon.dir, daemon.args).start()
    assert again.run("/usr/bin/xenstore-read", "/tool", check_rc=0).stdout == b"\n"
    with again.connect_ro() as ro:
        assert ro.directory("/") == ["tool"]
    again.stop_cleanly()


def test_second_daemon_on_same_database_fails(daemon, workdir):
    other = workdir / "other"
    other.mkdir()
    result = subprocess.run(
        [str(PYTHON), str(XENSTORED), "--socket", str(other / "socket"),
         "--database", str(daemon.database)], check=False, capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert "pid %d" % daemon.pid in result.stderr, result.stderr
    assert str(daemon.socket) in result.stderr, result.stderr
    assert not (other / "socket").exists() and not (other / "socket_ro").exists()
    # The first one is untouched.
    with daemon.connect() as conn:
        conn.write("/still", "here")
    # --detach reports the same failure and exits 1.
    result = subprocess.run(
        [str(PYTHON), str(XENSTORED), "--detach", "--socket", str(other / "socket"),
         "--database", str(daemon.database)], check=False, capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert "pid %d" % daemon.pid in result.stderr, result.stderr


def test_second_daemon_on_same_socket_fails(daemon, workdir):
    result = subprocess.run(
        [str(PYTHON), str(XENSTORED), "--socket", str(daemon.socket),
         "--database", str(workdir / "other.tdb")], check=False, capture_output=True, text=True,
        timeout=30)
    assert result.returncode == 1
    assert str(daemon.socket) in result.stderr, result.stderr
    with daemon.connect() as conn:
        assert conn.read("/tool") == b""
    with daemon.connect_ro() as conn:
        assert conn.read("/tool") == b""


def _wait_gone(pid, timeout=10.0):
    deadline = time.monotonic() + timeout
    while os.path.exists("/proc/%d" % pid):
        with open("/proc/%d/stat" % pid) as stat:
            if stat.read().split(") ", 1)[1].startswith("Z"):
                return
        assert time.monotonic() < deadline, "pid %d still running" % pid
        time.sleep(0.01)


def test_detach_returns_once_serving(workdir):
    pid_file = workdir / "pid"
    socket_path = workdir / "socket"
    result = subprocess.run(
        [str(PYTHON), str(XENSTORED), "--detach", "--pid-file", str(pid_file),
         "--socket", str(socket_path), "--database", str(workdir / "tdb")], check=False,
        capture_output=True, timeout=30)
    # No retry: the socket must accept the moment --detach returned.
    conn = XsConn(socket_path)
    pid = int(pid_file.read_text())
    try:
        assert result.returncode == 0, result.stderr
        assert result.stdout == b"" and result.stderr == b""
        conn.write("/detached", "yes")
        assert conn.read("/detached") == b"yes"
        assert os.getsid(pid) == pid                 # its own session
    finally:
        conn.close()
        os.kill(pid, signal.SIGTERM)
    _wait_gone(pid)
    assert not socket_path.exists()
    assert not (workdir / "socket_ro").exists()
    assert not pid_file.exists()


def test_socket_and_database_from_environment(workdir):
    env = dict(os.environ, XENSTORED_PATH=str(workdir / "envsock"), XENSTORED_ROOTDIR=str(workdir))
    proc = subprocess.Popen([str(PYTHON), str(XENSTORED), "-N"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while not accepts(workdir / "envsock"):
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert (workdir / "socket_ro").exists()
        assert (workdir / "tdb").exists()
        result = subprocess.run(check=False, args=["/usr/bin/xenstore-write", "/env", "ok"], env=env, capture_output=True)
        assert result.returncode == 0, result.stderr
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
    assert not (workdir / "envsock").exists() and not (workdir / "socket_ro").exists()


def test_sigterm_with_a_client_that_reads_nothing(daemon):
    """A connection whose replies pile up does not hold the shutdown."""
    with daemon.connect() as setup:
        setup.write("/big", b"x" * 4000)
    stuck = daemon.connect()
    stuck.sock.setblocking(False)
    request = HEADER.pack(2, 1, 0, 5) + b"/big\0"
    try:
        for _unused in range(5000):
            try:
                stuck.sock.send(request * 100)
            except BlockingIOError:
                break
        time.sleep(0.2)
        start = time.monotonic()
        daemon.stop_cleanly()
        assert time.monotonic() - start < 5
    finally:
        stuck.close()
