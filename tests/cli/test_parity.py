"""Our tools against Debian's xenstore-utils 4.17 (and xen-utils' xenstore-control), byte for byte.

Both run against the same bin/xenstored with the same arguments, environment and argv[0]
(see conftest); stdout, stderr and exit status must be identical, and for modifying cases
so must the store they leave behind (each starts from freshly reset scratch subtrees).
"""

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
import time

import pytest

from xs_cli_cases import CASES
from xs_cli_support import SCRATCH, dump, reset_scratch


def environment(daemon, case, stale, workdir):
    env = daemon.env
    for name, value in case.env.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value.format(stale=stale, missing=str(workdir / "missing" / "socket"),
                                     daemon_dir=str(daemon.dir))
    return env


def scratch_state(daemon):
    with daemon.client() as client:
        return [node for top in SCRATCH for node in dump(client, top)]


def explain(argv, results):
    lines = ["argv: %r" % (argv,)]
    for which, (code, stdout, stderr) in results.items():
        lines.append("%-4s exit %d\n  stdout %r\n  stderr %r" % (which, code, stdout[:2000], stderr[:2000]))
    return "\n".join(lines)


def run_both(tools, daemon, argv, env, modifies):
    results, states = {}, {}
    for which in ("real", "ours"):
        if modifies:
            with daemon.client() as client:
                reset_scratch(client)
        results[which] = tools.run(which, argv, env)
        if modifies:
            states[which] = scratch_state(daemon)
    return results, states


def test_enough_cases():
    assert len(CASES) >= 40
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_parity(case, tools, daemon, stale, workdir):
    env = environment(daemon, case, stale, workdir)
    results, states = run_both(tools, daemon, case.argv, env, case.modifies)
    assert results["ours"] == results["real"], explain(case.argv, results)
    if case.modifies:
        assert states["ours"] == states["real"], "store differs after %r" % (case.argv,)


def test_quota_set_parity(tools, daemon):
    """``quota set`` changes the daemon: each tool sets, shows, and restores the default."""
    for which in ("real", "ours"):
        outputs = [tools.run(which, ["xenstore-control"] + args, daemon.env)
                   for args in (["quota", "set", "nodes", "2345"], ["quota"],
                                ["quota", "set", "nodes", "1000"], ["quota"])]
        if which == "real":
            expected = outputs
        else:
            assert outputs == expected
    assert b"2345" in expected[1][1]


def _read_line(stream, timeout=10.0):
    deadline = time.monotonic() + timeout
    line = b""
    while not line.endswith(b"\n"):
        ready = select.select([stream], [], [], max(0.0, deadline - time.monotonic()))[0]
        assert ready, "no watch event within %.0f s (got %r)" % (timeout, line)
        byte = os.read(stream.fileno(), 1)
        assert byte, "watcher exited early (got %r)" % line
        line += byte
    return line


WATCHES = [
    (["-n", "3", "/m/w"], 1, ["/m/w/one", "/m/w/two"]),
    (["--number=2", "m/r"], 1, ["/local/domain/0/m/r/s"]),
    (["-n", "4", "/m/w", "/m/e"], 2, ["/m/e/x", "/m/w"]),
    (["-n", "1", "@introduceDomain"], 1, []),
]


@pytest.mark.parametrize("args, initial, writes", WATCHES, ids=["absolute", "relative", "two-keys", "special"])
def test_watch_parity(tools, daemon, args, initial, writes):
    """xenstore-watch: the initial events, then one line per change, exit after -n events."""
    results = {}
    for which in ("real", "ours"):
        with daemon.client() as client:
            reset_scratch(client)
            process = tools.popen(which, ["xenstore-watch"] + args, daemon.env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            lines = [_read_line(process.stdout) for _index in range(initial)]
            for path in writes:
                client.write(path, b"changed")
            try:
                rest, stderr = process.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                rest, stderr = process.communicate()
        results[which] = (process.returncode, b"".join(lines) + rest, stderr)
    assert results["ours"] == results["real"], explain(args, results)


def _run_on_terminal(tools, which, argv, env, columns):
    """Run with stdout on a pty of ``columns`` columns; (exit, output, stderr)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = tools.popen(which, argv, env, stdout=slave, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL)
    os.close(slave)
    output = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.close(master)
    stderr = process.stderr.read()
    process.wait(timeout=20)
    return process.returncode, output, stderr


TERMINALS = [(20, ["-p", "/data"]), (50, ["-f", "/data"]), (0, ["-p", "/data/sub"]), (100, ["-p", "/data"])]


@pytest.mark.parametrize("columns, args", TERMINALS, ids=["20-perms", "50-flat", "0-perms", "100-perms"])
def test_ls_on_terminal_parity(tools, daemon, columns, args):
    """On a terminal xenstore-ls truncates at ws_col - 2, even with -f (reference 6.2)."""
    results = {which: _run_on_terminal(tools, which, ["xenstore-ls"] + args, daemon.env, columns)
               for which in ("real", "ours")}
    assert results["ours"] == results["real"], explain(args, results)
    assert results["real"][0] == 0 and results["real"][1]


def test_ls_broken_pipe_parity(tools, daemon):
    """A reader that goes away: both die of SIGPIPE once the pipe is closed."""
    results = {}
    for which in ("real", "ours"):
        read_end, write_end = os.pipe()
        os.close(read_end)
        process = tools.popen(which, ["xenstore-ls", "-p", "/many"], daemon.env,
                              stdout=write_end, stderr=subprocess.PIPE)
        os.close(write_end)
        stderr = process.communicate(timeout=20)[1]
        results[which] = (process.returncode, b"", stderr)
    assert results["ours"] == results["real"], explain(["xenstore-ls", "-p", "/many"], results)
