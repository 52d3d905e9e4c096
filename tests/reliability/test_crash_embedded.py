"""Crash safety of the embedded backend: ansible-playbook running one xen.xenstore.xenstore_key
task that writes a large tree straight into a TDB file (``backend: embedded``), SIGKILLed at a
random moment: every process of the run. ansible-playbook's process group is not enough: its
task worker calls setsid() (ansible WorkerProcess._detach), so the worker and the module run
in a session of their own. The playbook therefore runs under a small subreaper wrapper and
all of the wrapper's descendants are killed (repeatedly until none is left: orphans come back
to the wrapper), then the wrapper.

The task is one transaction, so after each kill the file must hold the run's whole tree or
none of it, the trees of the earlier runs exactly as they were, and pass the engine's
integrity check (no repair). One uninterrupted run first gives the task's duration (the kills
are spread over it) and proves the tree is written whole.
"""

import json
import os
import random
import shutil
import signal
import subprocess
import time

import crash_support as cs

from xenstore.engine import Engine  # noqa: E402 (crash_support sets sys.path)
from xenstore.errors import NotFoundError  # noqa: E402

KILLS = cs.pick(3, 10)
BRANCHES, LEAVES = cs.pick((40, 50), (60, 50))     # nodes of the tree: BRANCHES * (LEAVES + 1)
PLAYBOOK = """\
- hosts: localhost
  connection: local
  gather_facts: false
  vars_files: [tree.json]
  tasks:
    - name: One large tree, one transaction
      xen.xenstore.xenstore_key:
        backend: embedded
        database: "{{ database }}"
        path: "/big/run{{ run }}"
        tree: "{{ big_tree }}"
"""


def tree():
    """The declared tree: branch -> leaf -> value (values of varied length)."""
    return {"b%03d" % b: {"l%03d" % l: "v%d-%d-" % (b, l) + "x" * ((b * 7 + l * 13) % 300)
                          for l in range(LEAVES)}
            for b in range(BRANCHES)}


def expected_nodes(run):
    """path -> value bytes of everything the task writes for ``run``."""
    nodes = {"/big/run%d" % run: b""}
    for branch, leaves in tree().items():
        nodes["/big/run%d/%s" % (run, branch)] = b""
        for leaf, value in leaves.items():
            nodes["/big/run%d/%s/%s" % (run, branch, leaf)] = value.encode()
    return nodes


def state_of(database, run):
    """'whole', 'none' or a description of a partial tree, after the engine's check passed."""
    with Engine(str(database), create=False) as engine:
        report = engine.check(repair=False)
        assert report.ok, "integrity check: %s" % report.problems()
        session = engine.session()
        expected = expected_nodes(run)
        present = 0
        wrong = []
        for path, value in expected.items():
            try:
                found = session.read(path)
            except NotFoundError:
                continue
            present += 1
            if found != value:
                wrong.append(path)
        if present == 0:
            return "none"
        if present == len(expected) and not wrong and \
                len(session.directory("/big/run%d" % run)) == BRANCHES:
            return "whole"
        return "partial: %d of %d nodes, %d wrong values" % (present, len(expected), len(wrong))


# Runs ansible-playbook (argv[1:]) as its child and reaps every orphan of the run until none is
# left (PR_SET_CHILD_SUBREAPER = 36); exits with ansible-playbook's status.
WRAPPER = r"""
import ctypes, os, sys
ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)
child = os.fork()
if child == 0:
    os.execv(sys.argv[1], sys.argv[1:])
status = 1
while True:
    try:
        pid, code = os.wait()
    except ChildProcessError:
        break
    if pid == child:
        status = os.waitstatus_to_exitcode(code)
sys.exit(status)
"""


def playbook(directory, database, run):
    """The wrapper running ansible-playbook (in a session of its own)."""
    env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=str(cs.REPO / ".venv" / "collections"),
               ANSIBLE_NOCOLOR="1", ANSIBLE_RETRY_FILES_ENABLED="0",
               ANSIBLE_LOCAL_TEMP=str(directory / "ansible-tmp"), ANSIBLE_HOME=str(directory / "ansible-home"))
    env.pop("PYTHONPATH", None)
    return subprocess.Popen(
        [str(cs.PYTHON), "-c", WRAPPER, str(cs.REPO / ".venv" / "bin" / "ansible-playbook"), "-i", "localhost,",
         str(directory / "play.yml"),
         "-e", "database=%s run=%d ansible_python_interpreter=%s" % (database, run, cs.PYTHON)],
        cwd=str(directory), env=env, stdin=subprocess.DEVNULL, stdout=open(directory / ("run%d.log" % run), "wb"),
        stderr=subprocess.STDOUT, start_new_session=True)


