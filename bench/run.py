"""The benchmarks: one table, each row a figure of ours next to a baseline measured in the same run.

    .venv/bin/python bench/run.py              # the full run (4 to 6 minutes on 2 vCPUs)
    .venv/bin/python bench/run.py --quick      # every row once at a tiny size (seconds)

The baselines are raw tdb (engine rows), the real C xenstored 4.17 through
../shared/tools/ref-xenstored (daemon rows; where it cannot be started the table
says so and shows our figures alone) and Debian's xenstore-utils driven the
usual way (module rows). Figures are best of ``--rounds`` interleaved rounds
unless a row says otherwise (the daemon rows, the noisiest, take two or three
times as many). The exit status is 1 if a full run misses a
target; a ``--quick`` run never fails on figures (tiny sizes prove nothing).
"""

import argparse
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bigtree  # noqa: E402
import engine  # noqa: E402
import facts  # noqa: E402
import group_commit  # noqa: E402
import key_task  # noqa: E402
import memory  # noqa: E402
import mixed  # noqa: E402
import reads  # noqa: E402
import startup  # noqa: E402
from common import (REFERENCE, Reference, Row, faster_row, load_average, machine,  # noqa: E402
                    missing_row, start_ours, table, throughput_row, write_all)

GROUPS = ("engine", "reads", "mixed", "durable", "modules", "tree")

FULL = {"keys": 20000, "durable_keys": 200, "reads": 10000, "pipelined_reads": 200000, "clients": 8,
        "depth": 100, "mixed_ops": 4000, "durable_writes": 4000, "baseline_writes": 300,
        "module_keys": 1000, "loop_keys": 300, "nodes": 100000, "rounds": 3}
QUICK = {"keys": 300, "durable_keys": 10, "reads": 300, "pipelined_reads": 300, "clients": 2,
         "depth": 10, "mixed_ops": 100, "durable_writes": 50, "baseline_writes": 10,
         "module_keys": 10, "loop_keys": 2, "nodes": 2000, "rounds": 1}


class Run:
    """One bench run: options, a scratch directory, the reference, the rows so far."""

    def __init__(self, options):
        self.options = options
        self.directory = tempfile.mkdtemp(prefix="xs-bench-", dir="/tmp")
        self.reference = Reference() if not options.no_reference else None
        if self.reference is None:
            self.why_no_reference = "not measured (--no-reference)"
        else:
            self.why_no_reference = None
        self.rows = []
        self.notes = []

    def ref_reason(self):
        """Why C xenstored is not in this run (None if it is)."""
        if self.reference is None:
            return self.why_no_reference
        return None if self.reference.available else "no C xenstored here: %s" % self.reference.reason

    def start_reference(self, name):
        """A running C xenstored, or None (the reason is kept for the table)."""
        if self.reference is None:
            return None
        return self.reference.start(self.directory, name)

    def daemons(self, name):
        """[ours, C xenstored or None], both fresh."""
        ours = start_ours(self.directory, "ours-" + name)
        try:
            return [ours, self.start_reference("ref-" + name)]
        except BaseException:
            ours.stop()
            raise

    def note(self, text):
        """A line printed under the table."""
        self.notes.append(text)

    def close(self):
        """Remove the scratch directory."""
        shutil.rmtree(self.directory, ignore_errors=True)


def compare(run, label, figures, target, unit="/s"):
    """A daemon row from {"ours": x, REFERENCE: y} (throughputs); ``target`` None: information."""
    ours, theirs = figures["ours"], figures.get(REFERENCE)
    if theirs is None:
        return missing_row(label, ours, unit, "info" if target is None else ">= %gx" % target,
                           run.ref_reason() or "C xenstored did not start")
    return throughput_row(label, ours, theirs, REFERENCE, target)


def stop_all(daemons):
    """Stop every daemon that was started."""
    for daemon in daemons:
        if daemon is not None:
            daemon.stop()


# -- the groups of rows ----------------------------------------------------------

def engine_rows(run):
    """Embedded engine against raw tdb."""
    size = run.options
    run.rows += engine.rows(size.keys, size.durable_keys, size.rounds)


