"""ansible-inventory with xen.xenstore.xenstore against a daemon of simulated domains, some hostile;
the plugin run in-process with a client that loses or refuses a domain."""

import importlib
import json
import os

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


def debug_play(daemon, inventory, hosts, msg):
    """ansible-playbook over ``inventory``: one debug task printing ``msg`` on ``hosts``; the
    CompletedProcess of a run that succeeded."""
    path = playbook(daemon.workdir, """- hosts: %s
  gather_facts: false
  connection: local
  tasks:
    - ansible.builtin.debug:
        msg: "%s"
""" % (hosts, msg))
    result = daemon.ansible("ansible-playbook", "-i", inventory, path)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_guest_written_values_are_never_templated(daemon):
    domains(daemon)
    inventory = write_inventory(daemon)
    result = debug_play(daemon, inventory, "guest2", "note={{ guest_note }} raw={{ xenstore_home.data.evil }}")
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


def inventory_run(daemon, inventory):
    """ansible-inventory --list: (parsed output, stderr)."""
    result = daemon.ansible("ansible-inventory", "-i", inventory, "--list")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), " ".join(result.stderr.split())


def test_unsafe_names_are_not_host_names(daemon):
    pwned = daemon.workdir / "pwned"
    evil = '{{ lookup("pipe", "touch %s") }}' % pwned
    long_name = "a" * 254
    daemon.write("/local/domain/5/name", evil, "/local/domain/6/name", "web 01",
                 "/local/domain/7/name", long_name, "/local/domain/8/name", "domain-9",
                 "/local/domain/9/memory/target", "1", "/local/domain/10/name", "b" * 253,
                 "/local/domain/11/name", "domain-11")
    inventory = write_inventory(daemon)
    data, stderr = inventory_run(daemon, inventory)
    hostvars = unwrap(data["_meta"]["hostvars"])
    assert sorted(hostvars) == sorted(["domain-5", "domain-6", "domain-7", "domain-8", "domain-9",
                                       "b" * 253, "domain-11"])
    assert hostvars["domain-5"]["xenstore_name"] == evil
    assert hostvars["domain-7"]["xenstore_name"] == long_name
    for domid, name in ((5, evil), (6, "web 01"), (7, long_name[:80])):
        assert "domain %d is named domain-%d: its name %r" % (domid, domid, name) in stderr
    assert "domain 8 is named domain-8: its name 'domain-9' is another domain's host name" in stderr
    debug_play(daemon, inventory, "all", "host={{ inventory_hostname }}")
    assert not pwned.exists(), "a guest-written host name was templated"


def test_a_guest_cannot_take_the_name_of_a_real_host_or_of_this_machine(daemon):
    daemon.write("/local/domain/5/name", "db01", "/local/domain/6/name", "localhost",
                 "/local/domain/7/name", "10.0.0.5", "/local/domain/8/name", "databases",
                 "/local/domain/9/name", "web09")
    sources = daemon.workdir / "inventory"
    sources.mkdir()
    (sources / "01-static.ini").write_text("[databases]\ndb01 ansible_host=10.0.0.5\n")
    os.rename(write_inventory(daemon), sources / "02-guests.xenstore.yml")
    data, stderr = inventory_run(daemon, str(sources))
    hostvars = unwrap(data["_meta"]["hostvars"])
    assert sorted(hostvars) == ["db01", "domain-5", "domain-6", "domain-7", "domain-8", "web09"]
    assert "xenstore_domid" not in hostvars["db01"]
    assert hostvars["domain-5"]["xenstore_name"] == "db01"
    assert "domain 5 is named domain-5: its name 'db01' is already a host or group of this inventory" in stderr
    assert "domain 8 is named domain-8: its name 'databases' is already a host or group" in stderr
    for domid, name in ((6, "localhost"), (7, "10.0.0.5")):
        assert "domain %d is named domain-%d: its name %r names this machine or an address" % (
            domid, domid, name) in stderr


def test_a_shared_name_names_no_host(daemon):
    daemon.write("/local/domain/1/name", "web", "/local/domain/2/name", "web",
                 "/local/domain/3/name", "db", "/local/domain/2/memory/target", "2048")
    data, stderr = inventory_run(daemon, write_inventory(daemon))
    hostvars = unwrap(data["_meta"]["hostvars"])
    assert sorted(hostvars) == ["db", "domain-1", "domain-2"]
    assert hostvars["domain-2"]["xenstore_name"] == "web"
    assert "xenstore_memory_target_kib" not in hostvars["domain-1"]
    assert "domains 1, 2 share the name 'web', so each is named domain-<domid>" in stderr


