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
        self.introduced = {0: 0}    # domid -> generation at introduction
        self.targets = {}           # domid -> the domain whose rights it also has
        self.special = {name: DEFAULT for name in paths.SPECIAL_WATCHES}
        self.epoch = 0              # generation when this table started (see effective)

    def snapshot(self):
        """A copy of the table for restore() (the daemon undoes a batch whose commit failed)."""
        return dict(self.introduced), dict(self.targets), dict(self.special)

    def restore(self, snapshot):
        """Go back to what snapshot() saw."""
        for current, saved in zip((self.introduced, self.targets, self.special), snapshot):
            current.clear()
            current.update(saved)

    def exists(self, domid):
        """True if ``domid`` may own nodes and appear in ACLs."""
        if self.strict:
            return domid in self.introduced
        return domid < DOMID_FIRST_RESERVED

    def introduce(self, domid, generation):
        """Record ``domid`` as introduced; False if it already was."""
        if domid in self.introduced:
            return False
        self.introduced[domid] = generation
        return True

    def release(self, domid):
        """Forget ``domid``: its targets and its entries in the special watch permissions."""
        del self.introduced[domid]
        self.targets.pop(domid, None)
        for name, perms in self.special.items():
            self.special[name] = perms.without_domain(domid)

    def effective(self, perms, generation):
        """``perms`` as checked for a node of ``generation``: ACL entries of domains
        introduced after the node was written are ignored, so a recycled domid does
        not inherit a dead domain's rights (C xenstored, XSA-322). Nodes older than
        this table (written before the daemon started) are taken as they are."""
        if not self.strict or len(perms) == 1 or generation < self.epoch:
            return perms
        introduced = self.introduced
        return Permissions(
            [perms[0]] + [Perm(domid, access | IGNORE)
                          if introduced.get(domid, generation + 1) > generation else perm
                          for perm in perms[1:] for domid, access in (perm,)])

    def admit(self, perms):
        """``perms`` ready to store: unknown ACL domains flagged IGNORE; NotFoundError for an unknown owner."""
        if not self.exists(perms[0][0]):
            raise NotFoundError("domain %s does not exist, so it cannot own a node"
                                % perms[0][0])
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
