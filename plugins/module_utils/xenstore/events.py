"""Watch events an operation causes, before they are matched against watches."""

from collections import namedtuple

# path: the node changed; exact: only watches on exactly this path match (the
# nodes below a removed one); perms: permission lists any of which granting READ
# lets an unprivileged watcher see it; parent: a node whose current permissions
# may grant it too (None when already in perms).
Event = namedtuple("Event", "path exact perms parent")
