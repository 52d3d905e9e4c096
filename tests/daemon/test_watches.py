"""Watches over raw connections: registration, matching, special events, filtering, tokens.

Orders and filtering follow C xenstored 4.17 (checked with ref-xenstored's xs-diff).
"""

from xs_harness import (DOMAIN_ID, DOMAIN_UID, ERROR, HEADER, OTHER_DOMID, RELEASE, UNWATCH, WATCH, WATCH_EVENT,
                        WRITE)


def test_watch_fires_on_registration(conn):
    req_id = conn.send(WATCH, b"/w/a\0tok\0")
    reply = conn.recv()
    assert reply == (WATCH, req_id, 0, b"OK\0")          # the reply first, then the event
    assert conn.recv() == (WATCH_EVENT, 0, 0, b"/w/a\0tok\0")
    # The path need not exist; relative and special paths come back as registered.
    conn.watch("rel/x", "t2")
    assert conn.event() == (b"rel/x", b"t2")
    conn.watch("@foo", "sp")
    assert conn.event() == (b"@foo", b"sp")
    assert conn.no_more_messages()
    assert conn.error(WATCH, b"/w/a\0tok\0") == "EEXIST"
    assert conn.error(UNWATCH, b"/w/a\0other\0") == "ENOENT"


def test_watch_ignores_and_echoes_tx_id(conn):
    tx = conn.start()
    req_id = conn.send(WATCH, b"/wt\0t\0", tx_id=tx)
    assert conn.recv() == (WATCH, req_id, tx, b"OK\0")
    assert conn.event() == (b"/wt", b"t")
    req_id = conn.send(UNWATCH, b"/wt\0t\0", tx_id=55)       # even an unknown tx id
    assert conn.recv() == (UNWATCH, req_id, 55, b"OK\0")
    conn.end(tx, commit=False)


def test_events_for_descendants_only(daemon):
    with daemon.connect() as watcher, daemon.connect() as writer:
        watcher.watch("/a", "A")
        watcher.watch("/", "ROOT")
        assert [watcher.event() for _unused in range(2)] == [(b"/a", b"A"), (b"/", b"ROOT")]
        writer.write("/a/b/c", "1")          # one event for the written node, not its new parents
        writer.write("/ab", "2")             # not below /a
        writer.write("/a", "3")
        writer.mkdir("/a/b")                 # exists: nothing
        writer.rm("/a/nothere")              # missing: nothing
        writer.set_perms("/a/b", "n0", "r0")
        writer.mkdir("/a/new")
        watcher.sync()
        assert watcher.take_events() == [
            (b"/a/b/c", b"A"), (b"/a/b/c", b"ROOT"),
            (b"/ab", b"ROOT"),
            (b"/a", b"A"), (b"/a", b"ROOT"),
            (b"/a/b", b"A"), (b"/a/b", b"ROOT"),
            (b"/a/new", b"A"), (b"/a/new", b"ROOT")]


def test_events_queued_before_the_writers_own_reply(conn):
    conn.watch("/own", "t")
    assert conn.event() == (b"/own", b"t")
    req_id = conn.send(WRITE, b"/own/x/y\0v")
    assert conn.recv() == (WATCH_EVENT, 0, 0, b"/own/x/y\0t\0")
    assert conn.recv() == (WRITE, req_id, 0, b"OK\0")


def test_rm_fires_exact_events_below(daemon):
    with daemon.connect() as watcher, daemon.connect() as writer:
        writer.write("/r/a/b/c", "x")
        for path, token in (("/r/a/b/c", "c"), ("/r/a/b", "b"), ("/r/a/b/c/none", "none"), ("/r", "top")):
            watcher.watch(path, token)
            assert watcher.event() == (path.encode(), token.encode())
        writer.rm("/r/a")
        watcher.sync()
        # Children first (exact events for existing watched nodes), then the removed node
        # for watches on it and above; nothing for a watch on a node that never existed.
        assert watcher.take_events() == [(b"/r/a/b/c", b"c"), (b"/r/a/b", b"b"), (b"/r/a", b"top")]


