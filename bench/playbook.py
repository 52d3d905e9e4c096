"""Running a localhost playbook with the bench_timer callback: whole run and per-task seconds."""

import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import HERE, ROOT  # noqa: E402

ANSIBLE_PLAYBOOK = os.path.join(ROOT, ".venv", "bin", "ansible-playbook")
COLLECTIONS = os.path.join(ROOT, ".venv", "collections")


def write_playbook(directory, name, tasks):
    """A localhost playbook (no fact gathering) with ``tasks``; its path."""
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump([{"hosts": "localhost", "gather_facts": False, "tasks": tasks}], handle)
    return path


def run_playbook(path, environ=None):
    """(seconds ansible-playbook took, [seconds of each task]); CalledProcessError if it failed."""
    with tempfile.NamedTemporaryFile(prefix="bench-timer-", suffix=".json", delete=False) as handle:
        timer_file = handle.name
    environment = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=COLLECTIONS,
                       ANSIBLE_CALLBACK_PLUGINS=os.path.join(HERE, "callback_plugins"),
                       ANSIBLE_CALLBACKS_ENABLED="bench_timer", BENCH_TIMER_FILE=timer_file,
                       ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_INVENTORY_UNPARSED_WARNING="false",
                       ANSIBLE_PYTHON_INTERPRETER=sys.executable, ANSIBLE_NOCOLOR="1",
                       **(environ or {}))
    try:
        start = time.perf_counter()
        finished = subprocess.run([ANSIBLE_PLAYBOOK, path], env=environment, capture_output=True,
                                  text=True, check=False)
        elapsed = time.perf_counter() - start
        if finished.returncode != 0:
            raise RuntimeError("ansible-playbook %s failed (%d):\n%s%s" % (
                path, finished.returncode, finished.stdout[-3000:], finished.stderr[-3000:]))
        with open(timer_file, encoding="utf-8") as handle:
            tasks = json.load(handle)["tasks"]
    finally:
        os.unlink(timer_file)
    return elapsed, [task["seconds"] for task in tasks]
