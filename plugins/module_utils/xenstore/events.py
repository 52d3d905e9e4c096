"""Watch events an operation causes, before they are matched against watches."""

from collections import namedtuple

# path: the node changed; exact: only watches on exactly this path match (the
# nodes below a removed one); perms: permission lists any of which granting READ
# lets an unprivileged watcher see it; lookups: paths whose permissions at
# delivery time may grant it too (the node itself, then its parent).
Event = namedtuple("Event", "path exact perms lookups")
