"""Random request sequences against the engine and a plain dict model of C xenstored 4.17.

The model (path -> [value, permission strings, children in creation order]) is
written from the reference, not from the engine: permission check, the
ENOENT/EACCES disclosure rule, inheritance, creation order, rm of subtrees.
After every step the file must hold exactly the model's nodes and pass the
integrity check.

Transactions run their requests first, then requests of other connections,
then commit or abort. A commit must succeed when the others changed nothing
the transaction could have looked at, must fail (EAGAIN) when they changed a
node it did look at, and when it succeeds the result must be what running its
requests after the others' gives (serializability, the point of the scheme).
"""

import shutil
import tempfile

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.engine import Engine
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.errors import (
    ConflictError, XenStoreError)
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.node import Node
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.perms import Caller

NAMES = ("a", "b", "c")
PATHS = ["/", "/tool", "/tool/xenstored"] + [
    "/" + "/".join(parts)
    for parts in ([x] for x in NAMES)] + [
    "/%s/%s" % (x, y) for x in NAMES for y in NAMES] + [
    "/%s/%s/%s" % (x, y, z) for x in NAMES for y in NAMES for z in NAMES]

DOM0 = (0, True)
CALLERS = (DOM0, (5, False), (7, False))

LETTERS = {"n": frozenset(), "r": frozenset("r"), "w": frozenset("w"), "b": frozenset("rw")}
FULL = frozenset("rwo")
READ, WRITE, SET_PERMS = frozenset("r"), frozenset("w"), frozenset("wo")

SEED = (("mkdir", "/a", None), ("set_perms", "/a", ["n0", "b5", "r7"]),
        ("mkdir", "/b", None), ("set_perms", "/b", ["w0"]),
        ("mkdir", "/c/a", None), ("set_perms", "/c", ["n7", "r5"]), ("set_perms", "/c/a", ["b7"]))

callers = st.sampled_from((DOM0,) + CALLERS)     # dom0 half of the time
# half of the paths drawn among the shallow ones, so that nodes get reused
path_strategy = st.one_of(st.sampled_from([path for path in PATHS if path.count("/") <= 2]),
                          st.sampled_from(PATHS))
values = st.binary(max_size=3)
entries = st.builds(lambda letter, domid: "%s%d" % (letter, domid),
                    st.sampled_from("nrwb"), st.sampled_from((0, 5, 7)))
perm_lists = st.lists(entries, min_size=1, max_size=3)
requests = st.one_of(
    st.tuples(st.just("write"), path_strategy, values),
    st.tuples(st.just("mkdir"), path_strategy, st.none()),
    st.tuples(st.just("rm"), path_strategy, st.none()),
    st.tuples(st.just("set_perms"), path_strategy, perm_lists),
    st.tuples(st.sampled_from(("read", "directory", "get_perms", "exists")), path_strategy,
              st.none()),
)


def parent(path):
    cut = path.rfind("/")
    return path[:cut] if cut > 0 else "/"


def ancestors(path):
    found = set()
    while path != "/":
        path = parent(path)
        found.add(path)
    return found


class ModelError(Exception):
    """The error a request gets, by its xs_wire name."""

    def __init__(self, name):
        super().__init__(name)
        self.name = name


