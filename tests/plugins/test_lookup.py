"""lookup('xen.xenstore.xenstore', ...): present, missing with a default, missing without; lists of
paths, terms that are not paths, no database."""

import os

import pytest

from plugin_support import playbook


def run_debug(daemon, expression):
    """ansible-playbook printing ``expression``; (rc, output)."""
    path = playbook(daemon.workdir, """- hosts: localhost
  gather_facts: false
  tasks:
    - ansible.builtin.debug:
        msg: "RESULT={{ %s }}"
""" % expression)
    result = daemon.ansible("ansible-playbook", path)
    return result.returncode, result.stdout + result.stderr


def test_present_values_in_order(daemon):
    daemon.write("/vm/u/name", "web01", "/vm/u/vcpus", "2")
    rc, output = run_debug(daemon, "query('xen.xenstore.xenstore', '/vm/u/name', '/vm/u/vcpus')")
    assert rc == 0, output
    assert '"RESULT=[\'web01\', \'2\']"' in output


def test_missing_with_default(daemon):
    daemon.write("/vm/u/name", "web01")
    rc, output = run_debug(daemon, "query('xen.xenstore.xenstore', '/vm/u/name', '/vm/u/gone', default='n/a')")
    assert rc == 0, output
    assert '"RESULT=[\'web01\', \'n/a\']"' in output


def test_missing_without_default_fails_naming_the_path(daemon):
    rc, output = run_debug(daemon, "lookup('xen.xenstore.xenstore', '/vm/u/gone')")
    assert rc != 0
    assert "/vm/u/gone does not exist" in output


def test_values_are_not_templated(daemon):
    daemon.write("/local/domain/5/data/x", "{{ 6 * 7 }}")
    rc, output = run_debug(daemon, "lookup('xen.xenstore.xenstore', '/local/domain/5/data/x')")
    assert rc == 0, output
    assert '"RESULT={{ 6 * 7 }}"' in output and "RESULT=42" not in output


def test_bad_path_is_refused(daemon):
    rc, output = run_debug(daemon, "lookup('xen.xenstore.xenstore', 'relative/path')")
    assert rc != 0
    assert "invalid path 'relative/path'" in output


def test_lists_of_paths_are_flattened(daemon):
    daemon.write("/vm/u/name", "web01", "/vm/u/vcpus", "2")
    rc, output = run_debug(daemon, "query('xen.xenstore.xenstore', ['/vm/u/name', '/vm/u/vcpus'], '/vm/u/name')")
    assert rc == 0, output
    assert '"RESULT=[\'web01\', \'2\', \'web01\']"' in output


@pytest.mark.parametrize("terms, kind", [("5", "int"), ("[['/vm/u/name']]", "list")])
def test_a_path_that_is_not_a_string_is_refused(daemon, terms, kind):
    rc, output = run_debug(daemon, "lookup('xen.xenstore.xenstore', %s)" % terms)
    assert rc != 0
    assert "xen.xenstore.xenstore lookup: path must be a string, not %s" % kind in output


@pytest.mark.parametrize("terms", ["", ", []"])
def test_no_path_is_refused(daemon, terms):
    rc, output = run_debug(daemon, "query('xen.xenstore.xenstore'%s)" % terms)
    assert rc != 0
    assert "xen.xenstore.xenstore lookup: no path given" in output


@pytest.mark.parametrize("backend", ["embedded", "auto"])
def test_a_missing_database_is_not_created(daemon, backend):
    if backend == "auto" and os.path.exists("/proc/xen"):
        pytest.skip("on a Xen host auto fails before it looks for a database")
    folder = daemon.workdir / "nothing"
    rc, output = run_debug(daemon, "lookup('xen.xenstore.xenstore', '/vm', backend='%s', socket='%s/socket', "
                           "database='%s/tdb', default='none')" % (backend, folder, folder))
    assert not folder.exists(), "the lookup created %s" % list(folder.iterdir())
    assert rc != 0
    output = " ".join(output.split())
    assert "xen.xenstore.xenstore lookup: " in output
    if backend == "embedded":
        assert "xen.xenstore.xenstore lookup: database %s/tdb does not exist" % folder in output
