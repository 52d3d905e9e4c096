"""A daemon connection that breaks: the first failure closes it, and every later request says
what broke it (libxenstore: EBADF), through transactions and walks."""

import pathlib
import re
import socket
import sys
import tempfile
import threading

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins" / "module_utils"))

from xenstore.connect import open_client  # noqa: E402
from xenstore.errors import StorageError  # noqa: E402
from xenstore.wire import HEADER, Op  # noqa: E402


@pytest.fixture
def hang_up_after():
    """A factory: a socket path whose daemon answers the first ``count`` requests with OK of their
    type and then closes the connection."""
    folder = tempfile.mkdtemp(prefix="xs-broken-", dir="/tmp")
    listeners = []

    def start(count, answer=b"OK\0"):
        path = "%s/socket%d" % (folder, len(listeners))
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(path)
        listener.listen(1)
        listeners.append(listener)

        def serve():
            conn, _address = listener.accept()
            with conn:
                for _request in range(count):
                    header = conn.recv(HEADER.size, socket.MSG_WAITALL)
                    msg_type, req_id, tx_id, length = HEADER.unpack(header)
                    conn.recv(length, socket.MSG_WAITALL)
                    reply = b"1\0" if msg_type == Op.TRANSACTION_START else answer
                    conn.sendall(HEADER.pack(msg_type, req_id, tx_id, len(reply)) + reply)
        threading.Thread(target=serve, daemon=True).start()
        return path
    yield start
    for listener in listeners:
        listener.close()


def test_a_transaction_broken_by_a_hang_up_names_it(hang_up_after):
    client = open_client("socket", hang_up_after(1))
    with pytest.raises(StorageError) as raised:
        client.transact(lambda transaction: transaction.write("/a", "1"), attempts=1)
    # Which side saw it first (our write, or the read of its reply) is the scheduler's choice.
    cause = "(xenstored closed the connection|Broken pipe|Connection reset by peer)"
    assert re.search(cause, raised.value.message), raised.value.message
    with pytest.raises(StorageError, match="closed after an earlier failure: " + cause):
        client.read("/a")


def test_a_walk_broken_by_a_hang_up_names_it(hang_up_after):
    client = open_client("socket", hang_up_after(0))
    with pytest.raises((StorageError, OSError)) as raised:
        list(client.walk("/"))
    assert "closed after an earlier failure" not in str(raised.value)
