"""Daemon start-up with a large tree: seconds from exec of bin/xenstored to its first reply.

The clock starts before the process is created and stops when a GET_DOMAIN_PATH
on its socket is answered: interpreter start, imports, opening the TDB, the
start-up scan (node counts, generation) and binding the sockets. There is no
baseline: C xenstored 4.17 cannot start from a stored tree (it always starts
empty), so the row is absolute.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import start_ours  # noqa: E402


def timed_start(directory, database, name):
    """(seconds to the first reply, the running Daemon)."""
    start = time.perf_counter()
    daemon = start_ours(directory, name, database=database)
    return time.perf_counter() - start, daemon


def fastest_start(directory, database, rounds):
    """(best of ``rounds`` start-up times, the last daemon started, still running)."""
    times = []
    daemon = None
    for round_index in range(rounds):
        if daemon is not None:
            daemon.stop()
        seconds, daemon = timed_start(directory, database, "start%d" % round_index)
        times.append(seconds)
    return min(times), daemon
