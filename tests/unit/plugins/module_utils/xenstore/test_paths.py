"""paths.py: C xenstored 4.17 is_valid_nodename, canonicalize and the path-length rule."""

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import InvalidError
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import Caller
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.quota import Quotas

LIMIT = paths.DEFAULT_PATH_MAX


def test_limits_are_xs_wire_values():
    assert paths.XENSTORE_ABS_PATH_MAX == 3072
    assert paths.XENSTORE_REL_PATH_MAX == 2048
    assert paths.DEFAULT_PATH_MAX == 2048
    assert paths.SPECIAL_WATCHES == ("@introduceDomain", "@releaseDomain")


@pytest.mark.parametrize("path", [
    "/", "/a", "/tool/xenstored", "/A-Z/a_z/0-9", "/foo@bar", "/@", "/a/@b/-/_",
    "/local/domain/0/name", "/-", "/" + "x" * (LIMIT - 1),
])
def test_valid_paths(path):
    assert paths.validate(path) == path
    assert paths.path_problem(path) is None


@pytest.mark.parametrize("path, problem", [
    ("", "is not absolute"),
    ("a/b", "is not absolute"),
    ("@introduceDomain", "is not absolute"),
    ("/a//b", "has an empty component ('//')"),
    ("//", "ends with '/'"),
    ("//a", "has an empty component ('//')"),
    ("/a/", "ends with '/'"),
    ("/a/b/", "ends with '/'"),
    ("/a b", "contains ' '"),
    ("/a.b", "contains '.'"),
    ("/a\tb", "contains '\\t'"),
    ("/a\0b", "contains '\\x00'"),
    ("/a\nb", "contains '\\n'"),
    ("/caf\u00e9", "contains '\u00e9'"),
    ("/a:b", "contains ':'"),
    ("/a+b", "contains '+'"),
])
def test_invalid_paths_name_the_problem(path, problem):
    with pytest.raises(InvalidError) as caught:
        paths.validate(path)
    message = caught.value.message
    assert message.startswith("invalid path %r: it " % path)
    assert problem in message
    assert caught.value.errno_name == "EINVAL"
    assert problem in paths.path_problem(path)


def test_first_bad_character_is_named():
    with pytest.raises(InvalidError, match=r"contains '\.'"):
        paths.validate("/a.b c")


def test_length_limit_for_ordinary_paths():
    at_limit = "/" + "a" * (LIMIT - 1)
    assert len(at_limit) == LIMIT
    assert paths.validate(at_limit) == at_limit
    over = at_limit + "b"
    with pytest.raises(InvalidError) as caught:
        paths.validate(over)
    assert "is %d bytes long, over the limit of %d" % (LIMIT + 1, LIMIT) in caught.value.message
    # the message shortens the path but says how long it is
    assert "(%d bytes)" % (LIMIT + 1) in caught.value.message
    assert len(caught.value.message) < 300


@pytest.mark.parametrize("prefix", [
    "/local/domain/5/", "/local/domain/0/", "/local/domain/12345/", "/local/domain/-1/",
    "/local/domain/-1234/", "/local/domain/00007/",
])
def test_domain_prefix_is_not_counted(prefix):
    at_limit = prefix + "a" * LIMIT
    assert paths.validate(at_limit) == at_limit
    with pytest.raises(InvalidError) as caught:
        paths.validate(at_limit + "b")
    assert "over the limit of %d" % (len(prefix) + LIMIT) in caught.value.message


@pytest.mark.parametrize("not_prefix", [
    "/local/domain/123456/",    # six digits: %5u stops after five, then wants '/'
    "/local/domain/-12345/",    # the sign counts in the width of five
    "/local/domain/x/",
    "/local/domain/5a/",
    "/local/domains/5/",
    "/lokal/domain/5/",
])
def test_no_domain_prefix_means_whole_path_counts(not_prefix):
    path = not_prefix + "a" * (LIMIT - len(not_prefix))
    assert len(path) == LIMIT
    assert paths.validate(path) == path
    with pytest.raises(InvalidError, match="over the limit of %d" % LIMIT):
        paths.validate(path + "b")