def processes():
    """{pid: (ppid, cmdline bytes)} of every live process."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry, "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            with open("/proc/%s/cmdline" % entry, "rb") as handle:
                cmdline = handle.read()
        except OSError:
            continue
        if fields[0] != b"Z":
            found[int(entry)] = (int(fields[1]), cmdline)
    return found


def descendants(root):
    """{pid: cmdline} of the live descendants of ``root``."""
    table = processes()
    children = {}
    for pid, (ppid, _cmdline) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, stack = {}, list(children.get(root, []))
    while stack:
        pid = stack.pop()
        found[pid] = table[pid][1]
        stack.extend(children.get(pid, []))
    return found


def module_running(root):
    """True while the module (AnsiballZ_xenstore_key) runs below ``root``."""
    return any(b"AnsiballZ_xenstore_key" in cmdline for cmdline in descendants(root).values())


def wait_for_module(proc, timeout=120):
    """Seconds until the module process appears (None if the run ended first)."""
    started = time.monotonic()
    while not module_running(proc.pid):
        if proc.poll() is not None:
            return None
        assert time.monotonic() - started < timeout, "the module never started"
        time.sleep(0.002)
    return time.monotonic() - started


def kill_run(proc):
    """SIGKILL every process of the run, then the wrapper; the number of processes killed."""
    killed = set()
    deadline = time.monotonic() + 30
    while True:
        pids = descendants(proc.pid)
        if not pids:
            break
        assert time.monotonic() < deadline, "processes of the killed run survive: %s" % pids
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            except ProcessLookupError:
                pass
        time.sleep(0.01)
    proc.kill()
    proc.wait(30)
    return len(killed)


def test_sigkilled_embedded_module_writes_all_or_nothing(capsys):
    directory = cs.make_workdir("xs-crash-emb-")
    database = directory / "tdb"
    run_seed = cs.seed()
    rng = random.Random(run_seed)
    proc = None
    try:
        (directory / "play.yml").write_text(PLAYBOOK)
        (directory / "tree.json").write_text(json.dumps({"big_tree": tree()}))
        # Run 0, not killed: the module's running time (from its process appearing to its end).
        launched = time.monotonic()
        proc = playbook(directory, database, 0)
        assert wait_for_module(proc) is not None, (directory / "run0.log").read_text()
        started = time.monotonic()
        while module_running(proc.pid):
            time.sleep(0.005)
        duration = time.monotonic() - started
        assert proc.wait(600) == 0, (directory / "run0.log").read_text()
        whole_run = time.monotonic() - launched
        assert state_of(database, 0) == "whole"
        outcomes = {"whole": 0, "none": 0}
        states = ["whole"]
        delays = []
        killed = 0
        for run in range(1, KILLS + 1):
            proc = playbook(directory, database, run)
            # Half the kills while the module runs, half at a random moment of the whole run.
            if run % 2:
                delay = rng.uniform(0.0, 1.1) * duration
                assert wait_for_module(proc) is not None, (directory / ("run%d.log" % run)).read_text()
                time.sleep(delay)
                delays.append("module+%.2f" % delay)
            else:
                delay = rng.uniform(0.1, 1.0) * whole_run
                time.sleep(delay)
                delays.append("%.2f" % delay)
            killed += kill_run(proc)
            state = state_of(database, run)
            assert state in outcomes, "run %d killed at %s s: %s" % (run, delays[-1], state)
            outcomes[state] += 1
            states.append(state)
            delays[-1] += ":" + state
            for earlier in range(run):
                assert state_of(database, earlier) == states[earlier], "run %d's tree changed" % earlier
        nodes = len(expected_nodes(0))
        cs.report(capsys, "crash-embedded", seed=run_seed, kills_survived=KILLS, tree_nodes=nodes,
                  module_seconds="%.2f" % duration, run_seconds="%.2f" % whole_run, killed_whole=outcomes["whole"],
                  killed_none=outcomes["none"], partial=0, processes_killed=killed,
                  kill_times=",".join(delays))
    finally:
        if proc is not None and proc.poll() is None:
            kill_run(proc)
        shutil.rmtree(directory, ignore_errors=True)


# The client API on the embedded backend in a child process: one transaction writing RUN's tree.
CLIENT = r"""
import sys
sys.path.insert(0, sys.argv[1])
from xenstore.connect import open_client
database, run, branches, leaves = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
client = open_client("embedded", database=database)
print("open", flush=True)
with client.transaction() as transaction:
    transaction.write("/api/run%d" % run, b"")
    for b in range(branches):
        for l in range(leaves):
            transaction.write("/api/run%d/b%03d/l%03d" % (run, b, l), b"v%d-%d-%d" % (run, b, l) + b"y" * ((b + l) % 200))
    print("commit", flush=True)