def read_rows(run):
    """Sequential and pipelined READs, ours against C xenstored."""
    size = run.options
    daemons = run.daemons("reads")
    sequential, pipelined, pinned = {}, {}, {}
    cpus = os.sched_getaffinity(0)
    try:
        live = [daemon for daemon in daemons if daemon is not None]
        for daemon in live:
            reads.populate(daemon)
        # Round trips are the most sensitive to the neighbours: many short interleaved rounds.
        for _round in range(3 * size.rounds):
            for daemon in live:
                sequential[daemon.name] = max(sequential.get(daemon.name, 0.0),
                                              reads.sequential(daemon, size.reads))
        per_client = size.pipelined_reads // size.clients
        # The reference's pipelined figure swings with where the scheduler puts the clients.
        for _round in range(2 * size.rounds):
            for daemon in live:
                pipelined[daemon.name] = max(pipelined.get(daemon.name, 0.0),
                                             reads.pipelined(daemon, size.clients, size.depth, per_client))
        if len(cpus) >= 2:
            low, high = sorted(cpus)[:2]
            for _round in range(2 * size.rounds):
                for daemon in live:
                    os.sched_setaffinity(daemon.pid, {low})
                    pinned[daemon.name] = max(pinned.get(daemon.name, 0.0),
                                              reads.pipelined(daemon, size.clients, size.depth, per_client, high))
                    os.sched_setaffinity(daemon.pid, cpus)
    finally:
        stop_all(daemons)
    run.rows.append(compare(run, "daemon sequential READ round trips/s, one client", sequential, 0.9))
    label = "daemon pipelined READs/s, %d clients x %d outstanding" % (size.clients, size.depth)
    run.rows.append(compare(run, label, pipelined, 2))
    if pinned:
        run.rows.append(compare(run, label + ", daemon alone on a core", pinned, None))
        run.note("pipelined READs, daemon alone on a core: each daemon pinned to one CPU and the "
                 "client processes to the other (the other rows leave placement to the scheduler).")


def mixed_rows(run):
    """70% READ, 25% WRITE, 5% transactions, ours against C xenstored, default settings."""
    size = run.options
    daemons = run.daemons("mixed")
    try:
        live = [daemon for daemon in daemons if daemon is not None]
        for daemon in live:
            mixed.populate(daemon, size.clients)
        figures = {}
        for _round in range(2 * size.rounds):
            for daemon in live:
                figures[daemon.name] = max(figures.get(daemon.name, 0.0),
                                           mixed.mixed(daemon, size.clients, size.mixed_ops))
    finally:
        stop_all(daemons)
    run.rows.append(compare(run, "daemon mixed load ops/s (70%% read, 25%% write, 5%% transactions), "
                            "%d clients, default settings" % size.clients, figures, 1))


def durable_rows(run):
    """--fsync always (group commit) against one synced TDB commit per write."""
    size = run.options
    ours, single, baseline = group_commit.figures(run.directory, size.clients, size.depth,
                                                  size.durable_writes, size.baseline_writes, size.rounds)
    what = "raw tdb, one store + synced commit per write"
    run.rows.append(throughput_row("daemon writes/s, --fsync always, %d clients x %d outstanding"
                                   % (size.clients, size.depth), ours, baseline, what, 10))
    run.rows.append(throughput_row("daemon writes/s, --fsync always, %d clients x 1 outstanding"
                                   % size.clients, single, baseline, what, None))


def module_rows(run):
    """One xenstore_key task against looped command: xenstore-write tasks."""
    size = run.options
    daemon = start_ours(run.directory, "modules")
    try:
        ours = min(key_task.one_task(run.directory, daemon, size.module_keys) for _round in range(size.rounds))
        loop = key_task.looped_command(run.directory, daemon, size.loop_keys)
    finally:
        daemon.stop()
    run.rows.append(faster_row("one xenstore_key task, %s keys (task time per key)" % "{:,}".format(size.module_keys),
                               ours, loop, "%s looped command: xenstore-write tasks, per key"
                               % "{:,}".format(size.loop_keys), 100, unit="ms"))


