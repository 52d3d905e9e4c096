"""Fixtures for testing bin/xenstored as a process, with real outside clients.

Every test gets its own daemon (socket and TDB in a fresh directory under /tmp, kept
short for sun_path and made searchable so peers running as other uids can connect).
A daemon still running at the end of a test is stopped with SIGTERM and must exit 0
and remove its sockets.

Expected answers follow C xenstored 4.17 (checked against the real daemon with
/work/shared/tools/ref-xenstored where the references leave doubt).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))

from daemon_harness import FETCH_XEN_UTILS, XenUtils  # noqa: E402
from xs_harness import DOMAIN_ID, DOMAIN_UID, OTHER_DOMID, OTHER_UID, Daemons, kill_survivors, make_workdir  # noqa: E402


@pytest.fixture(autouse=True)
def _no_daemon_survives_a_test():
    """Kill daemons a failing test left running (start_daemon checks its own clean exit first)."""
    yield
    kill_survivors()


@pytest.fixture
def workdir():
    """A fresh, short, world-searchable directory under /tmp."""
    path = make_workdir("xsd.")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def start_daemon(workdir):
    """Factory: start_daemon(*args, name=..., socket_path=..., database=...) -> a running Daemon.

    Daemons still running at teardown get SIGTERM and must exit 0 without leaving sockets.
    """
    daemons = Daemons(workdir)
    yield daemons.start
    problems = daemons.stop_all()
    assert not problems, "\n".join(problems)


@pytest.fixture
def daemon(start_daemon):
    """A running daemon with default options."""
    return start_daemon()


@pytest.fixture
def domain_daemon(start_daemon):
    """A daemon mapping uid 42005 to domain 5 and 42006 to domain 6."""
    return start_daemon("--uid-domid", "%d:%d" % (DOMAIN_UID, DOMAIN_ID),
                        "--uid-domid", "%d:%d" % (OTHER_UID, OTHER_DOMID))


@pytest.fixture
def conn(daemon):
    with daemon.connect() as connection:
        yield connection


@pytest.fixture(scope="session")
def xen_utils():
    """Root of the unpacked xen-utils-4.17 (test-xenstore, xenstore-control) and its libraries.

    Fetched once per machine by fetch_xen_utils.sh (apt-get download + dpkg -x) into
    ~/.cache/xen-xenstore-tests. A failure to fetch is a test failure, never a skip.
    """
    result = subprocess.run(check=False, args=["sh", str(FETCH_XEN_UTILS)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, "fetch_xen_utils.sh failed:\n%s%s" % (result.stdout, result.stderr)
    root = Path(result.stdout.strip().splitlines()[-1])
    return XenUtils(root)
