"""The import graph of plugins/module_utils/xenstore points down only (STYLE.md section 2).

Parsed with ast, never imported, so the rules hold for every line (lazy imports too).
"""

import ast
import pathlib
import sys

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils import xenstore as package

PACKAGE = pathlib.Path(package.__file__).parent

# STYLE.md section 2, bottom up. A module may import modules of lower layers, and
# within its own layer only those named before it (STYLE's level 2 lists
# "perms, quota, node, wire": node reads permission lists). database.py is the
# "tdb.py" of STYLE.md; lock, events, domains, tree and integrity are placed
# where what they import and who imports them puts them. Client side: locations
# (socket and database paths from options and the environment), values (display
# of values) and plan (xenstore_key's desired state) serve connect, the modules
# and the shells.
LAYERS = (
    ("errors",),
    ("paths",),
    ("perms", "quota", "node", "events", "wire"),
    ("database", "lock", "domains"),
    ("store",),
    ("transaction", "watch", "tree", "integrity"),
    ("engine",),
    ("locations", "values", "nested", "plan", "client", "transport", "embedded", "connect"),
)
# Subpackages that are shells: they may import the whole package, never each other.
SHELLS = ("daemon", "cli")
ENGINE_CORE = tuple(name for layer in LAYERS[:7] for name in layer if name != "wire")
WIRE_SIDE = ("wire", "client", "transport")
RANK = {name: (level, index) for level, layer in enumerate(LAYERS) for index, name in enumerate(layer)}


def module_name(path):
    """'store' for store.py, 'daemon.server' for daemon/server.py, '' for __init__.py."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def sources():
    """module name -> parsed tree, for every .py file of the package."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        found[module_name(path)] = (path, ast.parse(path.read_text(), str(path)))
    return found


SOURCES = sources()


def imports(name):
    """(ours, foreign): our modules (dotted, package-relative) and top-level foreign packages."""
    path, tree = SOURCES[name]
    is_package = path.name == "__init__.py"
    here = name.split(".") if name else []
    base = here if is_package else here[:-1]
    ours, foreign = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                foreign.add(alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                foreign.add(node.module.split(".")[0])
                continue
            anchor = base[:len(base) - (node.level - 1)] if node.level > 1 else base
            assert node.level - 1 <= len(base), "%s: relative import above the package" % name
            target = anchor + (node.module.split(".") if node.module else [])
            if node.module:
                ours.add(".".join(target))
            # "from . import paths" / "from .. import engine": each name may be a module
            for alias in node.names:
                candidate = ".".join(target + [alias.name])
                if candidate in SOURCES or not node.module:
                    ours.add(candidate)
    ours.discard("")
    return ours, foreign


def top(name):
    return name.split(".")[0]


ALL = sorted(name for name in SOURCES if name)


def test_package_is_found():
    for name in ("errors", "paths", "perms", "quota", "node", "database", "store",
                 "transaction", "tree", "engine", "integrity"):
        assert name in SOURCES


@pytest.mark.parametrize("name", ALL)
def test_every_module_has_a_place(name):
    assert top(name) in RANK or top(name) in SHELLS, (
        "%s is not placed in the layers of test_layering.py: add it where STYLE.md "
        "section 2 puts it" % name)


@pytest.mark.parametrize("name", [name for name in ALL if top(name) in RANK])
def test_imports_point_down(name):
    ours = imports(name)[0]
    level, index = RANK[name]
    for target in ours:
        assert top(target) not in SHELLS, "%s imports the shell %s" % (name, target)
        assert target in RANK, "%s imports %s, which has no place in the layers" % (name, target)
        target_level, target_index = RANK[target]
        assert (target_level, target_index) < (level, index) and (
            target_level < level or target_index < index), (
            "%s (layer %d) imports %s (layer %d): imports must point down"
            % (name, level, target, target_level))


@pytest.mark.parametrize("name", [name for name in ALL if top(name) in SHELLS])
def test_shells_never_import_each_other(name):
    ours = imports(name)[0]
    for target in ours:
        if top(target) in SHELLS:
            assert top(target) == top(name), "%s imports the other shell %s" % (name, target)


def test_the_bottom_layers_exactly():
    assert imports("errors")[0] == set()
    assert imports("paths")[0] <= {"errors"}
    assert imports("perms")[0] <= {"errors", "paths"}
    assert imports("quota")[0] <= {"errors", "paths"}
    assert imports("node")[0] <= {"errors", "paths", "perms"}
    if "wire" in SOURCES:
        assert imports("wire")[0] <= {"errors", "paths"}, "wire never sees the engine"


@pytest.mark.parametrize("name", [name for name in ENGINE_CORE if name in SOURCES])
def test_the_engine_never_sees_bytes(name):
    ours = imports(name)[0]
    assert not {top(target) for target in ours} & set(WIRE_SIDE), (
        "%s imports the wire side: %s" % (name, sorted(ours)))


@pytest.mark.parametrize("name", [name for name in ("client", "transport") if name in SOURCES])
def test_wire_side_never_sees_the_engine(name):
    ours = imports(name)[0]
    assert not {top(target) for target in ours} & (set(ENGINE_CORE) - {"errors", "paths", "perms"}), (
        "%s imports engine modules: %s" % (name, sorted(ours)))


@pytest.mark.parametrize("name", [""] + ALL)
def test_stdlib_and_tdb_only(name):
    foreign = imports(name)[1]
    for package_name in foreign:
        assert package_name != "ansible", "%s imports ansible" % (name or "__init__")
        assert package_name != "ansible_collections", (
            "%s imports the collection by absolute name: use relative imports" % name)
        if package_name == "tdb":
            assert name == "database", "only database.py may import tdb, not %s" % name
            continue
        assert package_name in sys.stdlib_module_names, (
            "%s imports %s, which is not in the standard library" % (name, package_name))


def test_tdb_is_imported_by_database():
    assert "tdb" in imports("database")[1]


CALLS_FORBIDDEN = {"print", "exit", "quit", "input", "breakpoint"}
ATTRIBUTES_FORBIDDEN = {("os", "environ"), ("os", "getenv"), ("os", "putenv"), ("sys", "exit"),
                        ("os", "_exit"), ("sys", "stdout"), ("sys", "stderr"), ("os", "environb")}


@pytest.mark.parametrize("name", [name for name in ENGINE_CORE if name in SOURCES])
def test_engine_core_does_not_print_exit_or_read_the_environment(name):
    tree = SOURCES[name][1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in CALLS_FORBIDDEN, (
                "%s calls %s() (line %d)" % (name, node.func.id, node.lineno))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            assert (node.value.id, node.attr) not in ATTRIBUTES_FORBIDDEN, (
                "%s uses %s.%s (line %d)" % (name, node.value.id, node.attr, node.lineno))
        if isinstance(node, ast.ImportFrom) and node.module in ("os", "sys"):
            names = {alias.name for alias in node.names}
            assert not names & {"environ", "getenv", "exit", "_exit"}, (
                "%s imports %s from %s" % (name, sorted(names), node.module))


def test_the_checker_sees_relative_imports():
    """A guard for the test itself: known edges must be found."""
    assert "errors" in imports("paths")[0]
    assert {"paths", "errors", "perms", "quota"} <= imports("tree")[0]
    assert {"database", "store", "transaction", "tree"} <= imports("engine")[0]
    assert "perms" in imports("node")[0]
