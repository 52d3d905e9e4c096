"""bench/run.py --quick: every row of the benchmark table is printed (figures are not checked).

The benchmarks are not timed tests: this runs each of them once at a tiny size,
only to prove the code works. Speed is `make bench`'s business.
"""

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The start of every row the issue asks for (labels carry sizes, which --quick changes).
ROWS = (
    "embedded writes/s",
    "embedded reads/s",
    "daemon sequential READ round trips/s",
    "daemon pipelined READs/s",
    "daemon mixed load",
    "daemon writes/s, --fsync always",
    "one xenstore_key task",
    "xenstore_facts",
    "daemon start with",
    "daemon RSS with",
)


@pytest.mark.parametrize("options", [[], ["--no-reference"]], ids=["with-c-xenstored", "without"])
def test_quick_run_prints_one_table_with_every_row(options):
    """Without C xenstored (not installable, or --no-reference) the daemon rows show ours alone."""
    finished = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "run.py"), "--quick"] + options,
                              capture_output=True, text=True, timeout=600, check=False)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    lines = finished.stdout.splitlines()
    headers = [line for line in lines if line.startswith("| row |")]
    assert len(headers) == 1, finished.stdout
    rows = [line for line in lines if line.startswith("| ") and not line.startswith(("| row |", "| ---"))]
    for start in ROWS:
        assert any(row.startswith("| " + start) for row in rows), "no row %r in:\n%s" % (start, finished.stdout)
    table = lines[lines.index(headers[0]):]
    assert all(line.startswith("|") for line in table[:len(rows) + 2]), "the table is not in one piece"
