#!/usr/bin/python
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""xen.xenstore.xenstore_facts: XenStore as facts."""

from __future__ import annotations

DOCUMENTATION = r"""
module: xenstore_facts
short_description: Gather XenStore as facts
version_added: 0.1.0
description:
  - Reads the XenStore tree (or the subtree at O(path)) into C(ansible_facts.xenstore), nested
    from the root C(/) whatever O(path) is, so a node reads the same in every play
    (with O(path=/vm), C(ansible_facts.xenstore.vm) holds that subtree).
  - A node with children is a mapping, a leaf is its value as a string, and a node with children
    and a non-empty value of its own keeps that value under the key C(.) (never a node name).
  - Values that are not plain UTF-8 text are escaped the way C(xenstore-ls) prints them.
  - Works with no parameters, so it can be listed in C(facts_modules) to gather XenStore
    across an inventory. Through a daemon the tree is read with pipelined requests.
  - It never creates a database. With O(backend=auto) and neither O(socket) nor O(database)
    given, a host with no XenStore at all (no daemon answering, no xenbus device, no database
    file; not a Xen host) gets empty facts, RV(backend=none) and a warning saying what was
    tried, so gathering across a mixed inventory goes on; any other missing store fails.
author:
  - xen.xenstore developers (@xen-xenstore)
options:
  path:
    description:
      - Absolute path of the subtree to read.
    type: str
    default: /
  depth:
    description:
      - How many levels below O(path) to read; V(1) reads the children of O(path) only.
        Nodes at the last level appear with their value.
      - Unlimited when omitted.
    type: int
  perms:
    description:
      - Also set C(ansible_facts.xenstore_perms), absolute path to permission list.
    type: bool
    default: false
extends_documentation_fragment:
  - xen.xenstore.connection
attributes:
  check_mode:
    support: full
    description: Reads only; runs the same in check mode. It never creates a database.
  diff_mode:
    support: none
    description: Changes nothing, so there is nothing to diff.
  facts:
    support: full
    description: Sets C(ansible_facts.xenstore) and, with O(perms), C(ansible_facts.xenstore_perms).
seealso:
  - module: xen.xenstore.xenstore_key
"""

EXAMPLES = r"""
- name: Gather the whole store
  xen.xenstore.xenstore_facts:

- name: Gather the VM records with permissions
  xen.xenstore.xenstore_facts:
    path: /vm
    perms: true

- name: Use a fact
  ansible.builtin.debug:
    msg: "{{ ansible_facts.xenstore.vm['9b30841b-43bc-2af9-2ed3-5a649f466d79'].name }}"

# In ansible.cfg or as a play variable, to gather XenStore with the usual facts:
#   facts_modules: [ansible.builtin.setup, xen.xenstore.xenstore_facts]
"""

RETURN = r"""
ansible_facts:
  description: The facts set.
  returned: always
  type: dict
  contains:
    xenstore:
      description: The tree, nested from C(/).
      type: dict
      sample: {"vm": {"9b30841b-43bc-2af9-2ed3-5a649f466d79": {"name": "web01", "vcpus": "2"}}}
    xenstore_perms:
      description: Absolute path to permission list, with O(perms=true).
      type: dict
      sample: {"/vm": ["n0"]}
nodes:
  description: How many nodes were read.
  returned: always
  type: int
  sample: 42
backend:
  description: The backend used (V(socket), V(xenbus) or V(embedded)); V(none) when no XenStore was found.
  returned: always
  type: str
  sample: socket
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.xen.xenstore.plugins.module_utils._ansible import argument_spec, run
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.nested import from_root, nest


def gather(module, client):
    """Walk the subtree and nest it from the root."""
    path = paths.validate(module.params["path"])
    with_perms = module.params["perms"]
    walked = list(client.walk(path, module.params["depth"], with_perms))
    facts = {"xenstore": from_root(path, nest(walked, path))}
    if with_perms:
        facts["xenstore_perms"] = {node: perms for node, _value, perms, _children in walked}
    return {"changed": False, "ansible_facts": facts, "nodes": len(walked)}


def main():
    """Module entry point."""
    module = AnsibleModule(
        argument_spec=argument_spec(
            path={"type": "str", "default": "/"},
            depth={"type": "int"},
            perms={"type": "bool", "default": False},
        ),
        supports_check_mode=True,
    )
    if module.params["depth"] is not None and module.params["depth"] < 0:
        module.fail_json(msg="depth must be 0 or more, not %d" % module.params["depth"])
    nowhere = {"xenstore": {}, "xenstore_perms": {}} if module.params["perms"] else {"xenstore": {}}
    run(module, gather, nowhere={"changed": False, "ansible_facts": nowhere, "nodes": 0})


if __name__ == "__main__":
    main()
