"""A batch whose TDB commit fails leaves no trace in the daemon's memory either.

INTRODUCE, RELEASE, SET_TARGET, CONTROL and SET_PERMS on a special watch change state
the daemon keeps in memory (domain table, connections, quotas, special permissions).
When the commit of their batch fails, that state is as before, the client gets EIO and
no @introduceDomain/@releaseDomain event goes out.

The fault is injected in-process: the daemon's Server runs its loop on a thread of the
test, and its database's tdb handle is wrapped so that a commit fails as on a full disk
(the real ``Database.commit`` turns that into StorageError). Clients are real sockets.
"""

import os
import sys
import threading

import pytest

from failing_tdb import FailingTdb
from xs_harness import (DOMAIN_ID, DOMAIN_UID, INTRODUCE, IS_DOMAIN_INTRODUCED, MODULE_UTILS, OTHER_DOMID, OTHER_UID,
                        READ, RELEASE, SET_PERMS, SET_TARGET, WRITE, XsConn, connect_as_uid)

sys.path.insert(0, str(MODULE_UTILS))

from xenstore.daemon import config  # noqa: E402  pylint: disable=wrong-import-position
from xenstore.daemon.server import Server  # noqa: E402  pylint: disable=wrong-import-position


class InProcess:
    """A Server serving on a thread; ``tdb.fail`` makes its commits fail."""

    def __init__(self, directory):
        self.socket = os.path.join(str(directory), "socket")
        options = config.parse(["--socket", self.socket, "--database", os.path.join(str(directory), "tdb"),
                                "--uid-domid", "%d:%d" % (DOMAIN_UID, DOMAIN_ID),
                                "--uid-domid", "%d:%d" % (OTHER_UID, OTHER_DOMID)])
        self.server = Server(options)
        database = self.server.engine.database
        self.tdb = database._tdb = FailingTdb(database._tdb)  # pylint: disable=protected-access
        self._stop = False
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self):
        while not self._stop:
            self.server._iterate(timeout=0.02)  # pylint: disable=protected-access

    def connect(self):
        return XsConn(self.socket)

    def connect_as(self, uid):
        return connect_as_uid(self.socket, uid)

    @property
    def domains(self):
        return self.server.engine.domains

    def state(self):
        """What a failed batch must leave as it was."""
        return (self.domains.snapshot(), dict(self.server.engine.quotas.values), dict(self.server.soft_quotas))

    def stop(self):
        self._stop = True
        self._thread.join(10)
        self.server.close_all()


@pytest.fixture
def inproc(workdir):
    daemon = InProcess(workdir)
    yield daemon
    daemon.stop()


@pytest.fixture
def dom0(inproc):
    with inproc.connect() as conn:
        yield conn


def homes(dom0):
    """Domains 5 and 6 introduced, with homes they own."""
    dom0.introduce(DOMAIN_ID)
    dom0.introduce(OTHER_DOMID)
    for domid in (DOMAIN_ID, OTHER_DOMID):
        dom0.mkdir("/local/domain/%d" % domid)
        dom0.set_perms("/local/domain/%d" % domid, "n%d" % domid)
    dom0.write("/local/domain/6/private", "six")


def test_failed_introduce_leaves_the_table_and_fires_nothing(inproc, dom0):
    dom0.watch("@introduceDomain", "i")
    assert dom0.event() == (b"@introduceDomain", b"i")
    before = inproc.state()
    inproc.tdb.fail = True
    assert dom0.error(INTRODUCE, b"7\x000\x001\0") == "EIO"
    inproc.tdb.fail = False
    assert inproc.state() == before
    assert dom0.call(IS_DOMAIN_INTRODUCED, b"7\0") == b"F\0"
    dom0.sync()
    assert dom0.take_events() == []
    dom0.introduce(7)                       # the commit works again: so does INTRODUCE
    assert dom0.take_events() == [(b"@introduceDomain", b"i")]
    assert 7 in inproc.domains.introduced


