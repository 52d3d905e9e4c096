"""Shared pieces of the modules: connection options, opening the client, one error boundary."""

import atexit
import errno
import os
import shutil
import tempfile

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.connect import BACKENDS, open_client
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import (
    MissingDependencyError, NotFoundError, XenStoreError)

CONNECTION_ARGS = {
    "backend": {"type": "str", "default": "auto", "choices": list(BACKENDS)},
    "socket": {"type": "path"},
    "database": {"type": "path"},
}


def argument_spec(**options):
    """The connection options plus the module's own."""
    spec = dict(CONNECTION_ARGS)
    spec.update(options)
    return spec


def _open(module):
    """The client; in check mode a missing database is not created (an empty scratch one stands in)."""
    params = module.params
    if not module.check_mode:
        return open_client(params["backend"], params["socket"], params["database"])
    try:
        return open_client(params["backend"], params["socket"], params["database"], create=False)
    except NotFoundError:
        if params["backend"] not in ("auto", "embedded"):
            raise
    scratch = tempfile.mkdtemp(prefix="xenstore-check-")
    atexit.register(shutil.rmtree, scratch, True)
    return open_client("embedded", database=os.path.join(scratch, "tdb"))


def run(module, function):
    """Open the client, call ``function(module, client)`` and exit with its result dict.

    Every engine or connection error becomes ``fail_json(msg=...)``; nothing
    else is caught, so a bug shows its traceback.
    """
    params = module.params
    try:
        client = _open(module)
    except MissingDependencyError as error:
        module.fail_json(msg=missing_required_lib("tdb (Debian package python3-tdb)"),
                         exception=str(error))
    except XenStoreError as error:
        module.fail_json(msg=error.message)
    try:
        result = function(module, client)
    except XenStoreError as error:
        message = error.message
        if message == error.errno_name:
            # A daemon's error reply is only a name: say who answered, and about which path.
            message = "%s answered %s for %s: %s" % (
                client.description, error.errno_name, params.get("path") or "the request",
                os.strerror(getattr(errno, error.errno_name, errno.EINVAL)))
        module.fail_json(msg="%s (%s)" % (message, error.errno_name), backend=client.kind)
    finally:
        client.close()
    result.setdefault("backend", client.kind)
    module.exit_json(**result)
