#!/usr/bin/python
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""xen.xenstore.xenstore_key: declare XenStore keys and trees."""

from __future__ import annotations

DOCUMENTATION = r"""
module: xenstore_key
short_description: Declare XenStore keys and subtrees
version_added: 0.1.0
description:
  - Makes a XenStore node, or a whole subtree of C(/vm/<uuid>), C(/local/domain/<domid>) or
    C(/tool), hold the declared values, or removes it.
  - The task reads what is there, computes the changes and applies them all in one XenStore
    transaction, retried when another writer conflicts (EAGAIN). A failure leaves nothing
    half-written; a second run reports no change.
  - Values are bytes in XenStore. This module writes strings as UTF-8 and compares bytes.
    Values that are not plain UTF-8 text are shown (in RV(changes) and the diff) escaped the way
    C(xenstore-ls) prints them, for example C(\x1b) or C(\000).
author:
  - xen.xenstore developers (@xen-xenstore)
options:
  path:
    description:
      - Absolute path of the node, for example C(/vm/9b30841b-43bc-2af9-2ed3-5a649f466d79).
    type: str
    required: true
  value:
    description:
      - The node's own value. Integers are written as decimal strings.
      - Booleans, null and floats are refused; quote them to store them as strings
        (V("1.5") rather than V(1.5), whose text YAML and Jinja may change).
    type: raw
  tree:
    description:
      - Nodes to hold under O(path). A mapping is a directory, a string or integer is a leaf's
        value; keys may be relative paths such as C(image/ostype).
      - Directories that exist keep their own value; new ones get an empty value.
      - Leaves follow the rules of O(value). A key may name a leaf and, through a relative key
        or a mapping, its children too (XenStore nodes can have both).
    type: dict
  state:
    description:
      - V(present) makes the node (and O(tree)) exist with the declared values.
      - V(absent) removes the node and everything below it; it takes no O(value), O(tree),
        O(perms) or O(purge).
    type: str
    choices: [present, absent]
    default: present
  purge:
    description:
      - With V(true), children that O(tree) does not name are removed (at every level it
        declares), and leaves lose any children, so the subtree is exactly as declared.
      - Needs O(tree).
    type: bool
    default: false
  perms:
    description:
      - Permissions given to the nodes this task creates, as the tools write them, owner first
        (for example V(["n0", "r5"])). Existing nodes keep theirs; see M(xen.xenstore.xenstore_perm).
      - Missing ancestors of O(path) are created by XenStore itself, as C(xenstore-write) does, with
        their parent's permissions; they are not listed in RV(changes).
    type: list
    elements: str
extends_documentation_fragment:
  - xen.xenstore.connection
attributes:
  check_mode:
    support: full
    description:
      - Computes the same RV(changes) and diff, and makes the changes inside the task's transaction,
        which is then aborted, so that what the store would refuse (a value over the size limit,
        the root, a domain it does not know) fails in check mode too. Nothing is written, and
        a missing database is not created.
  diff_mode:
    support: full
    description: Shows the subtree at O(path) before and after, one C(path = "value") line per node.
notes:
  - On a Xen dom0 the module talks to the running xenstored; elsewhere it can work on this
    collection's daemon or directly on a TDB file (O(backend=embedded)).
seealso:
  - module: xen.xenstore.xenstore_perm
  - module: xen.xenstore.xenstore_facts
"""

EXAMPLES = r"""
- name: Name a VM
  xen.xenstore.xenstore_key:
    path: /vm/9b30841b-43bc-2af9-2ed3-5a649f466d79/name
    value: web01

- name: Declare a VM record, removing keys that are not declared
  xen.xenstore.xenstore_key:
    path: /vm/9b30841b-43bc-2af9-2ed3-5a649f466d79
    purge: true
    tree:
      name: web01
      uuid: 9b30841b-43bc-2af9-2ed3-5a649f466d79
      vcpus: 2
      memory: 1024
      on_reboot: restart
      image:
        ostype: linux
        kernel: /boot/vmlinuz-6.1

- name: Give a guest a data directory it may write, on the embedded store
  xen.xenstore.xenstore_key:
    path: /local/domain/7/data
    value: ""
    perms: [n7]
    backend: embedded
    database: /var/lib/xenstored/tdb

- name: Remove a key and everything below it
  xen.xenstore.xenstore_key:
    path: /local/domain/7/device/vif/1
    state: absent
"""

RETURN = r"""
changes:
  description: The operations the task made (or would make in check mode), in order.
  returned: always
  type: list
  elements: dict
  contains:
    op:
      description: V(write), V(set_perms) or V(rm).
      type: str
    path:
      description: Absolute node path.
      type: str
    value:
      description: The value written (for V(write)).
      type: str
    perms:
      description: The permissions set (for V(set_perms)).
      type: list
      elements: str
  sample: [{"op": "write", "path": "/vm/9b30841b-43bc-2af9-2ed3-5a649f466d79/name", "value": "web01"}]
path:
  description: The node path the task worked on.
  returned: always
  type: str
  sample: /vm/9b30841b-43bc-2af9-2ed3-5a649f466d79
backend:
  description: The backend used (V(socket), V(xenbus) or V(embedded)).
  returned: always
  type: str
  sample: socket
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.xen.xenstore.plugins.module_utils._ansible import argument_spec, run, transact
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths, plan
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import Permissions


def declare(module, client):
    """Plan and, unless in check mode, apply the declared state in one transaction."""
    params = module.params
    path = paths.validate(params["path"])
    if params["perms"]:
        Permissions.parse(params["perms"])
    if params["state"] == "present":
        desired = plan.desired_nodes(path, params["value"], params["tree"])

    def attempt(transaction, apply):
        current = plan.current_nodes(transaction, path)
        if params["state"] == "absent":
            changes = plan.plan_absent(current, path)
        else:
            changes = plan.plan_present(current, desired, params["purge"], params["perms"])
        if apply:
            plan.apply(transaction, changes)
        return current, changes

    current, changes = transact(module, client, attempt)
    result = {"changed": bool(changes), "path": path, "changes": [plan.describe(change) for change in changes]}
    if module._diff:
        after = plan.simulate(current, changes, path)
        result["diff"] = {"before": _text(plan.lines(current, path)), "after": _text(plan.lines(after, path)),
                          "before_header": path, "after_header": path}
    return result


def _text(lines):
    return "".join(line + "\n" for line in lines)


def main():
    """Module entry point."""
    module = AnsibleModule(
        argument_spec=argument_spec(
            path={"type": "str", "required": True},
            value={"type": "raw"},
            tree={"type": "dict"},
            state={"type": "str", "default": "present", "choices": ["present", "absent"]},
            purge={"type": "bool", "default": False},
            perms={"type": "list", "elements": "str"},
        ),
        supports_check_mode=True,
    )
    params = module.params
    if params["state"] == "absent":
        given = [name for name in ("value", "tree", "perms") if params[name] is not None]
        if params["purge"]:
            given.append("purge")
        if given:
            module.fail_json(msg="state=absent removes path and takes neither value, tree, perms nor purge "
                                 "(given: %s)" % ", ".join(given))
    elif params["purge"] and params["tree"] is None:
        module.fail_json(msg="purge needs tree: it removes the children of path that tree does not name")
    # Removing from a database that does not exist finds nothing to remove (and creates nothing).
    run(module, declare, missing="create" if params["state"] == "present" else "scratch")


if __name__ == "__main__":
    main()