def test_transaction_events_on_commit_only(daemon):
    with daemon.connect() as watcher, daemon.connect() as writer:
        watcher.watch("/tx", "t")
        assert watcher.event() == (b"/tx", b"t")
        tx = writer.start()
        writer.write("/tx/x/y", "1", tx)
        writer.write("/tx/x/z", "2", tx)
        writer.rm("/tx/x/y", tx)
        writer.set_perms("/tx/x", "n0", "r0", tx=tx)
        watcher.sync()
        assert watcher.take_events() == []
        assert writer.end(tx) == b"OK\0"
        watcher.sync()
        assert watcher.take_events() == [(b"/tx/x", b"t"), (b"/tx/x/z", b"t")]
        tx = writer.start()
        writer.write("/tx/aborted", "1", tx)
        writer.end(tx, commit=False)
        watcher.sync()
        assert watcher.take_events() == []


def test_tokens_are_carried_exactly(daemon):
    odd = bytes(range(1, 256))                   # every byte but NUL
    with daemon.connect() as watcher, daemon.connect() as writer:
        watcher.watch("/tk", odd)
        watcher.watch("/tk", "second token")
        watcher.watch("/tk/sub", "second token")     # same token, other path: a separate watch
        assert [watcher.event() for _unused in range(3)] == [
            (b"/tk", odd), (b"/tk", b"second token"), (b"/tk/sub", b"second token")]
        writer.write("/tk/sub", "x")
        watcher.sync()
        # Both "second token" watches match, but C sends an event only once while an
        # identical one (same path and token) is still queued.
        assert watcher.take_events() == [(b"/tk/sub", odd), (b"/tk/sub", b"second token")]
        watcher.unwatch("/tk", odd)
        writer.write("/tk", "y")
        watcher.sync()
        assert watcher.take_events() == [(b"/tk", b"second token")]


def test_relative_watch_reports_relative_paths(conn):
    conn.watch("rel", "r")
    assert conn.event() == (b"rel", b"r")
    conn.write("/local/domain/0/rel/x/y", "1")
    conn.write("rel/z", "2")
    conn.sync()
    assert conn.take_events() == [(b"rel/x/y", b"r"), (b"rel/z", b"r")]


def test_every_connection_gets_its_events_and_closing_drops_watches(daemon):
    watchers = [daemon.connect() for _unused in range(5)]
    for n, watcher in enumerate(watchers):
        watcher.watch("/multi", "w%d" % n)
        assert watcher.event() == (b"/multi", b"w%d" % n)
    watchers[2].close()
    with daemon.connect() as writer:
        writer.write("/multi/x", "1")
    for n, watcher in enumerate(watchers):
        if n != 2:
            assert watcher.event() == (b"/multi/x", b"w%d" % n)
            watcher.close()


def test_introduce_and_release_domain_events(daemon):
    with daemon.connect() as watcher, daemon.connect() as dom0:
        watcher.watch("@introduceDomain", "in")
        watcher.watch("@releaseDomain", "out")
        assert [watcher.event() for _unused in range(2)] == [(b"@introduceDomain", b"in"), (b"@releaseDomain", b"out")]
        dom0.introduce(DOMAIN_ID)
        watcher.sync()
        assert watcher.take_events() == [(b"@introduceDomain", b"in")]
        dom0.introduce(DOMAIN_ID)                    # already introduced: no event
        dom0.introduce(0)                            # dom0: never an event
        watcher.sync()
        assert watcher.take_events() == []
        dom0.introduce(OTHER_DOMID)
        dom0.release(DOMAIN_ID)
        dom0.release(OTHER_DOMID)
        watcher.sync()
        assert watcher.take_events() == [(b"@introduceDomain", b"in"), (b"@releaseDomain", b"out"),
                                         (b"@releaseDomain", b"out")]
        assert dom0.error(RELEASE, b"5\0") == "ENOENT"     # RELEASE of a released domain


