"""CONTROL commands that touch files or the daemon's own state: memreport, logfile, log,
live-update, and quota values out of range; answers as C xenstored 4.17 gives them
(checked with the real xenstore-control against /work/shared/tools/ref-xenstored).

C answers EBADF when memreport has nowhere to write; EBADF is not in xsd_errors, so the
wire says EINVAL and xenstore-control prints its "Command not supported." help.
"""

import os
import re
import subprocess
import sys

from xs_harness import CONTROL, READ, XsError

UNSUPPORTED = b"Command not supported. Valid commands are:\n"


def control(xen_utils, daemon, *args):
    """The real xenstore-control against ``daemon``: (exit status, stdout, stderr)."""
    result = subprocess.run(check=False, args=[str(xen_utils.bin / "xenstore-control")] + [str(a) for a in args],
                            env=xen_utils.env(daemon), capture_output=True, timeout=60)
    return result.returncode, result.stdout, result.stderr


def refused(conn, *words):
    """The wire error of a CONTROL request that must fail."""
    try:
        reply = conn.control(*words)
    except XsError as error:
        return error.name
    raise AssertionError("CONTROL %r answered %r" % (words, reply))


def reports(path):
    """Memory reports found in ``path``: their header lines."""
    return re.findall(r"^\*\*\* .* memory report of xen.xenstore xenstored pid \d+$", path.read_text(), re.M)


def trace_fds(daemon, path):
    """Descriptors of the daemon open on ``path``."""
    fd_dir = "/proc/%d/fd" % daemon.pid
    return [fd for fd in os.listdir(fd_dir) if os.readlink(os.path.join(fd_dir, fd)) == str(path)]


# -- memreport -------------------------------------------------------------------------------

def test_memreport_refuses_two_files(xen_utils, daemon, workdir):
    status, stdout, stderr = control(xen_utils, daemon, "memreport", workdir / "a", workdir / "b")
    assert (status, stdout) == (3, b"")
    assert stderr.startswith(UNSUPPORTED)
    assert not (workdir / "a").exists() and not (workdir / "b").exists()


def test_memreport_appends_a_report_to_a_file(xen_utils, daemon, workdir):
    report = workdir / "report"
    for _attempt in range(2):
        assert control(xen_utils, daemon, "memreport", report) == (0, b"OK\n", b"")
    text = report.read_text()
    headers = reports(report)
    assert len(headers) == 2 and all(header.endswith(" pid %d" % daemon.pid) for header in headers)
    figures = dict(re.findall(r"^([a-zA-Z ()]+): +(\d+)", text, re.M))
    assert int(figures["VmRSS"]) > 0 and int(figures["VmHWM"]) >= int(figures["VmRSS"])
    assert figures["nodes"] == "3"         # /, /tool, /tool/xenstored
    assert figures["domains introduced"] == "1"
    assert figures["connections"] == "1"    # xenstore-control itself
    assert figures["watches"] == figures["open transactions"] == "0"


def test_memreport_counts_what_the_daemon_holds(daemon, workdir):
    report = workdir / "report"
    with daemon.connect() as conn:
        conn.watch("/a", "w")
        conn.start()
        conn.introduce(5)
        assert conn.control("memreport", str(report)) == b"OK\0"
    figures = dict(re.findall(r"^([a-z ]+): +(\d+)$", report.read_text(), re.M))
    assert (figures["watches"], figures["open transactions"], figures["domains introduced"]) == ("1", "1", "2")


def test_memreport_to_a_file_that_cannot_be_opened(xen_utils, daemon, workdir):
    status, _stdout, stderr = control(xen_utils, daemon, "memreport", workdir / "no" / "such")
    assert status == 3 and stderr.startswith(UNSUPPORTED)
    with daemon.connect() as conn:
        assert refused(conn, "memreport", "") == "EINVAL"
        assert refused(conn, "memreport", str(workdir)) == "EINVAL"


def test_memreport_relative_file_is_in_the_daemons_folder(daemon):
    with daemon.connect() as conn:
        assert conn.control("memreport", "relative") == b"OK\0"
    assert len(reports(daemon.dir / "relative")) == 1


