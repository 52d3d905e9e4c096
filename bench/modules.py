"""The modules against the status quo, same daemon, same run.

Rows: one xenstore_key task writing a KEYS-key tree against KEYS looped
``ansible.builtin.command: xenstore-write`` tasks (per key); and
xenstore_facts of a NODES-node tree against Debian's ``xenstore-ls -f``.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VENV_BIN = os.path.join(ROOT, ".venv", "bin")
sys.path.insert(0, os.path.join(ROOT, "plugins", "module_utils"))

from xenstore.connect import open_client  # noqa: E402


def start_daemon(directory):
    """bin/xenstored on a fresh database; its socket."""
    socket_path = os.path.join(directory, "socket")
    subprocess.run([sys.executable, os.path.join(ROOT, "bin", "xenstored"), "--socket", socket_path,
                    "--database", os.path.join(directory, "tdb"), "--detach",
                    "--pid-file", os.path.join(directory, "pid")], check=True)
    return socket_path


def playbook(directory, name, tasks):
    """Write a localhost playbook; its path."""
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump([{"hosts": "localhost", "gather_facts": False, "tasks": tasks}], handle)
    return path


def run_playbook(path, socket_path):
    """Seconds ansible-playbook took."""
    environment = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=os.path.join(ROOT, ".venv", "collections"),
                       XENSTORED_PATH=socket_path, ANSIBLE_LOCALHOST_WARNING="false",
                       ANSIBLE_INVENTORY_UNPARSED_WARNING="false")
    start = time.perf_counter()
    subprocess.run([os.path.join(VENV_BIN, "ansible-playbook"), path], check=True, env=environment,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def key_rows(directory, socket_path, keys, loop_keys):
    """(seconds per key with one xenstore_key task, seconds per key with looped xenstore-write)."""
    tree = {"key%04d" % index: "value-%d" % index for index in range(keys)}
    one_task = playbook(directory, "one.json", [{
        "xen.xenstore.xenstore_key": {"path": "/bench/module", "tree": tree,
                                      "backend": "socket", "socket": socket_path}}])
    looped = playbook(directory, "loop.json", [{
        "ansible.builtin.command": {"argv": ["xenstore-write", "/bench/loop/{{ item }}", "value-{{ item }}"]},
        "environment": {"XENSTORED_PATH": socket_path},
        "loop": "{{ range(%d) | list }}" % loop_keys}])
    return run_playbook(one_task, socket_path) / keys, run_playbook(looped, socket_path) / loop_keys


def facts_rows(directory, socket_path, nodes):
    """(seconds of xenstore_facts, seconds of xenstore-ls -f) on a NODES-node tree."""
    client = open_client("socket", socket_path)
    per_domain = nodes // 100
    with client.transaction() as transaction:
        for index in range(nodes):
            transaction.write("/facts/domain%d/key%d" % (index // per_domain, index), b"v%d" % index)
    client.close()
    gather = playbook(directory, "facts.json", [{
        "xen.xenstore.xenstore_facts": {"path": "/facts", "backend": "socket", "socket": socket_path}}])
    ours = run_playbook(gather, socket_path)
    start = time.perf_counter()
    subprocess.run(["xenstore-ls", "-f", "/facts"], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, XENSTORED_PATH=socket_path))
    return ours, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=1000, help="keys in the one-task tree (default 1000)")
    parser.add_argument("--loop-keys", type=int, default=1000, help="looped xenstore-write tasks (default 1000)")
    parser.add_argument("--nodes", type=int, default=100000, help="nodes for the facts row (default 100000)")
    args = parser.parse_args()
    directory = tempfile.mkdtemp(prefix="xs-bench-modules-")
    try:
        socket_path = start_daemon(directory)
        one, loop = key_rows(directory, socket_path, args.keys, args.loop_keys)
        facts, listing = facts_rows(directory, socket_path, args.nodes)
    finally:
        pid_file = os.path.join(directory, "pid")
        if os.path.exists(pid_file):
            with open(pid_file, encoding="ascii") as handle:
                os.kill(int(handle.read()), 15)
        shutil.rmtree(directory, ignore_errors=True)
    rows = (("xenstore_key, %d-key tree (s/key)" % args.keys, one, loop,
             "%d looped xenstore-write tasks" % args.loop_keys, 100),
            ("xenstore_facts, %d nodes (s)" % args.nodes, facts, listing, "xenstore-ls -f", 5))
    print("%-36s %10s %10s %8s %7s  %s" % ("row", "ours", "baseline", "faster", "target", "baseline is"))
    missed = 0
    for label, ours, baseline, what, target in rows:
        speedup = baseline / ours
        missed += speedup < target
        verdict = "ok" if speedup >= target else "MISSED"
        print("%-36s %10.5f %10.5f %7.1fx %6dx  %s: %s" % (label, ours, baseline, speedup, target, verdict, what))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
