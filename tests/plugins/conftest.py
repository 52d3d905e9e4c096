"""Fixtures of the plugin tests."""

import pathlib
import shutil
import tempfile

import pytest

from plugin_support import Daemon


@pytest.fixture()
def daemon():
    """A fresh daemon in a fresh folder."""
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="xs-plugins-"))
    running = Daemon(workdir)
    yield running
    running.stop()
    shutil.rmtree(workdir, ignore_errors=True)
