"""tree.py: XenStore requests as C xenstored 4.17 answers them (reference sections 3, 5, 6, 7.3, 9)."""

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import paths
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.domains import Domains
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import (
    InvalidError, NotFoundError, NotPermittedError, OutOfMemoryError, PermissionDeniedError,
    QuotaError, TooBigError)
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.node import Node
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import IGNORE, Caller
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.quota import Quotas

HOME = "/local/domain/5"


def events_of(engine):
    """(path, exact) of the collected watch events."""
    return [(event.path, event.exact) for event in engine.store.events]


def make_guest(engine, domid=5):
    """Domain ``domid`` owning its home, as a toolstack sets it up."""
    dom0 = engine.session()
    home = paths.home_path(domid)
    dom0.mkdir(home)
    dom0.set_perms(home, ["n%d" % domid])
    return engine.session(Caller(domid))


# -- creation, values, children ----------------------------------------------


class TestWrite:

    def test_creates_missing_parents_with_empty_values(self, dom0, helpers):
        assert dom0.write("/a/b/c", b"leaf") == "/a/b/c"
        assert helpers.tree_dump(dom0, "/a") == {
            "/a": (b"", ["n0"], ["b"]),
            "/a/b": (b"", ["n0"], ["c"]),
            "/a/b/c": (b"leaf", ["n0"], []),
        }
        assert dom0.directory("/") == ["tool", "a"]

    def test_new_nodes_inherit_the_parents_permissions(self, dom0):
        # reference 5.3: /t1/a has n0 r1; dom0 writes /t1/a/c -> n0 r1
        dom0.mkdir("/t1/a")
        dom0.set_perms("/t1/a", ["n0", "r1"])
        dom0.write("/t1/a/c", b"")
        assert dom0.get_perms("/t1/a/c").strings() == ["n0", "r1"]
        dom0.write("/t1/a/d/e/f", b"")
        for path in ("/t1/a/d", "/t1/a/d/e", "/t1/a/d/e/f"):
            assert dom0.get_perms(path).strings() == ["n0", "r1"]
        # a privileged writer keeps the owner, even a foreign one
        dom0.set_perms("/t1/a", ["b7", "r1"])
        dom0.write("/t1/a/g", b"")
        assert dom0.get_perms("/t1/a/g").strings() == ["b7", "r1"]

    def test_unprivileged_creator_becomes_owner(self, engine, dom0):
        dom0.mkdir("/shared")
        dom0.set_perms("/shared", ["r0", "b5", "w3"])
        guest = engine.session(Caller(5))
        guest.write("/shared/mine/leaf", b"x")
        assert dom0.get_perms("/shared/mine").strings() == ["r5", "b5", "w3"]
        assert dom0.get_perms("/shared/mine/leaf").strings() == ["r5", "b5", "w3"]
        # the parent keeps its owner
        assert dom0.get_perms("/shared").strings() == ["r0", "b5", "w3"]

    def test_overwrite_keeps_perms_and_children(self, dom0, engine):
        dom0.write("/n/child", b"")
        dom0.set_perms("/n", ["n0", "r2"])
        before = engine.store.generation_of("/n")
        dom0.write("/n", b"value")
        assert dom0.read("/n") == b"value"
        assert dom0.get_perms("/n").strings() == ["n0", "r2"]
        assert dom0.directory("/n") == ["child"]
        after = engine.store.generation_of("/n")
        assert after > before
        # the same value again is still a write: a new generation (conflicts depend on it)
        dom0.write("/n", b"value")
        assert engine.store.generation_of("/n") > after

    def test_binary_values(self, dom0):
        value = bytes(range(256))
        dom0.write("/bin", value)
        assert dom0.read("/bin") == value
        dom0.write("/bin", b"")
        assert dom0.read("/bin") == b""
        dom0.write("/nul", b"\0\0")
        assert dom0.read("/nul") == b"\0\0"

    def test_write_to_root(self, dom0):
        dom0.write("/", b"root value")
        assert dom0.read("/") == b"root value"
        assert dom0.directory("/") == ["tool"]

    def test_value_must_be_bytes(self, dom0, engine, helpers):
        before = helpers.records(engine)
        for value in ("text", None, 5, bytearray(b"x")):
            with pytest.raises(InvalidError, match="must be bytes"):
                dom0.write("/v", value)
        assert helpers.records(engine) == before

    def test_message_size_limit(self, dom0, engine, helpers):
        # path + NUL + value must fit one 4096-byte message
        dom0.write("/a", b"x" * (4096 - 3))
        assert len(dom0.read("/a")) == 4093
        before = helpers.records(engine)
        with pytest.raises(TooBigError) as caught:
            dom0.write("/a", b"y" * (4096 - 2))
        message = caught.value.message
        assert "'/a'" in message and "4096" in message and "4094 bytes" in message
        assert caught.value.errno_name == "E2BIG"
        with pytest.raises(TooBigError):
            dom0.write("/new", b"y" * 5000)
        assert helpers.records(engine) == before

    def test_message_size_counts_the_path_as_sent(self, dom0):
        dom0.write("r", b"x" * (4096 - 2))         # relative: "r\0" + value
        assert len(dom0.read("/local/domain/0/r")) == 4094
        with pytest.raises(TooBigError):
            dom0.write("/local/domain/0/r", b"x" * (4096 - 2))

    def test_dom0_value_beyond_node_size_quota(self, dom0):
        # dom0 has no node-size quota: a 4089-byte value is fine (reference 9.1)
        dom0.write("/big", b"v" * 4089)
        assert len(dom0.read("/big")) == 4089


