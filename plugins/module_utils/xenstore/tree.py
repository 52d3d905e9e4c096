"""XenStore's requests over one view (the Store or a Transaction), as C xenstored 4.17 answers them.

Each operation checks everything it can before its first write, so a refused
request changes nothing. Paths may be relative (to the caller's home) and are
validated here, in C's order of checks.
"""

from . import paths
from .errors import (InvalidError, NotFoundError, NotPermittedError, PermissionDeniedError,
                     QuotaError, StorageError, TooBigError)
from .perms import OWNER, READ, WRITE, Permissions, access_for
from .quota import XENSTORE_PAYLOAD_MAX


class Tree:
    """The request semantics for one caller on one view."""

    def __init__(self, view, caller, quotas, domains):
        self.view = view
        self.caller = caller
        self.quotas = quotas
        self.domains = domains
        self.unprivileged = not caller.privileged
        self.limits = quotas.values     # live: CONTROL quota set changes it

    # -- lookups ---------------------------------------------------------

    def resolve(self, path):
        """Absolute, validated form of ``path`` (InvalidError otherwise)."""
        if not isinstance(path, str):
            raise InvalidError("a path must be a string, not %s" % type(path).__name__)
        path_max = self.limits["path-max"]
        if len(path) <= path_max and paths.is_well_formed(path):
            return path
        return paths.validate(paths.canonicalize(path, self.caller.domid), path_max)

    def get_node(self, path, want):
        """The node at absolute ``path`` if the caller has ``want`` access on it.

        A missing or refused node reports ENOENT only when the nearest existing
        ancestor grants ``want``; otherwise EACCES, so nothing leaks (C errno_from_parents).
        """
        node = self.view.get(path)
        if node is not None and (not self.unprivileged or self._allows(node, want)):
            return node
        # C errno_from_parents: any one of the wanted bits on the ancestor tells the truth.
        ancestor = self._nearest_ancestor(path)
        allowed = access_for(self.domains.effective(ancestor.perms, ancestor.generation),
                             self.caller) & want
        if node is None and allowed:
            raise NotFoundError("%s does not exist" % paths.shorten(path))
        raise PermissionDeniedError("permission denied on %s" % paths.shorten(path))

    def _allows(self, node, want):
        perms = self.domains.effective(node.perms, node.generation)
        return access_for(perms, self.caller) & want == want

    def _nearest_ancestor(self, path):
        """The closest existing node above ``path``; the root is its own ancestor (C ask_parents)."""
        while True:
            path = paths.parent(path)
            node = self.view.get(path)
            if node is not None:
                return node
            if path == paths.ROOT:
                raise StorageError("the root node is missing")

    def _put(self, path, node):
        if self.unprivileged and node.record_size >= self.quotas["node-size"]:
            raise QuotaError("node %s would take %d bytes, over the node-size quota of %d"
                             % (paths.shorten(path), node.record_size, self.quotas["node-size"]))

    # -- requests --------------------------------------------------------

    def read(self, path):
        """Value of ``path``."""
        path = self.resolve(path)
        if not self.unprivileged:
            value = self.view.value(path)
            if value is not None:
                return value
        return self.get_node(path, READ).value

    def directory(self, path):
        """Child names of ``path`` in creation order."""
        return self.get_node(self.resolve(path), READ).child_names()

    def children(self, path):
        """NUL-terminated child names of ``path`` (DIRECTORY's reply)."""
        path = self.resolve(path)
        if not self.unprivileged:
            names = self.view.children(path)
            if names is not None:
                return names
        return self.get_node(path, READ).children

    def directory_part(self, path):
        """(generation, NUL-terminated child names) of ``path``, for DIRECTORY_PART."""
        node = self.get_node(self.resolve(path), READ)
        return node.generation, node.children

    def get_perms(self, path):
        """Permissions of ``path``."""
        return self.get_node(self.resolve(path), READ).perms

    def exists(self, path):
        """True if ``path`` exists and is readable (no error for a missing node)."""
        try:
            self.get_node(self.resolve(path), READ)
        except NotFoundError:
            return False
        return True

    def write(self, path, value):
        """Set the value of ``path``, creating it and missing parents. Returns the absolute path."""
        if not isinstance(value, bytes):
            raise InvalidError("a value must be bytes, not %s" % type(value).__name__)
        if isinstance(path, str) and len(path.encode()) + 1 + len(value) > XENSTORE_PAYLOAD_MAX:
            raise TooBigError("value for %s is %d bytes: with its path it exceeds the %d-byte "
                              "XenStore message limit" % (paths.shorten(path), len(value),
                                                          XENSTORE_PAYLOAD_MAX))
        path = self.resolve(path)
        if self.unprivileged:
            try:
                node = self.get_node(path, WRITE)
            except NotFoundError:
                return self._create(path, value)
            node.value = value
            self._put(path, node)
            self.view.put(path, node)
        elif not self.view.replace_value(path, value):
            return self._create(path, value)
        if self.view.watched:
            self.view.fire(path, False, (), (path, paths.parent(path)))
        return path

    def mkdir(self, path):
        """Create ``path`` (and missing parents) with an empty value; nothing if it exists."""
        path = self.resolve(path)
        try:
            self.get_node(path, WRITE)
        except NotFoundError:
            self._create(path, b"")
        return path

    def _create(self, path, value):
        missing = [path]
        top = paths.parent(path)
        ancestor = self.view.get(top)
        while ancestor is None:
            missing.append(top)
            top = paths.parent(top)
            ancestor = self.view.get(top)
        if self.unprivileged and self.view.owned_by(self.caller.domid) + len(missing) > self.quotas["nodes"]:
            raise QuotaError("domain %d would own more than %d nodes"
                             % (self.caller.domid, self.quotas["nodes"]))
        writes = []
        parent_path, parent_node = top, ancestor
        for new_path in reversed(missing):
            parent_node.add_child(paths.basename(new_path))
            writes.append((parent_path, parent_node))
            parent_path, parent_node = new_path, parent_node.new_child(self.caller)
        parent_node.value = value
        writes.append((path, parent_node))
        for write_path, node in writes:
            self._put(write_path, node)
        for write_path, node in reversed(writes):
            self.view.put(write_path, node)
        for created in writes[1:]:
            self.view.count(created[1].owner, 1)
        if self.view.watched:
            self.view.fire(path, False, (parent_node.perms, writes[-2][1].perms), ())
        return path

    def rm(self, path):
        """Remove ``path`` and everything below it; fine if only the parent exists."""
        path = self.resolve(path)
        try:
            node = self.get_node(path, WRITE)
        except NotFoundError:
            if self.view.get(paths.parent(path)) is not None:
                return path
            raise
        if path == paths.ROOT:
            raise InvalidError("the root node '/' cannot be removed")
        parent_path = paths.parent(path)
        parent_node = self.view.get(parent_path)
        self._remove_subtree(path, node, parent_node.perms)
        if not parent_node.remove_child(paths.basename(path)):
            raise StorageError("%s is not listed in its parent %s" % (path, parent_path))
        self.view.put(parent_path, parent_node)
        return path

    def _remove_subtree(self, top, top_node, top_parent_perms):
        """Delete ``top`` and its descendants, children before parents (C's walk order).

        Children are read one at a time, depth first in list order, as C's
        walk_node_tree reads them: a transaction's first-access order, which
        orders its events at commit, is then the same as C's.
        """
        stack = [(top, top_node, top_parent_perms, iter(top_node.child_names()))]
        while stack:
            path, node, parent_perms, names = stack[-1]
            for name in names:
                child_path = paths.join(path, name)
                child = self.view.get(child_path)
                if child is not None:
                    stack.append((child_path, child, node.perms, iter(child.child_names())))
                    break
            else:
                stack.pop()
                self.view.delete(path)
                self.view.count(node.owner, -1)
                if self.view.watched:
                    self.view.fire(path, path != top, (node.perms, parent_perms), ())

    def set_perms(self, path, perm_strings):
        """Replace the permissions of ``path`` (or of a special watch name)."""
        if self.unprivileged and len(perm_strings) > self.quotas["permissions"]:
            raise QuotaError("%d permission entries exceed the quota of %d"
                             % (len(perm_strings), self.quotas["permissions"]))
        perms = self.domains.admit(Permissions.parse(list(perm_strings)))
        if isinstance(path, str) and paths.is_special(path):
            self.domains.set_special_perms(self.caller, path, perms)
            return path
        path = self.resolve(path)
        node = self.get_node(path, WRITE | OWNER)
        old = node.perms
        if self.unprivileged and perms.owner != old.owner:
            raise NotPermittedError("domain %d may not give %s to domain %d"
                                    % (self.caller.domid, paths.shorten(path), perms.owner))
        node.perms = perms
        self._put(path, node)
        self.view.put(path, node)
        self.view.count(old.owner, -1)
        self.view.count(perms.owner, 1)
        if self.view.watched:
            self.view.fire(path, False, (old,), (path, paths.parent(path)))
        return path
