#!/usr/bin/python
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""xen.xenstore.xenstore_perm: declare the permissions of XenStore nodes."""

from __future__ import annotations

DOCUMENTATION = r"""
module: xenstore_perm
short_description: Declare the permissions of XenStore nodes
version_added: 0.1.0
description:
  - Sets a node's permission list (and optionally every descendant's) as C(xenstore-chmod)
    would, but only where it differs, in one XenStore transaction retried on conflict.
  - A list is written as the tools write it, owner first. The first entry names the owner and,
    by its letter, what every domain not listed may do; later entries grant one domain each.
    Letters are V(n) (none), V(r) (read), V(w) (write) and V(b) (both); the owner and dom0 may
    always do everything.
author:
  - xen.xenstore developers (@xen-xenstore)
options:
  path:
    description:
      - Absolute path of an existing node.
    type: str
    required: true
  perms:
    description:
      - The permission list, for example V(["n0", "r5"]) (dom0 owns it, domain 5 may read).
    type: list
    elements: str
    required: true
  recursive:
    description:
      - Apply the same list to every node below O(path) too.
    type: bool
    default: false
extends_documentation_fragment:
  - xen.xenstore.connection
attributes:
  check_mode:
    support: full
    description:
      - Reports the nodes whose permissions would change, and sets them inside the task's
        transaction, which is then aborted, so that permissions the store would refuse (a domain
        it does not know) fail in check mode too. Nothing is written.
  diff_mode:
    support: full
    description: Shows one C(path) and permission list line per changed node, before and after.
seealso:
  - module: xen.xenstore.xenstore_key
"""

EXAMPLES = r"""
- name: Let domain 7 read its home, owned by dom0
  xen.xenstore.xenstore_perm:
    path: /local/domain/7
    perms: [n0, r7]

- name: Hand a subtree to domain 7
  xen.xenstore.xenstore_perm:
    path: /local/domain/7/data
    perms: [n7]
    recursive: true
"""

RETURN = r"""
changes:
  description: The nodes whose permissions were (or would be) set.
  returned: always
  type: list
  elements: dict
  contains:
    path:
      description: Absolute node path.
      type: str
    before:
      description: Permissions before.
      type: list
      elements: str
    after:
      description: Permissions after.
      type: list
      elements: str
  sample: [{"path": "/local/domain/7", "before": ["n0"], "after": ["n0", "r7"]}]
perms:
  description: The declared list, normalised (for example V(r05) becomes V(r5)).
  returned: always
  type: list
  elements: str
  sample: ["n0", "r7"]
backend:
  description: The backend used.
  returned: always
  type: str
  sample: embedded
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.xen.xenstore.plugins.module_utils._ansible import argument_spec, run, transact
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import NotFoundError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import Permissions


def declare(module, client):
    """Set the permissions where they differ, in one transaction."""
    path = paths.validate(module.params["path"])
    wanted = Permissions.parse(module.params["perms"]).strings()

    def attempt(transaction, apply):
        if not transaction.exists(path):
            raise NotFoundError("%s does not exist: create it first (xen.xenstore.xenstore_key)" % path)
        depth = None if module.params["recursive"] else 0
        changes = [{"path": node, "before": perms, "after": wanted}
                   for node, _value, perms, _children in transaction.walk(path, depth, with_perms=True)
                   if Permissions.parse(perms).strings() != wanted]
        for change in changes if apply else ():
            transaction.set_perms(change["path"], wanted)
        return changes

    changes = transact(module, client, attempt)
    result = {"changed": bool(changes), "changes": changes, "perms": wanted}
    if module._diff:
        result["diff"] = {
            "before": "".join("%s: %s\n" % (change["path"], ",".join(change["before"])) for change in changes),
            "after": "".join("%s: %s\n" % (change["path"], ",".join(wanted)) for change in changes),
            "before_header": path, "after_header": path}
    return result


def main():
    """Module entry point."""
    module = AnsibleModule(
        argument_spec=argument_spec(
            path={"type": "str", "required": True},
            perms={"type": "list", "elements": "str", "required": True},
            recursive={"type": "bool", "default": False},
        ),
        supports_check_mode=True,
    )
    run(module, declare)


if __name__ == "__main__":
    main()