def tree_rows(run):
    """xenstore_facts, start-up and RSS with the large tree."""
    size = run.options
    leaves = bigtree.items(size.nodes)
    nodes = bigtree.node_count(leaves)
    shown = "{:,}".format(nodes)
    database = bigtree.build_ours(run.directory, leaves)
    start_seconds, ours = startup.fastest_start(run.directory, database, size.rounds)
    reference = None
    try:
        reference = run.start_reference("ref-tree")
        if reference is not None:
            write_all(reference, leaves)
        # Interleaved: a slow spell of the machine hits one round of each side, not one side.
        task = whole = listing = None
        facts_file = facts.facts_file(run.directory, ours, bigtree.TOP)
        floor, listing_ours = [], []
        for _round in range(size.rounds):
            seconds, playbook_seconds = facts.facts_task(run.directory, ours, bigtree.TOP)
            if task is None or seconds < task:
                task, whole = seconds, playbook_seconds
            if reference is not None:
                seconds = facts.xenstore_ls(reference, bigtree.TOP)
                listing = seconds if listing is None else min(listing, seconds)
            listing_ours.append(facts.xenstore_ls(ours, bigtree.TOP))
            floor.append(facts.floor_task(run.directory, facts_file))
        empty = facts.empty_playbook(run.directory)
        ours_rss, ours_walked = memory.rss_after_walk(ours)
        ref_rss = None
        if reference is not None:
            ref_rss, ref_walked = memory.rss_after_walk(reference)
            if ref_walked != ours_walked:
                raise RuntimeError("the walks differ: %d nodes in ours, %d in C xenstored"
                                   % (ours_walked, ref_walked))
    finally:
        stop_all([ours, reference])
    label = "xenstore_facts, %s nodes via our daemon (task time)" % shown
    if listing is None:
        run.rows.append(missing_row(label, task, "s", ">= 5x faster", run.ref_reason()))
    else:
        run.rows.append(faster_row(label, task, listing, "xenstore-ls -f on C xenstored", 5))
    run.rows.append(faster_row("xenstore_facts, %s nodes, against xenstore-ls -f on the same daemon" % shown,
                               task, min(listing_ours), "xenstore-ls -f on our daemon", 5))
    run.rows.append(Row("floor: a task returning the same facts, reading no XenStore", min(floor), task,
                        "the xenstore_facts task above", min(floor) / task, "info", None, "s"))
    run.note("xenstore_facts: task %.2f s (bench_timer callback, task start to result on the controller); "
             "the whole ansible-playbook run took %.2f s, a playbook with one no-op task %.2f s. The floor row "
             "is Ansible's own cost of those facts (bench/library/facts_from_file.py); its ratio is the share "
             "of the task that is not reading XenStore." % (task, whole, empty))
    run.rows.append(Row("daemon start with %s nodes (to first reply)" % shown, start_seconds, None,
                        "(absolute)", None, "<= 1 s", start_seconds <= 1.0, "s"))
    label = "daemon RSS with %s nodes, after walking the whole tree" % shown
    if ref_rss is None:
        run.rows.append(missing_row(label, ours_rss, "MiB", "<= 3x", run.ref_reason()))
    else:
        run.rows.append(Row(label, ours_rss, ref_rss, REFERENCE, ours_rss / ref_rss, "<= 3x",
                            ours_rss / ref_rss <= 3, "MiB"))
    run.note("RSS walk: %d nodes (the whole store) through the client API's walk('/'); "
             "RSS ratio is ours / C xenstored (lower is better)." % ours_walked)


RUNNERS = {"engine": engine_rows, "reads": read_rows, "mixed": mixed_rows, "durable": durable_rows,
           "modules": module_rows, "tree": tree_rows}


def parse(argv):
    """Options; --quick sets tiny defaults that explicit options still override."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every row once at a tiny size")
    parser.add_argument("--only", help="comma-separated groups: %s" % ",".join(GROUPS))
    parser.add_argument("--no-reference", action="store_true", help="do not start C xenstored")
    for name, default in FULL.items():
        parser.add_argument("--" + name.replace("_", "-"), type=int, default=None,
                            help="default %d (--quick: %d)" % (default, QUICK[name]))
    options = parser.parse_args(argv)
    sizes = QUICK if options.quick else FULL
    for name, default in sizes.items():
        if getattr(options, name) is None:
            setattr(options, name, default)
    options.groups = GROUPS if not options.only else options.only.split(",")
    unknown = set(options.groups) - set(GROUPS)
    if unknown:
        parser.error("unknown group(s) %s; known: %s" % (", ".join(sorted(unknown)), ", ".join(GROUPS)))
    return options


def main(argv=None):
    """Run the groups, print the table; the exit status."""
    options = parse(sys.argv[1:] if argv is None else argv)
    run = Run(options)
    began, load_before = time.monotonic(), load_average()
    try:
        for group in GROUPS:
            if group in options.groups:
                group_began = time.monotonic()
                RUNNERS[group](run)
                print("bench: %s done in %.0f s" % (group, time.monotonic() - group_began),
                      file=sys.stderr, flush=True)
    finally:
        run.close()
    print(table(run.rows, judge=not options.quick))
    print()
    reason = run.ref_reason()
    if reason:
        print("- C xenstored: %s; its rows show our figures only." % reason)
    for note in run.notes:
        print("- " + note)
    print("- %s; %.0f s in all; load average %.2f before, %.2f after." % (
        "quick run: tiny sizes, the figures mean nothing" if options.quick else
        "best of %d rounds unless stated" % options.rounds,
        time.monotonic() - began, load_before, load_average()))
    version = run.reference.version if run.reference is not None else None
    print("- %s%s." % (machine(), "; %s" % version if version else ""))
    missed = [row.label for row in run.rows if row.met is False]
    if missed and not options.quick:
        print("MISSED: %s" % "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
