"""Backend selection of connect.open_client in each situation of DESIGN.md, with a real bin/xenstored."""

import pathlib
import shutil
import socket
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins" / "module_utils"))
sys.path.insert(0, str(ROOT / "tests" / "support"))

from xenstore import transport  # noqa: E402
from xenstore.connect import open_client  # noqa: E402
from xenstore.errors import DatabaseInUseError, InvalidError, StorageError  # noqa: E402
from xs_harness import Daemon, make_workdir  # noqa: E402


@pytest.fixture()
def workdir():
    """A scratch folder; nothing below it exists unless a test makes it."""
    path = make_workdir("xs-connect-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture()
def daemon(workdir):
    """bin/xenstored on workdir/tdb; yields (socket, database)."""
    running = Daemon(workdir).start()
    yield str(running.socket), str(running.database)
    running.stop()


def nowhere(workdir):
    """Keyword arguments pointing every default at paths that do not exist."""
    return {"socket": str(workdir / "no-socket"), "xenbus": str(workdir / "no-xenbus"),
            "proc_xen": str(workdir / "no-proc-xen"), "environ": {}}


def test_auto_takes_a_daemon_that_answers(daemon, workdir):
    sock, _database = daemon
    client = open_client("auto", **dict(nowhere(workdir), socket=sock, database=str(workdir / "other.tdb")))
    try:
        client.write("/auto/daemon", "yes")
        assert client.kind == "socket"
        assert client.read("/auto/daemon") == b"yes"
    finally:
        client.close()
    assert not (workdir / "other.tdb").exists()


def test_auto_goes_through_the_daemon_that_owns_the_database(daemon, workdir):
    sock, database = daemon
    client = open_client("auto", **dict(nowhere(workdir), database=database))
    try:
        assert client.kind == "socket"
        assert sock in client.description
        client.write("/auto/owner", "via socket")
    finally:
        client.close()


def test_embedded_refuses_a_database_a_daemon_owns(daemon):
    sock, database = daemon
    with pytest.raises(DatabaseInUseError) as raised:
        open_client("embedded", database=database)
    assert "xenstored" in str(raised.value) and sock in str(raised.value)


def test_auto_without_daemon_uses_the_database(workdir):
    client = open_client("auto", **dict(nowhere(workdir), database=str(workdir / "tdb")))
    try:
        assert client.kind == "embedded"
        client.write("/auto/embedded", "yes")
        assert client.read("/auto/embedded") == b"yes"
    finally:
        client.close()
    assert (workdir / "tdb").exists()


def test_auto_on_a_xen_host_without_store_fails_clearly(workdir):
    (workdir / "proc-xen").mkdir()
    options = dict(nowhere(workdir), proc_xen=str(workdir / "proc-xen"), database=str(workdir / "tdb"))
    with pytest.raises(StorageError) as raised:
        open_client("auto", **options)
    message = str(raised.value)
    assert "Xen host" in message and options["socket"] in message and options["xenbus"] in message
    assert not (workdir / "tdb").exists()


def test_socket_backend_names_the_unreachable_socket(workdir):
    with pytest.raises(StorageError) as raised:
        open_client("socket", socket=str(workdir / "absent"))
    assert str(workdir / "absent") in str(raised.value)


def test_unknown_backend_is_refused():
    with pytest.raises(InvalidError):
        open_client("carrier-pigeon")


def test_environment_names_socket_and_database(daemon, workdir):
    sock, _database = daemon
    client = open_client("socket", environ={"XENSTORED_PATH": sock})
    assert sock in client.description
    client.close()
    (workdir / "root").mkdir()
    client = open_client("embedded", environ={"XENSTORED_ROOTDIR": str(workdir / "root")})
    try:
        assert client.description == "database %s" % (workdir / "root" / "tdb")
    finally:
        client.close()


def _device_connected_to(sock):
    """Stand-in for opening /dev/xen/xenbus: a descriptor connected to the daemon."""
    def open_device(_path):
        peer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        peer.connect(sock)
        return peer.detach()
    return open_device


def test_xenbus_backend_speaks_the_protocol(daemon, workdir, monkeypatch):
    sock, _database = daemon
    monkeypatch.setattr(transport, "open_device", _device_connected_to(sock))
    (workdir / "xenbus").touch()
    client = open_client("xenbus", xenbus=str(workdir / "xenbus"))
    try:
        assert client.kind == "xenbus"
        with client.transaction() as tx:
            tx.write("/xenbus/a", "1")
        assert client.directory("/xenbus") == ["a"]
        client.watch("/xenbus", "t")
        assert client.next_event(5) == ("/xenbus", "t")
    finally:
        client.close()


def test_auto_takes_the_xenbus_device_when_no_socket_answers(daemon, workdir, monkeypatch):
    sock, _database = daemon
    monkeypatch.setattr(transport, "open_device", _device_connected_to(sock))
    (workdir / "xenbus").touch()
    client = open_client("auto", **dict(nowhere(workdir), xenbus=str(workdir / "xenbus")))
    try:
        assert client.kind == "xenbus"
        assert client.read("/tool/xenstored") == b""
    finally:
        client.close()
