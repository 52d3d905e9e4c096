"""Fixtures of the plugin tests."""

import shutil

import pytest

from plugin_support import Daemon, xs_harness


@pytest.fixture()
def daemon():
    """A fresh daemon in a fresh folder."""
    workdir = xs_harness.make_workdir("xs-plugins-")
    running = Daemon(workdir)
    yield running
    running.stop()
    shutil.rmtree(workdir, ignore_errors=True)
