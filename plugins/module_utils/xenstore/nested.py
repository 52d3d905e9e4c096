"""A walked subtree as nested mappings: the shape of xenstore_facts and inventory variables.

A node with children is a mapping; a leaf is its value as text (values.display);
a node with children and a non-empty value of its own keeps it under ``.``,
which is never a node name.
"""

from . import paths
from .values import display

OWN_VALUE = "."


def nest(walked, top):
    """The subtree at ``top`` from ``client.walk(top, ...)`` entries (pre-order); None if ``top`` was not found."""
    shaped = None
    mappings = {}   # path of each node shown as a mapping -> that mapping
    for path, value, _perms, children in walked:
        text = display(value)
        if path == top:
            if not children:
                return text
            shaped = mappings[path] = {OWN_VALUE: text} if text else {}
            continue
        parent, name = path.rsplit("/", 1)
        target = mappings.get(parent or paths.ROOT)
        if target is None:
            continue    # below a node that was not walked
        if children:
            target[name] = mappings[path] = {OWN_VALUE: text} if text else {}
        else:
            target[name] = text
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
