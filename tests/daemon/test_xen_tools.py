"""Xen's own clients from xen-utils-4.17: test-xenstore and the real xenstore-control.

Fetched with fetch_xen_utils.sh (apt-get download + dpkg -x, cached outside the repo);
a failed fetch fails these tests.
"""

import re
import subprocess

from xs_harness import DOMAIN_ID, DOMAIN_UID, drop_to_uid

TESTS = ["read 1", "read 2000", "write 1", "write 2000", "dir", "rm node", "rm dir",
         "ta empty", "ta empty x", "ta rmw", "ta rmw x", "ta err"]

HELP = (b"check\t\nlog\ton|off\nlive-update\t[-c <cmdline>] [-F] [-t <timeout>] <file>\n"
        b"    Default timeout is 60 seconds.\nlogfile\t<file>\nmemreport\t[<file>]\n"
        b"print\t<string>\nquota\t[set <name> <val>|<domid>]\nquota-soft\t[set <name> <val>]\n"
        b"help\t\n")

QUOTA = (b"Quota settings:\n"
         b"nodes            :     1000 Nodes per domain\n"
         b"watches          :      128 Watches per domain\n"
         b"transactions     :       10 Transactions per domain\n"
         b"outstanding      :       20 Outstanding requests per domain\n"
         b"transaction-nodes:     1024 Max. number of accessed nodes per transaction\n"
         b"memory           :  2621440 Total Xenstore memory per domain (error level)\n"
         b"node-size        :     2048 Max. size of a node\n"
         b"path-max         :     2048 Max. length of a node path\n"
         b"permissions      :        5 Max. number of permissions per node\n")


def _test_lines(stdout):
    return [line.split(":")[0].rstrip() for line in stdout.decode().splitlines()]


def test_test_xenstore_lists_its_tests(xen_utils, daemon):
    result = xen_utils.run(daemon, "test-xenstore", "-l")
    assert result.returncode == 0, result.stderr
    assert _test_lines(result.stdout) == TESTS


def test_test_xenstore_all(xen_utils, daemon):
    result = xen_utils.run(daemon, "test-xenstore")
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert result.stderr == b""
    lines = result.stdout.decode().splitlines()
    assert _test_lines(result.stdout) == TESTS
    for line in lines:
        assert re.fullmatch(r".{10}: \d+ ns", line), line
    # It cleaned up after itself (its nodes lived under /local/domain/0/xenstore-test/<pid>).
    with daemon.connect() as conn:
        assert conn.directory("/local/domain/0") == []


def test_test_xenstore_iterations(xen_utils, daemon):
    result = xen_utils.run(daemon, "test-xenstore", "-i", "3")
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert _test_lines(result.stdout) == TESTS
    for line in result.stdout.decode().splitlines():
        assert re.fullmatch(r".{10}: avg: \d+ ns \(\d+ ns \.\. \d+ ns\)", line), line


def test_test_xenstore_as_unprivileged_domain(xen_utils, domain_daemon, workdir):
    """test-xenstore works with relative paths: as domain 5 they live under /local/domain/5."""
    with domain_daemon.connect() as conn:
        conn.introduce(DOMAIN_ID)
        conn.mkdir("/local/domain/5")
        conn.set_perms("/local/domain/5", "n5")
    tools = xen_utils.copy_to(workdir / "xen")        # the cache under /root is not readable by the uid
    result = subprocess.run(check=False, args=[str(tools.bin / "test-xenstore")], env=tools.env(domain_daemon),
                            capture_output=True, timeout=60, preexec_fn=drop_to_uid(DOMAIN_UID))
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert _test_lines(result.stdout) == TESTS
    # Everything happened below /local/domain/5 (dom0's home does not even exist, and the
    # domain may not create it), and test-xenstore removed its nodes again.
    with domain_daemon.connect() as conn:
        assert conn.directory("/local/domain") == ["5"]
        assert conn.directory("/local/domain/5") == []


def test_test_xenstore_without_daemon(xen_utils, daemon):
    daemon.stop_cleanly()
    result = xen_utils.run(daemon, "test-xenstore")
    assert result.returncode == 2
    assert result.stderr == b"could not connect to xenstore\n"


def control(xen_utils, daemon, *args, uid=None):
    if uid is not None:
        xen_utils = xen_utils.copy_to(daemon.dir / "xen")
    return subprocess.run(check=False, args=[str(xen_utils.bin / "xenstore-control")] + list(args),
                          env=xen_utils.env(daemon), capture_output=True, timeout=60,
                          preexec_fn=drop_to_uid(uid) if uid is not None else None)


def test_xenstore_control_check(xen_utils, daemon):
    result = control(xen_utils, daemon, "check")
    assert (result.returncode, result.stdout, result.stderr) == (0, b"OK\n", b"")


def test_xenstore_control_help(xen_utils, daemon):
    result = control(xen_utils, daemon, "help")
    assert (result.returncode, result.stdout, result.stderr) == (0, HELP + b"\n", b"")


