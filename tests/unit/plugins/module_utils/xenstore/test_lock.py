"""lock.py: one owner per database file, in this process and across processes."""

import fcntl
import json
import os

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import lock
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import (
    DatabaseInUseError, StorageError)
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.lock import OwnerLock

HOLD = """
import sys, time
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
engine = Engine(sys.argv[1], sync=False, program="holder-test", socket="/run/test.sock")
engine.session().write("/written/by/child", b"acknowledged")
print("ready", flush=True)
time.sleep(300)
"""

HOLD_BRIEFLY = """
import sys, time
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
engine = Engine(sys.argv[1], sync=False, program="brief-holder")
print("ready", flush=True)
time.sleep(float(sys.argv[2]))
engine.session().write("/written/before/release", b"yes")
engine.close()
time.sleep(300)
"""

TRY = """
import sys
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import DatabaseInUseError
try:
    Engine(sys.argv[1], sync=False)
except DatabaseInUseError as error:
    print("refused", error.errno_name, error.message)
else:
    print("opened")
"""


def test_lock_path_and_owner_record(db_path):
    owner = OwnerLock(db_path, "xenstored", socket="/run/xenstored/socket")
    try:
        assert owner.path == db_path + ".lock" == lock.lock_path(db_path)
        with open(owner.path) as handle:
            record = json.loads(handle.read())
        assert record == {"pid": os.getpid(), "program": "xenstored",
                          "socket": "/run/xenstored/socket"}
        assert owner.owner == record
        assert lock.current_owner(db_path) == record
    finally:
        owner.release()
    assert lock.current_owner(db_path) is None
    owner.release()                 # twice is harmless


def test_no_lock_file_no_owner(db_path):
    assert lock.current_owner(db_path) is None


def test_describe():
    assert lock.describe({"pid": 12, "program": "xenstored", "socket": "/run/s"}) == \
        "xenstored (pid 12, socket /run/s)"
    assert lock.describe({"pid": 7, "program": "xen.xenstore", "socket": None}) == \
        "xen.xenstore (pid 7)"
    assert lock.describe({}) == "another process (pid ?)"


def test_second_lock_in_this_process_names_the_owner(db_path):
    first = OwnerLock(db_path, "first-program")
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            OwnerLock(db_path, "second-program")
        message = caught.value.message
        assert db_path in message
        assert "first-program" in message
        assert "pid %d" % os.getpid() in message
        assert "second-program" not in message
        # the failed attempt did not disturb the owner record
        assert lock.current_owner(db_path)["program"] == "first-program"
    finally:
        first.release()
    OwnerLock(db_path, "second-program").release()


def test_stale_lock_file_is_taken_over(db_path):
    with open(db_path + ".lock", "w") as handle:
        handle.write('{"pid": 999999, "program": "dead"}\n' + "x" * 100)
    assert lock.current_owner(db_path) is None
    owner = OwnerLock(db_path, "new-owner")
    try:
        assert lock.current_owner(db_path) == {"pid": os.getpid(), "program": "new-owner",
                                               "socket": None}
    finally:
        owner.release()


def test_unreadable_owner_record(db_path):
    owner = OwnerLock(db_path, "x")
    try:
        with open(db_path + ".lock", "w") as handle:
            handle.write("not json")
        with pytest.raises(DatabaseInUseError, match="in use by another process"):
            OwnerLock(db_path, "y")
    finally:
        owner.release()


def test_lock_file_in_missing_directory(tmp_path):
    path = str(tmp_path / "missing" / "tdb")
    with pytest.raises(StorageError) as caught:
        OwnerLock(path, "x")
    assert path + ".lock" in caught.value.message


def test_second_engine_in_this_process(db_path, make_engine):
    first = make_engine(program="first-engine")
    first.session().write("/a", b"1")
    with pytest.raises(DatabaseInUseError) as caught:
        Engine(db_path, sync=False)
    assert "first-engine" in caught.value.message
    assert "pid %d" % os.getpid() in caught.value.message
    assert db_path in caught.value.message
    # the first engine is unaffected
    assert first.session().read("/a") == b"1"
    first.close()
    second = make_engine()
    assert second.session().read("/a") == b"1"