class Model:
    """C xenstored's tree as plain data."""

    def __init__(self, nodes=None):
        self.nodes = nodes if nodes is not None else {
            "/": [b"", ["n0"], ["tool"]],
            "/tool": [b"", ["n0"], ["xenstored"]],
            "/tool/xenstored": [b"", ["n0"], []],
        }

    def copy(self):
        return Model({path: [value, list(perms), list(children)]
                      for path, (value, perms, children) in self.nodes.items()})

    def below(self, path):
        """``path`` and everything under it that exists."""
        if path == "/":
            return set(self.nodes)
        return {other for other in self.nodes if other == path or other.startswith(path + "/")}

    @staticmethod
    def access(perms, caller):
        domid, privileged = caller
        if privileged or int(perms[0][1:]) == domid:
            return FULL
        for entry in perms[1:]:
            if int(entry[1:]) == domid:
                return LETTERS[entry[0]]
        return LETTERS[perms[0][0]]

    def get_node(self, path, want, caller):
        node = self.nodes.get(path)
        if node is not None and want <= self.access(node[1], caller):
            return node
        ancestor = parent(path)
        while ancestor not in self.nodes:
            ancestor = parent(ancestor)
        if node is None and want & self.access(self.nodes[ancestor][1], caller):
            raise ModelError("ENOENT")
        raise ModelError("EACCES")

    def create(self, path, value, caller, modified):
        missing = [path]
        top = parent(path)
        while top not in self.nodes:
            missing.append(top)
            top = parent(top)
        modified.add(top)
        parent_path = top
        for new in reversed(missing):
            self.nodes[parent_path][2].append(new.rsplit("/", 1)[1])
            perms = list(self.nodes[parent_path][1])
            if not caller[1]:
                perms[0] = perms[0][0] + str(caller[0])
            self.nodes[new] = [b"", perms, []]
            modified.add(new)
            parent_path = new
        self.nodes[path][0] = value

    def apply(self, kind, path, arg, caller):
        """(result, paths whose records were written or deleted); ModelError on refusal."""
        modified = set()
        if kind == "read":
            return self.get_node(path, READ, caller)[0], modified
        if kind == "directory":
            return list(self.get_node(path, READ, caller)[2]), modified
        if kind == "get_perms":
            return list(self.get_node(path, READ, caller)[1]), modified
        if kind == "exists":
            try:
                self.get_node(path, READ, caller)
            except ModelError as error:
                if error.name != "ENOENT":
                    raise
                return False, modified
            return True, modified
        if kind in ("write", "mkdir"):
            try:
                node = self.get_node(path, WRITE, caller)
            except ModelError as error:
                if error.name != "ENOENT":
                    raise
                self.create(path, arg if kind == "write" else b"", caller, modified)
                return None, modified
            if kind == "write":
                node[0] = arg
                modified.add(path)
            return None, modified
        if kind == "rm":
            try:
                self.get_node(path, WRITE, caller)
            except ModelError as error:
                if error.name == "ENOENT" and parent(path) in self.nodes:
                    return None, modified
                raise
            if path == "/":
                raise ModelError("EINVAL")
            for gone in self.below(path):
                del self.nodes[gone]
                modified.add(gone)
            self.nodes[parent(path)][2].remove(path.rsplit("/", 1)[1])
            modified.add(parent(path))
            return None, modified
        if kind == "set_perms":
            node = self.get_node(path, SET_PERMS, caller)
            if not caller[1] and int(arg[0][1:]) != int(node[1][0][1:]):
                raise ModelError("EPERM")
            node[1] = list(arg)
            modified.add(path)
            return None, modified
        raise AssertionError(kind)


def run_model(model, request, caller):
    kind, path, arg = request
    try:
        result, modified = model.apply(kind, path, arg, caller)
    except ModelError as error:
        return ("error", error.name), set()
    return ("ok", result), modified


def run_engine(session, request, tx=0):
    kind, path, arg = request
    try:
        if kind == "read":
            result = session.read(path, tx)
        elif kind == "directory":
            result = session.directory(path, tx)
        elif kind == "get_perms":
            result = session.get_perms(path, tx).strings()
        elif kind == "exists":
            result = session.exists(path, tx)
        elif kind == "write":
            result = session.write(path, arg, tx) and None
        elif kind == "mkdir":
            result = session.mkdir(path, tx) and None
        elif kind == "rm":
            result = session.rm(path, tx) and None
        else:
            result = session.set_perms(path, arg, tx) and None
    except XenStoreError as error:
        return ("error", error.errno_name)
    return ("ok", result)


