"""One xenstore_key task writing a KEYS-key tree against KEYS looped ``command: xenstore-write`` tasks.

Both run against the same bin/xenstored, through ansible-playbook on localhost;
the figure is each task's duration (bench_timer callback: from the task's start
to its result on the controller) divided by the keys it wrote. The looped
baseline runs Debian's ``/usr/bin/xenstore-write`` once per item; it takes about
a quarter of a second per key, so ``--loop-keys`` may be smaller than KEYS: the
row compares seconds per key.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from playbook import run_playbook, write_playbook  # noqa: E402


def one_task(directory, daemon, keys):
    """Seconds per key of one xenstore_key task declaring a ``keys``-key tree."""
    tree = {"key%05d" % index: "value-%d" % index for index in range(keys)}
    path = write_playbook(directory, "key-one-task.json", [{
        "name": "one xenstore_key task",
        "xen.xenstore.xenstore_key": {"path": "/bench/module", "tree": tree,
                                      "backend": "socket", "socket": daemon.socket}}])
    _whole, (seconds,) = run_playbook(path)
    return seconds / keys


def looped_command(directory, daemon, keys):
    """Seconds per key of one task looping ``command: xenstore-write`` over ``keys`` items."""
    path = write_playbook(directory, "key-loop.json", [{
        "name": "looped xenstore-write",
        "ansible.builtin.command": {"argv": ["xenstore-write", "/bench/loop/key{{ item }}",
                                             "value-{{ item }}"]},
        "environment": {"XENSTORED_PATH": daemon.socket},
        "changed_when": True,
        "loop": "{{ range(%d) | list }}" % keys}])
    _whole, (seconds,) = run_playbook(path)
    return seconds / keys
