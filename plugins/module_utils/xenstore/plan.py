"""Desired state of a subtree against what the store holds: the changes, and before/after views.

Used by the xenstore_key module; works on any client or transaction (it only reads).
A declared tree is a mapping: a mapping is a directory, a string or integer is a
leaf's value, and keys may be relative paths (``image/ostype``).
"""

from collections import namedtuple

from . import paths
from .errors import InvalidError
from .values import display

Change = namedtuple("Change", "op path value")


def _leaf_bytes(where, item, allowed="a string or an integer"):
    if isinstance(item, bool) or item is None:
        raise InvalidError("value of %s is %s: booleans and null are not XenStore values; "
                           "quote it to store it as a string" % (where, "null" if item is None else item))
    if isinstance(item, int):
        return str(item).encode()
    if isinstance(item, str):
        return item.encode("utf-8")
    if isinstance(item, float):
        raise InvalidError("value of %s is the float %r: quote it to store it as a string "
                           "(its text would be Python's, not yours)" % (where, item))
    raise InvalidError("value of %s must be %s, not %s" % (where, allowed, type(item).__name__))


def desired_nodes(path, value=None, tree=None):
    """{absolute path: [value bytes or None (keep), declared child names]}, parents first; the
    names are None only for ``path`` given without ``tree`` (its children are not declared)."""
    nodes = {path: [None if value is None else _leaf_bytes(path, value), None]}
    if tree is not None:
        nodes[path][1] = []
        _expand(nodes, path, tree)
    return nodes


def _expand(nodes, base, tree):
    if not isinstance(tree, dict):
        raise InvalidError("tree under %s must be a mapping, not %s" % (base, type(tree).__name__))
    for key, item in tree.items():
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            raise InvalidError("key %r under %s must be a string" % (key, base))
        relative = str(key)
        target = paths.validate("%s/%s" % (base.rstrip("/"), relative))
        parent = base
        for name in relative.split("/"):
            child = paths.join(parent, name)
            entry = nodes.setdefault(child, [None, []])
            if entry[1] is None:
                entry[1] = []
            siblings = nodes[parent][1]
            if siblings is None:
                siblings = nodes[parent][1] = []
            if name not in siblings:
                siblings.append(name)
            parent = child
        if isinstance(item, dict):
            _expand(nodes, target, item)
        else:
            # The node may also have children, declared by another key (``a/b`` before ``a``).
            nodes[target][0] = _leaf_bytes(target, item, "a string, an integer or a mapping")


def current_nodes(reader, path):
    """{absolute path: [value bytes, child names]} of the subtree at ``path`` (empty if absent)."""
    if not reader.exists(path):
        return {}
    return {node: [value, list(children)] for node, value, _perms, children in reader.walk(path)}


def plan_present(current, desired, purge=False, perms=None):
    """Changes that make ``current`` hold ``desired`` (creating, overwriting, purging)."""
    changes = []
    for path, (value, children) in desired.items():
        if path not in current:
            changes.append(Change("write", path, value if value is not None else b""))
            if perms:
                changes.append(Change("set_perms", path, list(perms)))
        elif value is not None and current[path][0] != value:
            changes.append(Change("write", path, value))
        if purge and path in current:
            keep = set(children or ())
            changes += [Change("rm", paths.join(path, name), None)
                        for name in current[path][1] if name not in keep]
    return changes


def plan_absent(current, path):
    """Changes that remove ``path``."""
    return [Change("rm", path, None)] if path in current else []


def apply(writer, changes):
    """Carry out ``changes`` with a client or transaction."""
    for change in changes:
        if change.op == "write":
            writer.write(change.path, change.value)
        elif change.op == "set_perms":
            writer.set_perms(change.path, change.value)
        else:
            writer.rm(change.path)


def simulate(current, changes, top):
    """The subtree at ``top`` as it will be after ``changes`` ({path: [value, children]})."""
    model = {path: [value, list(children)] for path, (value, children) in current.items()}
    for change in changes:
        if change.op == "write":
            _create(model, change.path, top)
            model[change.path][0] = change.value
        elif change.op == "rm" and change.path in model:
            for path in [path for path in model if paths.is_below(path, change.path)]:
                del model[path]
            parent = paths.parent(change.path)
            if parent in model:
                model[parent][1].remove(paths.basename(change.path))
    return model


def _create(model, path, top):
    missing = []
    while path not in model and paths.is_below(path, top):
        missing.append(path)
        if path == top:
            break
        path = paths.parent(path)
    for new in reversed(missing):
        model[new] = [b"", []]
        parent = paths.parent(new)
        if new != top and parent in model:
            model[parent][1].append(paths.basename(new))


def lines(model, top):
    """``path = "value"`` lines of ``model`` from ``top``, pre-order."""
    result = []
    stack = [top] if top in model else []
    while stack:
        path = stack.pop()
        value, children = model[path]
        result.append('%s = "%s"' % (path, display(value)))
        stack.extend(reversed([paths.join(path, name) for name in children]))
    return result


def describe(change):
    """A change as a dict for the module's ``changes`` result."""
    entry = {"op": change.op, "path": change.path}
    if change.op == "write":
        entry["value"] = display(change.value)
    elif change.op == "set_perms":
        entry["perms"] = change.value
    return entry