class TestMkdir:

    def test_creates_with_parents(self, dom0, helpers):
        assert dom0.mkdir("/m/n") == "/m/n"
        assert helpers.tree_dump(dom0, "/m") == {
            "/m": (b"", ["n0"], ["n"]), "/m/n": (b"", ["n0"], [])}

    def test_existing_node_changes_nothing(self, dom0, engine, helpers):
        dom0.write("/m/n", b"keep")
        dom0.set_perms("/m/n", ["b0", "r3"])
        before = helpers.records(engine)
        engine.store.events = []
        dom0.mkdir("/m/n")
        dom0.mkdir("/m")
        dom0.mkdir("/")
        assert helpers.records(engine) == before
        assert engine.store.events == []
        assert dom0.read("/m/n") == b"keep"


class TestDirectory:

    def test_creation_order(self, dom0):
        for name in ("c", "a", "b"):
            dom0.write("/d/" + name, b"")
        assert dom0.directory("/d") == ["c", "a", "b"]
        dom0.rm("/d/a")
        assert dom0.directory("/d") == ["c", "b"]
        dom0.write("/d/a", b"")
        assert dom0.directory("/d") == ["c", "b", "a"]
        # rewriting a value or the permissions does not reorder
        dom0.write("/d/c", b"new")
        dom0.set_perms("/d/b", ["r0"])
        dom0.mkdir("/d/c")
        assert dom0.directory("/d") == ["c", "b", "a"]

    def test_leaf_has_no_children(self, dom0):
        dom0.write("/leaf", b"v")
        assert dom0.directory("/leaf") == []

    def test_directory_part(self, dom0, engine):
        for name in ("a", "bb", "c"):
            dom0.write("/dp/" + name, b"")
        generation, children = dom0.directory_part("/dp")
        assert children == b"a\0bb\0c\0"
        assert generation == engine.store.generation_of("/dp")
        dom0.write("/dp/d", b"")
        assert dom0.directory_part("/dp")[0] != generation

    def test_children_bytes_as_directory_part_gives_them(self, dom0, guest, engine):
        for name in ("a", "bb", "c"):
            dom0.write("/dc/" + name, b"")
        dom0.write("/local/domain/5/mine/x", b"")
        # dom0 reads them from the record; a domain through its permission check; a transaction sees its own
        assert dom0.children("/dc") == dom0.directory_part("/dc")[1] == b"a\0bb\0c\0"
        assert dom0.children("/dc/a") == b""
        assert guest.children("mine") == b"x\0"
        tx = dom0.transaction_start()
        dom0.write("/dc/d", b"", tx)
        assert dom0.children("/dc", tx) == b"a\0bb\0c\0d\0"
        assert dom0.children("/dc") == b"a\0bb\0c\0"
        dom0.transaction_end(tx, False)
        with pytest.raises(PermissionDeniedError):
            guest.children("/dc")
        with pytest.raises(NotFoundError):
            dom0.children("/nope")

    def test_missing(self, dom0):
        with pytest.raises(NotFoundError, match="'/nope' does not exist"):
            dom0.directory("/nope")
        with pytest.raises(NotFoundError, match="/nope"):
            dom0.read("/nope")
        with pytest.raises(NotFoundError):
            dom0.get_perms("/nope")
        with pytest.raises(NotFoundError):
            dom0.directory_part("/nope")
        assert not dom0.exists("/nope")
        assert dom0.exists("/tool")
        assert dom0.exists("/")


