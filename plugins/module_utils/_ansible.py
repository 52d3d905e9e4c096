"""Shared pieces of the modules: connection options, opening the client, one error boundary."""

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.connect import BACKENDS, open_client
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import (
    MissingDependencyError, XenStoreError)

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


def run(module, function):
    """Open the client, call ``function(module, client)`` and exit with its result dict.

    Every engine or connection error becomes ``fail_json(msg=...)``; nothing
    else is caught, so a bug shows its traceback.
    """
    params = module.params
    try:
        client = open_client(params["backend"], params["socket"], params["database"])
    except MissingDependencyError as error:
        module.fail_json(msg=missing_required_lib("tdb (Debian package python3-tdb)"),
                         exception=str(error))
    except XenStoreError as error:
        module.fail_json(msg=error.message)
    try:
        result = function(module, client)
    except XenStoreError as error:
        module.fail_json(msg="%s (%s)" % (error.message, error.errno_name), backend=client.kind)
    finally:
        client.close()
    result.setdefault("backend", client.kind)
    module.exit_json(**result)
