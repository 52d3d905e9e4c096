"""database.py: the only TDB code, on real files (tdbdump from tdb-tools reads them back)."""

import os
import stat
import struct

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import database as database_module
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.database import Database
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import (
    CorruptDatabaseError, DatabaseInUseError, NotFoundError, StorageError)
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.lock import current_owner


@pytest.fixture
def database(db_path):
    database = Database(db_path, sync=False)
    yield database
    database.close()


def test_new_file_is_private(db_path, database):
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_new_file_is_private_whatever_the_umask(db_path):
    old = os.umask(0)
    try:
        database = Database(db_path, sync=False)
    finally:
        os.umask(old)
    database.close()
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_engine_file_is_private_and_tdbdump_reads_it(db_path, helpers):
    Engine(db_path, sync=False).close()
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    assert sorted(helpers.tdbdump_keys(db_path)) == ["/", "/tool", "/tool/xenstored"]
    dump = helpers.tdbdump(db_path)
    assert 'key(15) = "/tool/xenstored"' in dump
    assert 'key(5) = "/tool"' in dump
    assert 'key(1) = "/"' in dump


def test_put_get_delete(database):
    assert database.is_empty()
    assert database.get("/a") is None
    database.put("/a", b"one")
    database.put("/b", b"\0two\0")
    assert not database.is_empty()
    assert database.get("/a") == b"one"
    assert database.get("/b") == b"\0two\0"
    assert sorted(database.paths()) == ["/a", "/b"]
    database.put("/a", b"uno")
    assert database.get("/a") == b"uno"
    database.delete("/a")
    database.delete("/a")           # deleting a missing record is fine
    database.delete("/never")
    assert database.get("/a") is None
    assert database.paths() == ["/b"]


def test_records_survive_reopen(db_path, helpers):
    database = Database(db_path, sync=True)
    database.put("/kept", b"v")
    database.close()
    database.close()                # closing twice is harmless
    assert helpers.tdbdump_keys(db_path) == ["/kept"]
    again = Database(db_path, create=False)
    try:
        assert again.get("/kept") == b"v"
    finally:
        again.close()


def test_transactions(db_path, database):
    assert not database.in_transaction
    database.begin()
    database.put("/a", b"1")
    database.begin()                # nested: joins the outer one
    database.put("/b", b"2")
    database.commit()
    assert database.in_transaction
    database.commit()
    assert not database.in_transaction
    database.begin()
    database.put("/c", b"3")
    database.delete("/a")
    database.cancel()
    assert not database.in_transaction
    assert sorted(database.paths()) == ["/a", "/b"]
    database.cancel()               # nothing open: harmless


def test_cancel_drops_nested_levels(database):
    database.begin()
    database.begin()
    database.put("/x", b"1")
    database.cancel()
    assert not database.in_transaction
    assert database.get("/x") is None


def test_close_cancels_an_open_transaction(db_path):
    database = Database(db_path, sync=False)
    database.put("/committed", b"1")
    database.begin()
    database.put("/pending", b"2")
    database.close()
    again = Database(db_path)
    try:
        assert again.paths() == ["/committed"]
    finally:
        again.close()


def test_set_sync(database):
    database.set_sync(True)
    database.put("/a", b"1")
    database.set_sync(False)
    database.put("/b", b"2")
    assert sorted(database.paths()) == ["/a", "/b"]


def test_foreign_keys_come_back_decoded(database):
    database.put("57/local/domain/1/x", b"")
    assert database.paths() == ["57/local/domain/1/x"]


@pytest.mark.parametrize("content", [
    b"hello world, not a tdb\n" * 10,
    b"TDB file\n",                          # the magic alone, truncated header
    b"\0" * 4096,
    b"",                                    # an empty file is not a database either
])
def test_not_a_tdb_file(tmp_path, content):
    path = tmp_path / "tdb"
    path.write_bytes(content)
    os.chmod(path, 0o644)
    with pytest.raises(CorruptDatabaseError) as caught:
        Database(str(path))
    assert str(path) in caught.value.message
    assert caught.value.errno_name == "EIO"
    assert path.read_bytes() == content
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644


def test_not_a_tdb_file_through_the_engine(tmp_path):
    path = tmp_path / "tdb"
    content = b"#!/bin/sh\necho not a database\n" * 100
    path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError) as caught:
        Engine(str(path), sync=False)
    assert str(path) in caught.value.message
    assert path.read_bytes() == content
    # the failed open gave the lock back
    assert current_owner(str(path)) is None


def test_missing_file_without_create(tmp_path):
    path = tmp_path / "absent"
    with pytest.raises(NotFoundError) as caught:
        Database(str(path), create=False)
    assert str(path) in caught.value.message
    assert not path.exists()


def test_missing_directory(tmp_path):
    path = tmp_path / "no" / "such" / "dir" / "tdb"
    with pytest.raises(NotFoundError) as caught:
        Database(str(path))
    assert str(path) in caught.value.message


def test_directory_instead_of_a_file(tmp_path):
    with pytest.raises(StorageError) as caught:
        Database(str(tmp_path))
    assert str(tmp_path) in caught.value.message


def test_same_file_twice_in_one_process(db_path, database):
    with pytest.raises(DatabaseInUseError) as caught:
        Database(db_path)
    assert db_path in caught.value.message
    assert caught.value.errno_name == "EBUSY"
    database.put("/still", b"works")
    assert database.get("/still") == b"works"


def test_space_a_killed_growing_commit_leaves_is_repacked_keeping_every_record(db_path, caplog):
    """A kill while a commit wrote the grown part of the file: libtdb's recovery restores the
    old records but leaves a half-written record in the tail (the state a crash test left:
    "invalid tailer" at the old end of file). tdb_check fails; tdb_repack makes the file whole."""
    database = Database(db_path, sync=False)
    database.begin()
    for index in range(500):
        database.put("/k/%d" % index, b"v%d" % index)
    database.commit()
    database.close()
    old_end = os.path.getsize(db_path)
    os.truncate(db_path, old_end + 65536)
    with open(db_path, "r+b") as handle:     # a used-record header (next, rec_len, key, data, hash, magic)
        handle.seek(old_end)
        handle.write(struct.pack("<6I", 0, 1000, 4, 4, 0, 0x26011999))
    with pytest.raises(CorruptDatabaseError):
        verify_file_strictly(db_path)
    database = Database(db_path, create=False, sync=False, verify=True)
    assert [database.get("/k/%d" % index) for index in range(500)] == [b"v%d" % index for index in range(500)]
    database.close()
    assert "repacked, every record kept" in caplog.text
    verify_file_strictly(db_path)


def verify_file_strictly(path):
    """tdb_check alone (no repack): CorruptDatabaseError if it fails."""
    lib = database_module._libtdb()
    handle = lib.tdb_open(os.fsencode(path), 0, 0, os.O_RDONLY, 0)
    try:
        if lib.tdb_check(handle, None, None) != 0:
            raise CorruptDatabaseError("tdb_check failed on %s" % path)
    finally:
        lib.tdb_close(handle)