class TestRm:

    def test_removes_the_subtree(self, dom0, engine):
        dom0.write("/r/a/x", b"")
        dom0.write("/r/a/y/z", b"")
        dom0.write("/r/b", b"")
        dom0.rm("/r/a")
        assert dom0.directory("/r") == ["b"]
        assert sorted(p for p in engine.database.paths() if p.startswith("/r")) == ["/r", "/r/b"]
        assert engine.check().ok

    def test_missing_node_whose_parent_exists_is_fine(self, dom0, engine, helpers):
        dom0.mkdir("/p")
        before = helpers.records(engine)
        engine.store.events = []
        assert dom0.rm("/p/missing") == "/p/missing"
        assert helpers.records(engine) == before
        assert engine.store.events == []

    def test_missing_parent(self, dom0, engine, helpers):
        before = helpers.records(engine)
        with pytest.raises(NotFoundError):
            dom0.rm("/no/such")
        assert helpers.records(engine) == before

    def test_root_cannot_be_removed(self, dom0, engine, helpers):
        before = helpers.records(engine)
        with pytest.raises(InvalidError, match="root"):
            dom0.rm("/")
        assert helpers.records(engine) == before

    def test_remove_everything_below_root(self, dom0, engine):
        dom0.write("/x/y", b"")
        dom0.rm("/tool")
        dom0.rm("/x")
        assert dom0.directory("/") == []
        assert engine.database.paths() == ["/"]
        assert engine.check().ok


# -- permissions ---------------------------------------------------------------


@pytest.fixture
def world(engine, dom0):
    """A tree with every kind of permission; returns the guest session (domain 5)."""
    dom0.write("/secret/x", b"s")                   # n0: nobody but dom0
    dom0.write("/secret/shared", b"for 5")
    dom0.set_perms("/secret/shared", ["n0", "r5"])  # readable by 5 under an unreadable parent
    dom0.write("/pub/x", b"p")
    dom0.write("/pub/hidden", b"h")
    dom0.set_perms("/pub", ["r0"])                  # everyone may read
    dom0.set_perms("/pub/x", ["r0"])
    dom0.mkdir("/wr")
    dom0.set_perms("/wr", ["w0"])                   # everyone may write, nobody read
    dom0.write("/acl/x", b"a")
    dom0.set_perms("/acl", ["n0", "w5", "r5"])      # first match: write only
    dom0.set_perms("/acl/x", ["b0", "n5"])          # everyone but 5
    return make_guest(engine)


