"""Which domains exist, and the permissions of the special watches.

Without a hypervisor the table is simulated. A ``strict`` table (the daemon)
knows dom0 and the domains introduced to it, as C xenstored knows the
hypervisor's; a lenient one (the embedded store) accepts any domid below
DOMID_FIRST_RESERVED. A permission list may only be owned by a known domain
(else ENOENT); ACL entries of unknown domains are kept but ignored, as in C.
"""

from . import paths
from .errors import InvalidError, NotFoundError, PermissionDeniedError
from .perms import BOTH, DEFAULT, DOMID_FIRST_RESERVED, IGNORE, OWNER, WRITE, Perm, Permissions, access_for


class Domains:
    """Known domains, their targets, and the ``@introduceDomain``/``@releaseDomain`` permissions."""

    def __init__(self, strict=False):
        self.strict = strict
        self.introduced = {0}
        self.targets = {}
        self.special = {name: DEFAULT for name in paths.SPECIAL_WATCHES}

    def exists(self, domid):
        """True if ``domid`` may own nodes and appear in ACLs."""
        if self.strict:
            return domid in self.introduced
        return domid < DOMID_FIRST_RESERVED

    def admit(self, perms):
        """``perms`` ready to store: unknown ACL domains flagged IGNORE; NotFoundError for an unknown owner."""
        if not self.exists(perms[0][0]):
            raise NotFoundError("domain %s does not exist, so it cannot own a node"
                                % perms[0])
        return Permissions(
            [perms[0]] + [Perm(domid, access & BOTH if self.exists(domid) else access | IGNORE)
                          for domid, access in perms[1:]])

    def set_special_perms(self, caller, name, perms):
        """Change who may watch a special event; the caller must own its current list."""
        if name not in self.special:
            raise InvalidError("%s is not a special watch (known: %s)"
                               % (paths.shorten(name), ", ".join(paths.SPECIAL_WATCHES)))
        if access_for(self.special[name], caller) & (WRITE | OWNER) != WRITE | OWNER:
            raise PermissionDeniedError("domain %d may not change the permissions of %s"
                                        % (caller.domid, name))
        self.special[name] = perms