print("done", flush=True)
client.close()
"""
API_KILLS = cs.pick(20, 200)
API_BRANCHES, API_LEAVES = 30, 40


def api_state(database, run):
    """'whole' or 'none' (else a description) of RUN's tree, after the engine's check passed."""
    with Engine(str(database), create=False) as engine:
        report = engine.check(repair=False)
        assert report.ok, "integrity check: %s" % report.problems()
        session = engine.session()
        try:
            session.read("/api/run%d" % run)
        except NotFoundError:
            top = False
        else:
            top = True
        present = 0
        for b in range(API_BRANCHES):
            for l in range(API_LEAVES):
                try:
                    value = session.read("/api/run%d/b%03d/l%03d" % (run, b, l))
                except NotFoundError:
                    continue
                assert value == b"v%d-%d-%d" % (run, b, l) + b"y" * ((b + l) % 200)
                present += 1
        if not top and present == 0:
            return "none"
        if top and present == API_BRANCHES * API_LEAVES:
            return "whole"
        return "partial: top %s, %d leaves" % (top, present)


def test_sigkilled_embedded_client_commits_all_or_nothing(capsys):
    """The same on the client API without ansible (cheap, so many kills), half of them aimed at
    the commit itself (the TDB transaction writing the file)."""
    directory = cs.make_workdir("xs-crash-api-")
    database = directory / "tdb"
    run_seed = cs.seed()
    rng = random.Random(run_seed)
    outcomes = {"whole": 0, "none": 0}
    in_commit = 0

    def start(run):
        return subprocess.Popen([str(cs.PYTHON), "-c", CLIENT, str(cs.MODULE_UTILS), str(database), str(run),
                                 str(API_BRANCHES), str(API_LEAVES)], stdout=subprocess.PIPE, cwd=str(directory))

    try:
        proc = start(0)
        marks = {}
        for line in proc.stdout:
            marks[line.strip().decode()] = time.monotonic()
        assert proc.wait(60) == 0
        writing = marks["commit"] - marks["open"]
        commit = marks["done"] - marks["commit"]
        assert api_state(database, 0) == "whole"
        states = ["whole"]
        for run in range(1, API_KILLS + 1):
            proc = start(run)
            assert proc.stdout.readline().strip() == b"open"
            if run % 2:
                assert proc.stdout.readline().strip() == b"commit"
                time.sleep(rng.uniform(0.0, 1.2) * commit)
            else:
                time.sleep(rng.uniform(0.0, 1.1) * (writing + commit))
            proc.kill()
            proc.wait(30)
            proc.stdout.close()
            state = api_state(database, run)
            assert state in outcomes, "run %d: %s" % (run, state)
            outcomes[state] += 1
            states.append(state)
            in_commit += run % 2
        for run in range(API_KILLS + 1):
            assert api_state(database, run) == states[run], "run %d's tree changed" % run
        cs.report(capsys, "crash-embedded-api", seed=run_seed, kills_survived=API_KILLS,
                  kills_aimed_at_commit=in_commit, tree_nodes=1 + API_BRANCHES * (API_LEAVES + 1),
                  commit_seconds="%.3f" % commit, killed_whole=outcomes["whole"], killed_none=outcomes["none"],
                  partial=0)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
