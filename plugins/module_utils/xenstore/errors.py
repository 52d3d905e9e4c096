"""The engine's one exception family; each class names its ``xs_wire.h`` error.

Raise where the fact is known; map once at each boundary (wire reply, client,
module ``fail_json``, tool exit status).
"""

# Order of xsd_errors[] in xs_wire.h: libxenstore maps unknown names to EINVAL.
XSD_ERRORS = (
    "EINVAL", "EACCES", "EEXIST", "EISDIR", "ENOENT", "ENOMEM", "ENOSPC", "EIO",
    "ENOTEMPTY", "ENOSYS", "EROFS", "EBUSY", "EAGAIN", "EISCONN", "E2BIG", "EPERM",
)


class XenStoreError(Exception):
    """A failed XenStore operation; ``errno_name`` is its wire error string."""

    errno_name = "EINVAL"

    def __init__(self, message=None):
        super().__init__(message or self.errno_name)

    @property
    def message(self):
        """The human-readable one-line message."""
        return self.args[0]


class InvalidError(XenStoreError):
    """Malformed input: bad path, bad permission string, bad argument."""

    errno_name = "EINVAL"


class PermissionDeniedError(XenStoreError):
    """The caller lacks the access the operation needs."""

    errno_name = "EACCES"


class ExistsError(XenStoreError):
    """The thing to create exists already (e.g. a duplicate watch)."""

    errno_name = "EEXIST"


class NotFoundError(XenStoreError):
    """A node, transaction, watch or domain does not exist."""

    errno_name = "ENOENT"


class OutOfMemoryError(XenStoreError):
    """Memory quota or a failed transaction (C xenstored answers ENOMEM)."""

    errno_name = "ENOMEM"


class QuotaError(XenStoreError):
    """A per-domain quota was exceeded."""

    errno_name = "ENOSPC"


class StorageError(XenStoreError):
    """The database could not be read or written."""

    errno_name = "EIO"


class MissingDependencyError(StorageError):
    """A Python package the operation needs (Debian's python3-tdb) cannot be imported."""


class CorruptDatabaseError(StorageError):
    """The database file is not a XenStore TDB or holds a malformed record."""


class NotSupportedError(XenStoreError):
    """Unknown or unsupported request."""

    errno_name = "ENOSYS"


class BusyError(XenStoreError):
    """The resource is in use (nested transaction)."""

    errno_name = "EBUSY"


class DatabaseInUseError(BusyError):
    """Another process owns the database file."""


class ConflictError(XenStoreError):
    """A transaction conflicted with a concurrent change; retry it."""

    errno_name = "EAGAIN"


class TooBigError(XenStoreError):
    """A value, reply or watch count exceeds its limit."""

    errno_name = "E2BIG"


class NotPermittedError(XenStoreError):
    """An unprivileged caller tried to change a node's owner."""

    errno_name = "EPERM"


_BY_NAME = {cls.errno_name: cls for cls in (
    InvalidError, PermissionDeniedError, ExistsError, NotFoundError,
    OutOfMemoryError, QuotaError, StorageError, NotSupportedError, BusyError,
    ConflictError, TooBigError, NotPermittedError)}


def error_from_name(name, message=None):
    """The exception for a wire error name; unknown names become EINVAL, as in libxenstore."""
    cls = _BY_NAME.get(name)
    if cls is not None:
        return cls(message)
    if name not in XSD_ERRORS:
        return InvalidError(message or name)
    error = XenStoreError(message or name)
    error.errno_name = name  # EISDIR, ENOTEMPTY, EROFS, EISCONN: no daemon sends them
    return error
