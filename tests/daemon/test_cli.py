"""Debian's xenstore-utils (/usr/bin/xenstore-*) against bin/xenstored.

Expected output is byte for byte what the same binaries print against C xenstored 4.17
(reference/xenstore-cli.md, re-checked with the real daemon).
"""

import os
import select
import subprocess
import time

import pytest

from xs_harness import DOMAIN_ID, DOMAIN_UID

TOOLS = ("xenstore-write", "xenstore-read", "xenstore-ls", "xenstore-list", "xenstore-exists",
         "xenstore-rm", "xenstore-chmod", "xenstore-watch")
ESCAPED = r"a\001b\\c\td\ne\rf\x1bg\x7fh\x80i\xff"
ESC_BYTES = b"a\x01b\\c\td\ne\rf\x1bg\x7fh\x80i\xff"


def tool(name):
    """The Debian binary (never a PATH lookup: a missing package must fail, not find another)."""
    return "/usr/bin/" + name


@pytest.fixture
def data_tree(daemon):
    """The tree of reference/xenstore-cli.md 6.3, written with one xenstore-write call."""
    daemon.run(tool("xenstore-write"),
               "/data/short", "hi", "/data/empty", "", "/data/esc", ESCAPED,
               "/data/long", "L" * 100, "/data/sub/deep/deeper/deepest", "value", check_rc=0)
    return daemon


def test_real_clients_are_installed():
    for name in TOOLS:
        result = subprocess.run(check=False, args=[tool(name), "-h"], capture_output=True)
        # 4.17 prints its usage for -h and exits 1: the binary is there and runs.
        assert result.returncode == 1, name
        assert b"Usage:" in result.stderr, name


def test_write_then_read(daemon):
    write = daemon.run(tool("xenstore-write"), "/t/a/b", "hello", check_rc=0)
    assert write.stdout == b"" and write.stderr == b""
    assert daemon.run(tool("xenstore-read"), "/t/a/b", check_rc=0).stdout == b"hello\n"
    # Parents were created with empty values.
    assert daemon.run(tool("xenstore-read"), "/t/a", check_rc=0).stdout == b"\n"
    assert daemon.run(tool("xenstore-read"), "/", check_rc=0).stdout == b"\n"
    # Several keys (one transaction), with and without the prefix.
    daemon.run(tool("xenstore-write"), "/t/x", "1", "/t/y", "2", check_rc=0)
    assert daemon.run(tool("xenstore-read"), "/t/x", "/t/y", check_rc=0).stdout == b"1\n2\n"
    assert daemon.run(tool("xenstore-read"), "-p", "/t/x", "/t/y", check_rc=0).stdout == b"/t/x: 1\n/t/y: 2\n"


def test_read_raw_and_escapes(daemon):
    daemon.run(tool("xenstore-write"), "/data/short", "hi", "/data/empty", "", "/data/esc", ESCAPED,
               check_rc=0)
    raw = daemon.run(tool("xenstore-read"), "-p", "-R", "/data/short", "/data/empty", check_rc=0)
    assert raw.stdout == b"/data/short: hi/data/empty: "
    assert daemon.run(tool("xenstore-read"), "-R", "/data/esc", check_rc=0).stdout == ESC_BYTES
    assert daemon.run(tool("xenstore-read"), "/data/esc", check_rc=0).stdout == ESCAPED.encode() + b"\n"
    daemon.run(tool("xenstore-write"), "-R", "/data/verbatim", r"a\tb", check_rc=0)
    assert daemon.run(tool("xenstore-read"), "-R", "/data/verbatim", check_rc=0).stdout == b"a\\tb"


