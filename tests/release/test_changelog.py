"""The changelog: fragments lint clean, and a release renders them into CHANGELOG.rst."""

import yaml

from release_support import ROOT, VENV_BIN, VERSION, copy_git_files, environment, run


def test_changelog_lint():
    result = run([VENV_BIN / "antsibull-changelog", "lint"], environment(ROOT))
    assert result.stdout == "" and result.stderr == ""


def test_release_renders_every_fragment(tmp_path):
    # A release edits changelogs/ and removes the fragments: do it in a copy of the tree,
    # placed where ansible-doc finds it as xen.xenstore (the release lists new plugins and roles).
    collection = tmp_path / "ansible_collections" / "xen" / "xenstore"
    copy_git_files(collection)
    fragments = sorted((collection / "changelogs" / "fragments").glob("*.yml"))
    assert fragments, "no changelog fragments"
    entries = {fragment.name: [" ".join(entry.split())
                               for section, items in yaml.safe_load(fragment.read_text()).items()
                               if section != "trivial" for entry in items]
               for fragment in fragments}
    run([VENV_BIN / "antsibull-changelog", "release", "--version", VERSION], environment(tmp_path), cwd=collection)
    text = (collection / "CHANGELOG.rst").read_text()
    assert "v%s\n" % VERSION in text
    flat = " ".join(text.split())
    for fragment in fragments:
        assert not fragment.exists(), "the release keeps %s" % fragment.name
        for entry in entries[fragment.name]:
            assert entry in flat, "%s: %r is not in CHANGELOG.rst" % (fragment.name, entry)
    for heading, entry in (("New Modules", "xen.xenstore.xenstore_key - "),
                           ("New Roles", "xen.xenstore.guest - "),
                           ("New Roles", "xen.xenstore.xenstored - ")):
        assert heading in text and entry in text, (heading, entry)
    assert "releases:\n  %s:" % VERSION in (collection / "changelogs" / "changelog.yaml").read_text()
