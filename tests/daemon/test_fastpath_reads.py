"""READ and DIRECTORY outside a transaction take the daemon's fast path (no Message objects);
inside one they go through dispatch(). Both must answer alike, for every caller and path."""

from xs_harness import (DIRECTORY, DOMAIN_ID, DOMAIN_UID, ERROR, HEADER, READ, TRANSACTION_START, WRITE)

PAYLOADS = [
    b"/fp\0", b"/fp/a\0", b"/fp/missing\0", b"/fp/missing/deeper\0", b"/fp/secret\0",
    b"/fp/secret/inner\0", b"/\0", b"/fp/\0", b"/fp//a\0", b"fp\0", b"rel\0", b"/fp/a\0x\0",
    b"/fp/a", b"\0", b"", b"/fp/bad char\0", b"/fp/" + b"x" * 3000 + b"\0", b"@releaseDomain\0",
    b"/local/domain/%d/rel\0" % DOMAIN_ID, b"/fp/big\0",
]


def _setup(conn):
    conn.introduce(DOMAIN_ID)
    conn.write("/fp/a", b"value")
    conn.write("/fp/b", b"")
    conn.write("/fp/secret/inner", b"hidden")
    conn.set_perms("/fp/secret", "n0")
    conn.set_perms("/fp", "n0", "r%d" % DOMAIN_ID)
    conn.set_perms("/fp/a", "n0", "r%d" % DOMAIN_ID)
    conn.mkdir("/local/domain/%d" % DOMAIN_ID)
    conn.set_perms("/local/domain/%d" % DOMAIN_ID, "n%d" % DOMAIN_ID)
    conn.write("/local/domain/%d/rel" % DOMAIN_ID, b"home")     # inherits the home's owner
    for index in range(300):    # children past the payload limit: E2BIG
        conn.mkdir("/fp/big/child-with-a-longish-name-%03d" % index)


def _answers(conn):
    """(type, payload) of every READ and DIRECTORY of PAYLOADS, outside and inside a transaction."""
    tx = int(conn.call(TRANSACTION_START, b"\0").rstrip(b"\0"))
    outside, inside = [], []
    for msg_type in (READ, DIRECTORY):
        for payload in PAYLOADS:
            for tx_id, answers in ((0, outside), (tx, inside)):
                reply = conn.request(msg_type, payload, tx_id)
                answers.append((msg_type, payload, reply.type, reply.payload))
    return outside, inside


def test_fast_path_answers_as_dispatch_for_dom0(domain_daemon):
    with domain_daemon.connect() as conn:
        _setup(conn)
        outside, inside = _answers(conn)
    assert outside == inside
    assert (READ, b"/fp/a\0", READ, b"value") in outside
    assert (DIRECTORY, b"/fp/big\0", ERROR, b"E2BIG\0") in outside


def test_fast_path_answers_as_dispatch_for_a_domain(domain_daemon):
    with domain_daemon.connect() as dom0:
        _setup(dom0)
    with domain_daemon.connect_as(DOMAIN_UID) as conn:
        outside, inside = _answers(conn)
    assert outside == inside
    assert (READ, b"/fp/secret\0", ERROR, b"EACCES\0") in outside
    assert (READ, b"rel\0", READ, b"home") in outside


def test_reads_pipelined_behind_a_write_see_it_and_keep_order(conn):
    """A READ after a WRITE of the same iteration is staged with it (the batch commits first)."""
    conn.write("/fp/k", b"old")
    requests = [(READ, b"/fp/k\0"), (WRITE, b"/fp/k\0new"), (READ, b"/fp/k\0"), (DIRECTORY, b"/fp\0"),
                (WRITE, b"/fp/l\0x"), (DIRECTORY, b"/fp\0"), (READ, b"/fp/l\0")]
    conn.send_raw(b"".join(HEADER.pack(msg_type, 100 + index, 0, len(payload)) + payload
                           for index, (msg_type, payload) in enumerate(requests)))
    got = [conn.recv() for _unused in requests]
    assert [(m.type, m.req_id, m.payload) for m in got] == [
        (READ, 100, b"old"), (WRITE, 101, b"OK\0"), (READ, 102, b"new"), (DIRECTORY, 103, b"k\0"),
        (WRITE, 104, b"OK\0"), (DIRECTORY, 105, b"k\0l\0"), (READ, 106, b"x")]
    assert conn.no_more_messages()