class TestAccess:

    def test_owner_reads_and_writes_its_home(self, world):
        world.write("data", b"1")
        assert world.read("data") == b"1"
        assert world.directory(HOME) == ["data"]
        assert world.get_perms("data").strings() == ["n5"]

    @pytest.mark.parametrize("path, error", [
        ("/secret/x", PermissionDeniedError),           # exists, not readable
        ("/secret/missing", PermissionDeniedError),     # parent not readable: no leak
        ("/secret/missing/deeper", PermissionDeniedError),
        ("/pub/missing", NotFoundError),                # parent readable: the truth
        ("/pub/missing/deeper/still", NotFoundError),   # nearest existing ancestor readable
        ("/pub/hidden", PermissionDeniedError),         # created n0 before /pub became r0
        ("/pub/x", None),
        ("/wr", PermissionDeniedError),                 # write-only
        ("/wr/missing", PermissionDeniedError),
        ("/acl", PermissionDeniedError),                # first ACL match is w5
        ("/acl/x", PermissionDeniedError),              # n5 beats the b0 default
        ("/acl/missing", PermissionDeniedError),
        ("/", PermissionDeniedError),                   # the root is n0
        ("/tool/xenstored", PermissionDeniedError),
        ("/local/domain/7/x", PermissionDeniedError),   # /local/domain is n0
        (HOME + "/missing", NotFoundError),
    ])
    def test_read_disclosure_rule(self, world, path, error):
        if error is None:
            assert world.read(path) == b"p"
            assert world.directory(path) == []
            assert world.exists(path)
            return
        with pytest.raises(error) as caught:
            world.read(path)
        assert path in caught.value.message
        with pytest.raises(error):
            world.directory(path)
        with pytest.raises(error):
            world.get_perms(path)
        if error is NotFoundError:
            assert not world.exists(path)
        else:
            with pytest.raises(error):
                world.exists(path)

    def test_errno_names(self, world):
        with pytest.raises(PermissionDeniedError) as caught:
            world.read("/secret/x")
        assert caught.value.errno_name == "EACCES"
        with pytest.raises(NotFoundError) as caught:
            world.read("/pub/missing")
        assert caught.value.errno_name == "ENOENT"

    def test_acl_grants_under_an_unreadable_parent(self, world):
        assert world.read("/secret/shared") == b"for 5"
        assert world.directory("/secret/shared") == []
        assert world.get_perms("/secret/shared").strings() == ["n0", "r5"]
        with pytest.raises(PermissionDeniedError):
            world.write("/secret/shared", b"no")

    def test_write_rules(self, world, engine, dom0, helpers):
        before = helpers.records(engine)
        for path in ("/pub/x", "/pub/new", "/secret/new", "/secret/x", "/", "/tool/new",
                     "/acl/x", "/secret/a/b/c"):
            with pytest.raises(PermissionDeniedError):
                world.write(path, b"v")
            with pytest.raises(PermissionDeniedError):
                world.mkdir(path)
        assert helpers.records(engine) == before
        # write access on the parent is enough to create below it
        world.write("/wr/new/deep", b"v")
        assert dom0.get_perms("/wr/new").strings() == ["w5"]
        assert dom0.get_perms("/wr/new/deep").strings() == ["w5"]
        assert world.read("/wr/new/deep") == b"v"          # owner now
        world.write("/acl/new", b"w")                        # w5 on /acl
        assert dom0.get_perms("/acl/new").strings() == ["n5", "w5", "r5"]

    def test_mkdir_of_existing_needs_write(self, world, engine, helpers):
        world.write("/wr/mine", b"")
        before = helpers.records(engine)
        world.mkdir("/wr/mine")
        with pytest.raises(PermissionDeniedError):
            world.mkdir("/pub/x")
        assert helpers.records(engine) == before

    def test_rm_rules(self, world, engine, dom0, helpers):
        world.write("/wr/mine/sub", b"")
        before = helpers.records(engine)
        for path in ("/pub/x", "/pub/missing", "/secret/x", "/secret/missing", "/", "/tool",
                     "/acl/x"):
            with pytest.raises(PermissionDeniedError):
                world.rm(path)
        with pytest.raises(NotFoundError):
            world.rm("/wr/missing/deeper")      # write on /wr, but no parent
        world.rm("/wr/missing")                 # write on /wr, parent exists: fine
        assert helpers.records(engine) == before
        world.rm("/wr/mine")
        assert dom0.directory("/wr") == []
        # write on a node is enough to remove it, whatever its parent says
        dom0.write("/pub/writable", b"")
        dom0.set_perms("/pub/writable", ["n0", "w5"])
        world.rm("/pub/writable")
        assert dom0.directory("/pub") == ["x", "hidden"]

    def test_target_has_the_rights_of_its_target(self, world, engine, dom0):
        world.write("data", b"1")
        stubdom = engine.session(Caller(6, target=5))
        assert stubdom.read(HOME + "/data") == b"1"
        stubdom.write(HOME + "/data", b"2")
        assert dom0.read(HOME + "/data") == b"2"
        stubdom.write(HOME + "/by-stubdom", b"")
        assert dom0.get_perms(HOME + "/by-stubdom").strings() == ["n6"]
        with pytest.raises(PermissionDeniedError):
            stubdom.read("/secret/x")

    def test_privileged_other_domid(self, world, engine):
        tools = engine.session(Caller(9, True))
        assert tools.read("/secret/x") == b"s"
        tools.write("/secret/y", b"")
        assert tools.get_perms("/secret/y").strings() == ["n0"]


