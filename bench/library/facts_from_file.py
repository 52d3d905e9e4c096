"""Bench only: return the ``ansible_facts`` stored in a JSON file, reading no XenStore.

The time of this task is Ansible's own cost of a module returning that many facts
(worker, interpreter, exit_json, the controller taking the result): the floor
under any xenstore_facts task returning the same facts.
"""

import json

from ansible.module_utils.basic import AnsibleModule


def main():
    """Module entry point."""
    module = AnsibleModule(argument_spec={"src": {"type": "path", "required": True}}, supports_check_mode=True)
    with open(module.params["src"], encoding="utf-8") as handle:
        facts = json.load(handle)
    module.exit_json(changed=False, ansible_facts=facts)


if __name__ == "__main__":
    main()