def test_memreport_without_file_needs_a_trace_file(xen_utils, daemon, workdir):
    status, _stdout, stderr = control(xen_utils, daemon, "memreport")
    assert status == 3 and stderr.startswith(UNSUPPORTED)
    trace = workdir / "trace"
    with daemon.connect() as conn:
        assert refused(conn, "memreport") == "EINVAL"
        conn.control("logfile", str(trace))
        assert conn.control("memreport") == b"OK\0"          # into the open trace
        assert len(reports(trace)) == 1
        conn.control("log", "off")
        assert conn.control("memreport") == b"OK\0"          # closed: appended to the named file
        assert len(reports(trace)) == 2
        assert trace_fds(daemon, trace) == []
        conn.control("logfile", str(workdir / "no" / "such"))  # OK, though it cannot be opened
        assert refused(conn, "memreport") == "EINVAL"


# -- logfile, log ----------------------------------------------------------------------------

def test_logfile_opens_the_trace_and_log_switches_it(xen_utils, daemon, workdir):
    trace = workdir / "trace"
    assert control(xen_utils, daemon, "logfile", trace) == (0, b"OK\n", b"")
    assert trace.exists() and trace.stat().st_mode & 0o777 == 0o600
    assert len(trace_fds(daemon, trace)) == 1
    with daemon.connect() as conn:
        conn.control("log", "off")
        assert trace_fds(daemon, trace) == []
        conn.write("/off", "x")
        assert "/off" not in trace.read_text()
        conn.control("log", "on")
        assert len(trace_fds(daemon, trace)) == 1
        conn.write("/on", "x")
    assert '"/on\\0x"' in trace.read_text()
    assert trace.read_text().count("trace opened") == 2
    daemon.stop_cleanly()
    assert daemon.returncode == 0


def test_log_on_without_logfile_and_bad_arguments(daemon):
    files = sorted(os.listdir(daemon.dir))
    with daemon.connect() as conn:
        assert conn.control("log", "on") == b"OK\0"
        assert conn.control("log", "off") == b"OK\0"
        for words in (["log"], ["log", "x"], ["log", "on", "off"], ["logfile"], ["logfile", "a", "b"]):
            assert refused(conn, *words) == "EINVAL", words
    assert sorted(os.listdir(daemon.dir)) == files


def test_trace_lines(daemon, workdir):
    trace = workdir / "trace"
    with daemon.connect() as conn:
        conn.control("logfile", str(trace))
        conn.write("/a", b"hello\x01\n\"\\" + b"\xff")
        conn.read("/a")                                         # the fast path
        conn.directory("/")
        assert conn.error(READ, b"/missing\0") == "ENOENT"
        tx = conn.start()
        conn.read("/a", tx)
        conn.write("/big", b"y" * 1000)
        conn.watch("/a", "tok")
        conn.call(CONTROL, b"log\0off\0")
        conn.read("/a")
    lines = trace.read_text().splitlines()
    assert lines[0] == "" and re.fullmatch(r"\*\*\* [-0-9]+ [:.0-9]+ xen.xenstore xenstored pid %d: trace opened"
                                           % daemon.pid, lines[1])
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6} "
    assert all(re.match(stamp, line) for line in lines[2:]), lines
    body = [re.sub(stamp, "", line) for line in lines[2:]]
    me = "conn 1 dom 0 pid %d" % os.getpid()
    assert body == [
        'OUT %s CONTROL req 1 tx 0 "OK\\0"' % me,
        'IN  %s WRITE req 2 tx 0 "/a\\0hello\\x01\\n\\"\\\\\\xff"' % me,
        'OUT %s WRITE req 2 tx 0 "OK\\0"' % me,
        'IN  %s READ req 3 tx 0 "/a\\0"' % me,
        'OUT %s READ req 3 tx 0 "hello\\x01\\n\\"\\\\\\xff"' % me,
        'IN  %s DIRECTORY req 4 tx 0 "/\\0"' % me,
        body[6],
        'IN  %s READ req 5 tx 0 "/missing\\0"' % me,
        'OUT %s ERROR req 5 tx 0 "ENOENT\\0"' % me,
        'IN  %s TRANSACTION_START req 6 tx 0 "\\0"' % me,
        'OUT %s TRANSACTION_START req 6 tx 0 "%d\\0"' % (me, tx),
        'IN  %s READ req 7 tx %d "/a\\0"' % (me, tx),
        'OUT %s READ req 7 tx %d "hello\\x01\\n\\"\\\\\\xff"' % (me, tx),
        'IN  %s WRITE req 8 tx 0 "/big\\0%s"...+749' % (me, "y" * 251),
        'OUT %s WRITE req 8 tx 0 "OK\\0"' % me,
        'IN  %s WATCH req 9 tx 0 "/a\\0tok\\0"' % me,
        'OUT %s WATCH req 9 tx 0 "OK\\0"' % me,
        'OUT %s WATCH_EVENT req 0 tx 0 "/a\\0tok\\0"' % me,
        'IN  %s CONTROL req 10 tx 0 "log\\0off\\0"' % me,
    ]
    assert body[6].startswith('OUT %s DIRECTORY req 4 tx 0 "' % me) and "tool\\0" in body[6]