class TestSetPerms:

    def test_dom0_sets_any_list(self, dom0):
        dom0.mkdir("/p")
        assert dom0.set_perms("/p", ["b3", "r0", "w0x10", "n010"]) == "/p"
        assert dom0.get_perms("/p").strings() == ["b3", "r0", "w16", "n8"]

    def test_accepts_perm_objects(self, dom0):
        dom0.mkdir("/p")
        dom0.set_perms("/p", dom0.get_perms("/tool"))
        assert dom0.get_perms("/p").strings() == ["n0"]

    def test_owner_may_change_its_list_but_not_the_owner(self, world, engine, dom0, helpers):
        world.write("data", b"")
        world.set_perms("data", ["n5", "r0", "b7"])
        assert dom0.get_perms(HOME + "/data").strings() == ["n5", "r0", "b7"]
        before = helpers.records(engine)
        with pytest.raises(NotPermittedError) as caught:
            world.set_perms("data", ["n7"])
        assert caught.value.errno_name == "EPERM"
        assert "domain 7" in caught.value.message
        assert helpers.records(engine) == before

    @pytest.mark.parametrize("path", ["/acl", "/pub/x", "/secret/shared", "/wr", "/secret/x"])
    def test_only_the_owner(self, world, engine, path, helpers):
        before = helpers.records(engine)
        with pytest.raises(PermissionDeniedError):
            world.set_perms(path, ["n0"])
        assert helpers.records(engine) == before

    def test_missing_node(self, world, engine, helpers):
        before = helpers.records(engine)
        with pytest.raises(NotFoundError):
            world.set_perms("missing", ["n5"])
        with pytest.raises(PermissionDeniedError):
            world.set_perms("/secret/missing", ["n5"])
        # C errno_from_parents: any of the wanted bits (WRITE|OWNER) on the parent tells the truth
        with pytest.raises(NotFoundError):
            world.set_perms("/wr/missing", ["n5"])
        assert helpers.records(engine) == before

    def test_unknown_owner_domain(self, dom0, engine, helpers):
        dom0.mkdir("/p")
        before = helpers.records(engine)
        for owner in ("n32752", "b0x7ff0", "n-1", "r65535"):
            with pytest.raises(NotFoundError) as caught:
                dom0.set_perms("/p", [owner, "r1"])
            assert "does not exist" in caught.value.message
        assert helpers.records(engine) == before
        dom0.set_perms("/p", ["n32751"])
        assert dom0.get_perms("/p").strings() == ["n32751"]

    def test_unknown_acl_domains_are_kept_but_ignored(self, dom0, engine):
        dom0.write("/p", b"v")
        dom0.set_perms("/p", ["n0", "r32752", "b-1", "r3"])
        assert dom0.get_perms("/p").strings() == ["n0", "r32752", "b-1", "r3"]
        stored = Node.decode(engine.database.get("/p")).perms
        assert [bool(perm.access & IGNORE) for perm in stored] == [False, True, True, False]
        ghost = engine.session(Caller(0x7FF0))
        with pytest.raises(PermissionDeniedError):
            ghost.read("/p")
        assert engine.session(Caller(3)).read("/p") == b"v"

    def test_strict_domains(self, make_engine):
        engine = make_engine(domains=Domains(strict=True))
        dom0 = engine.session()
        dom0.write("/p", b"v")
        with pytest.raises(NotFoundError):
            dom0.set_perms("/p", ["n5"])
        dom0.set_perms("/p", ["n0", "r5"])
        assert dom0.get_perms("/p").strings() == ["n0", "r5"]
        with pytest.raises(PermissionDeniedError):
            engine.session(Caller(5)).read("/p")

    @pytest.mark.parametrize("bad, named", [
        (["x0"], "'x0'"), (["n0", "r"], "'r'"), (["n0", "rabc"], "'rabc'"), ([""], "''"),
        (["n0", "r5x"], "'r5x'"), ([], "at least the owner"),
    ])
    def test_bad_permission_strings(self, dom0, engine, helpers, bad, named):
        dom0.mkdir("/p")
        before = helpers.records(engine)
        with pytest.raises(InvalidError) as caught:
            dom0.set_perms("/p", bad)
        assert named in caught.value.message
        assert helpers.records(engine) == before

    def test_special_watch_permissions(self, engine, dom0, helpers):
        guest = make_guest(engine)
        before = helpers.records(engine)
        assert dom0.set_perms("@releaseDomain", ["n0", "r5"]) == "@releaseDomain"
        assert engine.domains.special["@releaseDomain"].strings() == ["n0", "r5"]
        assert engine.domains.special["@introduceDomain"].strings() == ["n0"]
        with pytest.raises(PermissionDeniedError):
            guest.set_perms("@introduceDomain", ["n5"])
        with pytest.raises(InvalidError):
            dom0.set_perms("@foo", ["n0"])
        with pytest.raises(InvalidError):
            dom0.set_perms("@releaseDomain", ["q"])
        assert helpers.records(engine) == before     # nothing of this is in the file


# -- quotas (unprivileged callers only) ----------------------------------------------


