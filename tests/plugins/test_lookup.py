"""lookup('xen.xenstore.xenstore', ...): present, missing with a default, missing without."""

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
