"""pyxs 0.4 (Debian's python3-pyxs) against bin/xenstored.

The client runs in Debian's /usr/bin/python3 as a subprocess (with a timeout, since
pyxs blocks forever when a reply or event does not come); each script asserts
inside and prints 'ok' at the end.
"""

import subprocess
import textwrap

from daemon_harness import SYSTEM_PYTHON

PRELUDE = """
import errno, sys, threading
import pyxs
from pyxs import Client, PyXSError
"""


def run_pyxs(daemon, script, timeout=30):
    source = PRELUDE + textwrap.dedent(script) + "\nprint('ok')\n"
    result = subprocess.run(check=False, args=[SYSTEM_PYTHON, "-c", source], env=daemon.env, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0 and result.stdout.splitlines()[-1:] == ["ok"], (
        "pyxs script failed (exit %d):\n%s%s" % (result.returncode, result.stdout, result.stderr))
    return result.stdout.splitlines()[:-1]


def test_pyxs_is_debian_package():
    result = subprocess.run(check=False, args=[SYSTEM_PYTHON, "-c", "import pyxs; print(pyxs.__file__)"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("/usr/lib/python3/dist-packages/pyxs/")


def test_read_write_and_friends(daemon):
    run_pyxs(daemon, """
        with Client() as c:
            c[b"/py/a"] = b"1"
            assert c[b"/py/a"] == b"1"
            c.write(b"/py/b", b"two")
            assert c.read(b"/py/b") == b"two"
            assert c.read(b"/py/none", b"dflt") == b"dflt"
            try:
                c[b"/py/none"]
            except PyXSError as e:
                assert e.args[0] == errno.ENOENT, e.args
            else:
                raise AssertionError("no error for a missing node")
            assert c.list(b"/py") == [b"a", b"b"]
            assert c.get_perms(b"/py/a") == [b"n0"]
            assert c.exists(b"/py/a") and not c.exists(b"/py/zz")
            c.mkdir(b"/py/dir")
            assert c[b"/py/dir"] == b""
            c.set_perms(b"/py/a", [b"b0", b"r0"])
            assert c.get_perms(b"/py/a") == [b"b0", b"r0"]
            assert list(c.walk(b"/py")) == [
                (b"/py", b"", [b"a", b"b", b"dir"]),
                (b"/py/a", b"1", []), (b"/py/b", b"two", []), (b"/py/dir", b"", [])]
            del c[b"/py/b"]
            assert c.list(b"/py") == [b"a", b"dir"]
            assert c.get_domain_path(3) == b"/local/domain/3"
            assert c.is_domain_introduced(0) is True
            assert c.is_domain_introduced(5) is False
    """)
    with daemon.connect() as conn:
        assert conn.read("/py/a") == b"1"
        assert conn.directory("/py") == ["a", "dir"]


def test_transaction_commits(daemon):
    run_pyxs(daemon, """
        with Client() as c, Client() as other:
            c[b"/py/x"] = b"before"
            tx = c.transaction()
            assert tx == 1, tx
            assert c.tx_id == tx
            c[b"/py/x"] = b"in tx"
            c[b"/py/y"] = b"new"
            assert c[b"/py/x"] == b"in tx"
            # Invisible to others until the commit.
            assert other[b"/py/x"] == b"before"
            assert other.read(b"/py/y", b"absent") == b"absent"
            assert c.commit() is True
            assert c.tx_id == 0
            assert other[b"/py/x"] == b"in tx" and other[b"/py/y"] == b"new"
            # An aborted transaction leaves nothing.
            c.transaction()
            c[b"/py/z"] = b"never"
            c.rollback()
            assert other.read(b"/py/z", b"absent") == b"absent"
    """)


def test_conflicting_transaction_fails(daemon):
    run_pyxs(daemon, """
        with Client() as c, Client() as other:
            c[b"/py/counter"] = b"1"
            c.transaction()
            value = int(c[b"/py/counter"])
            other[b"/py/counter"] = b"10"          # a concurrent change of what the tx read
            c[b"/py/counter"] = str(value + 1).encode()
            assert c.commit() is False             # EAGAIN
            assert c.tx_id == 0
            assert other[b"/py/counter"] == b"10"
            # The retry succeeds.
            c.transaction()
            c[b"/py/counter"] = str(int(c[b"/py/counter"]) + 1).encode()
            assert c.commit() is True
            assert other[b"/py/counter"] == b"11"
    """)


def test_watch_events(daemon):
    run_pyxs(daemon, """
        with Client() as c, Client() as writer:
            m = c.monitor()
            m.watch(b"/py", b"tok")
            events = m.wait()
            assert next(events) == (b"/py", b"tok")       # fired on registration
            writer[b"/py/c"] = b"3"
            assert next(events) == (b"/py/c", b"tok")
            writer[b"/py/c/deep/er"] = b"4"
            assert next(events) == (b"/py/c/deep/er", b"tok")
            m.watch(b"@introduceDomain", b"intro")
            assert next(events) == (b"@introduceDomain", b"intro")
            writer.introduce_domain(7, 1234, 5)
            assert next(events) == (b"@introduceDomain", b"intro")
            assert writer.is_domain_introduced(7) is True
            del writer[b"/py"]
            assert next(events) == (b"/py", b"tok")
            m.unwatch(b"/py", b"tok")
            writer[b"/py/after"] = b"x"
            m.unwatch(b"@introduceDomain", b"intro")
    """)
