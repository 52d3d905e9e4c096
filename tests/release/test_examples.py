"""Every playbook of examples/ runs as its header says, on a store of its own.

They run from the installed tarball (the examples are in it), so the roles here are the
installed ones, finding bin/xenstored inside the installed collection."""

import os
import shutil
import subprocess

import pytest

from release_support import ROOT, playbook, recap

EXAMPLES = sorted(path.name for path in (ROOT / "examples").glob("*.yml"))


def test_every_example_is_tested():
    assert set(EXAMPLES) == {"daemon.yml", "declare_vm.yml", "guests.yml", "permissions.yml",
                             "read_facts.yml", "wait_for_guest.yml"}


@pytest.fixture
def examples(installed):
    """The installed collection's examples/."""
    return installed / "ansible_collections" / "xen" / "xenstore" / "examples"


def test_embedded_examples(installed, examples, tmp_path):
    collections = installed
    database = "xenstore_database=%s" % (tmp_path / "demo.tdb")
    for name in ("declare_vm.yml", "guests.yml", "permissions.yml"):
        first = playbook(examples / name, collections, "-e", database)
        assert recap(first)["failed"] == 0 and recap(first)["changed"] > 0, name
    again = playbook(examples / "permissions.yml", collections, "-e", database)
    assert recap(again)["changed"] == 0, "permissions.yml is not idempotent"
    facts = playbook(examples / "read_facts.yml", collections, "-e", database)
    assert "web01 (9b30841b-43bc-2af9-2ed3-5a649f466d79): 2 vCPU(s), 1024 MiB" in facts.stdout
    assert "domain 8 db01, record /vm/1f0b7c9e-6a0c-4a55-9d43-0c7f2b1e8a21, 2097152 KiB, permissions n0,r8" \
        in facts.stdout
    waited = playbook(examples / "wait_for_guest.yml", collections, "-e", database)
    assert "domain 7 is at 192.0.2.7" in waited.stdout and "by poll" in waited.stdout


@pytest.mark.skipif(not shutil.which("xenstore-ls"), reason="needs Debian's xenstore-utils")
def test_daemon_example_and_the_others_through_it(installed, examples, tmp_path):
    collections = installed
    trial = tmp_path / "trial"
    common = ("-e", "xenstore_dir=%s" % trial)
    daemon = examples / "daemon.yml"
    try:
        first = playbook(daemon, collections, *common, "-e", "xenstored_service_manager=process")
        assert recap(first)["failed"] == 0
        assert '"/local/domain/7/data = \\"\\"   (n7)"' in first.stdout
        again = playbook(daemon, collections, *common, "-e", "xenstored_service_manager=process")
        assert recap(again)["changed"] == 0
        assert (trial / "install" / "xenstored.pyz").is_file()
        # The other examples reach the daemon through the database's owner (backend auto).
        database = "xenstore_database=%s" % (trial / "lib" / "tdb")
        assert recap(playbook(examples / "permissions.yml", collections, "-e", database))["failed"] == 0
        waited = playbook(examples / "wait_for_guest.yml", collections,
                          "-e", "xenstore_socket=%s" % (trial / "run" / "socket"))
        assert "domain 7 is at 192.0.2.7" in waited.stdout and "by watch" in waited.stdout
        listing = subprocess.run(["xenstore-ls", "-f", "/local/domain/3/backend/vif/7/0"],
                                 env=dict(os.environ, XENSTORED_PATH=str(trial / "run" / "socket")),
                                 capture_output=True, text=True, check=True)
        assert "frontend-id = \"7\"" in listing.stdout
    finally:
        playbook(daemon, collections, *common, "-e", "xenstored_state=absent",
                 "-e", "xenstored_remove_database=true", check=False)
    assert not (trial / "lib" / "tdb").exists()