def test_domain_prefix_without_anything_after_it():
    # "/local/domain/5" has no trailing '/', so no prefix: an ordinary short path
    assert paths.validate("/local/domain/5") == "/local/domain/5"
    assert paths.validate("/local/domain/5/x") == "/local/domain/5/x"


def test_smaller_path_max():
    assert paths.validate("/abc", path_max=4) == "/abc"
    with pytest.raises(InvalidError, match="over the limit of 4"):
        paths.validate("/abcd", path_max=4)
    assert paths.validate("/local/domain/1/abcd", path_max=4) == "/local/domain/1/abcd"
    with pytest.raises(InvalidError, match="over the limit of 20"):
        paths.validate("/local/domain/1/abcde", path_max=4)


def test_home_path_and_canonicalize():
    assert paths.home_path(0) == "/local/domain/0"
    assert paths.home_path(5) == "/local/domain/5"
    assert paths.home_path(-1) == "/local/domain/4294967295"
    assert paths.canonicalize("name", 5) == "/local/domain/5/name"
    assert paths.canonicalize("a/b", 0) == "/local/domain/0/a/b"
    assert paths.canonicalize("/abs", 5) == "/abs"
    assert paths.canonicalize("@releaseDomain", 5) == "@releaseDomain"
    # empty relative path: the home plus '/', which is then invalid (trailing '/')
    assert paths.canonicalize("", 3) == "/local/domain/3/"
    with pytest.raises(InvalidError, match="ends with '/'"):
        paths.validate(paths.canonicalize("", 3))


def test_is_special():
    assert paths.is_special("@introduceDomain")
    assert paths.is_special("@anything")
    assert not paths.is_special("/@a")
    assert not paths.is_special("a@")


def test_watch_paths():
    assert paths.validate_watch_path("@introduceDomain", 5) == "@introduceDomain"
    assert paths.validate_watch_path("@foo", 5) == "@foo"
    assert paths.validate_watch_path("@", 5) == "@"
    special = "@" + "x" * (paths.XENSTORE_REL_PATH_MAX - 1)
    assert paths.validate_watch_path(special, 5) == special
    with pytest.raises(InvalidError, match="over 2048 bytes"):
        paths.validate_watch_path(special + "x", 5)
    assert paths.validate_watch_path("rel/x", 7) == "/local/domain/7/rel/x"
    assert paths.validate_watch_path("/missing/ok", 7) == "/missing/ok"
    with pytest.raises(InvalidError, match="ends with '/'"):
        paths.validate_watch_path("/a/", 0)
    with pytest.raises(InvalidError, match="contains ' '"):
        paths.validate_watch_path("a b", 0)


def test_parent_basename_join():
    assert paths.parent("/a/b/c") == "/a/b"
    assert paths.parent("/a") == "/"
    assert paths.parent("/") == "/"
    assert paths.basename("/a/b/c") == "c"
    assert paths.basename("/a") == "a"
    assert paths.join("/", "a") == "/a"
    assert paths.join("/a", "b") == "/a/b"
    for path in ("/a", "/a/b", "/x/y/z"):
        assert paths.join(paths.parent(path), paths.basename(path)) == path


def test_is_below():
    assert paths.is_below("/a", "/")
    assert paths.is_below("/", "/")
    assert paths.is_below("/a", "/a")
    assert paths.is_below("/a/b", "/a")
    assert paths.is_below("/a/b/c", "/a")
    assert not paths.is_below("/ab", "/a")
    assert not paths.is_below("/a", "/a/b")
    assert not paths.is_below("/b/a", "/a")


def test_shorten():
    assert paths.shorten("/a") == "'/a'"
    long = "/" + "x" * 200
    short = paths.shorten(long)
    assert "(201 bytes)" in short
    assert "..." in short
    assert len(short) < 120


# -- the same rules through the engine -----------------------------------


