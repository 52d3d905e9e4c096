# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Inventory xen.xenstore.xenstore: the domains XenStore knows, as hosts."""

from __future__ import annotations

DOCUMENTATION = r"""
name: xenstore
short_description: Xen domains from XenStore as inventory hosts
version_added: 0.1.0
description:
  - One host per C(/local/domain/<domid>), named by its C(name) node (C(domain-<domid>) when it
    has none), with the domain's data as host variables.
  - Reads inventory files whose name ends in C(.xenstore.yml) or C(.xenstore.yaml).
  - Everything in XenStore under a domain can be written by that guest, so every value is
    untrusted data, so host variables are marked unsafe and never templated.
author:
  - xen.xenstore developers (@xen-xenstore)
extends_documentation_fragment:
  - constructed
  - inventory_cache
  - xen.xenstore.connection
  - xen.xenstore.connection.plugin
options:
  plugin:
    description: The name of this plugin; it makes the file an inventory of this plugin.
    type: str
    required: true
    choices: [xen.xenstore.xenstore]
  include_dom0:
    description: Also list domain 0 (the control domain).
    type: bool
    default: false
notes:
  - "Host variables: C(xenstore_domid) (int), C(xenstore_name), C(xenstore_vm) (the VM's uuid),
    C(xenstore_vm_path), C(xenstore_memory_target_kib) (int, when set), C(xenstore_vcpus)
    (int, from C(/vm/<uuid>/vcpus) when set), C(xenstore_vm_data) (the C(/vm/<uuid>) tree as
    nested mappings) and C(xenstore_home) (the C(/local/domain/<domid>) tree)."
seealso:
  - module: xen.xenstore.xenstore_facts
"""

EXAMPLES = r"""
# dom0.xenstore.yml
plugin: xen.xenstore.xenstore
backend: socket
keyed_groups:
  - key: xenstore_vm_data.image.ostype | default('unknown')
    prefix: os
groups:
  big: xenstore_memory_target_kib | default(0) > 4194304
compose:
  ansible_host: xenstore_home.data.ip | default(omit)
cache: true
cache_plugin: ansible.builtin.jsonfile
cache_connection: /tmp/xenstore-inventory
"""

from ansible.errors import AnsibleError, AnsibleParserError
from ansible.plugins.inventory import BaseInventoryPlugin, Cacheable, Constructable

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.connect import open_client
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import NotFoundError, XenStoreError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.nested import nest
from ansible_collections.xen.xenstore.plugins.plugin_utils._unsafe import make_unsafe

DOMAINS = "/local/domain"


def _integer(text):
    return int(text) if isinstance(text, str) and text.isdigit() else None


class InventoryModule(BaseInventoryPlugin, Constructable, Cacheable):
    """Domains under /local/domain as hosts."""

    NAME = "xen.xenstore.xenstore"

    def verify_file(self, path):
        """Only ``*.xenstore.yml`` / ``*.xenstore.yaml`` files."""
        return super().verify_file(path) and path.endswith((".xenstore.yml", ".xenstore.yaml"))

    def parse(self, inventory, loader, path, cache=True):
        super().parse(inventory, loader, path, cache)
        self._read_config_data(path)
        cache_key = self.get_cache_key(path)
        use_cache = self.get_option("cache") and cache
        update_cache = self.get_option("cache") and not cache
        domains = None
        if use_cache:
            try:
                domains = self._cache[cache_key]
            except KeyError:
                update_cache = True
        if domains is None:
            domains = self._read_domains()
        if update_cache:
            self._cache[cache_key] = domains
        self._populate(domains)

    def _read_domains(self):
        """A list of plain dicts (cacheable JSON) describing each domain."""
        try:
            client = open_client(self.get_option("backend"), self.get_option("socket"),
                                 self.get_option("database"))
        except XenStoreError as error:
            raise AnsibleParserError("xen.xenstore.xenstore inventory: %s" % error.message) from None
        try:
            return [self._domain(client, domid) for domid in self._domids(client)]
        except XenStoreError as error:
            raise AnsibleError("xen.xenstore.xenstore inventory: %s" % error.message) from None
        finally:
            client.close()

    def _domids(self, client):
        try:
            names = client.directory(DOMAINS)
        except NotFoundError:
            return []
        domids = sorted(int(name) for name in names if name.isdigit())
        return [domid for domid in domids if domid or self.get_option("include_dom0")]

    @staticmethod
    def _domain(client, domid):
        home = "%s/%d" % (DOMAINS, domid)
        home_tree = nest(client.walk(home), home)
        home_tree = home_tree if isinstance(home_tree, dict) else {}
        vm_path = home_tree.get("vm") if isinstance(home_tree.get("vm"), str) else ""
        vm_data = {}
        if vm_path:
            try:
                vm_data = nest(client.walk(paths.validate(vm_path)), vm_path)
            except (NotFoundError, XenStoreError):
                vm_data = {}
        memory = home_tree.get("memory")
        return {
            "domid": domid,
            "name": home_tree.get("name") if isinstance(home_tree.get("name"), str) else "",
            "vm_path": vm_path,
            "memory_target_kib": _integer(memory.get("target")) if isinstance(memory, dict) else None,
            "vm_data": vm_data if isinstance(vm_data, dict) else {},
            "home": home_tree,
        }

    def _populate(self, domains):
        strict = self.get_option("strict")
        for domain in domains:
            host = self.inventory.add_host(domain["name"] or "domain-%d" % domain["domid"])
            variables = {
                "xenstore_domid": domain["domid"],
                "xenstore_name": domain["name"],
                "xenstore_vm": domain["vm_path"].rsplit("/", 1)[-1] if domain["vm_path"] else "",
                "xenstore_vm_path": domain["vm_path"],
                "xenstore_vm_data": domain["vm_data"],
                "xenstore_home": domain["home"],
            }
            if domain["memory_target_kib"] is not None:
                variables["xenstore_memory_target_kib"] = domain["memory_target_kib"]
            vcpus = _integer(domain["vm_data"].get("vcpus"))
            if vcpus is not None:
                variables["xenstore_vcpus"] = vcpus
            for name, value in variables.items():
                self.inventory.set_variable(host, name, make_unsafe(value))
            hostvars = self.inventory.get_host(host).get_vars()
            self._set_composite_vars(self.get_option("compose"), hostvars, host, strict=strict)
            self._add_host_to_composed_groups(self.get_option("groups"), hostvars, host, strict=strict)
            self._add_host_to_keyed_groups(self.get_option("keyed_groups"), hostvars, host, strict=strict)
