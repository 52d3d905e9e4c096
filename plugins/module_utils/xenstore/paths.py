"""XenStore node names: validation, canonical form, relative and ``@`` paths.

Rules follow docs/misc/xenstore.txt and C xenstored 4.17 ``is_valid_nodename``:
absolute paths start with ``/``, use only ``A-Z a-z 0-9 - _ @ /``, have no empty
component and no trailing ``/`` (``/`` itself excepted). A path below
``/local/domain/<domid>/`` may be ``path_max`` bytes long after that prefix;
any other path at most ``path_max`` bytes in all.
"""

import re

from .errors import InvalidError

ROOT = "/"
XENSTORE_ABS_PATH_MAX = 3072
XENSTORE_REL_PATH_MAX = 2048
DEFAULT_PATH_MAX = XENSTORE_REL_PATH_MAX
SPECIAL_WATCHES = ("@introduceDomain", "@releaseDomain")

_ALLOWED = "A-Za-z0-9_@/-"
_ONLY_ALLOWED = re.compile("[%s]*" % _ALLOWED).fullmatch
# "/" or "/name/name...": absolute, no empty component, no trailing "/".
is_well_formed = re.compile(r"/(?:[A-Za-z0-9_@-]+(?:/[A-Za-z0-9_@-]+)*)?").fullmatch
_FIRST_BAD = re.compile("[^%s]" % _ALLOWED).search
# sscanf("/local/domain/%5u/"): at most five characters of number (a sign counts).
_DOMAIN_PREFIX = re.compile(r"/local/domain/(?:[+-]?\d{1,4}|\d{5})/").match


def home_path(domid):
    """The home ``/local/domain/<domid>`` that relative paths of ``domid`` hang from."""
    return "/local/domain/%u" % (domid & 0xFFFFFFFF)


def is_special(path):
    """True for ``@`` names (watch and permission targets, not nodes)."""
    return path.startswith("@")


def canonicalize(path, domid):
    """Absolute form of ``path`` for caller ``domid``: relative paths join its home."""
    if path.startswith("/") or path.startswith("@"):
        return path
    return "%s/%s" % (home_path(domid), path)


def path_problem(path, path_max=DEFAULT_PATH_MAX):
    """Why ``path`` is not a valid absolute node name, or None if it is."""
    if not path.startswith("/"):
        return "is not absolute (it must start with '/')"
    if path.endswith("/") and path != ROOT:
        return "ends with '/'"
    if "//" in path:
        return "has an empty component ('//')"
    prefix = _DOMAIN_PREFIX(path)
    allowed = path_max + (prefix.end() if prefix else 0)
    if len(path) > allowed:
        return "is %d bytes long, over the limit of %d" % (len(path), allowed)
    if not _ONLY_ALLOWED(path):
        bad = _FIRST_BAD(path).group()
        return "contains %r (allowed: A-Z a-z 0-9 - _ @ /)" % bad
    return None


def validate(path, path_max=DEFAULT_PATH_MAX):
    """Return ``path`` if it is a valid absolute node name, else raise InvalidError."""
    if len(path) <= path_max and is_well_formed(path):
        return path
    problem = path_problem(path, path_max)
    if problem is None:
        return path
    raise InvalidError("invalid path %s: it %s" % (shorten(path), problem))


def validate_watch_path(path, domid, path_max=DEFAULT_PATH_MAX):
    """Canonical form of a watch path: any ``@name`` up to the limit, else a valid node name."""
    if is_special(path):
        if len(path) > XENSTORE_REL_PATH_MAX:
            raise InvalidError("invalid watch path %s: over %d bytes"
                               % (shorten(path), XENSTORE_REL_PATH_MAX))
        return path
    return validate(canonicalize(path, domid), path_max)


def parent(path):
    """Parent of an absolute path (``/`` for top-level nodes)."""
    cut = path.rfind("/")
    return path[:cut] if cut > 0 else ROOT


def basename(path):
    """Last component of an absolute path."""
    return path[path.rfind("/") + 1:]


def join(base, name):
    """Absolute path of child ``name`` under ``base``."""
    return "/" + name if base == ROOT else base + "/" + name


def is_below(path, ancestor):
    """True if ``path`` is ``ancestor`` or lies under it (``/`` is above everything)."""
    if ancestor == ROOT or path == ancestor:
        return True
    return path.startswith(ancestor) and path[len(ancestor):len(ancestor) + 1] == "/"


def shorten(path, limit=80):
    """``path`` quoted for a message, cut in the middle when long."""
    if len(path) <= limit:
        return repr(path)
    return repr(path[:limit // 2] + "..." + path[-limit // 2:]) + " (%d bytes)" % len(path)