@pytest.mark.parametrize("operation", ["read", "directory", "get_perms", "mkdir", "rm"])
@pytest.mark.parametrize("path, problem", [
    ("/a//b", "'//'"), ("/a/", "ends with '/'"), ("/a b", "contains ' '"),
    ("@introduceDomain", "is not absolute"), ("@foo", "is not absolute"),
    ("", "ends with '/'"),
])
def test_engine_rejects_bad_paths(engine, dom0, helpers, operation, path, problem):
    before = helpers.records(engine)
    with pytest.raises(InvalidError) as caught:
        getattr(dom0, operation)(path)
    assert problem in caught.value.message
    assert helpers.records(engine) == before


def test_engine_relative_paths_join_the_callers_home(engine, dom0, guest):
    assert dom0.write("rel", b"0") == "/local/domain/0/rel"
    assert dom0.read("/local/domain/0/rel") == b"0"
    assert dom0.read("rel") == b"0"
    assert guest.write("data/x", b"5") == "/local/domain/5/data/x"
    assert dom0.read("/local/domain/5/data/x") == b"5"
    assert guest.read("data/x") == b"5"
    assert guest.directory("data") == ["x"]
    assert dom0.directory("/local/domain") == ["5", "0"]  # creation order


def test_engine_relative_path_length_counts_after_the_home(engine, guest, dom0):
    at_limit = "a" * LIMIT
    assert dom0.write(at_limit, b"") == "/local/domain/0/" + at_limit
    assert dom0.read("/local/domain/0/" + at_limit) == b""
    with pytest.raises(InvalidError, match="over the limit"):
        dom0.write(at_limit + "b", b"")
    with pytest.raises(InvalidError, match="over the limit"):
        guest.write(at_limit + "b", b"")


def test_engine_absolute_path_at_and_over_the_limit(engine, dom0, helpers):
    at_limit = "/" + "a" * (LIMIT - 1)
    dom0.write(at_limit, b"v")
    assert dom0.read(at_limit) == b"v"
    before = helpers.records(engine)
    with pytest.raises(InvalidError, match="is 2049 bytes long, over the limit of 2048"):
        dom0.write(at_limit + "b", b"v")
    assert helpers.records(engine) == before


def test_engine_domain_prefix_limit(engine, dom0, helpers):
    prefix = "/local/domain/9/"
    dom0.write(prefix + "x" * LIMIT, b"")
    assert dom0.directory("/local/domain/9") == ["x" * LIMIT]
    before = helpers.records(engine)
    with pytest.raises(InvalidError, match="over the limit of %d" % (len(prefix) + LIMIT)):
        dom0.mkdir(prefix + "x" * (LIMIT + 1))
    assert helpers.records(engine) == before


def test_engine_path_max_quota(make_engine, helpers):
    engine = make_engine(quotas=Quotas(path_max=16))
    dom0 = engine.session()
    dom0.write("/123456789012345", b"")
    with pytest.raises(InvalidError, match="over the limit of 16"):
        dom0.write("/1234567890123456", b"")
    # path-max binds everyone, also a privileged caller, and relative paths too
    guest = engine.session(Caller(3))
    dom0.mkdir("/local/domain/3")
    dom0.set_perms("/local/domain/3", ["n3"])
    guest.write("abcdefghijklmnop", b"")
    with pytest.raises(InvalidError, match="over the limit of 32"):
        guest.write("abcdefghijklmnopq", b"")


def test_engine_rejects_non_string_paths(engine, dom0, helpers):
    before = helpers.records(engine)
    for operation in ("read", "directory", "get_perms", "mkdir", "rm", "exists"):
        with pytest.raises(InvalidError, match="must be a string"):
            getattr(dom0, operation)(None)
    with pytest.raises(InvalidError):
        dom0.write(b"/bytes", b"x")
    with pytest.raises(InvalidError):
        dom0.write(5, b"x")
    with pytest.raises(InvalidError):
        dom0.set_perms(None, ["n0"])
    assert helpers.records(engine) == before
