"""xen.xenstore.xenstore_wait: a watch through the daemon, polling on the embedded store."""

import json
import subprocess
import sys
import threading
import time

from plugin_support import ROOT, playbook

sys.path.insert(0, str(ROOT / "plugins" / "module_utils"))

from xenstore.connect import open_client  # noqa: E402  pylint: disable=wrong-import-position


def wait_task(daemon, arguments, writer=None):
    """Run one xenstore_wait task (while ``writer`` runs in a thread); (rc, result dict, seconds)."""
    path = playbook(daemon.workdir, """- hosts: localhost
  gather_facts: false
  tasks:
    - name: Tell the writer the play has started
      xen.xenstore.xenstore_key:
        path: /sync/started
        value: "yes"
      when: %s
    - xen.xenstore.xenstore_wait: %s
      register: waited
      ignore_errors: true
    - ansible.builtin.copy:
        content: "{{ waited | to_json }}"
        dest: "%s/result.json"
        mode: "0600"
""" % (json.dumps(arguments.get("backend") != "embedded"), json.dumps(arguments), daemon.workdir))
    thread = threading.Thread(target=writer) if writer else None
    start = time.monotonic()
    if thread:
        thread.start()
    result = daemon.ansible("ansible-playbook", path)
    elapsed = time.monotonic() - start
    if thread:
        thread.join()
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads((daemon.workdir / "result.json").read_text()), elapsed


def later(seconds, action, daemon=None):
    """A thread body running ``action`` ``seconds`` after the play started (/sync/started appeared)."""
    def body():
        if daemon is not None:
            deadline = time.monotonic() + 60
            while subprocess.run(["/usr/bin/xenstore-exists", "/sync/started"], env=daemon.env,
                                 check=False).returncode and time.monotonic() < deadline:
                time.sleep(0.05)
        time.sleep(seconds)
        action()
    return body


def test_returns_as_soon_as_the_key_appears(daemon):
    result, elapsed = wait_task(
        daemon, {"path": "/local/domain/7/data/ip", "timeout": 60},
        later(2.0, lambda: daemon.write("/local/domain/7/data/ip", "192.0.2.10"), daemon))
    assert not result.get("failed"), result
    assert result["method"] == "watch" and result["value"] == "192.0.2.10"
    # It waited for the write (about 2 s after the play started), and not for the 60 s timeout.
    assert 0.5 <= result["elapsed"] < 15, result["elapsed"]
    assert elapsed < 40


def test_waits_for_a_value_and_for_removal(daemon):
    daemon.write("/local/domain/7/control/shutdown", "poweroff")
    result, _elapsed = wait_task(
        daemon, {"path": "/local/domain/7/control/shutdown", "state": "value", "value": "", "timeout": 60},
        later(1.0, lambda: daemon.write("/local/domain/7/control/shutdown", ""), daemon))
    assert not result.get("failed") and result["exists"] and result["value"] == "", result
    remover = later(1.0, lambda: subprocess.run(["/usr/bin/xenstore-rm", "/local/domain/7/control"],
                                                check=True, env=daemon.env), daemon)
    result, _elapsed = wait_task(
        daemon, {"path": "/local/domain/7/control/shutdown", "state": "absent", "timeout": 60}, remover)
    assert not result.get("failed") and not result["exists"], result


def test_timeout_fails_clearly(daemon):
    result, _elapsed = wait_task(daemon, {"path": "/local/domain/7/never", "timeout": 1.5})
    assert result["failed"]
    assert result["msg"] == "timed out after 1.5 s waiting for /local/domain/7/never to exist (it does not exist)"
    assert result["elapsed"] >= 1.5


def test_polls_the_embedded_store(daemon):
    daemon.stop()
    time.sleep(0.5)
    database = daemon.database

    def write_embedded():
        client = open_client("embedded", database=database)
        client.write("/local/domain/7/data/ready", "yes")
        client.close()

    try:
        # The writer and the polling task take turns on the file's lock.
        result, _elapsed = wait_task(
            daemon, {"path": "/local/domain/7/data/ready", "backend": "embedded", "database": database,
                     "timeout": 30},
            later(1.0, write_embedded))
    finally:
        daemon.__init__(daemon.workdir)  # restart so the fixture can stop it
    assert not result.get("failed"), result
    assert result["method"] == "poll" and result["value"] == "yes"


def test_value_alone_waits_for_the_value(daemon):
    daemon.write("/w/v", "1")
    result, _elapsed = wait_task(daemon, {"path": "/w/v", "value": "2", "timeout": 60},
                                 later(1.0, lambda: daemon.write("/w/v", "2"), daemon))
    assert not result.get("failed") and result["value"] == "2", result
    assert result["elapsed"] >= 0.5, result


def test_value_with_another_state_is_refused(daemon):
    result, _elapsed = wait_task(daemon, {"path": "/w/v", "state": "present", "value": "2", "timeout": 5})
    assert result["failed"]
    assert result["msg"] == "value is only for state=value (which it implies), not state=present"


def test_a_timeout_names_the_backend_and_tells_alike_looking_values_apart(daemon):
    with open_client("socket", daemon.socket) as client:
        client.write("/w/nul", b"a\0b")
    result, _elapsed = wait_task(daemon, {"path": "/w/nul", "value": "a\\000b", "timeout": 0.5})
    assert result["failed"] and result["backend"] == "socket", result
    assert result["msg"] == ("timed out after 0.5 s waiting for /w/nul to hold 'a\\\\000b' (it holds "
                             "'a\\\\000b', bytes b'a\\x00b', not b'a\\\\000b')"), result["msg"]


def test_a_missing_database_is_an_error_and_is_not_created(daemon):
    missing = daemon.workdir / "nothing-here" / "tdb"
    result, _elapsed = wait_task(daemon, {"path": "/w", "backend": "embedded", "database": str(missing),
                                          "timeout": 0.5})
    assert result["failed"]
    assert result["msg"] == "database %s does not exist" % missing
    assert not missing.parent.exists()