def test_unprivileged_domain_sees_only_what_it_may_read(domain_daemon):
    with domain_daemon.connect() as dom0:
        dom0.introduce(DOMAIN_ID)
        dom0.mkdir("/local/domain/5")
        dom0.set_perms("/local/domain/5", "n0", "b5")
        dom0.write("/pub/hidden/deeper", "x")
        dom0.set_perms("/pub", "n0", "r5")
        dom0.set_perms("/pub/hidden", "n0")
        dom0.set_perms("/pub/hidden/deeper", "n0")
        with domain_daemon.connect_as(DOMAIN_UID) as dom:
            for path, token in (("/", "all"), ("@introduceDomain", "intro"), ("@releaseDomain", "rel"),
                                ("/pub/hidden/deeper", "exact")):
                dom.watch(path, token)
                assert dom.event() == (path.encode(), token.encode())   # registration always fires
            dom0.write("/secret", "s")                   # unreadable: nothing
            dom0.write("/pub", "p")                      # readable
            dom0.write("/pub/hidden", "h")               # unreadable, but its parent is readable
            dom0.write("/pub/hidden/deeper", "d")        # neither it nor its parent: nothing
            dom0.write("/pub/new", "n")
            dom0.set_perms("/secret", "n0", "r5")        # readable under the new perms
            dom0.set_perms("/secret", "n0")              # readable under the old perms
            dom0.write("/secret", "again")               # nothing
            dom0.introduce(OTHER_DOMID)                  # special events need READ on their perms
            dom0.release(OTHER_DOMID)
            dom0.set_perms("@introduceDomain", "n0", "r5")
            dom0.set_perms("@releaseDomain", "n0", "r5")
            dom0.introduce(OTHER_DOMID)
            dom0.release(OTHER_DOMID)
            dom0.rm("/pub")                              # only the top: the exact watch is unreadable
            dom.sync()
            assert dom.take_events() == [
                (b"/pub", b"all"), (b"/pub/hidden", b"all"), (b"/pub/new", b"all"),
                (b"/secret", b"all"), (b"/secret", b"all"),
                (b"@introduceDomain", b"intro"), (b"@releaseDomain", b"rel"),
                (b"/pub", b"all")]
            # Its own writes: events before its reply, as for dom0.
            req_id = dom.send(WRITE, b"/local/domain/5/a/b/c\0deep")
            assert dom.recv() == (WATCH_EVENT, 0, 0, b"/local/domain/5/a/b/c\0all\0")
            assert dom.recv() == (WRITE, req_id, 0, b"OK\0")
            # A relative watch of a domain is reported relative to its home.
            dom.watch("rel/x", "relw")
            assert dom.event() == (b"rel/x", b"relw")
            dom.write("rel/x/y", "1")
            dom.sync()
            assert dom.take_events() == [(b"/local/domain/5/rel/x/y", b"all"), (b"rel/x/y", b"relw")]
            assert dom.error(WATCH, b"rel/x\0relw\0") == "EEXIST"
            assert dom.request(ERROR, b"").payload == b"ENOSYS\0"


def test_event_sent_while_output_backlogged_is_not_suppressed(daemon):
    """Only an identical event still *queued* is dropped: once one was sent, the next change
    of that path must be reported again, even while other output is still waiting."""
    name = b"x" * 150

    def flood(writer, prefix, count):
        writer.send_raw(b"".join(HEADER.pack(WRITE, i, 0, len(p)) + p
                                 for i in range(count) for p in (b"/%s/%s%05d\0v" % (prefix, name, i),)))
        for _unused in range(count):
            writer.reply()

    with daemon.connect() as watcher, daemon.connect() as writer:
        watcher.watch("/", "t")
        assert watcher.event() == (b"/", b"t")
        # Events the watcher does not read yet (~500 KB, more than the socket buffers hold),
        # then /a, then more of them.
        flood(writer, b"b", 2500)
        writer.write("/a", "1")
        flood(writer, b"c", 2500)
        taken = 0
        while watcher.event() != (b"/a", b"t"):      # the watcher has taken the first /a event...
            taken += 1
        assert taken == 2500
        writer.write("/a", "2")                      # ...while most /c events still wait in the daemon
        writer.write("/end", "")
        rest = []
        while not rest or rest[-1] != (b"/end", b"t"):
            rest.append(watcher.event())
        assert len(rest) == 2500 + 2
        assert rest[-2:] == [(b"/a", b"t"), (b"/end", b"t")]
