"""errors.py: each exception names its xs_wire.h error; wire names map back to classes."""

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import errors

# xs_wire.h xsd_errors[], in table order.
XS_WIRE_ERRORS = ("EINVAL", "EACCES", "EEXIST", "EISDIR", "ENOENT", "ENOMEM", "ENOSPC", "EIO",
                  "ENOTEMPTY", "ENOSYS", "EROFS", "EBUSY", "EAGAIN", "EISCONN", "E2BIG", "EPERM")

CLASSES = [
    (errors.InvalidError, "EINVAL"),
    (errors.PermissionDeniedError, "EACCES"),
    (errors.ExistsError, "EEXIST"),
    (errors.NotFoundError, "ENOENT"),
    (errors.OutOfMemoryError, "ENOMEM"),
    (errors.QuotaError, "ENOSPC"),
    (errors.StorageError, "EIO"),
    (errors.CorruptDatabaseError, "EIO"),
    (errors.NotSupportedError, "ENOSYS"),
    (errors.BusyError, "EBUSY"),
    (errors.DatabaseInUseError, "EBUSY"),
    (errors.ConflictError, "EAGAIN"),
    (errors.TooBigError, "E2BIG"),
    (errors.NotPermittedError, "EPERM"),
]


def test_table_is_xs_wire_order():
    assert errors.XSD_ERRORS == XS_WIRE_ERRORS


@pytest.mark.parametrize("cls, name", CLASSES)
def test_each_class_names_its_wire_error(cls, name):
    assert issubclass(cls, errors.XenStoreError)
    assert cls.errno_name == name
    assert name in XS_WIRE_ERRORS


@pytest.mark.parametrize("cls, name", CLASSES)
def test_default_message_is_the_errno_name(cls, name):
    error = cls()
    assert error.message == name
    assert str(error) == name


def test_message_is_kept():
    error = errors.NotFoundError("/a/b does not exist")
    assert error.message == "/a/b does not exist"
    assert str(error) == "/a/b does not exist"
    assert error.errno_name == "ENOENT"


def test_specialisations():
    assert issubclass(errors.CorruptDatabaseError, errors.StorageError)
    assert issubclass(errors.DatabaseInUseError, errors.BusyError)


@pytest.mark.parametrize("cls, name", [(cls, name) for cls, name in CLASSES
                                       if cls not in (errors.CorruptDatabaseError,
                                                      errors.DatabaseInUseError)])
def test_error_from_name_round_trip(cls, name):
    error = errors.error_from_name(name, "what happened")
    assert error.__class__ is cls
    assert error.message == "what happened"
    assert error.errno_name == name


def test_error_from_name_without_message():
    error = errors.error_from_name("EAGAIN")
    assert isinstance(error, errors.ConflictError)
    assert error.message == "EAGAIN"


@pytest.mark.parametrize("name", ["EQUOTA", "EWHATEVER", ""])
def test_unknown_names_become_einval_like_libxenstore(name):
    error = errors.error_from_name(name)
    assert error.__class__ is errors.InvalidError
    assert error.errno_name == "EINVAL"
    if name:
        assert name in error.message


@pytest.mark.parametrize("name", ["EISDIR", "ENOTEMPTY", "EROFS", "EISCONN"])
def test_unused_table_names_keep_their_name(name):
    error = errors.error_from_name(name, "msg")
    assert error.__class__ is errors.XenStoreError
    assert error.errno_name == name
    assert error.message == "msg"
    # the class attribute is untouched
    assert errors.XenStoreError.errno_name == "EINVAL"


def test_every_wire_name_maps_to_an_error_with_that_name():
    for name in XS_WIRE_ERRORS:
        assert errors.error_from_name(name).errno_name == name
