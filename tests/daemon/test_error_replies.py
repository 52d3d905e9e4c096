"""Error paths over a raw socket: framing, malformed requests, unknown types, transactions,
permissions and quotas as a domain, over-long replies."""

import os
import time

import pytest

from xs_harness import (CONTROL, DIRECTORY, DIRECTORY_PART, DOMAIN_ID, DOMAIN_UID, ERROR, GET_DOMAIN_PATH,
                        GET_PERMS, HEADER, INTRODUCE, IS_DOMAIN_INTRODUCED, MKDIR, READ, RELEASE, RESET_WATCHES,
                        RESTRICT, RESUME, RM, SET_PERMS, SET_TARGET, TRANSACTION_END, TRANSACTION_START, WATCH,
                        WATCH_EVENT, WRITE)


def still_serving(daemon):
    with daemon.connect() as conn:
        conn.write("/alive", "yes")
        assert conn.read("/alive") == b"yes"


# -- framing -------------------------------------------------------------------

def test_request_sent_byte_by_byte(daemon):
    with daemon.connect() as conn:
        conn.write("/slow", "value")
        message = HEADER.pack(READ, 77, 0, 6) + b"/slow\0"
        for byte in message:
            conn.send_raw(bytes([byte]))
            time.sleep(0.002)
        assert conn.reply() == (READ, 77, 0, b"value")


