"""An acknowledged write is in the TDB file: SIGKILL right after the reply loses nothing."""

import signal
import threading
import time

import pytest

from xs_harness import HEADER, WRITE, Closed, Daemon


def restart(daemon):
    """Start a new daemon on the same socket and database (the old socket files are stale)."""
    assert daemon.socket.exists(), "a SIGKILLed daemon cannot remove its socket"
    again = Daemon(daemon.dir, daemon.args, daemon.socket, daemon.database)
    return again.start()


@pytest.mark.parametrize("fsync", ["never", "always"])
def test_pipelined_acknowledged_writes_survive_sigkill(start_daemon, fsync):
    daemon = start_daemon("--fsync", fsync)
    count = 500
    with daemon.connect() as conn:
        requests = b"".join(
            HEADER.pack(WRITE, i, 0, len(payload)) + payload
            for i in range(count)
            for payload in (b"/dur/k%04d\0value-%d" % (i, i),))
        conn.send_raw(requests)
        for i in range(count):
            reply = conn.reply()
            assert (reply.type, reply.req_id, reply.payload) == (WRITE, i, b"OK\0")
        daemon.kill()               # at once after the last acknowledgement
    assert daemon.returncode == -signal.SIGKILL
    again = restart(daemon)
    with again.connect() as conn:
        assert conn.directory("/dur") == ["k%04d" % i for i in range(count)]
        for i in range(count):
            assert conn.read("/dur/k%04d" % i) == b"value-%d" % i
    again.stop_cleanly()


@pytest.mark.parametrize("fsync", ["never", "always"])
def test_xenstore_write_then_sigkill(start_daemon, fsync):
    daemon = start_daemon("--fsync", fsync)
    for i in range(20):
        daemon.run("/usr/bin/xenstore-write", "/cli/k%d" % i, "v%d" % i, check_rc=0)
    # One multi-pair call: a transaction, committed before xenstore-write exits.
    daemon.run("/usr/bin/xenstore-write", "/cli/tx/a", "A", "/cli/tx/b", "B", check_rc=0)
    daemon.run("/usr/bin/xenstore-rm", "/cli/k0", check_rc=0)
    daemon.run("/usr/bin/xenstore-chmod", "/cli/k1", "n0", "r0", check_rc=0)
    daemon.kill()
    again = restart(daemon)
    listing = again.run("/usr/bin/xenstore-ls", "-f", "-p", "/cli", check_rc=0).stdout.decode().splitlines()
    assert listing == (['/cli/k1 = "v1"   (n0,r0)']
                       + ['/cli/k%d = "v%d"   (n0)' % (i, i) for i in range(2, 20)]
                       + ['/cli/tx = ""   (n0)', '/cli/tx/a = "A"   (n0)', '/cli/tx/b = "B"   (n0)'])
    again.stop_cleanly()


def test_sigkill_under_load_keeps_every_acknowledged_write(start_daemon):
    """Kill the daemon while two clients write as fast as they can: what was acknowledged is there."""
    daemon = start_daemon("--fsync", "always")
    acked = {0: [], 1: []}
    errors = []

    def writer(number):
        try:
            with daemon.connect() as conn:
                for i in range(100000):
                    conn.write("/load/w%d/k%06d" % (number, i), b"x" * (i % 50))
                    acked[number].append(i)
        except (Closed, ConnectionError, OSError):
            pass                    # the daemon died under us: expected
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 10
    while min(len(acked[0]), len(acked[1])) < 100 and time.monotonic() < deadline:
        time.sleep(0.01)
    daemon.kill()
    for thread in threads:
        thread.join(10)
    assert not errors, errors
    assert min(len(acked[0]), len(acked[1])) >= 100, "writers made no progress"
    again = restart(daemon)
    with again.connect() as conn:
        for number in (0, 1):
            names = conn.directory("/load/w%d" % number)
            # Every acknowledged write is there, in order; at most the one in flight beyond.
            assert names[:len(acked[number])] == ["k%06d" % i for i in acked[number]]
            assert len(names) - len(acked[number]) in (0, 1)
            last = acked[number][-1]
            assert conn.read("/load/w%d/k%06d" % (number, last)) == b"x" * (last % 50)
        assert conn.control("check") == b"OK\0"
    again.stop_cleanly()
