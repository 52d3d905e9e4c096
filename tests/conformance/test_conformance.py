"""Replay every conformance script against bin/xenstored; replies must equal the golden
transcript recorded from the real C xenstored 4.17, byte for byte."""

import pathlib
import shutil
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import xsreplay  # noqa: E402  (puts tests/support on sys.path)
from xs_harness import Daemon, make_workdir, uid_domid_args  # noqa: E402

SCRIPTS = sorted((HERE / "scripts").glob("*.xs"))
DOMAINS = range(1, 10)


def test_corpus_is_complete():
    """Every script has its golden transcript and the corpus is not trivially small."""
    missing = [script.name for script in SCRIPTS if not (HERE / "golden" / (script.stem + ".txt")).exists()]
    assert not missing, "scripts without golden transcripts: %s" % missing
    assert len(SCRIPTS) >= 150


@pytest.fixture()
def daemon():
    """A fresh bin/xenstored mapping uid 42000+N to domain N; yields its socket.

    Its folder is directly under /tmp and mode 0755: the peers acting as
    domains run as other uids and must reach the socket."""
    tmp_path = make_workdir("xs-conformance-")
    running = Daemon(tmp_path, uid_domid_args(DOMAINS)).start()
    yield str(running.socket)
    running.stop()
    shutil.rmtree(tmp_path, ignore_errors=True)


def first_difference(expected, actual):
    """The step number where two transcripts first differ."""
    for mine, theirs in zip(expected, actual):
        if mine != theirs:
            return int(mine.split(" ", 1)[0]) if mine[:3].isdigit() else int(theirs.split(" ", 1)[0])
    shorter = expected if len(expected) < len(actual) else actual
    longer = actual if shorter is expected else expected
    return int(longer[len(shorter)].split(" ", 1)[0])


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.stem for script in SCRIPTS])
def test_replies_match_c_xenstored(script, daemon):
    expected = (HERE / "golden" / (script.stem + ".txt")).read_text().splitlines()
    actual = xsreplay.replay(daemon, script.read_text())
    if actual != expected:
        step = first_difference(expected, actual)
        prefix = "%03d " % step
        pytest.fail("%s differs from C xenstored at step %d\n  C xenstored:\n    %s\n  bin/xenstored:\n    %s"
                    % (script.name, step,
                       "\n    ".join(line for line in expected if line.startswith(prefix)),
                       "\n    ".join(line for line in actual if line.startswith(prefix))),
                    pytrace=False)
