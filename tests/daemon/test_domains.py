"""--uid-domid: peers running as a mapped uid act as that domain; socket modes; socket_ro.

Transcripts of the domain scenarios here were checked against C xenstored 4.17 over its
rings (ref-xenstored xs-diff --uid-domid): identical.
"""

import os
import stat

import pytest

from xs_harness import (DOMAIN_ID, DOMAIN_UID, GET_DOMAIN_PATH, IS_DOMAIN_INTRODUCED, OTHER_DOMID, OTHER_UID,
                        READ, RELEASE, RESUME, SET_TARGET, UNMAPPED_UID, WRITE, XsError, connect_as_uid)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_socket_modes_without_uid_mapping(daemon):
    assert stat.S_ISSOCK(os.stat(daemon.socket).st_mode)
    assert mode(daemon.socket) == 0o600
    assert mode(daemon.socket_ro) == 0o600
    # Nobody but root gets in.
    with pytest.raises(ConnectionError, match="Permission denied"):
        connect_as_uid(daemon.socket, DOMAIN_UID)
    with pytest.raises(ConnectionError, match="Permission denied"):
        connect_as_uid(daemon.socket_ro, DOMAIN_UID)


def test_socket_modes_with_uid_mapping(domain_daemon):
    assert mode(domain_daemon.socket) == 0o666
    assert mode(domain_daemon.socket_ro) == 0o666


def test_unmapped_uid_is_closed_at_once(domain_daemon):
    with connect_as_uid(domain_daemon.socket, UNMAPPED_UID) as conn:
        # The kernel completed the connect; the daemon closes it without reading a request.
        conn.expect_closed()
    with connect_as_uid(domain_daemon.socket_ro, UNMAPPED_UID) as conn:
        conn.expect_closed()
    # A client run as that uid fails on its first request.
    result = domain_daemon.run("/usr/bin/xenstore-read", "/tool", uid=UNMAPPED_UID, check_rc=1)
    assert result.stdout == b""
    assert result.stderr == b"xenstore-read: couldn't read path /tool\n"


def test_root_stays_dom0_with_uid_mapping(domain_daemon):
    with domain_daemon.connect() as conn:
        conn.write("/root-made", "x")
        assert conn.get_perms("/root-made") == ["n0"]
        assert conn.call(IS_DOMAIN_INTRODUCED, b"0\0") == b"T\0"
        conn.write("rel", "y")
        assert conn.read("/local/domain/0/rel") == b"y"


@pytest.fixture
def homes(domain_daemon):
    """dom0 connection; domains 5 and 6 introduced, homes as a toolstack makes them."""
    with domain_daemon.connect() as dom0:
        dom0.introduce(DOMAIN_ID)
        dom0.introduce(OTHER_DOMID)
        dom0.mkdir("/local/domain/5")
        dom0.set_perms("/local/domain/5", "n0", "b5")
        dom0.mkdir("/local/domain/6")
        dom0.set_perms("/local/domain/6", "n6")
        dom0.write("/local/domain/6/private", "six")
        yield dom0


def test_domain_identity_and_relative_paths(domain_daemon, homes):
    dom0 = homes
    with domain_daemon.connect_as(DOMAIN_UID) as dom:
        dom.write("data", "mine")
        dom.write("sub/x", "1")
        assert dom.read("/local/domain/5/data") == b"mine"
        assert dom.directory("/local/domain/5") == ["data", "sub"]
        assert dom.directory("sub") == ["x"]
        assert dom.call(GET_DOMAIN_PATH, b"5\0") == b"/local/domain/5\0"
        # Nodes it creates are owned by it (keeping the parent's ACL).
        assert dom0.get_perms("/local/domain/5/data") == ["n5", "b5"]
        assert dom0.get_perms("/local/domain/5/sub/x") == ["n5", "b5"]
        # dom0 writing below a domain-owned node keeps that owner.
        dom0.write("/local/domain/5/sub/y", "dom0")
        assert dom0.get_perms("/local/domain/5/sub/y") == ["n5", "b5"]
        # Domain 0's nodes are out of reach.
        assert dom.error(READ, b"/tool/xenstored\0") == "EACCES"