def test_read_errors(daemon):
    daemon.run(tool("xenstore-write"), "/a", "A", "/b", "B", check_rc=0)
    result = daemon.run(tool("xenstore-read"), "/missing", check_rc=1)
    assert result.stdout == b""
    assert result.stderr == b"xenstore-read: couldn't read path /missing\n"
    # Processing stops at the first failure; output is written after the transaction.
    result = daemon.run(tool("xenstore-read"), "/a", "/missing", "/b", check_rc=1)
    assert result.stdout == b"A\n"
    assert result.stderr == b"xenstore-read: couldn't read path /missing\n"
    result = daemon.run(tool("xenstore-read"), "/bad//path", check_rc=1)
    assert result.stderr == b"xenstore-read: couldn't read path /bad//path\n"


def test_write_errors_roll_back(daemon):
    result = daemon.run(tool("xenstore-write"), "/wt/i", "1", "/bad//p", "2", "/wt/j", "3", check_rc=1)
    assert result.stderr == b"xenstore-write: could not write path /bad//p\n"
    # The transaction was aborted: nothing was written.
    assert daemon.run(tool("xenstore-exists"), "/wt", check_rc=1).stdout == b""


def test_relative_paths_are_under_dom0_home(daemon):
    daemon.run(tool("xenstore-write"), "rel/key", "v", check_rc=0)
    assert daemon.run(tool("xenstore-read"), "/local/domain/0/rel/key", check_rc=0).stdout == b"v\n"
    assert daemon.run(tool("xenstore-read"), "-p", "rel/key", check_rc=0).stdout == b"rel/key: v\n"


def test_ls_plain(data_tree):
    result = data_tree.run(tool("xenstore-ls"), "/data", check_rc=0)
    assert result.stderr == b""
    assert result.stdout.decode() == (
        'short = "hi"\n'
        'empty = ""\n'
        'esc = "a\\001b\\\\c\\td\\ne\\rf\\x1bg\\x7fh\\x80i\\xff"\n'
        'long = "' + "L" * 68 + '\\..."\n'
        'sub = ""\n'
        ' deep = ""\n'
        '  deeper = ""\n'
        '   deepest = "value"\n')


def test_ls_prefix_perms(data_tree):
    result = data_tree.run(tool("xenstore-ls"), "-p", "/data", check_rc=0)
    assert result.stdout.decode() == (
        'short = "hi" . . . . . . . . . . . . . . . . . . . . . . . .  (n0)\n'
        'empty = "" . . . . . . . . . . . . . . . . . . . . . . . . .  (n0)\n'
        'esc = "a\\001b\\\\c\\td\\ne\\rf\\x1bg\\x7fh\\x80i\\xff"  . . . . . . .  (n0)\n'
        'long = "' + "L" * 68 + '\\..."  (n0)\n'
        'sub = "" . . . . . . . . . . . . . . . . . . . . . . . . . .  (n0)\n'
        ' deep = "" . . . . . . . . . . . . . . . . . . . . . . . . .  (n0)\n'
        '  deeper = ""  . . . . . . . . . . . . . . . . . . . . . . .  (n0)\n'
        '   deepest = "value" . . . . . . . . . . . . . . . . . . . .  (n0)\n')


def test_ls_flat(data_tree):
    result = data_tree.run(tool("xenstore-ls"), "-f", "/data", check_rc=0)
    assert result.stdout.decode() == (
        '/data/short = "hi"\n'
        '/data/empty = ""\n'
        '/data/esc = "a\\001b\\\\c\\td\\ne\\rf\\x1bg\\x7fh\\x80i\\xff"\n'
        '/data/long = "' + "L" * 100 + '"\n'
        '/data/sub = ""\n'
        '/data/sub/deep = ""\n'
        '/data/sub/deep/deeper = ""\n'
        '/data/sub/deep/deeper/deepest = "value"\n')
    result = data_tree.run(tool("xenstore-ls"), "-f", "-p", "/data/sub", check_rc=0)
    assert result.stdout.decode() == (
        '/data/sub/deep = ""   (n0)\n'
        '/data/sub/deep/deeper = ""   (n0)\n'
        '/data/sub/deep/deeper/deepest = "value"   (n0)\n')