def test_failed_release_keeps_domain_connections_and_nodes(inproc, dom0):
    homes(dom0)
    with inproc.connect_as(DOMAIN_UID) as five:
        five.write("data", "mine")
        five.write("sub/x", "1")
        usage = dom0.control("quota", "5")
        assert b"nodes           :        4\n" in usage
        dom0.watch("@releaseDomain", "r")
        assert dom0.event() == (b"@releaseDomain", b"r")
        before = inproc.state()
        inproc.tdb.fail = True
        assert dom0.error(RELEASE, b"5\0") == "EIO"
        inproc.tdb.fail = False
        assert inproc.state() == before
        assert dom0.call(IS_DOMAIN_INTRODUCED, b"5\0") == b"T\0"
        # its connection lives on, its nodes and their count are all there
        assert five.read("data") == b"mine"
        assert dom0.directory("/local/domain/5") == ["data", "sub"]
        assert dom0.control("quota", "5") == usage
        dom0.sync()
        assert dom0.take_events() == []
        five.write("more", "after the failed release")     # it may still write as domain 5
        assert dom0.get_perms("/local/domain/5/more") == ["n5"]
        dom0.release(DOMAIN_ID)                 # and once commits work, RELEASE does its job
        assert dom0.take_events() == [(b"@releaseDomain", b"r")]
        five.expect_closed()
    assert dom0.call(IS_DOMAIN_INTRODUCED, b"5\0") == b"F\0"
    assert dom0.error(READ, b"/local/domain/5\0") == "ENOENT"    # its home, its own, went with it


def test_failed_set_target_gives_no_rights(inproc, dom0):
    homes(dom0)
    with inproc.connect_as(DOMAIN_UID) as five:
        assert five.error(READ, b"/local/domain/6/private\0") == "EACCES"
        before = inproc.state()
        inproc.tdb.fail = True
        assert dom0.error(SET_TARGET, b"5\x006\0") == "EIO"
        inproc.tdb.fail = False
        assert inproc.state() == before
        assert inproc.domains.targets == {}
        assert five.error(READ, b"/local/domain/6/private\0") == "EACCES"
        assert dom0.call(SET_TARGET, b"5\x006\0") == b"OK\0"
        assert five.read("/local/domain/6/private") == b"six"


def test_failed_reintroduce_keeps_watches_and_transactions(inproc, dom0):
    homes(dom0)
    with inproc.connect_as(DOMAIN_UID) as five:
        five.watch("data", "w")
        assert five.event() == (b"data", b"w")
        tx = five.start()
        inproc.tdb.fail = True
        assert dom0.error(INTRODUCE, b"5\x000\x001\0") == "EIO"
        inproc.tdb.fail = False
        dom0.write("/local/domain/5/data", "x")
        assert five.event() == (b"data", b"w")             # still watching
        five.write("in-tx", "y", tx=tx)                     # its transaction is still open
        dom0.introduce(DOMAIN_ID)                           # a reset that commits
        assert five.error(WRITE, b"in-tx\0z", tx_id=tx) == "ENOENT"
        dom0.write("/local/domain/5/data", "again")
        five.sync()
        assert five.take_events() == []                     # its watches went with the reset


def test_failed_control_and_special_perms_are_undone(inproc, dom0):
    homes(dom0)
    before = inproc.state()
    inproc.tdb.fail = True
    assert dom0.error(0, b"quota\0set\0nodes\x007\0") == "EIO"
    assert dom0.error(0, b"quota-soft\0set\0memory\x007\0") == "EIO"
    assert dom0.error(SET_PERMS, b"@releaseDomain\0n0\0r5\0") == "EIO"
    inproc.tdb.fail = False
    assert inproc.state() == before
    assert dom0.call(SET_PERMS, b"@releaseDomain\0n0\0r5\0") == b"OK\0"
    assert inproc.domains.special["@releaseDomain"] != before[0][2]["@releaseDomain"]
    assert dom0.control("quota", "set", "nodes", "7") == b"OK\0"
    assert inproc.server.engine.quotas["nodes"] == 7


def test_pipelined_batch_fails_as_a_whole(inproc, dom0):
    """A write and an INTRODUCE in one batch: both EIO, neither kept."""
    before = inproc.state()
    inproc.tdb.fail = True
    first = dom0.send(WRITE, b"/batch\0v")
    second = dom0.send(INTRODUCE, b"8\x000\x001\0")
    third = dom0.send(IS_DOMAIN_INTRODUCED, b"8\0")
    replies = [dom0.reply(req) for req in (first, second, third)]
    inproc.tdb.fail = False
    # The daemon may read the three in one or more loop iterations: whatever it answered
    # before a failed commit is EIO, and nothing of it remains.
    assert all(reply.payload == b"EIO\0" for reply in replies[:2]), replies
    assert replies[2].payload in (b"EIO\0", b"F\0"), replies
    assert inproc.state() == before
    assert dom0.error(READ, b"/batch\0") == "ENOENT"
