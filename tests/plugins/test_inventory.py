"""ansible-inventory with xen.xenstore.xenstore against a daemon holding 3 simulated domains."""

import json

import pytest

from plugin_support import playbook

EVIL = '{{ lookup("pipe", "echo templated") }}'


def domains(daemon):
    """Domains 1-3 as a toolstack lays them out, dom0, and a guest-written template."""
    for domid, ostype in ((1, "linux"), (2, "linux"), (3, "windows")):
        daemon.write("/local/domain/%d/name" % domid, "guest%d" % domid,
                     "/local/domain/%d/vm" % domid, "/vm/uuid-%d" % domid,
                     "/local/domain/%d/memory/target" % domid, str(domid * 1048576),
                     "/vm/uuid-%d/vcpus" % domid, str(domid), "/vm/uuid-%d/name" % domid, "guest%d" % domid,
                     "/vm/uuid-%d/image/ostype" % domid, ostype)
    daemon.write("/local/domain/0/name", "Domain-0", "/local/domain/2/data/evil", EVIL,
                 "/local/domain/4/memory/target", "1024")


def write_inventory(daemon, extra=""):
    """A .xenstore.yml file; its path."""
    path = daemon.workdir / "hosts.xenstore.yml"
    path.write_text("""plugin: xen.xenstore.xenstore
backend: socket
socket: %s
strict: true
keyed_groups:
  - key: xenstore_vm_data.image.ostype | default('none')
    prefix: os
groups:
  big: xenstore_memory_target_kib | default(0) > 2000000
compose:
  guest_note: xenstore_home.data.evil | default('')
%s""" % (daemon.socket, extra))
    return str(path)


def listing(daemon, inventory):
    """ansible-inventory --list, parsed."""
    result = daemon.ansible("ansible-inventory", "-i", inventory, "--list")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return json.loads(result.stdout)


def unwrap(value):
    """A value as --list prints it, unsafe markers removed."""
    if isinstance(value, dict):
        if set(value) == {"__ansible_unsafe"}:
            return value["__ansible_unsafe"]
        return {key: unwrap(item) for key, item in value.items()}
    return value


def test_hosts_vars_and_groups(daemon):
    domains(daemon)
    data = listing(daemon, write_inventory(daemon))
    hostvars = unwrap(data["_meta"]["hostvars"])
    assert sorted(hostvars) == ["domain-4", "guest1", "guest2", "guest3"]
    guest2 = hostvars["guest2"]
    assert guest2["xenstore_domid"] == 2
    assert guest2["xenstore_name"] == "guest2"
    assert guest2["xenstore_vm"] == "uuid-2"
    assert guest2["xenstore_vm_path"] == "/vm/uuid-2"
    assert guest2["xenstore_memory_target_kib"] == 2097152
    assert guest2["xenstore_vcpus"] == 2
    assert guest2["xenstore_vm_data"] == {"vcpus": "2", "name": "guest2", "image": {"ostype": "linux"}}
    assert guest2["guest_note"] == EVIL
    assert hostvars["domain-4"]["xenstore_memory_target_kib"] == 1024
    assert sorted(data["os_linux"]["hosts"]) == ["guest1", "guest2"]
    assert data["os_windows"]["hosts"] == ["guest3"]
    assert data["os_none"]["hosts"] == ["domain-4"]
    assert sorted(data["big"]["hosts"]) == ["guest2", "guest3"]


def test_dom0_only_when_asked(daemon):
    domains(daemon)
    data = listing(daemon, write_inventory(daemon, "include_dom0: true\n"))
    assert unwrap(data["_meta"]["hostvars"]["Domain-0"]["xenstore_domid"]) == 0


def test_guest_written_values_are_never_templated(daemon):
    domains(daemon)
    inventory = write_inventory(daemon)
    path = playbook(daemon.workdir, """- hosts: guest2
  gather_facts: false
  connection: local
  tasks:
    - ansible.builtin.debug:
        msg: "note={{ guest_note }} raw={{ xenstore_home.data.evil }}"
""")
    result = daemon.ansible("ansible-playbook", "-i", inventory, path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "templated" not in result.stdout.replace(EVIL.replace('"', '\\"'), "")
    assert 'note={{ lookup(\\"pipe\\", \\"echo templated\\") }}' in result.stdout


@pytest.mark.parametrize("cached", [False, True])
def test_cache_on_and_off(daemon, cached):
    domains(daemon)
    cache_dir = daemon.workdir / "cache"
    extra = "cache: %s\ncache_plugin: ansible.builtin.jsonfile\ncache_connection: %s\n" % (
        "true" if cached else "false", cache_dir)
    inventory = write_inventory(daemon, extra)
    first = listing(daemon, inventory)
    assert "guest1" in first["_meta"]["hostvars"]
    assert any(cache_dir.iterdir()) if cached else not cache_dir.exists()
    daemon.write("/local/domain/1/name", "renamed")
    second = listing(daemon, inventory)
    if cached:
        assert second == first, "the cached inventory should not see the rename"
        refreshed = daemon.ansible("ansible-inventory", "-i", inventory, "--list", "--flush-cache")
        assert "renamed" in json.loads(refreshed.stdout)["_meta"]["hostvars"]
    else:
        assert "renamed" in second["_meta"]["hostvars"] and "guest1" not in second["_meta"]["hostvars"]


def test_strict_refuses_an_expression_a_host_cannot_evaluate(daemon):
    domains(daemon)
    path = daemon.workdir / "strict.xenstore.yml"
    path.write_text("plugin: xen.xenstore.xenstore\nbackend: socket\nsocket: %s\nstrict: true\n"
                    "compose:\n  os: xenstore_vm_data.image.ostype\n" % daemon.socket)
    result = daemon.ansible("ansible-inventory", "-i", str(path), "--list")
    assert "Could not set os for host domain-4" in result.stderr
    lenient = daemon.workdir / "lenient.xenstore.yml"
    lenient.write_text(path.read_text().replace("strict: true", "strict: false"))
    data = listing(daemon, str(lenient))
    assert unwrap(data["_meta"]["hostvars"]["guest1"]["os"]) == "linux"
    assert "os" not in data["_meta"]["hostvars"]["domain-4"]


def test_unreachable_daemon_is_a_clear_error(daemon):
    path = daemon.workdir / "gone.xenstore.yml"
    path.write_text("plugin: xen.xenstore.xenstore\nbackend: socket\nsocket: %s/nothing\n" % daemon.workdir)
    result = daemon.ansible("ansible-inventory", "-i", str(path), "--list")
    assert "cannot connect to xenstored at %s/nothing" % daemon.workdir in result.stderr
