"""A walked subtree as nested mappings: the shape of xenstore_facts and inventory variables.

A node with children is a mapping; a leaf is its value as text (values.display);
a node with children and a non-empty value of its own keeps it under ``.``,
which is never a node name.
"""

from . import paths
from .values import display

OWN_VALUE = "."


def nest(walked, top):
    """The subtree at ``top`` from ``client.walk(top, ...)`` entries; None if ``top`` was not found."""
    nodes = {path: (display(value), children) for path, value, _perms, children in walked}
    if top not in nodes:
        return None
    value, children = nodes[top]
    if not children:
        return value
    shaped = {OWN_VALUE: value} if value else {}
    stack = [(shaped, top, children)]
    while stack:
        target, parent, names = stack.pop()
        for name in names:
            child = paths.join(parent, name)
            if child not in nodes:
                continue    # removed while walking
            child_value, grandchildren = nodes[child]
            if grandchildren:
                target[name] = {OWN_VALUE: child_value} if child_value else {}
                stack.append((target[name], child, grandchildren))
            else:
                target[name] = child_value
    return shaped


def from_root(top, shaped):
    """``shaped`` placed under the names of ``top``'s ancestors, so paths read the same from ``/``."""
    if top == paths.ROOT:
        if isinstance(shaped, dict):
            return shaped
        return {OWN_VALUE: shaped} if shaped else {}
    for name in reversed(top.strip("/").split("/")):
        shaped = {name: shaped}
    return shaped
