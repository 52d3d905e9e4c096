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


def _open(module, creates):
    """The client. Only a module that ``creates`` nodes may create a missing database, and not
    in check mode: there an empty scratch database stands in for it."""
    params = module.params
    if creates and not module.check_mode:
        return open_client(params["backend"], params["socket"], params["database"])
    try:
        return open_client(params["backend"], params["socket"], params["database"], create=False)
    except NotFoundError:
        if not creates or params["backend"] not in ("auto", "embedded"):
            raise
    scratch = tempfile.mkdtemp(prefix="xenstore-check-")
    atexit.register(shutil.rmtree, scratch, True)
    return open_client("embedded", database=os.path.join(scratch, "tdb"))


def _no_path_info(kwargs):
    """AnsibleModule.add_path_info replacement: a XenStore ``path`` is not a file to stat."""
    return kwargs


def run(module, function, creates=False):
    """Open the client, call ``function(module, client)`` and exit with its result dict.

    ``creates``: the module writes nodes, so it may create a missing database (the
    others fail naming it). Every engine or connection error becomes
    ``fail_json(msg=...)``; nothing else is caught, so a bug shows its traceback.
    """
    params = module.params
    module.add_path_info = _no_path_info
    for option in ("socket", "database"):
        if params[option] == "":
            module.fail_json(msg="%s is empty: leave it out to use the default" % option)
    try:
        client = _open(module, creates)
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