def test_engine_close_releases_and_is_idempotent(db_path):
    engine = Engine(db_path, sync=False)
    assert lock.current_owner(db_path)["pid"] == os.getpid()
    engine.close()
    engine.close()
    assert lock.current_owner(db_path) is None
    with Engine(db_path, sync=False) as again:
        assert again.session().directory("/") == ["tool"]
    assert lock.current_owner(db_path) is None


def test_engine_held_by_another_process_then_killed(db_path, child):
    holder = child(HOLD, db_path)
    assert holder.readline() == "ready"
    owner = lock.current_owner(db_path)
    assert owner == {"pid": holder.pid, "program": "holder-test", "socket": "/run/test.sock"}
    with pytest.raises(DatabaseInUseError) as caught:
        Engine(db_path, sync=False)
    message = caught.value.message
    assert "holder-test" in message
    assert "pid %d" % holder.pid in message
    assert "socket /run/test.sock" in message
    holder.kill()                   # SIGKILL: no chance to clean up
    assert lock.current_owner(db_path) is None
    with Engine(db_path, sync=False) as engine:
        # the write was acknowledged before the kill, so it is in the file
        assert engine.session().read("/written/by/child") == b"acknowledged"
        assert engine.check().ok


def test_other_process_refused_while_we_hold_it(db_path, make_engine, child):
    make_engine(program="parent-holder")
    attempt = child(TRY, db_path)
    out, err = attempt.communicate()
    assert attempt.process.returncode == 0, err
    assert out.startswith("refused EBUSY database %s is in use by parent-holder (pid %d)"
                          % (db_path, os.getpid())), out


def test_other_process_may_open_after_close(db_path, make_engine, child):
    engine = make_engine()
    engine.close()
    attempt = child(TRY, db_path)
    out, err = attempt.communicate()
    assert out.strip() == "opened", err


def test_waiting_taker_gets_the_file_once_an_embedded_holder_lets_go(db_path, child):
    holder = child(HOLD_BRIEFLY, db_path, "0.6")
    assert holder.readline() == "ready"
    with pytest.raises(DatabaseInUseError, match="brief-holder"):
        OwnerLock(db_path, "impatient")          # no wait: refused at once
    with Engine(db_path, sync=False, lock_wait=20) as engine:
        # it opened only after the holder's last write and release
        assert engine.session().read("/written/before/release") == b"yes"


def test_waiting_taker_gives_up_after_its_wait(db_path, make_engine):
    make_engine(program="long-holder")
    with pytest.raises(DatabaseInUseError, match="in use by long-holder"):
        OwnerLock(db_path, "patient", wait=0.3)


def test_waiting_taker_does_not_wait_for_a_daemon(db_path, child):
    holder = child(HOLD, db_path)
    assert holder.readline() == "ready"
    started = lock.time.monotonic()
    with pytest.raises(DatabaseInUseError, match="socket /run/test.sock"):
        OwnerLock(db_path, "patient", wait=120)
    assert lock.time.monotonic() - started < 60     # refused without sitting out the 120 s


def _flock_taken(path):
    """True if another open file description cannot take an exclusive flock on ``path`` now."""
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_the_database_file_itself_is_locked_while_owned(db_path, make_engine):
    engine = make_engine()
    assert _flock_taken(db_path)
    engine.close()
    assert not _flock_taken(db_path)


def test_a_database_flocked_by_an_outside_tool_is_refused(db_path, make_engine):
    make_engine().close()
    fd = os.open(db_path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(DatabaseInUseError, match="is locked \\(flock\\) by another process"):
            make_engine()
    finally:
        os.close(fd)
    make_engine().close()


def test_a_database_that_is_not_a_regular_file_leaves_no_lock_file(tmp_path, make_engine):
    for path in (str(tmp_path), "/dev/null"):
        with pytest.raises(StorageError, match="^database %s is not a regular file$" % path):
            make_engine(path, create=False)
        assert not os.path.exists(path + ".lock")