def test_xenstore_control_quota(xen_utils, daemon):
    result = control(xen_utils, daemon, "quota")
    assert (result.returncode, result.stdout, result.stderr) == (0, QUOTA + b"\n", b"")
    result = control(xen_utils, daemon, "quota-soft")
    assert result.returncode == 0
    assert result.stdout == (b"Quota settings:\n"
                             b"memory           :  2097152 Total Xenstore memory per domain (warning level)\n\n")
    result = control(xen_utils, daemon, "quota", "set", "nodes", "2000")
    assert (result.returncode, result.stdout) == (0, b"OK\n")
    result = control(xen_utils, daemon, "quota")
    assert result.stdout.splitlines()[1] == b"nodes            :     2000 Nodes per domain"
    result = control(xen_utils, daemon, "quota", "0")
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert lines[0] == "Domain 0:"
    assert [line[:18] for line in lines[1:6]] == [
        "nodes           : ", "watches         : ", "transactions    : ",
        "outstanding     : ", "memory          : "]
    assert lines[6:] == [""]


def test_xenstore_control_quota_command_line(xen_utils, start_daemon):
    daemon = start_daemon("-Q", "nodes=5", "--watch-nb", "7")
    result = control(xen_utils, daemon, "quota")
    lines = result.stdout.splitlines()
    assert lines[1] == b"nodes            :        5 Nodes per domain"
    assert lines[2] == b"watches          :        7 Watches per domain"


def test_xenstore_control_errors(xen_utils, daemon):
    result = control(xen_utils, daemon, "bogus")
    assert result.returncode == 3
    assert result.stdout == b""
    assert result.stderr == b"Command not supported. Valid commands are:\n" + HELP + b"\n"
    for args in (["check", "x"], ["quota", "set", "nodes", "0"], ["quota", "set", "nosuch", "3"]):
        result = control(xen_utils, daemon, *args)
        assert result.returncode == 3, args
        assert result.stderr.startswith(b"Command not supported."), args
    result = control(xen_utils, daemon, "quota", "7")
    assert (result.returncode, result.stderr) == (3, b"Error 2 when trying to execute command.\n")
    result = control(xen_utils, daemon)
    assert result.returncode == 2
    assert result.stderr == b"Usage:\n%s <command> [<arg>...]\n" % str(xen_utils.bin / "xenstore-control").encode()
    for args in (["print", "hello"], ["log", "on"]):
        result = control(xen_utils, daemon, *args)
        assert (result.returncode, result.stdout) == (0, b"OK\n"), args


def test_xenstore_control_is_privileged(xen_utils, domain_daemon):
    with domain_daemon.connect() as conn:
        conn.introduce(DOMAIN_ID)
    result = control(xen_utils, domain_daemon, "check", uid=DOMAIN_UID)
    assert (result.returncode, result.stdout, result.stderr) == (
        3, b"", b"Error 13 when trying to execute command.\n")


def test_xenstore_control_without_daemon(xen_utils, daemon):
    daemon.stop_cleanly()
    result = control(xen_utils, daemon, "check")
    assert (result.returncode, result.stderr) == (1, b"Failed to contact Xenstored.\n")


def test_xenstore_control_quota_of_a_domain(xen_utils, domain_daemon):
    with domain_daemon.connect() as dom0:
        dom0.introduce(DOMAIN_ID)
        dom0.mkdir("/local/domain/5")
        dom0.set_perms("/local/domain/5", "n0", "b5")
        with domain_daemon.connect_as(DOMAIN_UID) as dom:
            dom.write("a", "1")
            dom.write("b/c", "2")                     # two nodes: b and b/c
            dom.watch("a", "w")
            dom.start()
            result = control(xen_utils, domain_daemon, "quota", "5")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    # As C xenstored 4.17 answers (its memory figure is its own allocator's: not compared).
    assert lines[:5] == ["Domain 5:",
                         "nodes           :        3",
                         "watches         :        1",
                         "transactions    :        1",
                         "outstanding     :        0"]
    assert re.fullmatch(r"memory          : +\d+", lines[5])
    assert lines[6:] == [""]
    result = control(xen_utils, domain_daemon, "quota", "6")
    assert (result.returncode, result.stderr) == (3, b"Error 2 when trying to execute command.\n")


def test_test_xenstore_concurrent_and_random(xen_utils, daemon):
    """Four test-xenstore processes at once (their trees share parents), then random tests."""
    procs = [subprocess.Popen([str(xen_utils.bin / "test-xenstore"), "-i", "2"], env=xen_utils.env(daemon),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _unused in range(4)]
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 0, (stdout, stderr)
        assert _test_lines(stdout) == TESTS
    result = xen_utils.run(daemon, "test-xenstore", "-r", "2")      # 1 to 2 s (whole seconds)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    result = control(xen_utils, daemon, "check")
    assert (result.returncode, result.stdout) == (0, b"OK\n")
