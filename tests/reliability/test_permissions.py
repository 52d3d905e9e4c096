"""Permission matrix of an unprivileged domain: bin/xenstored must answer every request exactly
as the real C xenstored 4.17 did.

permissions/generate.py writes the request scripts (permissions/scripts/*.xs: every operation
against every permission combination, ownership of created nodes, SET_PERMS rules, relative
paths, XSA-115 event filtering, @introduceDomain/@releaseDomain permissions, the per-domain
quotas); hacking/record-golden.sh recorded their transcripts from the real C xenstored
over the domains' rings (permissions/golden/*.txt). Each script is replayed here with the
conformance suite's replayer (tests/conformance/xsreplay.py) against a fresh bin/xenstored
mapping uid 4200N to domain N (N = 1..9), and compared byte for byte. Cases where C is plainly
buggy are left out of the corpus: docs/compatibility.md lists them.

Also: the read-only socket (socket_ro) refuses every modifying request, for dom0 and domains.
"""

import pathlib
import re
import subprocess
import sys

import pytest

import crash_support as cs
from crash_support import xsreplay
from xs_harness import uid_domid_args  # noqa: E402  (crash_support sets sys.path)

HERE = pathlib.Path(__file__).resolve().parent / "permissions"
SCRIPTS = sorted((HERE / "scripts").glob("*.xs"))
DOMAINS = range(1, 10)
UID_BASE = 42000
CHECKED = {"scripts": 0, "cases": 0, "lines": 0}


def cases_of(script):
    match = re.search(r"^# cases: (\d+)$", script.read_text(), re.M)
    return int(match.group(1)) if match else 0


def test_scripts_are_what_the_generator_writes():
    result = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    missing = [script.name for script in SCRIPTS if not (HERE / "golden" / (script.stem + ".txt")).exists()]
    assert not missing, "scripts without golden transcripts (run hacking/record-golden.sh): %s" % missing
    assert len(SCRIPTS) >= 15
    assert sum(cases_of(script) for script in SCRIPTS) >= 3000


@pytest.fixture()
def daemon():
    """A fresh bin/xenstored in a folder directly under /tmp (mode 0755), uid 4200N acting as domain N."""
    running = cs.Daemon(cs.make_workdir("xs-perms-"), uid_domid_args(DOMAINS))
    try:
        yield running.start()
        running.stop_cleanly()
    finally:
        running.cleanup()


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.stem for script in SCRIPTS])
def test_domain_requests_match_c_xenstored(script, daemon):
    assert xsreplay.UID_BASE == UID_BASE
    expected = (HERE / "golden" / (script.stem + ".txt")).read_text().splitlines()
    actual = xsreplay.replay(str(daemon.socket), script.read_text())
    if actual != expected:
        longer = expected if len(expected) > len(actual) else actual
        step = next((line.split(" ", 1)[0] for line, other in zip(expected, actual) if line != other), None)
        step = step or longer[min(len(expected), len(actual))][:3]
        pytest.fail("%s differs from C xenstored at step %s\n  C xenstored:\n    %s\n  bin/xenstored:\n    %s"
                    % (script.name, step,
                       "\n    ".join(line for line in expected if line.startswith(step + " ")),
                       "\n    ".join(line for line in actual if line.startswith(step + " "))),
                    pytrace=False)
    CHECKED["scripts"] += 1
    CHECKED["cases"] += cases_of(script)
    CHECKED["lines"] += len(expected)


MODIFYING = (("WRITE", cs.WRITE, b"/ro/a\0x"), ("MKDIR", cs.MKDIR, b"/ro/new\0"), ("RM", cs.RM, b"/ro/a\0"),
             ("SET_PERMS", cs.SET_PERMS, b"/ro/a\0b0\0"), ("INTRODUCE", cs.INTRODUCE, b"4\0" b"0\0" b"1\0"),
             ("CONTROL", cs.CONTROL, b"check\0"))


def test_socket_ro_cannot_write(daemon, capsys):
    """socket_ro (C xenstored had it until 4.14, with EACCES for modifying requests): reads,
    watches and read-only transactions work; every modifying request, alone or in a
    transaction, is refused with EACCES, for dom0 and for a domain; nothing changes."""
    checked = 0
    with daemon.connect() as conn:
        conn.write("/ro/a", b"before")
        conn.call(cs.INTRODUCE, b"1\0" b"0\0" b"1\0")
        conn.call(cs.SET_PERMS, b"/ro/a\0n0\0b1\0")
    readonly_dom0 = daemon.connect(readonly=True)
    readonly_domain = cs.Conn(sock=cs.connect_as(daemon.socket_ro, UID_BASE + 1))
    for conn in (readonly_dom0, readonly_domain):
        with conn:
            assert conn.read("/ro/a") == b"before"
            conn.call(cs.WATCH, b"/ro\0tok\0")
            for name, msg_type, payload in MODIFYING:
                with pytest.raises(cs.XsError) as refused:
                    conn.call(msg_type, payload)
                assert refused.value.args[0] == "EACCES", name
                checked += 1
            tx = conn.start()
            assert conn.read("/ro/a", tx) == b"before"
            for name, msg_type, payload in MODIFYING[:4]:
                with pytest.raises(cs.XsError) as refused:
                    conn.call(msg_type, payload, tx)
                assert refused.value.args[0] == "EACCES", name + " in a transaction"
                checked += 1
            assert conn.end(tx) == b"OK\0"
            conn.sync()
            assert conn.events == [b"/ro\0tok\0"], "a refused request fired a watch"
    with daemon.connect() as conn:
        assert conn.read("/ro/a") == b"before"
        assert conn.directory("/ro") == ["a"]
        assert conn.call(cs.GET_PERMS, b"/ro/a\0") == b"n0\0b1\0"
    cs.report(capsys, "permissions-socket-ro", refused_requests_checked=checked)


def test_zz_report_matrix_figures(capsys):
    """Runs last in this file (pytest keeps file order): the figures of the scripts replayed
    identically in this process (all of them, unless deselected or spread over xdist workers)."""
    cs.report(capsys, "permissions-matrix", scripts_identical=CHECKED["scripts"], scripts=len(SCRIPTS),
              cases_checked=CHECKED["cases"], transcript_lines=CHECKED["lines"],
              cases_in_corpus=sum(cases_of(script) for script in SCRIPTS))