def test_domains_are_isolated_and_set_target(domain_daemon, homes):
    dom0 = homes
    with domain_daemon.connect_as(DOMAIN_UID) as five, domain_daemon.connect_as(OTHER_UID) as six:
        five.write("data", "mine")
        assert six.error(READ, b"/local/domain/5/data\0") == "EACCES"
        assert six.error(WRITE, b"/local/domain/5/data\0six") == "EACCES"
        assert five.error(READ, b"/local/domain/6/private\0") == "EACCES"
        assert six.read("private") == b"six"
        # SET_TARGET 5 6: domain 5 gets domain 6's rights.
        assert dom0.call(SET_TARGET, b"5\x006\0") == b"OK\0"
        assert five.read("/local/domain/6/private") == b"six"
        five.write("/local/domain/6/private", "five")
        assert dom0.read("/local/domain/6/private") == b"five"


def test_release_drops_connection_and_owned_nodes(domain_daemon, homes):
    dom0 = homes
    dom0.write("/elsewhere", "e")
    dom0.set_perms("/elsewhere", "n5")
    with domain_daemon.connect_as(DOMAIN_UID) as dom:
        dom.write("data", "mine")
        dom.write("sub/x", "1")
        dom0.watch("@releaseDomain", "r")
        assert dom0.event() == (b"@releaseDomain", b"r")
        assert dom0.call(IS_DOMAIN_INTRODUCED, b"5\0") == b"T\0"
        dom0.release(DOMAIN_ID)
        assert dom0.take_events() == [(b"@releaseDomain", b"r")]      # queued before the reply
        dom.expect_closed()
    assert dom0.call(IS_DOMAIN_INTRODUCED, b"5\0") == b"F\0"
    assert dom0.directory("/local/domain/5") == []       # its own nodes went, dom0's stayed
    assert dom0.error(READ, b"/elsewhere\0") == "ENOENT"
    assert dom0.error(RELEASE, b"5\0") == "ENOENT"
    assert dom0.error(RESUME, b"5\0") == "ENOENT"
    assert dom0.read("/local/domain/6/private") == b"six"


def test_reintroduce_resets_the_domain_connection(domain_daemon, homes):
    dom0 = homes
    with domain_daemon.connect_as(DOMAIN_UID) as dom:
        dom.watch("data", "w")
        assert dom.event() == (b"data", b"w")
        tx = dom.start()
        dom0.introduce(DOMAIN_ID)                        # again: watches and transactions dropped
        dom.sync()
        assert dom.take_events() == []
        assert dom.error(READ, b"data\0", tx_id=tx) == "ENOENT"
        dom0.write("/local/domain/5/data", "x")
        dom.sync()
        assert dom.take_events() == []
        dom.write("data", "y")                           # the connection itself still works
        assert dom0.read("/local/domain/5/data") == b"y"


def test_domain_on_read_only_socket(domain_daemon, homes):
    dom0 = homes
    dom0.write("/local/domain/5/data", "v")
    with connect_as_uid(domain_daemon.socket_ro, DOMAIN_UID) as ro:
        assert ro.read("data") == b"v"
        assert ro.error(WRITE, b"data\0w") == "EACCES"
        assert ro.error(READ, b"/local/domain/6/private\0") == "EACCES"


def test_xenstore_tools_as_other_domain(domain_daemon, homes):
    result = domain_daemon.run("/usr/bin/xenstore-ls", "-f", "-p", "/local/domain/6", uid=OTHER_UID, check_rc=0)
    assert result.stdout == b'/local/domain/6/private = "six"   (n6)\n'
    result = domain_daemon.run("/usr/bin/xenstore-ls", "/local/domain/6", uid=DOMAIN_UID, check_rc=1)
    assert result.stderr == b"xenstore-ls: xs_directory (/local/domain/6): Permission denied\n"
    with pytest.raises(XsError):
        homes.read("/local/domain/6/nothing")