class TestQuotas:

    def test_nodes(self, make_engine, helpers):
        engine = make_engine(quotas=Quotas(nodes=5))
        guest = make_guest(engine)                  # owns its home: 1
        for name in ("a", "b", "c", "d"):
            guest.write(name, b"")                 # 5
        before = helpers.records(engine)
        with pytest.raises(QuotaError) as caught:
            guest.write("e", b"")
        assert caught.value.errno_name == "ENOSPC"
        assert "5" in caught.value.message
        with pytest.raises(QuotaError):
            guest.mkdir("e")
        assert helpers.records(engine) == before
        guest.write("a", b"overwrite is fine")
        guest.rm("d")                              # frees one
        guest.write("e", b"")
        # dom0 is exempt
        dom0 = engine.session()
        for index in range(10):
            dom0.write("/dom0/%d" % index, b"")

    def test_nodes_all_or_nothing(self, make_engine, helpers):
        engine = make_engine(quotas=Quotas(nodes=5))
        guest = make_guest(engine)
        guest.write("a", b"")
        guest.write("b", b"")                       # 3 owned
        before = helpers.records(engine)
        with pytest.raises(QuotaError):
            guest.write("x/y/z", b"")              # 3 more: 6
        assert helpers.records(engine) == before
        guest.write("x/y", b"")                    # 2 more: 5
        assert guest.directory("x") == ["y"]

    def test_nodes_counted_by_owner(self, make_engine):
        engine = make_engine(quotas=Quotas(nodes=3))
        dom0 = engine.session()
        guest = make_guest(engine)                  # 1
        dom0.write(HOME + "/by-dom0", b"")          # dom0 keeps the parent's owner: 5 owns 2
        assert dom0.get_perms(HOME + "/by-dom0").strings() == ["n5"]
        guest.write("one", b"")                     # 3
        with pytest.raises(QuotaError):
            guest.write("two", b"")
        dom0.set_perms(HOME + "/by-dom0", ["n0"])   # given away: 5 owns 2
        guest.write("two", b"")

    def test_node_size(self, make_engine, helpers):
        engine = make_engine(quotas=Quotas(node_size=100))
        guest = make_guest(engine)
        # record = 24 header + 8 per permission + value + children; refused when >= quota
        guest.write("fits", b"v" * (99 - 24 - 8))
        before = helpers.records(engine)
        with pytest.raises(QuotaError) as caught:
            guest.write("fits", b"v" * (100 - 24 - 8))
        assert "100" in caught.value.message and "node-size" in caught.value.message
        with pytest.raises(QuotaError):
            guest.write("new", b"v" * 200)
        # a second permission entry makes the record 8 bytes bigger
        with pytest.raises(QuotaError):
            guest.set_perms("fits", ["n5", "r0"])
        assert helpers.records(engine) == before
        engine.session().write(HOME + "/dom0-big", b"v" * 1000)   # dom0 exempt

    def test_node_size_of_the_parent(self, make_engine, helpers):
        engine = make_engine(quotas=Quotas(node_size=24 + 8 + 21))
        guest = make_guest(engine)
        guest.mkdir("dir")
        for name in ("aaaaaaaa", "bbbbbbbb"):       # 9 bytes each in the child list
            guest.mkdir("dir/" + name)
        before = helpers.records(engine)
        with pytest.raises(QuotaError):
            guest.mkdir("dir/cc")                   # the parent would be 24 + 8 + 21: refused (>=)
        assert helpers.records(engine) == before
        guest.mkdir("dir/c")                        # 24 + 8 + 20: one byte below the quota
        assert guest.directory("dir") == ["aaaaaaaa", "bbbbbbbb", "c"]

    def test_permission_entries(self, make_engine, helpers):
        engine = make_engine(quotas=Quotas(permissions=3))
        guest = make_guest(engine)
        guest.write("p", b"")
        guest.set_perms("p", ["n5", "r1", "r2"])
        before = helpers.records(engine)
        with pytest.raises(QuotaError) as caught:
            guest.set_perms("p", ["n5", "r1", "r2", "r3"])
        assert "4 permission entries" in caught.value.message
        assert helpers.records(engine) == before
        engine.session().set_perms(HOME + "/p", ["n5"] + ["r%d" % i for i in range(10)])

    def test_default_permission_entries(self, engine):
        guest = make_guest(engine)
        guest.write("p", b"")
        guest.set_perms("p", ["n5", "r1", "r2", "r3", "r4"])
        with pytest.raises(QuotaError):
            guest.set_perms("p", ["n5", "r1", "r2", "r3", "r4", "r6"])

    def test_transactions(self, engine):
        guest = make_guest(engine)
        # C: "started > quota", so with the default of 10 the 12th concurrent start fails
        opened = [guest.transaction_start() for dummy in range(11)]
        with pytest.raises(QuotaError) as caught:
            guest.transaction_start()
        assert caught.value.errno_name == "ENOSPC"
        guest.transaction_end(opened[0], commit=False)
        guest.transaction_start()
        dom0 = engine.session()
        for dummy in range(50):
            dom0.transaction_start()

    def test_transactions_small_quota(self, make_engine):
        engine = make_engine(quotas=Quotas(transactions=1))
        guest = make_guest(engine)
        guest.transaction_start()
        guest.transaction_start()
        with pytest.raises(QuotaError):
            guest.transaction_start()
        # per session (connection)
        engine.session(Caller(5)).transaction_start()

    def test_transaction_nodes(self, make_engine, helpers):
        engine = make_engine(quotas=Quotas(transaction_nodes=3))
        guest = make_guest(engine)
        for name in ("a", "b", "c", "d"):
            guest.write(name, name.encode())
        before = helpers.records(engine)
        tx = guest.transaction_start()
        guest.read("a", tx)
        guest.write("b", b"B", tx)
        guest.read("c", tx)
        guest.read("a", tx)                          # already accessed: free
        with pytest.raises(QuotaError) as caught:
            guest.read("d", tx)
        assert caught.value.errno_name == "ENOSPC"
        with pytest.raises(OutOfMemoryError) as caught:
            guest.transaction_end(tx)
        assert caught.value.errno_name == "ENOMEM"
        assert helpers.records(engine) == before
        with pytest.raises(NotFoundError):
            guest.transaction_end(tx)
        dom0 = engine.session()
        tx = dom0.transaction_start()
        for name in ("a", "b", "c", "d"):
            dom0.read(HOME + "/" + name, tx)
        dom0.transaction_end(tx)


