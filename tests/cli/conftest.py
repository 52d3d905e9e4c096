"""Fixtures for the command-line tools: bin/xenstore and its xenstore-* links (see xs_cli_support)."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from xs_cli_support import FETCH_XEN_UTILS, NAMES, Daemon, Tools, build, reset_scratch, stale_socket


@pytest.fixture(scope="session")
def workdir():
    path = Path(tempfile.mkdtemp(prefix="xscli.", dir="/tmp"))
    os.chmod(path, 0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def real_control():
    """Path of the real xenstore-control (xen-utils-4.17), fetched once per machine."""
    result = subprocess.run(["sh", str(FETCH_XEN_UTILS)], capture_output=True, text=True, timeout=600,
                            check=False)
    assert result.returncode == 0, "fetch_xen_utils.sh failed:\n%s%s" % (result.stdout, result.stderr)
    control = Path(result.stdout.strip().splitlines()[-1]) / "usr/lib/xen-4.17/bin/xenstore-control"
    assert control.is_file(), "%s missing" % control
    return control


@pytest.fixture(scope="session")
def tools(workdir, real_control):
    for name in NAMES:
        assert os.path.isfile("/usr/bin/" + name), (
            "/usr/bin/%s is missing: install Debian's xenstore-utils" % name)
    return Tools(workdir, real_control)


@pytest.fixture(scope="session")
def daemon(workdir):
    """One bin/xenstored per test worker, holding TREE and the scratch subtrees."""
    directory = workdir / "daemon"
    directory.mkdir()
    running = Daemon(directory).start()
    with running.client() as client:
        build(client)
        reset_scratch(client)
    yield running
    running.stop()


@pytest.fixture
def fresh_dir(workdir):
    """An empty directory for one test."""
    path = Path(tempfile.mkdtemp(dir=str(workdir)))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def stale(workdir):
    return stale_socket(workdir)
