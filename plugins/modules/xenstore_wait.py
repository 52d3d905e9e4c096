#!/usr/bin/python
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""xen.xenstore.xenstore_wait: wait for a XenStore node."""

from __future__ import annotations

DOCUMENTATION = r"""
module: xenstore_wait
short_description: Wait until a XenStore node exists, is gone, or holds a value
version_added: 0.1.0
description:
  - Waits until O(path) exists (O(state=present)), does not exist (O(state=absent)) or holds
    O(value) (O(state=value)), for example until a guest has written its IP address or
    acknowledged a control request.
  - Through a daemon it registers a XenStore watch and re-checks only when the store reports a
    change under O(path), without busy polling. On the embedded store, which has no watches, it polls
    with a growing interval (50 ms up to 1 s), releasing the database between polls so that
    other writers can reach it.
author:
  - xen.xenstore developers (@xen-xenstore)
options:
  path:
    description:
      - Absolute path of the node to wait for.
    type: str
    required: true
  state:
    description:
      - What to wait for.
      - Defaults to V(value) when O(value) is given, else to V(present).
    type: str
    choices: [present, absent, value]
  value:
    description:
      - The value to wait for; only with O(state=value), which it implies. Compared as UTF-8 bytes.
    type: str
  timeout:
    description:
      - Seconds to wait before failing.
    type: float
    default: 300
extends_documentation_fragment:
  - xen.xenstore.connection
attributes:
  check_mode:
    support: full
    description: Waiting changes nothing, so it waits in check mode too.
  diff_mode:
    support: none
    description: Changes nothing.
seealso:
  - module: xen.xenstore.xenstore_key
"""

EXAMPLES = r"""
- name: Wait until the guest reports its address
  xen.xenstore.xenstore_wait:
    path: /local/domain/7/data/ip
    timeout: 120
  register: guest_ip

- name: Use it
  ansible.builtin.debug:
    msg: "web01 is at {{ guest_ip.value }}"

- name: Wait until the guest acknowledged a shutdown request
  xen.xenstore.xenstore_wait:
    path: /local/domain/7/control/shutdown
    state: value
    value: ""
    timeout: 30
"""

RETURN = r"""
value:
  description: The node's value when the wait ended (empty when it does not exist).
  returned: always
  type: str
  sample: 192.0.2.10
exists:
  description: Whether the node existed when the wait ended.
  returned: always
  type: bool
  sample: true
elapsed:
  description: Seconds waited.
  returned: always
  type: float
  sample: 1.52
method:
  description: V(watch) when a daemon's watch was used, V(poll) on the embedded store.
  returned: always
  type: str
  sample: watch
backend:
  description: The backend used.
  returned: always
  type: str
  sample: socket
"""

import time

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.xen.xenstore.plugins.module_utils._ansible import argument_spec, run
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.connect import open_client
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import NotFoundError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.values import display

FIRST_POLL = 0.05
LAST_POLL = 1.0


def _observe(client, path):
    """(exists, value bytes) of ``path`` now."""
    try:
        return True, client.read(path)
    except NotFoundError:
        return False, b""


def _state(params):
    """What to wait for: value implies state=value."""
    if params["state"] is None:
        return "value" if params["value"] is not None else "present"
    return params["state"]


def _satisfied(params, observed):
    exists, value = observed
    if params["state"] == "present":
        return exists
    if params["state"] == "absent":
        return not exists
    return exists and value == params["value"].encode("utf-8")


def _expected(params):
    if params["state"] == "value":
        return "hold %r" % params["value"]
    return "exist" if params["state"] == "present" else "be removed"


def wait(module, client):
    """Watch (daemon) or poll (embedded) until the condition holds or time runs out."""
    params = module.params
    path = paths.validate(params["path"])
    start = time.monotonic()
    deadline = start + params["timeout"]
    if client.kind == "embedded":
        method, observed = "poll", _poll(module, client, path, deadline)
    else:
        method, observed = "watch", _watch(params, client, path, deadline)
    elapsed = round(time.monotonic() - start, 3)
    result = {"changed": False, "exists": observed[0], "value": display(observed[1]),
              "elapsed": elapsed, "method": method}
    if not _satisfied(params, observed):
        module.fail_json(msg="timed out after %.1f s waiting for %s to %s (it %s)" % (
            params["timeout"], path, _expected(params), _now(params, observed)),
            backend=client.kind, **result)
    return result


def _now(params, observed):
    exists, value = observed
    if not exists:
        return "does not exist"
    shown = "holds %r" % display(value)
    if params["state"] == "value" and display(value) == params["value"]:
        shown += ", bytes %r, not %r" % (value, params["value"].encode("utf-8"))     # alike when shown
    return shown


def _watch(params, client, path, deadline):
    token = "xenstore_wait-%d" % id(client)
    client.watch(path, token)
    observed = _observe(client, path)
    while not _satisfied(params, observed):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or client.next_event(remaining) is None:
            break
        observed = _observe(client, path)
    return observed


def _poll(module, client, path, deadline):
    """Poll with backoff; the database is released between polls so others can write it."""
    params = module.params
    observed = _observe(client, path)
    client.close()
    interval = FIRST_POLL
    while not _satisfied(params, observed) and time.monotonic() < deadline:
        time.sleep(min(interval, max(0.0, deadline - time.monotonic())))
        interval = min(interval * 2, LAST_POLL)
        poll = open_client("embedded", database=params["database"], create=False)
        try:
            observed = _observe(poll, path)
        finally:
            poll.close()
    return observed


def main():
    """Module entry point."""
    module = AnsibleModule(
        argument_spec=argument_spec(
            path={"type": "str", "required": True},
            state={"type": "str", "choices": ["present", "absent", "value"]},
            value={"type": "str"},
            timeout={"type": "float", "default": 300},
        ),
        required_if=[("state", "value", ["value"])],
        supports_check_mode=True,
    )
    params = module.params
    if params["value"] is not None and params["state"] not in (None, "value"):
        module.fail_json(msg="value is only for state=value (which it implies), not state=%s" % params["state"])
    params["state"] = _state(params)
    if module.params["timeout"] < 0:
        module.fail_json(msg="timeout must be 0 or more seconds, not %s" % module.params["timeout"])
    run(module, wait)


if __name__ == "__main__":
    main()