def test_only_canonical_domids_are_domains(daemon):
    daemon.write("/local/domain/6/name", "six", "/local/domain/06/name", "impostor",
                 "/local/domain/007/name", "bond", "/local/domain/65536/name", "big",
                 "/local/domain/65535/name", "last", "/local/domain/x1/name", "letters")
    hostvars = unwrap(listing(daemon, write_inventory(daemon))["_meta"]["hostvars"])
    assert sorted(hostvars) == ["last", "six"]
    assert hostvars["six"]["xenstore_domid"] == 6


def test_numbers_must_be_ascii_decimal(daemon):
    daemon.write("/local/domain/1/name", "guest1", "/local/domain/1/vm", "/vm/uuid-1",
                 "/local/domain/1/memory/target", "\u00b2", "/vm/uuid-1/vcpus", "\u0663",
                 "/local/domain/2/name", "guest2", "/local/domain/2/memory/target", "0042")
    hostvars = unwrap(listing(daemon, write_inventory(daemon))["_meta"]["hostvars"])
    assert hostvars["guest1"]["xenstore_home"]["memory"]["target"] == "\u00b2"
    assert "xenstore_memory_target_kib" not in hostvars["guest1"]
    assert "xenstore_vcpus" not in hostvars["guest1"]
    assert hostvars["guest2"]["xenstore_memory_target_kib"] == 42


class ListingMore:
    """A client whose /local/domain listing also names ``extra``, and which refuses to read ``refused``."""

    def __init__(self, client, extra=(), refused=None):
        self.client, self.extra, self.refused = client, list(extra), refused

    def directory(self, path):
        self._check(path)
        return self.client.directory(path) + (self.extra if path == "/local/domain" else [])

    def walk(self, path, *args, **kwargs):
        self._check(path)
        return self.client.walk(path, *args, **kwargs)

    def _check(self, path):
        if path == self.refused:
            raise xenstore_errors().PermissionDeniedError("permission denied")

    def close(self):
        self.client.close()


def xenstore_errors():
    """The collection's errors module (through Ansible's collection loader)."""
    return importlib.import_module("ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors")


def parse_in_process(daemon, monkeypatch, make_client):
    """The plugin run here with ``make_client(real_client)`` as its client; its InventoryData."""
    from ansible.inventory.data import InventoryData
    from ansible.parsing.dataloader import DataLoader
    from ansible.plugins.loader import init_plugin_loader, inventory_loader
    from ansible.utils.collection_loader import AnsibleCollectionConfig

    if AnsibleCollectionConfig.collection_finder is None:
        init_plugin_loader([daemon.env["ANSIBLE_COLLECTIONS_PATH"]])
    plugin = inventory_loader.get("xen.xenstore.xenstore")
    assert plugin is not None, ("the inventory plugin did not load: ansible_collections was imported "
                                "before Ansible's collection loader (run this file in its own process)")
    module = importlib.import_module(type(plugin).__module__)
    real_open = module.open_client
    monkeypatch.setattr(module, "open_client", lambda *args, **kwargs: make_client(real_open(*args, **kwargs)))
    inventory = InventoryData()
    plugin.parse(inventory, DataLoader(), write_inventory(daemon), cache=False)
    return inventory


def test_a_domain_gone_since_the_listing_is_skipped(daemon, monkeypatch):
    domains(daemon)
    inventory = parse_in_process(daemon, monkeypatch, lambda client: ListingMore(client, extra=["9"]))
    assert sorted(inventory.hosts) == ["domain-4", "guest1", "guest2", "guest3"]


@pytest.mark.parametrize("refused", ["/local/domain/2", "/local/domain"])
def test_a_path_that_cannot_be_read_fails_naming_it(daemon, monkeypatch, refused):
    from ansible.errors import AnsibleError

    domains(daemon)
    with pytest.raises(AnsibleError) as raised:
        parse_in_process(daemon, monkeypatch, lambda client: ListingMore(client, refused=refused))
    assert str(raised.value) == "xen.xenstore.xenstore inventory: %s: permission denied" % refused


@pytest.mark.parametrize("backend", ["embedded", "auto"])
def test_a_missing_database_is_not_created(daemon, backend):
    if backend == "auto" and os.path.exists("/proc/xen"):
        pytest.skip("on a Xen host auto fails before it looks for a database")
    folder = daemon.workdir / "nothing"
    path = daemon.workdir / "missing.xenstore.yml"
    path.write_text("plugin: xen.xenstore.xenstore\nbackend: %s\nsocket: %s/socket\ndatabase: %s/tdb\n"
                    % (backend, folder, folder))
    result = daemon.ansible("ansible-inventory", "-i", str(path), "--list")
    assert not folder.exists(), "the inventory created %s" % list(folder.iterdir())
    stderr = " ".join(result.stderr.split())
    assert "xen.xenstore.xenstore inventory: " in stderr
    if backend == "embedded":
        assert "xen.xenstore.xenstore inventory: database %s/tdb does not exist" % folder in stderr
