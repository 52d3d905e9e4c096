# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Inventory xen.xenstore.xenstore: the domains XenStore knows, as hosts."""

from __future__ import annotations

DOCUMENTATION = r"""
name: xenstore
short_description: Xen domains from XenStore as inventory hosts
version_added: 0.1.0
description:
  - One host per C(/local/domain/<domid>), with the domain's data as host variables. Only entries
    whose name is a domid in canonical decimal form (C(0) to C(65535), no sign, space or leading
    zero) are domains; others are skipped, as is a domain removed while the plugin reads it.
  - A host is named by its domain's C(name) node when that name is a safe host name, else
    C(domain-<domid>). A safe host name is 1 to 253 ASCII letters, digits, C(_), C(.) and C(-),
    not starting with C(.) or C(-); it may not be another domain's C(domain-<domid>) name,
    C(localhost), C(all), C(ungrouped) or an IP address, nor a host or group the inventory
    already has (from another source, so that a guest cannot join a real host); and it must
    be unique (when several domains have the same name, each of them is named
    C(domain-<domid>)). A name refused for any of these reasons gives a warning naming the domid.
  - Reads inventory files whose name ends in C(.xenstore.yml) or C(.xenstore.yaml).
  - Everything in XenStore under a domain can be written by that guest, so every value is
    untrusted data. Host variables are marked unsafe, so a C({{ }}) inside one is never rendered,
    and the host name rule above keeps guest-written text out of C(inventory_hostname), which
    ansible-core before 2.19 templates.
  - Reads only. A missing database is an error, never created (V(embedded), or V(auto) with no
    daemon, device or database to use).
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
    nested mappings) and C(xenstore_home) (the C(/local/domain/<domid>) tree). The int variables
    are left out when the value is not ASCII decimal digits. C(xenstore_name) is the C(name) node
    as written, even when the host has another name."
  - "Unless O(compose) sets C(ansible_host), Ansible connects to each host by its name, taken from XenStore."
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

import ipaddress
import re

from ansible.errors import AnsibleError, AnsibleParserError
from ansible.plugins.inventory import BaseInventoryPlugin, Cacheable, Constructable

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.connect import open_client
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import NotFoundError, XenStoreError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.nested import nest
from ansible_collections.xen.xenstore.plugins.plugin_utils._unsafe import make_unsafe

PREFIX = "xen.xenstore.xenstore inventory"
DOMAINS = "/local/domain"
DOMID = re.compile(r"0|[1-9][0-9]{0,4}")            # canonical decimal; domid_t is 16 bits
DOMID_MAX = 65535
HOST_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,252}")
FALLBACK_NAME = re.compile(r"domain-[0-9]+")
QUOTED_MAX = 80     # characters of a refused name shown in a warning
RESERVED = ("localhost", "localhost.localdomain", "all", "ungrouped")


def _integer(text):
    """The int of an ASCII decimal string; None for anything else."""
    return int(text) if isinstance(text, str) and re.fullmatch(r"[0-9]+", text) else None


def _fallback(domid):
    """The host name of a domain whose own name is not used."""
    return "domain-%d" % domid


def _quoted(name):
    """A guest-written name for a warning: repr'd (so escaped), cut to QUOTED_MAX characters."""
    return repr(name[:QUOTED_MAX]) + ("..." if len(name) > QUOTED_MAX else "")


def _refusal(domid, name):
    """Why ``name`` cannot name domain ``domid``'s host; None if it can (uniqueness aside)."""
    if not HOST_NAME.fullmatch(name):
        return ("is not a safe host name (1 to 253 ASCII letters, digits, '_', '.' and '-', "
                "not starting with '.' or '-')")
    if FALLBACK_NAME.fullmatch(name) and name != _fallback(domid):
        return "is another domain's host name"
    if name.lower() in RESERVED or _is_address(name):
        return "names this machine or an address"
    return None


def _is_address(name):
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


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
                                 self.get_option("database"), create=False)
        except XenStoreError as error:
            raise AnsibleParserError("%s: %s" % (PREFIX, error.message)) from None
        try:
            domains = [self._domain(client, domid) for domid in self._domids(client)]
        finally:
            client.close()
        return [domain for domain in domains if domain is not None]

    def _domids(self, client):
        try:
            names = client.directory(DOMAINS)
        except NotFoundError:
            return []
        except XenStoreError as error:
            raise AnsibleError("%s: %s: %s" % (PREFIX, DOMAINS, error.message)) from None
        domids = sorted(int(name) for name in names if DOMID.fullmatch(name) and int(name) <= DOMID_MAX)
        return [domid for domid in domids if domid or self.get_option("include_dom0")]

    @staticmethod
    def _domain(client, domid):
        """The domain's data; None if it is gone since the listing."""
        home = "%s/%d" % (DOMAINS, domid)
        try:
            home_tree = nest(client.walk(home), home)
        except NotFoundError:
            return None
        except XenStoreError as error:
            raise AnsibleError("%s: %s: %s" % (PREFIX, home, error.message)) from None
        home_tree = home_tree if isinstance(home_tree, dict) else {}
        vm_path = home_tree.get("vm") if isinstance(home_tree.get("vm"), str) else ""
        vm_data = {}
        if vm_path:
            try:
                vm_data = nest(client.walk(paths.validate(vm_path)), vm_path)
            except XenStoreError:
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

    def _host_names(self, domains):
        """{domid: host name}: the domain's name if safe and unique, else domain-<domid> (with a warning)."""
        claims = {}
        for domain in domains:
            domid, name = domain["domid"], domain["name"]
            if not name:
                continue
            refusal = _refusal(domid, name)
            if refusal:
                self.display.warning("%s: domain %d is named %s: its name %s %s"
                                     % (PREFIX, domid, _fallback(domid), _quoted(name), refusal))
            else:
                claims.setdefault(name, []).append(domid)
        names = {domain["domid"]: _fallback(domain["domid"]) for domain in domains}
        for name, domids in claims.items():
            if name in self.inventory.hosts or name in self.inventory.groups:
                self.display.warning("%s: domain %d is named %s: its name %s is already a host or group "
                                     "of this inventory" % (PREFIX, domids[0], _fallback(domids[0]), _quoted(name)))
            elif len(domids) == 1:
                names[domids[0]] = name
            else:
                self.display.warning("%s: domains %s share the name %s, so each is named domain-<domid>"
                                     % (PREFIX, ", ".join(str(domid) for domid in domids), _quoted(name)))
        return names

    def _populate(self, domains):
        strict = self.get_option("strict")
        host_names = self._host_names(domains)
        for domain in domains:
            host = self.inventory.add_host(host_names[domain["domid"]])
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