def test_ls_fresh_store_and_errors(daemon):
    # A new database holds C xenstored's initial tree.
    assert daemon.run(tool("xenstore-ls"), check_rc=0).stdout == b'tool = ""\n xenstored = ""\n'
    assert daemon.run(tool("xenstore-ls"), "-f", "-p", "/", check_rc=0).stdout == (
        b'/tool = ""   (n0)\n/tool/xenstored = ""   (n0)\n')
    result = daemon.run(tool("xenstore-ls"), "/nonexist", check_rc=1)
    assert result.stdout == b""
    assert result.stderr == b"xenstore-ls: xs_directory (/nonexist): No such file or directory\n"
    result = daemon.run(tool("xenstore-ls"), "/tool/", check_rc=1)
    assert result.stderr == b"xenstore-ls: xs_directory (/tool/): Invalid argument\n"
    # A leaf lists nothing.
    assert daemon.run(tool("xenstore-ls"), "/tool/xenstored", check_rc=0).stdout == b""


def test_list(data_tree):
    assert data_tree.run(tool("xenstore-list"), "/data", check_rc=0).stdout == (
        b"short\nempty\nesc\nlong\nsub\n")
    assert data_tree.run(tool("xenstore-list"), "-p", "/data/sub", "/data/sub/deep", check_rc=0).stdout == (
        b"/data/sub/deep\n/data/sub/deep/deeper\n")
    assert data_tree.run(tool("xenstore-list"), "-p", "/", check_rc=0).stdout == b"//tool\n//data\n"
    assert data_tree.run(tool("xenstore-list"), "/data/short", check_rc=0).stdout == b""
    result = data_tree.run(tool("xenstore-list"), "/nonexist", check_rc=1)
    assert result.stderr == b"xenstore-list: could not list path /nonexist\n"


def test_list_keeps_creation_order(daemon):
    daemon.run(tool("xenstore-write"), "/o/c", "", "/o/a", "", "/o/b", "", check_rc=0)
    assert daemon.run(tool("xenstore-list"), "/o", check_rc=0).stdout == b"c\na\nb\n"
    daemon.run(tool("xenstore-rm"), "/o/a", check_rc=0)
    daemon.run(tool("xenstore-write"), "/o/a", "again", check_rc=0)
    daemon.run(tool("xenstore-write"), "/o/c", "rewritten", check_rc=0)
    assert daemon.run(tool("xenstore-list"), "/o", check_rc=0).stdout == b"c\nb\na\n"


def test_big_directory_through_directory_part(daemon):
    """A child list over 4096 bytes: DIRECTORY says E2BIG, libxenstore falls back to DIRECTORY_PART."""
    names = ["n%010d" % i for i in range(400)]          # 400 x 12 bytes = 4800
    with daemon.connect() as conn:
        for name in names:
            conn.write("/many/" + name, "")
    result = daemon.run(tool("xenstore-list"), "/many", check_rc=0)
    assert result.stdout.decode().splitlines() == names
    result = daemon.run(tool("xenstore-ls"), "/many", check_rc=0)
    assert result.stdout.decode().splitlines() == ['%s = ""' % name for name in names]


def test_exists(data_tree):
    for args, code in ((["/data/short"], 0), (["/data/short", "/data/sub/deep"], 0), (["/"], 0),
                       (["/data/nope"], 1), (["/data/short", "/data/nope"], 1), (["/bad//path"], 1)):
        result = data_tree.run(tool("xenstore-exists"), *args, check_rc=code)
        assert result.stdout == b"" and result.stderr == b"", args