def test_truncated_header_then_close(daemon):
    for garbage in (b"\x02", b"\x02\x00\x00\x00\x01\x00\x00", HEADER.pack(READ, 1, 0, 10)[:15]):
        with daemon.connect() as conn:
            conn.send_raw(garbage)
            assert conn.no_more_messages(0.1)       # waits for the rest of the header
    still_serving(daemon)


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(") ", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_incomplete_request_does_not_make_the_daemon_spin(daemon):
    """A client that sent half a request and waits costs nothing while it waits."""
    with daemon.connect() as header_half, daemon.connect() as payload_half:
        header_half.sync()
        payload_half.sync()
        header_half.send_raw(HEADER.pack(READ, 1, 0, 6)[:7])
        payload_half.send_raw(HEADER.pack(READ, 2, 0, 6) + b"/to")
        time.sleep(0.1)
        before = cpu_seconds(daemon.pid)
        time.sleep(1.0)
        used = cpu_seconds(daemon.pid) - before
        assert used < 0.2, "the daemon used %.2f s of CPU in 1 s while requests were incomplete" % used
        # Both requests complete later and are answered.
        header_half.send_raw(HEADER.pack(READ, 1, 0, 6)[7:] + b"/tool\0")
        payload_half.send_raw(b"ol\0")
        assert header_half.reply() == (READ, 1, 0, b"")
        assert payload_half.reply() == (READ, 2, 0, b"")


def test_truncated_payload_then_close(daemon):
    with daemon.connect() as conn:
        conn.send_raw(HEADER.pack(WRITE, 1, 0, 100) + b"/trunc\0only a part")
        assert conn.no_more_messages(0.2)
    still_serving(daemon)
    with daemon.connect() as conn:
        assert conn.error(READ, b"/trunc\0") == "ENOENT"


def test_header_split_from_payload(daemon):
    with daemon.connect() as conn:
        conn.send_raw(HEADER.pack(WRITE, 5, 0, 9))
        time.sleep(0.05)
        conn.send_raw(b"/split\0ab")
        assert conn.reply() == (WRITE, 5, 0, b"OK\0")
        assert conn.read("/split") == b"ab"


def test_length_over_4096_drops_the_connection(daemon):
    with daemon.connect() as conn:
        conn.send_raw(HEADER.pack(WRITE, 1, 0, 5003) + b"/big\0" + b"y" * 4998)
        conn.expect_closed()
    with daemon.connect() as conn:
        # Only the header is needed to decide.
        conn.send_raw(HEADER.pack(READ, 1, 0, 4097))
        conn.expect_closed()
    with daemon.connect() as conn:
        assert conn.error(READ, b"/big\0") == "ENOENT"
    still_serving(daemon)


def test_length_exactly_4096_is_accepted(daemon):
    with daemon.connect() as conn:
        value = b"v" * (4096 - len(b"/max\0"))
        conn.send(WRITE, b"/max\0" + value)
        assert conn.reply().payload == b"OK\0"
        assert conn.read("/max") == value                # a 4091-byte reply


def test_garbage_then_valid_request_on_another_connection(daemon):
    with daemon.connect() as conn:
        conn.send_raw(b"\xff" * 16)                      # type 0xffffffff, length 0xffffffff
        conn.expect_closed()
    still_serving(daemon)


# -- malformed requests ----------------------------------------------------------

@pytest.mark.parametrize("msg_type, payload", [
    (WRITE, b"/t/nonul"),                # no NUL after the path
    (WRITE, b"\0x"),                     # empty path
    (READ, b"/t/a"),                     # one-argument request without its NUL
    (READ, b"/t/a\0extra\0"),            # two arguments
    (READ, b"\0"),
    (READ, b"/a//b\0"),
    (READ, b"/a/\0"),
    (READ, b"/a b\0"),
    (READ, b"@introduceDomain\0"),
    (MKDIR, b"/t/\0"),
    (RM, b"/\0"),
    (SET_PERMS, b"/t/a\0"),              # no permission
    (SET_PERMS, b"/t/a\0x0\0"),
    (SET_PERMS, b"/t/a\0r\0"),
    (WATCH, b"/w\0"),                    # no token
    (WATCH, b"/w\0t\0" b"1\0"),          # a depth: not in 4.17
    (WATCH, b"/w//x\0t\0"),
    (TRANSACTION_END, b"X\0"),
    (DIRECTORY_PART, b"/t\0"),
    (CONTROL, b"bogus\0"),
    (INTRODUCE, b"5\0"),
    (INTRODUCE, b"5\x000\x000\0"),       # event channel 0
    (RELEASE, b"0\0"),
])
def test_malformed_requests_answer_einval(conn, msg_type, payload):
    conn.write("/t/a", "")
    req_id = conn.send(msg_type, payload, tx_id=0)
    reply = conn.reply(req_id)
    assert reply == (ERROR, req_id, 0, b"EINVAL\0")
    conn.sync()                                  # still usable


def test_value_may_contain_nuls(conn):
    assert conn.call(WRITE, b"/t/bin\0a\0b\0") == b"OK\0"
    assert conn.read("/t/bin") == b"a\0b\0"
    assert conn.call(WRITE, b"/t/empty\0") == b"OK\0"
    assert conn.read("/t/empty") == b""


@pytest.mark.parametrize("msg_type", [99, RESTRICT, WATCH_EVENT, ERROR, 23, 24, 25, 26, 0xFFFF])
def test_unknown_types_answer_enosys_and_keep_the_connection(conn, msg_type):
    reply = conn.request(msg_type, b"/x\0", tx_id=0)
    assert reply.type == ERROR and reply.payload == b"ENOSYS\0"
    req_id = conn.send(msg_type, b"", tx_id=31)
    assert conn.reply(req_id) == (ERROR, req_id, 31, b"ENOSYS\0")
    conn.write("/after", "fine")
    assert conn.read("/after") == b"fine"


# -- transactions --------------------------------------------------------------------

def test_unknown_transaction_ids(conn):
    req_id = conn.send(READ, b"/tool\0", tx_id=12345)
    assert conn.reply(req_id) == (ERROR, req_id, 12345, b"ENOENT\0")
    assert conn.error(WRITE, b"/x\0v", tx_id=7) == "ENOENT"
    assert conn.error(TRANSACTION_END, b"T\0", tx_id=0) == "ENOENT"
    assert conn.error(TRANSACTION_END, b"F\0", tx_id=99) == "ENOENT"
    tx = conn.start()
    assert tx == 1
    assert conn.error(TRANSACTION_START, b"\0", tx_id=tx) == "EBUSY"
    assert conn.end(tx) == b"OK\0"
    # Ended: the id is gone.
    assert conn.error(READ, b"/tool\0", tx_id=tx) == "ENOENT"
    assert conn.error(TRANSACTION_END, b"T\0", tx_id=tx) == "ENOENT"
    assert conn.start() == 2


def test_transaction_ids_are_per_connection(daemon):
    with daemon.connect() as one, daemon.connect() as two:
        tx = one.start()
        assert two.error(READ, b"/tool\0", tx_id=tx) == "ENOENT"
        assert two.start() == 1
        assert one.end(tx, commit=False) == b"OK\0"


def test_conflict_is_eagain_and_ends_the_transaction(daemon):
    with daemon.connect() as one, daemon.connect() as two:
        one.write("/c/x", "1")
        tx = one.start()
        assert one.read("/c/x", tx) == b"1"
        two.write("/c/x", "2")
        one.write("/c/x", "3", tx)
        assert one.error(TRANSACTION_END, b"T\0", tx_id=tx) == "EAGAIN"
        assert one.error(TRANSACTION_END, b"T\0", tx_id=tx) == "ENOENT"
        assert one.read("/c/x") == b"2"


def test_reset_watches_ends_transactions(conn):
    tx = conn.start()
    conn.write("/r/x", "1", tx)
    assert conn.call(RESET_WATCHES, b"") == b"OK\0"
    assert conn.error(READ, b"/r/x\0", tx_id=tx) == "ENOENT"
    assert conn.error(READ, b"/r/x\0") == "ENOENT"


# -- over-long replies ---------------------------------------------------------------

def test_directory_over_4096_bytes_is_e2big(conn):
    names = ["c%010d" % i for i in range(400)]           # 400 x 12 bytes
    for name in names:
        conn.write("/big/" + name, "")
    assert conn.error(DIRECTORY, b"/big\0") == "E2BIG"
    # The connection is fine, and DIRECTORY_PART gives the list in chunks.
    listing, offset, generation = b"", 0, None
    while True:
        reply = conn.call(DIRECTORY_PART, b"/big\0%d\0" % offset)
        gen, _nul, chunk = reply.partition(b"\0")
        assert generation in (None, gen)
        generation = gen
        assert len(reply) <= 4096
        listing += chunk
        offset += len(chunk)
        if listing.endswith(b"\0\0"):
            break
    assert listing[:-1].split(b"\0")[:-1] == [name.encode() for name in names]
    assert conn.call(DIRECTORY_PART, b"/big\0%d\0" % 100000) == generation + b"\0\0"
    # Below the limit again (340 x 12 = 4080 bytes): DIRECTORY answers.
    for name in names[:60]:
        conn.rm("/big/" + name)
    assert conn.directory("/big") == names[60:]


def test_watch_event_over_4096_bytes_is_not_sent(conn):
    token = b"t" * 4000
    conn.watch("/w", token)
    assert conn.event() == (b"/w", token)
    long_path = "/w/" + "/".join(["p" * 40] * 3)              # event payload > 4096
    conn.write(long_path, "x")
    conn.write("/w/short", "x")
    conn.sync()
    assert conn.take_events() == [(b"/w/short", token)]


# -- as an unprivileged domain -----------------------------------------------------------

@pytest.fixture
def dom0_and_domain(domain_daemon):
    """(dom0 connection, domain 5 connection) with the toolstack's usual home for domain 5."""
    dom0 = domain_daemon.connect()
    dom0.introduce(DOMAIN_ID)
    dom0.mkdir("/local/domain/5")
    dom0.set_perms("/local/domain/5", "n0", "b5")
    dom0.write("/ex/secret", "dom0 only")
    domain = domain_daemon.connect_as(DOMAIN_UID)
    yield dom0, domain
    domain.close()
    dom0.close()


def test_permission_denied_as_domain(dom0_and_domain):
    dom0, dom = dom0_and_domain
    assert dom.error(READ, b"/ex/secret\0") == "EACCES"
    assert dom.error(READ, b"/ex/nothere\0") == "EACCES"      # below an unreadable node
    assert dom.error(READ, b"nothere\0") == "ENOENT"          # below its readable home
    assert dom.error(READ, b"/local/domain/5/a/b\0") == "ENOENT"
    assert dom.error(DIRECTORY, b"/\0") == "EACCES"
    assert dom.error(GET_PERMS, b"/tool/xenstored\0") == "EACCES"
    assert dom.error(WRITE, b"/ex/secret\0mine") == "EACCES"
    assert dom.error(WRITE, b"/ex/secret/x\0no") == "EACCES"
    assert dom.error(MKDIR, b"/newtop\0") == "EACCES"
    assert dom.error(RM, b"/ex/secret\0") == "EACCES"
    assert dom.error(SET_PERMS, b"/ex/secret\0n5\0") == "EACCES"
    assert dom0.read("/ex/secret") == b"dom0 only"
    assert dom0.get_perms("/ex/secret") == ["n0"]


def test_domain_owns_what_it_creates(dom0_and_domain):
    dom0, dom = dom0_and_domain
    dom.write("data", "mine")                                 # relative: its home
    assert dom0.read("/local/domain/5/data") == b"mine"
    assert dom0.get_perms("/local/domain/5/data") == ["n5", "b5"]
    dom.write("/local/domain/5/a/b/c", "deep")
    assert dom.get_perms("a/b/c") == ["n5", "b5"]
    assert dom.get_perms("a") == ["n5", "b5"]
    dom.set_perms("a", "n5", "r0")
    assert dom.error(SET_PERMS, b"a\0n0\0") == "EPERM"         # cannot give it away
    assert dom.get_perms("a") == ["n5", "r0"]
    assert dom.call(GET_DOMAIN_PATH, b"3\0") == b"/local/domain/3\0"


@pytest.mark.parametrize("msg_type, payload", [
    (INTRODUCE, b"6\x000\x001\0"), (RELEASE, b"5\0"), (RESUME, b"5\0"), (SET_TARGET, b"5\x006\0"),
    (IS_DOMAIN_INTRODUCED, b"0\0"), (CONTROL, b"check\0"), (CONTROL, b"quota\0")])
def test_privileged_requests_refused_to_a_domain(dom0_and_domain, msg_type, payload):
    _dom0, dom = dom0_and_domain
    assert dom.error(msg_type, payload) == "EACCES"
    dom.sync()


def test_quotas_as_domain(start_daemon):
    daemon = start_daemon("--uid-domid", "%d:%d" % (DOMAIN_UID, DOMAIN_ID), "-Q", "nodes=5",
                          "--watch-nb", "3", "--transaction", "2")
    with daemon.connect() as dom0:
        dom0.introduce(DOMAIN_ID)
        dom0.mkdir("/local/domain/5")
        dom0.set_perms("/local/domain/5", "n0", "b5")
        with daemon.connect_as(DOMAIN_UID) as dom:
            for name in "abcde":
                dom.write(name, name)
            assert dom.error(WRITE, b"f\0" b"6") == "ENOSPC"          # a 6th node
            dom.write("a", "overwrite")                                # no new node: fine
            dom.rm("a")
            dom.write("f", "6")
            assert dom.error(WRITE, b"g/h\0" b"7") == "ENOSPC"
            assert dom0.directory("/local/domain/5") == ["b", "c", "d", "e", "f"]
            # dom0 is exempt.
            dom0.write("/local/domain/5/dom0-made", "x")
            # Permissions per node (5), node size (2048).
            assert dom.error(SET_PERMS, b"f\0n5\0r1\0r2\0r3\0r4\0r6\0") == "ENOSPC"
            assert dom.error(WRITE, b"f\0" + b"x" * 3000) == "ENOSPC"
            # Watches: more than the quota (checked as C: count > quota) -> E2BIG.
            for i in range(4):
                dom.watch("w%d" % i, "t")
                assert dom.event() == (b"w%d" % i, b"t")
            assert dom.error(WATCH, b"w9\0t\0") == "E2BIG"
            # Transactions: more than the quota open at once -> ENOSPC.
            txs = [dom.start() for _unused in range(3)]
            assert dom.error(TRANSACTION_START, b"\0") == "ENOSPC"
            for tx in txs:
                assert dom.end(tx, commit=False) == b"OK\0"
            # Inside a transaction the node quota holds too.
            tx = dom.start()
            assert dom.error(WRITE, b"x\0" b"1", tx_id=tx) == "ENOSPC"
            assert dom.end(tx) == b"OK\0"
            dom.sync()


def test_read_only_socket(daemon):
    with daemon.connect() as conn:
        conn.write("/ro/x", "1")
    with daemon.connect_ro() as ro:
        assert ro.read("/ro/x") == b"1"
        assert ro.directory("/ro") == ["x"]
        assert ro.get_perms("/ro/x") == ["n0"]
        for msg_type, payload in ((WRITE, b"/ro/x\0" b"2"), (MKDIR, b"/ro/y\0"), (RM, b"/ro/x\0"),
                                  (SET_PERMS, b"/ro/x\0n0\0r0\0"), (INTRODUCE, b"5\x000\x001\0"),
                                  (RELEASE, b"5\0"), (CONTROL, b"check\0")):
            assert ro.error(msg_type, payload) == "EACCES", msg_type
        # Reads inside a transaction, and watches, are fine.
        tx = ro.start()
        assert ro.read("/ro/x", tx) == b"1"
        assert ro.error(WRITE, b"/ro/z\0" b"1", tx_id=tx) == "EACCES"
        assert ro.end(tx) == b"OK\0"
        ro.watch("/ro", "t")
        assert ro.event() == (b"/ro", b"t")
        with daemon.connect() as conn:
            conn.write("/ro/x", "3")
        assert ro.event() == (b"/ro/x", b"t")
        assert ro.read("/ro/x") == b"3"
    # The real client on socket_ro.
    env = daemon.env
    env["XENSTORED_PATH"] = str(daemon.socket_ro)
    result = daemon.run("/usr/bin/xenstore-write", "/ro/x", "4", env=env, check_rc=1)
    assert result.stderr == b"xenstore-write: could not write path /ro/x\n"
    assert daemon.run("/usr/bin/xenstore-read", "/ro/x", env=env, check_rc=0).stdout == b"3\n"
