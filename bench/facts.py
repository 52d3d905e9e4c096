"""xenstore_facts of the large tree through bin/xenstored against ``xenstore-ls -f`` on C xenstored.

Ours: the duration of the xenstore_facts task (bench_timer callback: from the
task's start until its result, 100k facts included, is back on the controller),
through ansible-playbook on localhost. The whole ansible-playbook run and an
empty playbook's run are reported beside it, for the start-up cost a task
never sees. Baseline: Debian's ``/usr/bin/xenstore-ls -f`` of the same subtree
against the real C xenstored holding the same tree, output discarded.
"""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from playbook import run_playbook, write_playbook  # noqa: E402

XENSTORE_LS = "/usr/bin/xenstore-ls"


def facts_task(directory, daemon, path):
    """(task seconds, whole playbook seconds) of one xenstore_facts task reading ``path``."""
    playbook = write_playbook(directory, "facts.json", [{
        "name": "xenstore_facts",
        "xen.xenstore.xenstore_facts": {"path": path, "backend": "socket", "socket": daemon.socket}}])
    whole, (task,) = run_playbook(playbook)
    return task, whole


def empty_playbook(directory):
    """Seconds of a playbook with one no-op task (ansible-playbook's own cost)."""
    playbook = write_playbook(directory, "noop.json", [{"name": "noop", "ansible.builtin.meta": "noop"}])
    whole, _tasks = run_playbook(playbook)
    return whole


def xenstore_ls(daemon, path):
    """Seconds of ``xenstore-ls -f path`` against ``daemon``."""
    start = time.perf_counter()
    subprocess.run([XENSTORE_LS, "-f", path], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, XENSTORED_PATH=daemon.socket))
    return time.perf_counter() - start