def test_rm(data_tree):
    data_tree.run(tool("xenstore-rm"), "/data/sub", check_rc=0)
    data_tree.run(tool("xenstore-exists"), "/data/sub/deep", check_rc=1)
    # Removing a missing node whose parent exists succeeds; a missing parent does not.
    data_tree.run(tool("xenstore-rm"), "/data/nothere", check_rc=0)
    result = data_tree.run(tool("xenstore-rm"), "/nonexist/x", check_rc=1)
    assert result.stderr == b"xenstore-rm: could not remove path /nonexist/x\n"
    result = data_tree.run(tool("xenstore-rm"), "/", check_rc=1)
    assert result.stderr == b"xenstore-rm: could not remove path /\n"
    assert data_tree.run(tool("xenstore-list"), "/data", check_rc=0).stdout == b"short\nempty\nesc\nlong\n"


def test_rm_tidy(daemon):
    daemon.run(tool("xenstore-write"), "/t5/a/b/c", "x", "/t6/keep", "v", "/t6/a/b", "y", check_rc=0)
    daemon.run(tool("xenstore-rm"), "-t", "/t5/a/b/c", check_rc=0)
    daemon.run(tool("xenstore-exists"), "/t5", check_rc=1)
    daemon.run(tool("xenstore-rm"), "-t", "/t6/a/b", check_rc=0)
    daemon.run(tool("xenstore-exists"), "/t6/a", check_rc=1)
    daemon.run(tool("xenstore-exists"), "/t6/keep", check_rc=0)


def _perms(daemon, path):
    return daemon.run(tool("xenstore-ls"), "-f", "-p", path, check_rc=0).stdout.decode()


def test_chmod(daemon):
    with daemon.connect() as conn:
        conn.introduce(DOMAIN_ID)
    daemon.run(tool("xenstore-write"), "/c1/a/b/c", "v", "/c1/a/d", "w", check_rc=0)
    daemon.run(tool("xenstore-chmod"), "/c1/a", "n0", "r%d" % DOMAIN_ID, check_rc=0)
    assert _perms(daemon, "/c1") == (
        '/c1/a = ""   (n0,r5)\n'
        '/c1/a/b = ""   (n0)\n'
        '/c1/a/b/c = "v"   (n0)\n'
        '/c1/a/d = "w"   (n0)\n')
    # -r: the node and every descendant.
    daemon.run(tool("xenstore-chmod"), "-r", "/c1/a", "b0", "r%d" % DOMAIN_ID, check_rc=0)
    assert _perms(daemon, "/c1") == (
        '/c1/a = ""   (b0,r5)\n'
        '/c1/a/b = ""   (b0,r5)\n'
        '/c1/a/b/c = "v"   (b0,r5)\n'
        '/c1/a/d = "w"   (b0,r5)\n')
    # -u: the node and its ancestors up to (not including) the root.
    daemon.run(tool("xenstore-chmod"), "-u", "/c1/a/b/c", "n0", "r0", check_rc=0)
    assert _perms(daemon, "/c1/a/b") == '/c1/a/b/c = "v"   (n0,r0)\n'
    assert _perms(daemon, "/") .splitlines()[:3] == [
        '/tool = ""   (n0)', '/tool/xenstored = ""   (n0)', '/c1 = ""   (n0,r0)']
    # atoi domids: "w010" is w10 (unknown domain: kept in the list).
    daemon.run(tool("xenstore-chmod"), "/c1/a/d", "n0", "w010", check_rc=0)
    assert _perms(daemon, "/c1/a/b") == '/c1/a/b/c = "v"   (n0,r0)\n'
    assert daemon.run(tool("xenstore-ls"), "-f", "-p", "/c1/a", check_rc=0).stdout.decode().splitlines()[-1] == (
        '/c1/a/d = "w"   (n0,w10)')


