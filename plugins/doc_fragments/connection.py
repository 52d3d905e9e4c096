# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Connection options shared by every xen.xenstore module and plugin."""


class ModuleDocFragment:  # pylint: disable=too-few-public-methods
    """Options: backend, socket, database.

    ``xen.xenstore.connection`` for modules, which run on the target;
    ``xen.xenstore.connection.plugin`` for the inventory and lookup plugins, which run on the controller.
    """

    DOCUMENTATION = r"""
options:
  backend:
    description:
      - How to reach XenStore.
      - V(socket) talks to a xenstored (Xen's, or this collection's C(bin/xenstored)) over its Unix socket.
      - V(xenbus) talks to the store through the C(/dev/xen/xenbus) device of a Xen guest or dom0.
      - V(embedded) opens the TDB database file directly, with no daemon; it fails if a daemon owns the file.
      - V(auto) takes the socket if it accepts connections, then the xenbus device; on a Xen host
        (C(/proc/xen) exists) with neither it fails; otherwise it uses the database, through the
        owning daemon's socket if one holds it.
    type: str
    choices: [auto, socket, xenbus, embedded]
    default: auto
  socket:
    description:
      - Path of the daemon's socket.
      - Defaults to E(XENSTORED_PATH), else E(XENSTORED_RUNDIR)C(/socket), else C(/run/xenstored/socket).
    type: path
  database:
    description:
      - Path of the TDB database for the V(embedded) backend.
      - Defaults to E(XENSTORED_ROOTDIR)C(/tdb), else C(/var/lib/xenstored/tdb).
    type: path
requirements:
  - Debian's C(python3-tdb) (the C(tdb) binding) for the V(embedded) backend, in the Python that opens the
    database (the target's for a module, the controller's for the inventory and lookup plugins).
"""

    # Added to the above by the inventory and lookup plugins.
    PLUGIN = r"""
options: {}
notes:
  - The plugin reaches XenStore from the controller, with the controller's environment
    (E(XENSTORED_PATH) and the rest) and, for the V(embedded) backend, the controller's C(tdb) binding.
"""
