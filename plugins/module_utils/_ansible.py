"""Shared pieces of the modules: connection options, opening the client, one error boundary."""

import atexit
import errno
import os
import shutil
import tempfile

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.connect import BACKENDS, open_client
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import (
    MissingDependencyError, NotFoundError, PermissionDeniedError, XenStoreError)

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


def _open(module, missing):
    """The client. A missing database is created (``missing="create"``, except in check mode),
    stood in for by an empty scratch one (``"scratch"``, and ``"create"`` in check mode), or an
    error (``"fail"``: the readers)."""
    params = module.params
    if missing == "create" and not module.check_mode:
        return open_client(params["backend"], params["socket"], params["database"])
    try:
        return open_client(params["backend"], params["socket"], params["database"], create=False)
    except NotFoundError:
        if missing == "fail" or params["backend"] not in ("auto", "embedded"):
            raise
    scratch = tempfile.mkdtemp(prefix="xenstore-check-")
    atexit.register(shutil.rmtree, scratch, True)
    return open_client("embedded", database=os.path.join(scratch, "tdb"))


def _no_path_info(kwargs):
    """AnsibleModule.add_path_info replacement: a XenStore ``path`` is not a file to stat."""
    return kwargs


def transact(module, client, attempt):
    """``attempt(transaction, apply)`` in one transaction, committed; in check mode the changes
    are applied and the transaction aborted, so the store checks them as the real run would.
    A connection that may not write (``socket_ro``) gets them planned only, with a warning."""
    if not module.check_mode:
        return client.transact(lambda transaction: attempt(transaction, True))
    try:
        return client.transact(lambda transaction: attempt(transaction, True), commit=False)
    except PermissionDeniedError:
        module.warn("check mode: the store refused to try these changes (EACCES: a read-only "
                    "connection, or permissions the real run would lack too); they are planned, not checked")
        return client.transact(lambda transaction: attempt(transaction, False), commit=False)


def run(module, function, missing="fail", nowhere=None):
    """Open the client, call ``function(module, client)`` and exit with its result dict.

    ``missing``: what a missing database means (see _open): only a task that writes nodes
    creates one. ``nowhere``: the result (with a warning) when ``backend=auto``, given no
    socket or database, finds no XenStore at all (facts on a host without Xen); else that
    fails too. Every engine or connection error becomes ``fail_json(msg=...)``; nothing
    else is caught, so a bug shows its traceback.
    """
    params = module.params
    module.add_path_info = _no_path_info
    for option in ("socket", "database"):
        if params[option] == "":
            module.fail_json(msg="%s is empty: leave it out to use the default" % option)
    try:
        client = _open(module, missing)
    except MissingDependencyError as error:
        module.fail_json(msg=missing_required_lib("tdb (Debian package python3-tdb)"),
                         exception=str(error))
    except NotFoundError as error:
        if nowhere is not None and params["backend"] == "auto" and not (params["socket"] or params["database"]):
            module.warn(error.message)
            module.exit_json(backend="none", **nowhere)
        module.fail_json(msg=error.message)
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
    except OSError as error:    # the connection broke under the request
        module.fail_json(msg="%s failed: %s" % (client.description, error.strerror or error), backend=client.kind)
    finally:
        client.close()
    result.setdefault("backend", client.kind)
    module.exit_json(**result)