def test_chmod_errors(daemon):
    daemon.run(tool("xenstore-write"), "/c1/a", "", check_rc=0)
    result = daemon.run(tool("xenstore-chmod"), "/c1/a", "x0", check_rc=1)
    assert result.stderr == b"xenstore-chmod: Invalid permission specification: 'x'\n"
    # The owner must be a domain the daemon knows (C: ENOENT).
    result = daemon.run(tool("xenstore-chmod"), "/c1/a", "n7", check_rc=1)
    assert result.stderr == b"xenstore-chmod: Error occurred setting permissions on '/c1/a': No such file or directory\n"
    # No permission at all: SET_PERMS with no entry, EINVAL from the daemon.
    result = daemon.run(tool("xenstore-chmod"), "/c1/a", check_rc=1)
    assert result.stderr == b"xenstore-chmod: Error occurred setting permissions on '/c1/a': Invalid argument\n"
    assert _perms(daemon, "/c1") == '/c1/a = ""   (n0)\n'


def _watch(daemon, *args):
    proc = subprocess.Popen(["/usr/bin/xenstore-watch"] + list(args), env=daemon.env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    proc.pending = b""
    return proc


def _readline(proc, timeout=10.0):
    """One line of the watcher's output (unbuffered: select() sees every byte not yet taken)."""
    deadline = time.monotonic() + timeout
    while b"\n" not in proc.pending:
        ready, _writable, _failed = select.select([proc.stdout], [], [], max(0, deadline - time.monotonic()))
        assert ready, "xenstore-watch printed nothing within %.0f s" % timeout
        data = os.read(proc.stdout.fileno(), 4096)
        assert data, "xenstore-watch exited: %r" % proc.stderr.read()
        proc.pending += data
    line, _newline, proc.pending = proc.pending.partition(b"\n")
    return line + b"\n"


def _finish(proc):
    stdout, stderr = proc.communicate(timeout=10)
    return proc.pending + stdout, stderr


def test_watch_counts_events(daemon):
    proc = _watch(daemon, "-n", "3", "/wc")
    try:
        # The initial event proves the watch is registered before we write.
        assert _readline(proc) == b"/wc\n"
        daemon.run(tool("xenstore-write"), "/wc/1", "a", check_rc=0)
        daemon.run(tool("xenstore-write"), "/wc/2", "b", check_rc=0)
        stdout, stderr = _finish(proc)
    finally:
        proc.kill()
    assert proc.returncode == 0, stderr
    assert stdout == b"/wc/1\n/wc/2\n"
    assert stderr == b""


def test_watch_two_keys_relative_and_special(daemon):
    proc = _watch(daemon, "-n", "5", "rel", "@introduceDomain")
    try:
        assert _readline(proc) == b"rel\n"
        assert _readline(proc) == b"@introduceDomain\n"
        daemon.run(tool("xenstore-write"), "/local/domain/0/rel/x", "1", check_rc=0)
        assert _readline(proc) == b"rel/x\n"
        daemon.run(tool("xenstore-write"), "/unwatched", "1", check_rc=0)
        with daemon.connect() as conn:
            conn.introduce(DOMAIN_ID)
        assert _readline(proc) == b"@introduceDomain\n"
        daemon.run(tool("xenstore-rm"), "rel", check_rc=0)
        stdout, stderr = _finish(proc)
    finally:
        proc.kill()
    assert proc.returncode == 0, stderr
    assert stdout == b"rel\n"


def test_watch_errors(daemon):
    result = daemon.run(tool("xenstore-watch"), "/bad//x", check_rc=1)
    assert result.stderr == b"xenstore-watch: Unable to add watch on /bad//x\n\n"
    assert daemon.run(tool("xenstore-watch"), "-n", "0", "/x", check_rc=0).stdout == b""


def test_clients_as_unprivileged_domain(domain_daemon):
    """The same tools run as a uid mapped by --uid-domid act as that domain."""
    d = domain_daemon
    with d.connect() as conn:
        conn.introduce(DOMAIN_ID)
        conn.mkdir("/local/domain/5")
        conn.set_perms("/local/domain/5", "n0", "b5")
        conn.write("/secret", "dom0 only")
    d.run(tool("xenstore-write"), "data", "mine", uid=DOMAIN_UID, check_rc=0)
    assert d.run(tool("xenstore-read"), "data", uid=DOMAIN_UID, check_rc=0).stdout == b"mine\n"
    assert d.run(tool("xenstore-ls"), "-f", "-p", "/local/domain/5", uid=DOMAIN_UID, check_rc=0).stdout == (
        b'/local/domain/5/data = "mine"   (n5,b5)\n')
    result = d.run(tool("xenstore-read"), "/secret", uid=DOMAIN_UID, check_rc=1)
    assert result.stderr == b"xenstore-read: couldn't read path /secret\n"
    result = d.run(tool("xenstore-write"), "/secret", "mine now", uid=DOMAIN_UID, check_rc=1)
    assert result.stderr == b"xenstore-write: could not write path /secret\n"
    d.run(tool("xenstore-exists"), "/secret", uid=DOMAIN_UID, check_rc=1)
    result = d.run(tool("xenstore-ls"), "/", uid=DOMAIN_UID, check_rc=1)
    assert result.stderr == b"xenstore-ls: xs_directory (/): Permission denied\n"
    assert d.run(tool("xenstore-read"), "/secret", check_rc=0).stdout == b"dom0 only\n"


def test_ls_as_domain_with_unreadable_child(domain_daemon):
    """Output checked against C xenstored 4.17 behind ref-xenstored's xs-domain-gateway."""
    d = domain_daemon
    with d.connect() as conn:
        conn.introduce(DOMAIN_ID)
        conn.mkdir("/local/domain/5")
        conn.set_perms("/local/domain/5", "n0", "b5")
        conn.write("/local/domain/5/pub/a", "1")
        conn.write("/local/domain/5/pub/hidden/x", "h")
        conn.set_perms("/local/domain/5/pub/hidden", "n0")
        conn.set_perms("/local/domain/5/pub/hidden/x", "n0", "r5")
    result = d.run(tool("xenstore-ls"), "-p", "/local/domain/5", uid=DOMAIN_UID, check_rc=1)
    assert result.stdout == (
        b'pub = "" . . . . . . . . . . . . . . . . . . . . . . . . . .  (n0,b5)\n'
        b' a = "1" . . . . . . . . . . . . . . . . . . . . . . . . . .  (n0,b5)\n'
        b' hidden:\n'
        b'\n')
    assert result.stderr == (
        b"xenstore-ls: \ncould not access permissions for hidden: Permission denied\n"
        b"xenstore-ls: xs_directory (/local/domain/5/pub/hidden): Permission denied\n")
    result = d.run(tool("xenstore-ls"), "-f", "/local/domain/5", uid=DOMAIN_UID, check_rc=1)
    assert result.stdout == (b'/local/domain/5/pub = ""\n/local/domain/5/pub/a = "1"\n'
                             b'/local/domain/5/pub/hidden:\n\n')
    # A readable node below an unreadable one can still be read directly.
    assert d.run(tool("xenstore-read"), "pub/hidden/x", uid=DOMAIN_UID, check_rc=0).stdout == b"h\n"
    d.run(tool("xenstore-exists"), "pub/hidden", uid=DOMAIN_UID, check_rc=1)
    result = d.run(tool("xenstore-chmod"), "-r", "pub", "n5", "r0", uid=DOMAIN_UID, check_rc=1)
    assert result.stderr == b"xenstore-chmod: Error occurred setting permissions on 'pub': Permission denied\n"
    d.run(tool("xenstore-write"), "mine", "1", "mine/sub", "2", uid=DOMAIN_UID, check_rc=0)
    d.run(tool("xenstore-rm"), "-t", "mine/sub", uid=DOMAIN_UID, check_rc=0)
    d.run(tool("xenstore-exists"), "mine", uid=DOMAIN_UID, check_rc=0)    # it has a value: kept
