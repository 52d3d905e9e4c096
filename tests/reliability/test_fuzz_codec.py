"""Coverage-guided fuzzing of the codec and of dispatch (atheris), and a hypothesis fuzz of both.

atheris runs fuzz_codec.py in a subprocess (libFuzzer options: a run count in SHORT mode,
minutes in FULL mode); a crash, an escaped exception or a broken contract fails the
test with the libFuzzer output and the crashing input. Without atheris (not installable
on this Python), the atheris tests run the hypothesis fuzz instead, with a warning saying so.
"""

import importlib.util
import os
import re
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_codec
from rel_support import FULL, HERE, record, run_python, scaled

HAVE_ATHERIS = importlib.util.find_spec("atheris") is not None
fuzz_codec.load()


def _atheris(target, tmp_path, runs, seconds, max_len):
    options = ["-max_len=%d" % max_len, "-len_control=0", "-artifact_prefix=%s/" % tmp_path,
               "-print_final_stats=1", "-timeout=30"]
    options.append("-max_total_time=%d" % seconds if FULL else "-atheris_runs=%d" % runs)
    result = run_python([HERE / "fuzz_codec.py", target] + options, timeout=seconds + 600,
                        env=dict(os.environ, PYTHONHASHSEED="0"))
    output = result.stdout + result.stderr
    crashes = sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(("crash-", "timeout-", "oom-")))
    assert result.returncode == 0 and not crashes, (
        "atheris %s failed (exit %d, artifacts %s):\n%s" % (target, result.returncode, crashes, output[-6000:]))
    # libFuzzer's own summary (atheris exits without returning after -max_total_time).
    done = re.search(r"Done (\d+) (?:runs )?in (\d+) second", output)
    assert done, "no libFuzzer summary:\n%s" % output[-3000:]
    coverage = re.findall(r"cov: (\d+)", output)
    inputs, elapsed = int(done.group(1)), float(done.group(2))
    record("atheris %s inputs" % target, inputs, "inputs",
           "%.0f s, %.0f/s, %s coverage edges" % (elapsed, inputs / max(elapsed, 1.0),
                                                  coverage[-1] if coverage else "?"))
    assert inputs >= min(runs, 1000)


def _fallback(test, target):
    warnings.warn("atheris is not installed (pip install atheris into .venv): the %s fuzz "
                  "ran with hypothesis instead" % target)
    test()


def test_atheris_codec(tmp_path):
    if not HAVE_ATHERIS:
        _fallback(test_hypothesis_codec, "codec")
        return
    _atheris("codec", tmp_path, runs=20000, seconds=90, max_len=5000)


def test_atheris_dispatch(tmp_path):
    if not HAVE_ATHERIS:
        _fallback(test_hypothesis_dispatch, "dispatch")
        return
    _atheris("dispatch", tmp_path, runs=4000, seconds=90, max_len=3000)


# -- hypothesis ----------------------------------------------------------------------

def _frame(msg_type, req_id, tx_id, payload, length=None):
    return fuzz_codec.HEADER.pack(msg_type, req_id, tx_id, len(payload) if length is None else length) + payload


frame_strategy = st.builds(
    _frame, st.integers(0, 30) | st.integers(0, 0xFFFFFFFF), st.integers(0, 0xFFFFFFFF),
    st.integers(0, 3) | st.integers(0, 0xFFFFFFFF), st.binary(max_size=300),
    st.none() | st.none() | st.integers(0, 0xFFFFFFFF) | st.integers(4090, 4200))
stream_strategy = st.lists(frame_strategy | st.binary(max_size=40), max_size=12).map(b"".join)


@settings(max_examples=scaled(300, 5000), deadline=None, suppress_health_check=list(HealthCheck))
@given(stream_strategy, st.lists(st.integers(0, 5000), max_size=5))
def test_hypothesis_codec(data, cuts):
    fuzz_codec.check_codec(data, [cut for cut in cuts if cut <= len(data)])


payload_strategy = st.lists(st.sampled_from(fuzz_codec.WORDS) | st.binary(max_size=30) | st.just(b"\0"),
                            max_size=8).map(b"".join)
request_strategy = st.tuples(st.sampled_from(fuzz_codec.WHO), st.sampled_from(fuzz_codec.TYPES),
                             st.integers(0, 3), payload_strategy)


def test_hypothesis_dispatch():
    fuzz = fuzz_codec.DispatchHarness()

    @settings(max_examples=scaled(200, 3000), deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(request_strategy, min_size=1, max_size=8))
    def run(frames):
        fuzz.one_input(frames)

    try:
        run()
    finally:
        fuzz.shutdown()
