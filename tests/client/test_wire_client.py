"""The wire client through a real bin/xenstored: the pipelined walk (checked against the embedded store),
the Pipeline under it, and the errors it explains."""

import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins" / "module_utils"))
sys.path.insert(0, str(ROOT / "tests" / "support"))

from xenstore import transport  # noqa: E402
from xenstore.connect import open_client  # noqa: E402
from xenstore.errors import NotFoundError  # noqa: E402
from xenstore.wire import Op  # noqa: E402
from xs_harness import Daemon, make_workdir  # noqa: E402

# A directory whose names do not fit one message: DIRECTORY answers E2BIG, the walk reads it in parts.
WIDE = ["child-with-a-long-name-%04d" % index for index in range(300)]


def tree_items():
    """(path, value) written to build the test tree, in creation order."""
    items = [("/w", b"top value"), ("/w/empty", b""), ("/w/binary", bytes(range(256)))]
    for domain in range(5):
        for key in range(40):
            items.append(("/w/dom%d/group%d/key%d" % (domain, key % 4, key), b"v%d-%d" % (domain, key)))
    items += [("/w/wide/" + name, name.encode()) for name in WIDE]
    items.append(("/w/after-wide/leaf", b"still walked"))
    return items


@pytest.fixture()
def daemon():
    """bin/xenstored holding the test tree (a Daemon of tests/support/xs_harness.py)."""
    running = Daemon(make_workdir("xs-walk-")).start()
    client = open_client("socket", socket=str(running.socket))
    for path, value in tree_items():
        client.write(path, value)
    client.backend.transport.call(Op.INTRODUCE, b"1\x000\x001\0")     # a domain to own a node
    client.set_perms("/w/dom1", ["n1", "r0"])
    client.close()
    yield running
    running.cleanup()


def walk(client, *args, **options):
    return list(client.walk(*args, **options))


def test_walk_through_the_daemon_equals_the_embedded_walk(daemon):
    client = open_client("socket", socket=str(daemon.socket))
    with_perms = walk(client, "/w", with_perms=True)
    plain = walk(client, "/w")
    shallow = walk(client, "/w", depth=1)
    single = walk(client, "/w", depth=0)
    client.close()
    daemon.stop_cleanly()
    embedded = open_client("embedded", database=str(daemon.database), create=False)
    try:
        assert with_perms == walk(embedded, "/w", with_perms=True)
        assert plain == walk(embedded, "/w")
        assert shallow == walk(embedded, "/w", depth=1)
        assert single == walk(embedded, "/w", depth=0)
    finally:
        embedded.close()
    # and what was written is what was walked
    values = {path: value for path, value, _perms, _children in plain}
    for path, value in tree_items():
        assert values[path] == value
    assert [name for name in values if name.startswith("/w/wide/")] == ["/w/wide/" + name for name in WIDE]
    assert values["/w/after-wide/leaf"] == b"still walked"
    perms = {path: node_perms for path, _value, node_perms, _children in with_perms}
    assert perms["/w/dom1"] == ["n1", "r0"] and perms["/w/dom1/group0"] == ["n0"]
    # pre-order: every node comes after its parent and before its next sibling's subtree
    order = [path for path, _value, _perms, _children in plain]
    assert order[0] == "/w" and order.index("/w/dom0") < order.index("/w/dom0/group0/key0") < order.index("/w/dom1")
    assert [path for path, *_rest in shallow] == ["/w"] + ["/w/" + name for name in plain[0][3]]
    assert all(children == [] for _path, _value, _perms, children in shallow[1:])
    assert single == [("/w", b"top value", None, [])]


def test_a_failed_walk_leaves_the_connection_in_step(daemon):
    client = open_client("socket", socket=str(daemon.socket))
    try:
        with pytest.raises(NotFoundError):
            walk(client, "/w/missing")
        assert client.read("/w/dom0/group0/key0") == b"v0-0"
        assert len(walk(client, "/w/dom0")) == 1 + 4 + 40
    finally:
        client.close()


def test_pipeline_beyond_its_depth_answers_in_order(daemon):
    client = open_client("socket", socket=str(daemon.socket))
    try:
        wire = client.backend.transport
        count = 3 * transport.PIPELINE_DEPTH + 17
        writes = [(Op.WRITE, b"/p/%d\0value-%d" % (index, index), 0) for index in range(count)]
        assert all(reply == b"OK\0" for reply in wire.call_many(writes))
        reads = wire.call_many([(Op.READ, b"/p/%d\0" % index, 0) for index in range(count)] + [(Op.READ, b"/p/none\0", 0)])
        assert reads[:-1] == [b"value-%d" % index for index in range(count)]
        assert isinstance(reads[-1], NotFoundError)
        # A pipeline left with replies outstanding is drained: the connection stays in step.
        pipeline = transport.Pipeline(wire)
        for index in range(count):
            pipeline.submit(Op.READ, b"/p/%d\0" % index)
        assert pipeline.reply() == b"value-0"
        assert pipeline.pending() == count - 1
        assert pipeline.drain()[-1] == b"value-%d" % (count - 1)
        assert pipeline.pending() == 0
        assert client.read("/p/5") == b"value-5"
        # Abandoned: what was written is read off the wire, what was not is never sent.
        pipeline = transport.Pipeline(wire)
        for index in range(count):
            pipeline.submit(Op.WRITE, b"/q/%d\0x" % index)
        assert pipeline.reply() == b"OK\0"
        pipeline.abandon()
        assert pipeline.pending() == 0
        assert client.read("/p/6") == b"value-6"
        written = len(client.directory("/q"))
        assert transport.PIPELINE_DEPTH <= written < count
    finally:
        client.close()


def test_permissions_naming_an_unknown_domain_say_so(daemon):
    client = open_client("socket", socket=str(daemon.socket))
    try:
        with pytest.raises(NotFoundError) as raised:
            client.set_perms("/w/dom0", ["n7", "r1", "w9"])
        assert raised.value.message == (
            "xenstored via socket %s refused permissions n7 r1 w9 on /w/dom0: domain 7 or 9 is not known "
            "to it (introduce the domain first)" % daemon.socket)
        with pytest.raises(NotFoundError) as raised:
            client.set_perms("/w/none", ["n0"])
        assert raised.value.message == "xenstored via socket %s has no node /w/none" % daemon.socket
        assert client.get_perms("/w/dom0") == ["n0"]
    finally:
        client.close()
