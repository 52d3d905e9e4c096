# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Lookup xen.xenstore.xenstore: values of XenStore paths."""

from __future__ import annotations

DOCUMENTATION = r"""
name: xenstore
short_description: Read values from XenStore
version_added: 0.1.0
description:
  - Returns the value of each XenStore path given, read on the controller.
  - Values are data written by guests as much as by the toolstack; they are returned marked
    unsafe, so a C({{ }}) inside one is never rendered.
  - Values that are not plain UTF-8 text are escaped the way C(xenstore-ls) prints them.
  - Reads only. A missing database is an error, never created (V(embedded), or V(auto) with no
    daemon, device or database to use).
author:
  - xen.xenstore developers (@xen-xenstore)
extends_documentation_fragment:
  - xen.xenstore.connection
  - xen.xenstore.connection.plugin
options:
  _terms:
    description:
      - Absolute paths to read, at least one.
      - A list among them is flattened (one level), as other lookups do, so paths can come from a variable.
    type: list
    elements: str
    required: true
  default:
    description:
      - Returned for a path that does not exist. Without it a missing path is an error.
    type: raw
seealso:
  - module: xen.xenstore.xenstore_facts
"""

EXAMPLES = r"""
- name: Name of a VM
  ansible.builtin.debug:
    msg: "{{ lookup('xen.xenstore.xenstore', '/vm/9b30841b-43bc-2af9-2ed3-5a649f466d79/name') }}"

- name: Paths from a list
  ansible.builtin.debug:
    msg: "{{ query('xen.xenstore.xenstore', ['/local/domain/7/name', '/local/domain/8/name']) }}"

- name: Several values, with a default for missing ones
  ansible.builtin.debug:
    msg: "{{ query('xen.xenstore.xenstore', '/local/domain/7/name', '/local/domain/7/data/ip', default='unknown') }}"
"""

RETURN = r"""
_raw:
  description: One value per path, in order.
  type: list
  elements: str
"""

from ansible.errors import AnsibleError
from ansible.plugins.lookup import LookupBase

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.connect import open_client
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import NotFoundError, XenStoreError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.values import display
from ansible_collections.xen.xenstore.plugins.plugin_utils._unsafe import make_unsafe

PREFIX = "xen.xenstore.xenstore lookup"
_MISSING = object()


def _kind(value):
    """The plain type name of a (possibly tagged) value, for messages."""
    return next((kind.__name__ for kind in (bool, int, float, dict, list, tuple) if isinstance(value, kind)),
                type(value).__name__)


class LookupModule(LookupBase):
    """Values of XenStore paths."""

    def run(self, terms, variables=None, **kwargs):
        self.set_options(var_options=variables, direct=kwargs)
        default = self.get_option("default") if "default" in kwargs else _MISSING
        terms = self._flatten(terms)
        if not terms:
            raise AnsibleError("%s: no path given" % PREFIX)
        for term in terms:
            if not isinstance(term, str):
                raise AnsibleError("%s: path must be a string, not %s" % (PREFIX, _kind(term)))
            try:
                paths.validate(term)
            except XenStoreError as error:
                raise AnsibleError("%s: %s" % (PREFIX, error.message)) from None
        try:
            client = open_client(self.get_option("backend"), self.get_option("socket"),
                                 self.get_option("database"), create=False)
        except XenStoreError as error:
            raise AnsibleError("%s: %s" % (PREFIX, error.message)) from None
        values = []
        try:
            for term in terms:
                try:
                    values.append(display(client.read(term)))
                except NotFoundError:
                    if default is _MISSING:
                        raise AnsibleError("%s: %s does not exist (give default= to accept that)"
                                           % (PREFIX, term)) from None
                    values.append(default)
                except XenStoreError as error:
                    raise AnsibleError("%s: %s: %s" % (PREFIX, term, error.message)) from None
        finally:
            client.close()
        return make_unsafe(values)
