"""Start-up reads the file once: the integrity check's walk supplies the node counts per domain
and the highest generation. After a restart, quotas count what the domains own and generations
continue right after the highest stored one, as the former separate scan made them.
"""

from xs_harness import CONTROL, DIRECTORY_PART, DOMAIN_ID, DOMAIN_UID, OTHER_DOMID, OTHER_UID, READ, WRITE

UIDS = ("--uid-domid", "%d:%d" % (DOMAIN_UID, DOMAIN_ID), "--uid-domid", "%d:%d" % (OTHER_UID, OTHER_DOMID))


def generation(conn, path):
    """The generation DIRECTORY_PART reports for ``path``."""
    return int(conn.call(DIRECTORY_PART, path.encode() + b"\x000\0").split(b"\0")[0])


def nodes_of(conn, domid):
    """The ``nodes`` figure of ``xenstore-control quota DOMID``."""
    text = conn.call(CONTROL, b"quota\0%d\0" % domid).decode()
    return int(text.split("nodes")[1].split(":")[1].split()[0])


def introduce_homes(dom0):
    for domid in (DOMAIN_ID, OTHER_DOMID):
        dom0.introduce(domid)
        dom0.mkdir("/local/domain/%d" % domid)
        dom0.set_perms("/local/domain/%d" % domid, "n%d" % domid)


def test_node_counts_per_domain_survive_a_restart(start_daemon):
    daemon = start_daemon(*UIDS)
    with daemon.connect() as dom0:
        introduce_homes(dom0)
        with daemon.connect_as(DOMAIN_UID) as five, daemon.connect_as(OTHER_UID) as six:
            for index in range(20):
                five.write("k%d/v" % index, "x")
            for index in range(7):
                six.write("k%d" % index, "y")
        dom0.write("/local/domain/5/k0/v", "dom0 wrote it: still domain 5's")
        dom0.write("/dom0-only", "z")
        before = {domid: nodes_of(dom0, domid) for domid in (DOMAIN_ID, OTHER_DOMID)}
    assert before == {DOMAIN_ID: 41, OTHER_DOMID: 8}
    daemon.stop_cleanly()
    # A quota of exactly one more node than domain 5 owns: the restarted daemon must know the count.
    daemon.start(("-Q", "nodes=%d" % (before[DOMAIN_ID] + 1)))
    with daemon.connect() as dom0:
        for domid in (DOMAIN_ID, OTHER_DOMID):
            dom0.introduce(domid)
        assert {domid: nodes_of(dom0, domid) for domid in (DOMAIN_ID, OTHER_DOMID)} == before
        with daemon.connect_as(DOMAIN_UID) as five:
            five.write("one-more", "fits")
            assert five.error(WRITE, b"two-more\0too many") == "ENOSPC"
            five.rm("one-more")
        assert nodes_of(dom0, DOMAIN_ID) == before[DOMAIN_ID]


def test_generations_continue_right_after_the_highest_stored(start_daemon):
    daemon = start_daemon()
    with daemon.connect() as dom0:
        dom0.write("/gen/a", "1")
        dom0.write("/gen/b", "2")
        dom0.write("/gen/a", "3")           # the last change: the highest generation of the file
        stored = {path: generation(dom0, path) for path in ("/", "/gen", "/gen/a", "/gen/b")}
    highest = stored["/gen/a"]
    assert highest == max(stored.values())
    for _restart in range(2):
        daemon.stop_cleanly()
        daemon.start()
        with daemon.connect() as dom0:
            assert {path: generation(dom0, path) for path in stored} == stored
            dom0.write("/gen/a", "next")
            assert generation(dom0, "/gen/a") == highest + 1     # neither reused nor skipped ahead
            highest += 1
            stored["/gen/a"] = highest


def test_nodes_written_before_the_start_keep_their_acl(start_daemon):
    """Every node stored before the start, the last one included, keeps its ACL entries for a
    domain introduced after the start (only nodes written since then drop them, XSA-322)."""
    daemon = start_daemon(*UIDS)
    with daemon.connect() as dom0:
        dom0.introduce(DOMAIN_ID)
        for path in ("/acl/older", "/acl/last"):
            dom0.write(path, path)
            dom0.set_perms(path, "n0", "r%d" % DOMAIN_ID)
    daemon.stop_cleanly()
    daemon.start()
    with daemon.connect() as dom0:
        dom0.write("/toolstack/busy", "a write before the domain comes back")
        dom0.introduce(DOMAIN_ID)
        with daemon.connect_as(DOMAIN_UID) as five:
            assert five.call(READ, b"/acl/older\0") == b"/acl/older"
            assert five.call(READ, b"/acl/last\0") == b"/acl/last"
