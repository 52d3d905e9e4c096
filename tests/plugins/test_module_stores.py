"""What the modules do where the store is missing or may only be read: gathering facts on a
host without XenStore, removing from a database that does not exist, check mode over the
daemon's read-only socket."""

import json

from plugin_support import playbook


def run_play(daemon, tasks, env=None, check=False):
    """A play of ``tasks`` (YAML text) on localhost; (rc, {task name: result}, stdout)."""
    path = playbook(daemon.workdir, """- hosts: localhost
  gather_facts: false
  tasks:
%s
    - ansible.builtin.copy:
        content: "{{ results | to_json }}"
        dest: "%s/results.json"
        mode: "0600"
      check_mode: false
""" % (tasks, daemon.workdir))
    extra = ["--check"] if check else []
    result = daemon.ansible("ansible-playbook", path, *extra, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads((daemon.workdir / "results.json").read_text()), result.stdout + result.stderr


def test_facts_on_a_host_without_xenstore_are_empty_with_a_warning(daemon):
    nowhere = daemon.workdir / "nowhere"
    env = {"XENSTORED_PATH": str(nowhere / "socket"), "XENSTORED_ROOTDIR": str(nowhere),
           "ANSIBLE_FACTS_MODULES": "xen.xenstore.xenstore_facts,ansible.builtin.setup"}
    results, output = run_play(daemon, """    - ansible.builtin.gather_facts:
    - ansible.builtin.set_fact:
        results: {xenstore: "{{ ansible_facts.xenstore }}", system: "{{ ansible_facts.system }}"}""", env)
    assert results == {"xenstore": {}, "system": "Linux"}
    assert "no XenStore here: cannot connect to xenstored at %s/socket" % nowhere in " ".join(output.split())
    assert not nowhere.exists()


def test_an_explicit_database_that_is_missing_still_fails(daemon):
    missing = daemon.workdir / "missing" / "tdb"
    env = {"XENSTORED_PATH": str(missing.parent / "socket")}
    results, _output = run_play(daemon, """    - xen.xenstore.xenstore_facts:
        database: %s
      register: facts
      ignore_errors: true
    - ansible.builtin.set_fact:
        results: "{{ facts }}\"""" % missing, env)
    assert results["failed"] and "no database %s" % missing in results["msg"], results
    assert not missing.parent.exists()


def test_removing_from_a_database_that_does_not_exist_creates_none(daemon):
    missing = daemon.workdir / "missing" / "tdb"
    results, _output = run_play(daemon, """    - xen.xenstore.xenstore_key:
        path: /vm/gone
        state: absent
        backend: embedded
        database: %s
      register: removed
    - ansible.builtin.set_fact:
        results: "{{ removed }}\"""" % missing)
    assert not results["changed"] and results["changes"] == [], results
    assert not missing.parent.exists()


def test_check_mode_over_the_read_only_socket_plans_with_a_warning(daemon):
    daemon.write("/ro/key", "old")
    read_only = daemon.socket + "_ro"
    tasks = """    - xen.xenstore.xenstore_key:
        path: /ro/key
        value: new
        backend: socket
        socket: %s
      register: planned
      ignore_errors: true
    - ansible.builtin.set_fact:
        results: "{{ planned }}\"""" % read_only
    results, output = run_play(daemon, tasks, check=True)
    assert results["changed"] and results["changes"] == [{"op": "write", "path": "/ro/key", "value": "new"}]
    assert "check mode: the store refused to try these changes (EACCES" in " ".join(output.split())
    results, _output = run_play(daemon, tasks)
    assert results["failed"] and "EACCES" in results["msg"], results
