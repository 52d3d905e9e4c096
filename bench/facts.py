"""xenstore_facts of the large tree through bin/xenstored against ``xenstore-ls -f`` on C xenstored.

Ours: the duration of the xenstore_facts task (bench_timer callback: from the
task's start until its result, 100k facts included, is back on the controller),
through ansible-playbook on localhost. The whole ansible-playbook run and an
empty playbook's run are reported beside it, for the start-up cost a task
never sees. Baselines: Debian's ``/usr/bin/xenstore-ls -f`` of the same subtree
against the real C xenstored holding the same tree, and against our daemon (the
figure issue 7 asks for), output discarded. The floor: the same facts returned
by a module that reads no XenStore (library/facts_from_file.py).
"""

import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from playbook import COLLECTIONS, run_playbook, write_playbook  # noqa: E402

XENSTORE_LS = "/usr/bin/xenstore-ls"
LIBRARY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "library")


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


def facts_file(directory, daemon, path):
    """A JSON file of the ansible_facts xenstore_facts returns for ``path`` (the module run directly)."""
    arguments = os.path.join(directory, "facts-args.json")
    with open(arguments, "w", encoding="utf-8") as handle:
        json.dump({"ANSIBLE_MODULE_ARGS": {"path": path, "backend": "socket", "socket": daemon.socket}}, handle)
    finished = subprocess.run([sys.executable, "-m", "ansible_collections.xen.xenstore.plugins.modules.xenstore_facts",
                               arguments], env=dict(os.environ, PYTHONPATH=COLLECTIONS), capture_output=True,
                              check=True)
    target = os.path.join(directory, "facts-result.json")
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(json.loads(finished.stdout)["ansible_facts"], handle)
    return target


def floor_task(directory, facts):
    """Seconds of one task returning the facts in the file ``facts`` without reading XenStore."""
    playbook = write_playbook(directory, "floor.json", [{"name": "facts_from_file", "facts_from_file": {"src": facts}}])
    _whole, (task,) = run_playbook(playbook, {"ANSIBLE_LIBRARY": LIBRARY})
    return task
