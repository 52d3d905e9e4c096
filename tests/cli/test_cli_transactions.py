"""Transactions of the tools, run in-process against the test daemon with a flaky TRANSACTION_END.

As xenstore_client.c: EAGAIN at commit redoes everything with the buffered output
discarded; a failing operand aborts (no retry); other end failures are ``couldn't end
transaction``; a start failure is ``couldn't start transaction``.
"""

import io

import pytest

import xenstore.cli.main as cli_main
from xenstore.errors import ConflictError, QuotaError
from xs_cli_support import reset_scratch

REAL_XS_OPEN = cli_main.xs_open


class Flaky:
    """A backend whose commits fail ``failures`` times with ``error`` (the transaction is aborted)."""

    def __init__(self, backend, failures, error=ConflictError, start_error=None):
        self.backend = backend
        self.failures = failures
        self.error = error
        self.start_error = start_error
        self.ends = []
        self.starts = 0

    def __getattr__(self, name):
        return getattr(self.backend, name)

    def transaction_start(self):
        self.starts += 1
        if self.start_error is not None:
            raise self.start_error()
        return self.backend.transaction_start()

    def transaction_end(self, tx, commit):
        self.ends.append(commit)
        if commit and self.failures:
            self.failures -= 1
            self.backend.transaction_end(tx, False)
            raise self.error()
        self.backend.transaction_end(tx, commit)


@pytest.fixture
def run(daemon, monkeypatch):
    """run(argv, failures=..., ...) -> (status, stdout, stderr, flaky backend)."""
    environ = {b"XENSTORED_PATH": str(daemon.socket).encode()}

    def run_tool(argv, **flaky_options):
        flaky = {}

        def opener(env):
            client = REAL_XS_OPEN(env)
            flaky["backend"] = client.backend = Flaky(client.backend, **flaky_options)
            return client

        monkeypatch.setattr(cli_main, "xs_open", opener)
        stdout, stderr = io.BytesIO(), io.BytesIO()
        status = cli_main.main(argv, environ, stdout, stderr)
        return status, stdout.getvalue(), stderr.getvalue(), flaky.get("backend")

    with daemon.client() as client:
        reset_scratch(client)
    return run_tool


def test_read_retried_output_once(run):
    status, stdout, stderr, flaky = run([b"xenstore-read", b"/data/short", b"/data/long"], failures=2)
    assert (status, stdout, stderr) == (0, b"hi\n" + b"L" * 100 + b"\n", b"")
    assert flaky.ends == [True, True, True]


def test_write_retried(run, daemon):
    status, stdout, stderr, flaky = run([b"xenstore-write", b"/m/i", b"1", b"/m/j", b"2"], failures=3)
    assert (status, stdout, stderr) == (0, b"", b"")
    assert flaky.ends == [True] * 4
    with daemon.client() as client:
        assert (client.read("/m/i"), client.read("/m/j")) == (b"1", b"2")


def test_single_write_has_no_transaction(run):
    status, _stdout, _stderr, flaky = run([b"xenstore-write", b"/m/i", b"1"], failures=1)
    assert status == 0 and flaky.starts == 0


def test_failure_aborts_without_retry(run, daemon):
    status, stdout, stderr, flaky = run([b"xenstore-write", b"/m/i", b"1", b"/bad//p", b"2"], failures=1)
    assert (status, stdout, stderr) == (1, b"", b"xenstore-write: could not write path /bad//p\n")
    assert flaky.ends == [False]
    with daemon.client() as client:
        assert not client.exists("/m/i")


def test_partial_read_output_kept_after_abort(run):
    status, stdout, stderr, flaky = run([b"xenstore-read", b"/data/short", b"/nothing"], failures=1)
    assert (status, stdout, stderr) == (1, b"hi\n", b"xenstore-read: couldn't read path /nothing\n")
    assert flaky.ends == [False]


def test_other_end_error(run):
    status, stdout, stderr, _flaky = run([b"xenstore-list", b"/data/sub"], failures=1, error=QuotaError)
    assert (status, stdout, stderr) == (1, b"", b"xenstore-list: couldn't end transaction\n")


def test_start_error(run):
    status, stdout, stderr, _flaky = run([b"xenstore-exists", b"/data"], failures=0,
                                         start_error=QuotaError)
    assert (status, stdout, stderr) == (1, b"", b"xenstore-exists: couldn't start transaction\n")


def test_errx_inside_transaction_exits(run, daemon):
    status, _stdout, stderr, flaky = run([b"xenstore-chmod", b"/m/e", b"n0", b"q1"], failures=0)
    assert (status, stderr) == (1, b"xenstore-chmod: Invalid permission specification: 'q'\n")
    assert flaky.ends == [False]


def test_multicall_in_process(run):
    status, stdout, stderr, _flaky = run([b"/some/dir/xenstore", b"list", b"-p", b"/data/sub/deep"],
                                         failures=1)
    assert (status, stdout, stderr) == (0, b"/data/sub/deep/deeper\n", b"")