def test_logfile_relative_to_the_daemons_folder(daemon):
    with daemon.connect() as conn:
        conn.control("logfile", "rel-trace")
        conn.read("/")
    assert "READ req 2" in (daemon.dir / "rel-trace").read_text()


def test_logfile_that_cannot_be_opened_answers_ok(xen_utils, daemon, workdir):
    assert control(xen_utils, daemon, "logfile", workdir / "no" / "such") == (0, b"OK\n", b"")
    assert control(xen_utils, daemon, "log", "on") == (0, b"OK\n", b"")


# -- live-update -----------------------------------------------------------------------------

def test_live_update_of_a_missing_binary(xen_utils, daemon):
    assert control(xen_utils, daemon, "live-update", "/nonexistent") == (
        3, b"", b"Setting update binary failed:\nFile not accessible.\n")


def test_live_update_is_refused_with_a_message(xen_utils, daemon):
    status, stdout, stderr = control(xen_utils, daemon, "live-update", sys.executable)
    assert (status, stdout) == (3, b"")
    assert stderr.startswith(b"Setting update binary failed:\nLive update is not supported by this xenstored")


def test_live_update_options(daemon, workdir):
    readable = workdir / "readable"
    readable.write_text("x")
    with daemon.connect() as conn:
        # C 4.17 in a daemon without a live-update session (ours never has one).
        assert conn.control("live-update", "-f", "/nonexistent") == b"File not accessible.\0"
        assert conn.control("live-update", "-f", str(readable)) == b"File not executable.\0"
        assert conn.control("live-update", "-a") == b"No live-update session active.\0"
        assert conn.control("live-update", "-c", "cmdline") == b"Not in live-update session.\0"
        for start in (["-s"], ["-s", "-t", "5", "-F"], ["-s", "-t", "-F"], ["-s", "-F", "-F", "-F", "-x"]):
            assert conn.control("live-update", *start) == b"Not in live-update session.\0", start
        for words in ([], ["-x"], ["-f"], ["-f", "a", "b"], ["-a", "x"], ["-c"], ["-c", "a", "b"],
                      ["-s", "-x"], ["-s", "-t"], ["-s", "-F", "-t"], ["-b", "100"], ["-d", "5", "abc"],
                      [str(readable)]):
            assert refused(conn, "live-update", *words) == "EINVAL", words


# -- quota -----------------------------------------------------------------------------------

def test_quota_set_beyond_long_is_refused(xen_utils, daemon):
    status, _stdout, stderr = control(xen_utils, daemon, "quota", "set", "nodes", "99999999999999999999")
    assert status == 3 and stderr.startswith(UNSUPPORTED)
    assert control(xen_utils, daemon, "quota")[1].splitlines()[1] == b"nodes            :     1000 Nodes per domain"