# -- bad input of every kind changes nothing ------------------------------------


BAD_REQUESTS = [
    ("dom0", "write", ("/a b", b"v"), InvalidError),
    ("dom0", "write", ("/a//b", b"v"), InvalidError),
    ("dom0", "write", ("/a/", b"v"), InvalidError),
    ("dom0", "write", ("", b"v"), InvalidError),
    ("dom0", "write", ("@introduceDomain", b"v"), InvalidError),
    ("dom0", "write", ("/" + "x" * 2048, b"v"), InvalidError),
    ("dom0", "write", ("/v", "str"), InvalidError),
    ("dom0", "write", (None, b"v"), InvalidError),
    ("dom0", "write", ("/v", b"x" * 4094), TooBigError),
    ("dom0", "mkdir", ("/x y",), InvalidError),
    ("dom0", "rm", ("/",), InvalidError),
    ("dom0", "rm", ("/no/parent",), NotFoundError),
    ("dom0", "rm", ("/a.b",), InvalidError),
    ("dom0", "set_perms", ("/tool", ["x0"]), InvalidError),
    ("dom0", "set_perms", ("/tool", []), InvalidError),
    ("dom0", "set_perms", ("/tool", ["n32752"]), NotFoundError),
    ("dom0", "set_perms", ("/missing", ["n0"]), NotFoundError),
    ("dom0", "set_perms", ("/bad path", ["n0"]), InvalidError),
    ("dom0", "set_perms", ("@bogus", ["n0"]), InvalidError),
    ("guest", "write", ("/tool/x", b"v"), PermissionDeniedError),
    ("guest", "write", ("/tool/xenstored", b"v"), PermissionDeniedError),
    ("guest", "mkdir", ("/new/dir",), PermissionDeniedError),
    ("guest", "rm", ("/tool",), PermissionDeniedError),
    ("guest", "rm", ("/",), PermissionDeniedError),
    ("guest", "set_perms", ("/tool", ["n5"]), PermissionDeniedError),
    ("guest", "set_perms", ("", ["n5"]), InvalidError),
    ("guest", "set_perms", (HOME, ["n0"]), NotPermittedError),
    ("guest", "set_perms", (HOME, ["n5"] * 6), QuotaError),
    ("guest", "write", ("x" * 2049, b""), InvalidError),
    ("guest", "write", ("v", b"v" * 2100), QuotaError),
]


