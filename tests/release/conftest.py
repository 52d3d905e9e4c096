"""Fixtures of the release checks: one build and one installation per session (per xdist worker)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from release_support import VENV_BIN, build, environment, run  # noqa: E402


@pytest.fixture(scope="session")
def tarball(tmp_path_factory):
    """The collection built from the working tree."""
    return build(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session")
def installed(tarball, tmp_path_factory):
    """A fresh collections path with the tarball installed (ansible-galaxy collection install -p)."""
    base = tmp_path_factory.mktemp("installed")
    run([VENV_BIN / "ansible-galaxy", "collection", "install", "--force", "-p", base, tarball], environment(base))
    assert (base / "ansible_collections" / "xen" / "xenstore" / "MANIFEST.json").is_file()
    return base
