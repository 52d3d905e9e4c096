"""The built tarball holds the collection and no build output; installed, it works."""

import re
import subprocess

from release_support import FORBIDDEN, members, playbook, recap


def test_tarball_has_no_build_output(tarball):
    names = members(tarball)
    leaked = [name for name in names if FORBIDDEN.search(name)]
    assert not leaked, "packed build output or caches: %s" % leaked[:20]


def test_tarball_has_the_collection(tarball):
    names = set(members(tarball))
    for needed in ("MANIFEST.json", "FILES.json", "README.md", "meta/runtime.yml", "bin/xenstored",
                   "plugins/modules/xenstore_key.py", "plugins/module_utils/xenstore/engine.py",
                   "roles/xenstored/meta/argument_specs.yml", "roles/xenstored/files/xenstored-bundle.py",
                   "roles/guest/tasks/main.yml", "examples/declare_vm.yml", "docs/collection/index.rst",
                   "changelogs/changelog.yaml"):
        assert needed in names, needed
    # Development-only material stays out (build_ignore).
    assert not [name for name in names if re.match(r"(hacking|\.ci)(/|$)", name)]


def test_installed_collection_runs_the_declare_vm_example(installed, tmp_path):
    example = installed / "ansible_collections" / "xen" / "xenstore" / "examples" / "declare_vm.yml"
    database = tmp_path / "tdb"
    first = playbook(example, installed, "-e", "xenstore_database=%s" % database)
    assert recap(first)["changed"] == 3 and recap(first)["failed"] == 0
    second = playbook(example, installed, "-e", "xenstore_database=%s" % database)
    assert recap(second)["changed"] == 0
    # The installed collection's own tool reads what the playbook wrote.
    tool = installed / "ansible_collections" / "xen" / "xenstore" / "bin" / "xenstore-read"
    result = subprocess.run([tool, "--database", database, "/vm/9b30841b-43bc-2af9-2ed3-5a649f466d79/name"],
                            capture_output=True, text=True, check=True)
    assert result.stdout == "web01\n"