@pytest.mark.parametrize("who, operation, args, error", BAD_REQUESTS)
def test_bad_input_changes_nothing(engine, dom0, helpers, who, operation, args, error):
    guest = make_guest(engine)
    dom0.write("/existing/child", b"value")
    session = {"dom0": dom0, "guest": guest}[who]
    before = helpers.records(engine)
    dump = helpers.tree_dump(dom0)
    engine.store.events = []
    with pytest.raises(error) as caught:
        getattr(session, operation)(*args)
    assert caught.value.message
    assert "\n" not in caught.value.message
    assert helpers.records(engine) == before
    assert helpers.tree_dump(dom0) == dump
    assert engine.store.events == []
    assert not engine.database.in_transaction
    assert engine.check().ok
    # the same request inside a transaction changes nothing either
    tx = session.transaction_start()
    try:
        getattr(session, operation)(*args, tx=tx)
    except error:
        pass
    session.transaction_end(tx, commit=False)
    assert helpers.records(engine) == before


def test_bad_input_changes_nothing_on_disk(db_path, engine, dom0, helpers):
    dom0.write("/a/b", b"1")
    engine.close()
    before = helpers.tdbdump(db_path)
    with type(engine)(db_path, sync=False) as again:
        session = again.session()
        for call in (lambda: session.write("/a b", b""), lambda: session.rm("/"),
                     lambda: session.set_perms("/a", ["bad"]), lambda: session.rm("/x/y"),
                     lambda: session.write("/a", b"x" * 5000)):
            with pytest.raises(Exception):
                call()
    assert helpers.tdbdump(db_path) == before


# -- watch events ----------------------------------------------------------------


class TestEvents:

    def test_write_fires_only_the_written_path(self, engine, dom0):
        engine.store.events = []
        dom0.write("/e/a/b", b"new")
        dom0.write("/e/a/b", b"again")
        dom0.write("/e/a/b", b"again")
        assert events_of(engine) == [("/e/a/b", False)] * 3

    def test_mkdir(self, engine, dom0):
        engine.store.events = []
        dom0.mkdir("/e/m")
        dom0.mkdir("/e/m")
        dom0.mkdir("/e")
        assert events_of(engine) == [("/e/m", False)]

    def test_rm_descendants_exact_post_order_then_the_node(self, engine, dom0):
        dom0.write("/e/r/b/c", b"")
        dom0.write("/e/r/b/d", b"")
        dom0.write("/e/r/a", b"")
        dom0.write("/e/r/b/c/x", b"")
        dom0.write("/e/keep", b"")
        engine.store.events = []
        dom0.rm("/e/r")
        assert events_of(engine) == [
            ("/e/r/b/c/x", True), ("/e/r/b/c", True), ("/e/r/b/d", True), ("/e/r/b", True),
            ("/e/r/a", True), ("/e/r", False)]

    def test_rm_of_a_leaf_and_of_a_missing_node(self, engine, dom0):
        dom0.write("/e/leaf", b"")
        engine.store.events = []
        dom0.rm("/e/leaf")
        dom0.rm("/e/leaf")
        assert events_of(engine) == [("/e/leaf", False)]

    def test_set_perms(self, engine, dom0):
        dom0.write("/e/p", b"")
        engine.store.events = []
        dom0.set_perms("/e/p", ["n0", "r5"])
        dom0.set_perms("@releaseDomain", ["n0"])
        assert events_of(engine) == [("/e/p", False)]
        event = engine.store.events[0]
        assert any(perms.strings() == ["n0"] for perms in event.perms)   # the old list counts

    def test_refused_requests_fire_nothing(self, engine, dom0):
        guest = make_guest(engine)
        engine.store.events = []
        for call in (lambda: guest.write("/tool/x", b""), lambda: dom0.rm("/"),
                     lambda: dom0.write("/bad path", b"")):
            with pytest.raises(Exception):
                call()
        assert engine.store.events == []

    def test_no_collection_by_default(self, engine, dom0):
        assert engine.store.events is None
        dom0.write("/quiet", b"")
        assert engine.store.events is None

    def test_unprivileged_writes_fire_too(self, engine):
        guest = make_guest(engine)
        engine.store.events = []
        guest.write("x", b"1")
        guest.write("x", b"2")
        guest.mkdir("y")
        guest.set_perms("y", ["n5", "r0"])
        guest.rm("x")
        assert events_of(engine) == [(HOME + "/x", False), (HOME + "/x", False),
                                     (HOME + "/y", False), (HOME + "/y", False),
                                     (HOME + "/x", False)]
