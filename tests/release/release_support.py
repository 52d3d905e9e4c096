"""Helpers of the release checks: the tree, its venv, and ansible commands run like a user runs them."""

import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
VERSION = re.search(r"^version:\s*(\S+)", (ROOT / "galaxy.yml").read_text(), re.M).group(1)

# What a build must never pack: build output, caches, virtual environments, VCS data.
FORBIDDEN = re.compile(r"(^|/)(\.venv|\.git|\.ansible|\.cache|\.pytest_cache|\.hypothesis|__pycache__|dist|build)(/|$)"
                       r"|^tests/output(/|$)|^tests/integration/inventory$|\.pyc$|\.tar\.gz$"
                       r"|^changelogs/\.plugin-cache\.yaml$")


def environment(collections, **extra):
    """The environment for ansible commands that must see the collection at ``collections`` only."""
    env = dict(os.environ)
    # Nothing else may provide xen.xenstore: not PYTHONPATH (make sets it for pytest), not sys.path.
    env.pop("PYTHONPATH", None)
    env.update({
        "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "false",
        "PATH": "%s:%s" % (VENV_BIN, env.get("PATH", "")),
        "ANSIBLE_COLLECTIONS_PATH": str(collections),
        "ANSIBLE_LOCALHOST_WARNING": "false",
        "ANSIBLE_INVENTORY_UNPARSED_WARNING": "false",
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_RETRY_FILES_ENABLED": "false",
    })
    env.update({key: str(value) for key, value in extra.items()})
    return env


def run(argv, env, cwd=ROOT, check=True, timeout=300):
    """Run a command; its CompletedProcess (text). With ``check``, a failure shows its output."""
    result = subprocess.run([str(arg) for arg in argv], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=timeout, check=False)
    if check and result.returncode != 0:
        raise AssertionError("%s exited %d\n--- stdout\n%s\n--- stderr\n%s"
                             % (" ".join(map(str, argv)), result.returncode, result.stdout[-6000:],
                                result.stderr[-4000:]))
    return result


def playbook(path, collections, *extra_args, env=None, check=True):
    """ansible-playbook ``path``; the CompletedProcess."""
    return run([VENV_BIN / "ansible-playbook", path, *extra_args], env or environment(collections), check=check)


def recap(result):
    """{'ok': n, 'changed': n, 'failed': n, ...} of localhost from a play recap."""
    line = re.search(r"^localhost\s+:(.*)$", result.stdout, re.M)
    assert line, result.stdout[-3000:]
    return {key: int(value) for key, value in re.findall(r"(\w+)=(\d+)", line.group(1))}


def tree_collections(tmp_path):
    """A collections path holding this tree as xen.xenstore (a symlink: ansible accepts it)."""
    base = tmp_path / "collections"
    (base / "ansible_collections" / "xen").mkdir(parents=True)
    (base / "ansible_collections" / "xen" / "xenstore").symlink_to(ROOT)
    return base


def build(output):
    """ansible-galaxy collection build of the working tree into ``output``; the tarball's path."""
    run([VENV_BIN / "ansible-galaxy", "collection", "build", "--output-path", output, "--force", ROOT],
        environment(output))
    tarball = Path(output) / ("xen-xenstore-%s.tar.gz" % VERSION)
    assert tarball.is_file()
    return tarball


def members(tarball):
    """The member names of a tarball."""
    with tarfile.open(tarball) as archive:
        return archive.getnames()


def copy_git_files(destination):
    """Copy the tracked and new (not ignored) files of the tree, as hacking/ansible-test.sh does."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if not (source.exists() or source.is_symlink()):
            continue
        target = Path(destination) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            target.symlink_to(os.readlink(source))
        else:
            shutil.copy2(source, target)
