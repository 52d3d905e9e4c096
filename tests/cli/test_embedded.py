"""``--database PATH``: the tools on the embedded store answer as they do through the daemon.

The same tree is built in the daemon's database and, through the embedded backend, in a
second file; every case of the parity table that does not need a daemon then runs with
our tools both ways (same argv[0]) and must give the same stdout, stderr, exit status and,
for modifying cases, the same resulting store.
"""

import subprocess

import pytest

from xs_cli_cases import CASES
from xs_cli_support import PYTHON, REPO, SCRATCH, build, dump, open_client, reset_scratch

EMBEDDED_CASES = [case for case in CASES if not case.daemon]


@pytest.fixture(scope="module")
def database(workdir):
    """A TDB file holding the same tree as the daemon's."""
    path = workdir / "embedded.tdb"
    with open_client(backend="embedded", database=str(path)) as client:
        build(client)
        reset_scratch(client)
    return path


def with_database(argv, path):
    """``argv`` with ``--database PATH`` inserted where options go (after the mode word)."""
    at = 1
    if argv[0] == "xenstore":
        if len(argv) < 2:
            return None
        at = 2
    return argv[:at] + ["--database", str(path)] + argv[at:]


def embedded_state(path):
    with open_client(backend="embedded", database=str(path)) as client:
        return [node for top in SCRATCH for node in dump(client, top)]


def daemon_state(daemon):
    with daemon.client() as client:
        return [node for top in SCRATCH for node in dump(client, top)]


def test_enough_cases():
    assert len(EMBEDDED_CASES) >= 40


@pytest.mark.parametrize("case", EMBEDDED_CASES, ids=[case.id for case in EMBEDDED_CASES])
def test_embedded_matches_daemon(case, tools, daemon, database):
    argv = with_database(case.argv, database)
    if argv is None:
        argv = case.argv        # nothing to insert: both must print the same usage
    env = daemon.env
    for name, value in case.env.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    if case.modifies:
        with daemon.client() as client:
            reset_scratch(client)
        with open_client(backend="embedded", database=str(database)) as client:
            reset_scratch(client)
    through_daemon = tools.run("ours", case.argv, env)
    embedded = tools.run("ours", argv, env)
    assert embedded == through_daemon, "argv %r\ndaemon   %r\nembedded %r" % (argv, through_daemon, embedded)
    if case.modifies:
        assert embedded_state(database) == daemon_state(daemon)


def test_embedded_needs_no_daemon(tools, database, workdir):
    """With --database nothing is looked up: no socket, no xenbus."""
    env = {"PATH": "/usr/bin:/bin", "XENSTORED_PATH": str(workdir / "missing" / "socket")}
    assert tools.run("ours", ["xenstore-read", "--database", str(database), "/data/short"], env) == (
        0, b"hi\n", b"")


def test_no_tdb_import_without_database(tools, daemon):
    """Through a daemon the tools load neither the engine nor tdb."""
    code = ("import sys\nsys.path.insert(0, %r)\n"
            "from xenstore.cli.main import main\n"
            "assert main([b'xenstore-read', b'/data/short']) == 0\n"
            "bad = sorted(name for name in sys.modules if name == 'tdb' or name.endswith('.engine'))\n"
            "assert not bad, bad\n" % str(REPO / "plugins" / "module_utils"))
    result = subprocess.run([str(PYTHON), "-c", code], env=daemon.env, capture_output=True, timeout=30,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"hi\n"


def test_embedded_errors(tools, daemon, workdir):
    """A database that is missing, or owned by a running daemon, is named in the message."""
    missing = workdir / "nothing" / "tdb"
    code, stdout, stderr = tools.run("ours", ["xenstore-read", "--database", str(missing), "/x"], daemon.env)
    assert (code, stdout) == (1, b"")
    assert stderr.startswith(b"xenstore-read: xs_open: ") and str(missing).encode() in stderr
    code, stdout, stderr = tools.run("ours", ["xenstore-ls", "--database", str(daemon.database)], daemon.env)
    assert (code, stdout) == (1, b"")
    assert stderr.startswith(b"xenstore-ls: xs_open: ") and b"in use" in stderr
    code, stdout, stderr = tools.run("ours", ["xenstore-control", "--database", str(daemon.database),
                                              "check"], daemon.env)
    assert (code, stdout) == (1, b"")
    assert stderr.startswith(b"Failed to contact Xenstored.\n")