class EngineAgainstModel(RuleBasedStateMachine):
    """One engine on a fresh file, one model; rules drive both."""

    def __init__(self):
        super().__init__()
        self.folder = tempfile.mkdtemp(prefix="xenstore-properties-")
        self.path = self.folder + "/tdb"
        self.engine = None
        self.open()
        self.model = Model()
        for request in SEED:      # places where the guests may act from the start
            expected = run_model(self.model, request, DOM0)[0]
            assert run_engine(self.sessions[DOM0], request) == expected

    def open(self):
        self.engine = Engine(self.path, sync=False)
        self.sessions = {caller: self.engine.session(Caller(*caller)) for caller in CALLERS}

    def teardown(self):
        if self.engine is not None:
            self.engine.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(caller=callers, request=requests)
    def request(self, caller, request):
        expected = run_model(self.model, request, caller)[0]
        assert run_engine(self.sessions[caller], request) == expected, request

    @rule(caller=callers, inside=st.lists(requests, min_size=1, max_size=5),
          others=st.lists(st.tuples(callers, requests), max_size=3), commit=st.booleans())
    def transaction(self, caller, inside, others, commit):
        session = self.engine.session(Caller(*caller))
        tx = session.transaction_start()
        private = self.model.copy()
        existed = set(self.model.nodes)
        touched, own, results = set(), set(), []
        for request in inside:
            path = request[1]
            touched |= {path} | ancestors(path) | private.below(path)
            expected = run_model(private, request, caller)[0]
            got = run_engine(session, request, tx)
            assert got == expected, ("in transaction", request)
            touched |= private.below(path)
            own.add(path)
            results.append(got)
        changed = set()
        for who, request in others:
            expected, modified = run_model(self.model, request, who)
            assert run_engine(self.sessions[who], request) == expected, ("outside", request)
            changed |= modified
        self.agrees()                           # the transaction is still invisible
        if not commit:
            session.transaction_end(tx, commit=False)
            return
        try:
            session.transaction_end(tx)
            conflict = False
        except ConflictError:
            conflict = True
        # a node absent when the transaction looked and absent again keeps NO_GENERATION
        generation_changed = {path for path in changed if path in existed or path in self.model.nodes}
        if not changed & touched:
            assert not conflict, ("needless EAGAIN", inside, others)
        if generation_changed & own:
            assert conflict, ("missed conflict", inside, others)
        if not conflict:
            for request, got in zip(inside, results):
                expected = run_model(self.model, request, caller)[0]
                assert got == expected, ("not serializable", request, inside, others)

    @rule(steps=st.lists(st.tuples(callers, requests), max_size=4), cancel=st.booleans())
    def batch(self, steps, cancel):
        private = self.model.copy()
        try:
            with self.engine.batch():
                for caller, request in steps:
                    expected = run_model(private, request, caller)[0]
                    assert run_engine(self.sessions[caller], request) == expected, request
                if cancel:
                    raise KeyboardInterrupt("cancel the batch")
        except KeyboardInterrupt:
            return
        self.model = private

    @rule()
    def reopen(self):
        self.engine.close()
        self.engine = None
        self.open()

    @invariant()
    def agrees(self):
        database = self.engine.database
        on_disk = {}
        for path in database.paths():
            node = Node.decode(database.get(path), path)
            on_disk[path] = [node.value, node.perms.strings(), node.child_names()]
        assert on_disk == self.model.nodes
        report = self.engine.check()
        assert report.ok, report.problems()
        dom0 = self.sessions[DOM0]
        for path, (value, perms, children) in self.model.nodes.items():
            assert dom0.read(path) == value
            assert dom0.directory(path) == children
            assert dom0.get_perms(path).strings() == perms


EngineAgainstModel.TestCase.settings = settings(
    max_examples=60, stateful_step_count=25, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TestEngineAgainstModel = EngineAgainstModel.TestCase
