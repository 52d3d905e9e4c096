"""Shared fixtures for the engine tests: real TDB files in tmp_path, no mocks."""

import os
import pathlib
import select
import shutil
import subprocess
import sys

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import engine as engine_module
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import DOM0, Caller

GUEST = 5
GUEST_HOME = "/local/domain/%d" % GUEST
CHILD_TIMEOUT = 60


def collections_root():
    """The directory holding ``ansible_collections`` the engine was imported from."""
    parts = pathlib.Path(engine_module.__file__).parts
    return str(pathlib.Path(*parts[:parts.index("ansible_collections")]))


@pytest.fixture
def db_path(tmp_path):
    """Path of a database file that does not exist yet."""
    return str(tmp_path / "tdb")


@pytest.fixture
def make_engine(db_path):
    """Factory for engines (sync=False) on ``db_path`` by default; all closed at teardown."""
    engines = []

    def make(path=None, **options):
        options.setdefault("sync", False)
        engine = Engine(path or db_path, **options)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.close()


@pytest.fixture
def engine(make_engine):
    """A fresh engine on a new temp TDB file, sync=False."""
    return make_engine()


@pytest.fixture
def dom0(engine):
    """Privileged session (dom0)."""
    return engine.session(DOM0)


@pytest.fixture
def guest(engine, dom0):
    """Unprivileged session of domain 5, which owns its home /local/domain/5."""
    dom0.mkdir(GUEST_HOME)
    dom0.set_perms(GUEST_HOME, ["n%d" % GUEST])
    return engine.session(Caller(GUEST))


def records(engine):
    """Every record in the file: path -> raw bytes (generations included)."""
    database = engine.database
    return {path: database.get(path) for path in database.paths()}


def tree_dump(session, path=paths.ROOT):
    """path -> (value, perm strings, child names) for the whole subtree, as ``session`` sees it."""
    dump = {}
    stack = [path]
    while stack:
        current = stack.pop()
        children = session.directory(current)
        dump[current] = (session.read(current), session.get_perms(current).strings(), children)
        stack.extend(paths.join(current, name) for name in reversed(children))
    return dump


def tdbdump_keys(path):
    """Keys of a TDB file as the tdbdump tool prints them."""
    output = tdbdump(path)
    keys = []
    for line in output.splitlines():
        if line.startswith("key("):
            keys.append(line.split(" = ", 1)[1].strip().strip('"'))
    return keys


def tdbdump(path):
    """Output of tdb-tools' ``tdbdump``."""
    tool = shutil.which("tdbdump")
    assert tool, "tdbdump (Debian package tdb-tools) must be on PATH"
    return subprocess.run([tool, path], check=True, capture_output=True, text=True).stdout


class Child:
    """A venv python running ``code``; it prints one line when ready."""

    def __init__(self, code, *args):
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [collections_root(), env.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            [sys.executable, "-c", code] + list(args), env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)

    @property
    def pid(self):
        """The child's process id."""
        return self.process.pid

    def readline(self, timeout=CHILD_TIMEOUT):
        """Next line of stdout; fails the test on timeout or early exit."""
        ready = select.select([self.process.stdout], [], [], timeout)[0]
        assert ready, "child process %d said nothing for %ds" % (self.pid, timeout)
        line = self.process.stdout.readline()
        assert line, "child process exited early: %s" % self.process.stderr.read()
        return line.rstrip("\n")

    def communicate(self, timeout=CHILD_TIMEOUT):
        """(stdout, stderr) once it exits."""
        return self.process.communicate(timeout=timeout)

    def kill(self):
        """SIGKILL it and reap it."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=CHILD_TIMEOUT)
        self.process.stdout.close()
        self.process.stderr.close()


@pytest.fixture
def child():
    """Factory for Child processes; every one is killed at teardown."""
    children = []

    def start(code, *args):
        process = Child(code, *args)
        children.append(process)
        return process

    yield start
    for process in children:
        process.kill()


@pytest.fixture
def helpers():
    """The module-level helper functions (conftest is not importable under ansible-test)."""
    return HELPERS


class _Helpers:
    records = staticmethod(records)
    tree_dump = staticmethod(tree_dump)
    tdbdump = staticmethod(tdbdump)
    tdbdump_keys = staticmethod(tdbdump_keys)
    GUEST = GUEST
    GUEST_HOME = GUEST_HOME


HELPERS = _Helpers()
