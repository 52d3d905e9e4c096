"""Write the permission-matrix request scripts (tests/reliability/permissions/scripts/*.xs).

The scripts are in the ref-xenstored script language (see tests/conformance/README.md);
hacking/record-golden.sh tests/reliability/permissions records their golden transcripts from the real C xenstored
4.17, test_permissions.py replays them against bin/xenstored. Connection D acts as
unprivileged domain 1 (over its ring on the reference, as uid 42001 on bin/xenstored);
A is dom0. Domains 1..9 exist for the reference (--domains 1,...,9); every domain a
script names is introduced first.

    python3 tests/reliability/permissions/generate.py           (re)write every script
    python3 tests/reliability/permissions/generate.py --check   exit 1 if a script differs

Each script's first line says what it covers, its second (``# cases: N``) counts its cases: each
request of a domain connection (its reply, and the events it gets), and each dom0 step that
observes what the domain may see or did (a write whose event the domain gets or not, the
owner of a node the domain created).
"""

import itertools
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SCRIPTS = HERE / "scripts"

OWNERS = {"o0": 0, "o1": 1, "o2": 2}          # dom0, the caller itself, another domain
OTHER = "nrwb"                                 # letter of entry 0: every domain not listed
OWN = (None, "n1", "r1", "w1", "b1")           # the caller's own ACL entry
FOREIGN = (None, "b3")                         # another domain's entry, listed before the own one


class Script:
    """Lines of one script, and its count of checked cases."""

    def __init__(self, name, title):
        self.name = name
        self.lines = ["# " + title]
        self.cases = 0

    def __call__(self, line, cases=0):
        self.lines.append(line)
        self.cases += cases

    def d(self, line):
        """A request of domain connection D: one checked case."""
        self("D: " + line, 1)

    def text(self):
        return "\n".join(self.lines[:1] + ["# cases: %d" % self.cases] + self.lines[1:]) + "\n"


def perms_of(owner, other, own, foreign):
    """The permission list (tool strings) of one combination."""
    entries = ["%s%d" % (other, OWNERS[owner])]
    if foreign:
        entries.append(foreign)
    if own:
        entries.append(own)
    return entries


def combo_name(owner, other, own, foreign):
    return "%s-%s-%s-%s" % (owner, other, own or "x", foreign or "x")


def matrix(owner, foreign):
    """Every operation of domain 1 against every (other letter x own entry) combination."""
    title = ("permission matrix, domain 1 against nodes owned by %s%s: READ, READ of a missing child, "
             "DIRECTORY, DIRECTORY_PART, GET_PERMS, WATCH and its event, WRITE, MKDIR (existing), "
             "WRITE and MKDIR of a new child (and its owner), SET_PERMS (same list), RM of a child, RM"
             % ({"o0": "dom0", "o1": "domain 1 itself", "o2": "domain 2"}[owner],
                ", with domain 3's entry b3 listed first" if foreign else ""))
    script = Script("matrix-%s%s" % (owner, "-foreign" if foreign else ""), title)
    script("domain 1")
    script("domain 2")
    script("domain 3")
    script("conn D domain 1")
    script("# the parent /pm is dom0's with no access for others: only each node's own list decides")
    script("MKDIR /pm")
    for other, own in itertools.product(OTHER, OWN):
        name = combo_name(owner, other, own, foreign)
        node = "/pm/" + name
        perms = " ".join(perms_of(owner, other, own, foreign))
        script("# %s: %s" % (name, perms))
        script("WRITE %s \"v\"" % node)
        script("WRITE %s/c \"c\"" % node)
        script("SET_PERMS %s/c %s" % (node, perms))
        script("SET_PERMS %s %s" % (node, perms))
        script.d("READ %s" % node)
        script.d("READ %s/missing" % node)
        script.d("DIRECTORY %s" % node)
        script.d("DIRECTORY_PART %s 0" % node)
        script.d("GET_PERMS %s" % node)
        script.d("WATCH %s w" % node)
        script("WRITE %s \"by dom0\"" % node, 1)        # D's event, or none
        script("D: UNWATCH %s w" % node)
        script.d("WRITE %s \"by domain 1\"" % node)
        script.d("MKDIR %s" % node)
        script.d("WRITE %s/new \"x\"" % node)
        script("GET_PERMS %s/new" % node, 1)           # the owner of what domain 1 created
        script.d("MKDIR %s/newdir" % node)
        script("GET_PERMS %s/newdir" % node, 1)
        script.d("SET_PERMS %s %s" % (node, perms))
        script.d("RM %s/c" % node)
        script.d("RM %s" % node)
        script("DIRECTORY %s" % node)
    return script


def matrix_in_transaction(owner):
    """The matrix's operations inside one transaction of domain 1 per combination, committed."""
    title = ("permission matrix inside transactions, domain 1 against nodes owned by %s: READ, READ of a "
             "missing child, DIRECTORY, GET_PERMS, WRITE, MKDIR, WRITE and MKDIR of a new child, "
             "SET_PERMS, RM of a child, in one transaction per combination, then its commit and the result"
             % {"o0": "dom0", "o1": "domain 1 itself", "o2": "domain 2"}[owner])
    script = Script("matrix-tx-%s" % owner, title)
    script("domain 1")
    script("domain 2")
    script("conn D domain 1")
    script("MKDIR /pt")
    for other, own in itertools.product(OTHER, OWN):
        name = combo_name(owner, other, own, None)
        node = "/pt/" + name
        perms = " ".join(perms_of(owner, other, own, None))
        tx = "t" + name.replace("-", "_")
        script("# %s: %s" % (name, perms))
        script("WRITE %s \"v\"" % node)
        script("WRITE %s/c \"c\"" % node)
        script("SET_PERMS %s/c %s" % (node, perms))
        script("SET_PERMS %s %s" % (node, perms))
        script.d("TRANSACTION_START \"\\0\" -> %s" % tx)
        for request in ("READ %s", "READ %s/missing", "DIRECTORY %s", "GET_PERMS %s", "WRITE %s \"in tx\"",
                        "MKDIR %s", "WRITE %s/new \"x\"", "GET_PERMS %s/new", "MKDIR %s/newdir",
                        "SET_PERMS %s " + perms, "RM %s/c", "DIRECTORY %s"):
            head, rest = request.split(" ", 1)
            script.d("%s tx=$%s %s" % (head, tx, rest % node))
        script.d("TRANSACTION_END tx=$%s T" % tx)
        script("DIRECTORY %s" % node, 1)
        script("GET_PERMS %s/new" % node, 1)
    return script


def acl_order():
    script = Script("acl-order", "ACL lookup: the first entry naming the caller wins, the owner "
                    "always has full access whatever its letter or later entries, entries naming "
                    "dom0 or other domains do not matter to domain 1")
    for domid in (1, 2, 3):
        script("domain %d" % domid)
    script("conn D domain 1")
    script("MKDIR /ao")
    cases = (("r1-then-w1", "n0 r1 w1"), ("w1-then-r1", "n0 w1 r1"), ("n1-then-b1", "b0 n1 b1"),
             ("b1-then-n1", "n0 b1 n1"), ("owner-n1-acl", "n1 n1"), ("owner-with-r1", "n1 r1"),
             ("acl-for-owner-2", "n2 b2"), ("acl-for-dom0", "n2 b0"), ("other-b-own-n", "b0 n1"),
             ("other-r-own-w", "r0 w1"), ("other-w-own-r", "w0 r1"), ("five-entries", "n0 n2 n3 n0 r1"),
             ("dup-foreign", "n0 b3 b3 b2 n1"))
    for name, perms in cases:
        node = "/ao/" + name
        script("# %s: %s" % (name, perms))
        script("WRITE %s \"v\"" % node)
        script("SET_PERMS %s %s" % (node, perms))
        script.d("READ %s" % node)
        script.d("WRITE %s \"w\"" % node)
        script.d("SET_PERMS %s %s" % (node, perms))
        script.d("DIRECTORY %s" % node)
    return script


def ownership():
    script = Script("ownership", "ownership of what a domain creates: its own id as owner, the "
                    "parent's other entries inherited; implicit parents; nodes dom0 creates below "
                    "a domain's node; in a transaction; after dom0 gives a node away")
    for domid in (1, 2, 3):
        script("domain %d" % domid)
    script("conn D domain 1")
    script("MKDIR /local/domain/1")
    script("SET_PERMS /local/domain/1 n1")
    script.d("WRITE /local/domain/1/a \"x\"")
    script("GET_PERMS /local/domain/1/a", 1)
    script.d("WRITE /local/domain/1/deep/er/node \"x\"")
    for path in ("deep", "deep/er", "deep/er/node"):
        script("GET_PERMS /local/domain/1/%s" % path, 1)
    script.d("MKDIR /local/domain/1/made")
    script("GET_PERMS /local/domain/1/made", 1)
    script("WRITE /local/domain/1/by-dom0 \"x\"")
    script("GET_PERMS /local/domain/1/by-dom0", 1)
    script("MKDIR /local/domain/1/by-dom0-dir/sub")
    script("GET_PERMS /local/domain/1/by-dom0-dir/sub", 1)
    for name, perms in (("open", "b0"), ("acl", "n0 w1 r2"), ("acl-b", "n0 b1 r3"),
                        ("of-2", "n2 w1"), ("of-2-other-w", "w2 r3")):
        script("WRITE /own/%s \"v\"" % name)
        script("SET_PERMS /own/%s %s" % (name, perms))
        script.d("WRITE /own/%s/child \"x\"" % name)
        script("GET_PERMS /own/%s/child" % name, 1)
        script.d("WRITE /own/%s/a/b \"x\"" % name)
        script("GET_PERMS /own/%s/a" % name, 1)
        script("GET_PERMS /own/%s/a/b" % name, 1)
    script.d("TRANSACTION_START \"\\0\" -> t")
    script.d("WRITE tx=$t /own/open/in-tx \"x\"")
    script.d("GET_PERMS tx=$t /own/open/in-tx")
    script.d("TRANSACTION_END tx=$t T")
    script("GET_PERMS /own/open/in-tx", 1)
    script("SET_PERMS /own/open/child n2")
    script.d("READ /own/open/child")
    script.d("WRITE /own/open/child \"mine?\"")
    script.d("SET_PERMS /own/open/child n1")
    script("SET_PERMS /local/domain/1/a n0")
    script.d("READ /local/domain/1/a")
    script.d("RM /local/domain/1/a")
    script.d("DIRECTORY /local/domain/1")
    return script


def set_perms_rules():
    script = Script("set-perms-rules", "SET_PERMS rules for a domain: only the owner (EACCES), "
                    "never a new owner (EPERM), at most 5 entries (ENOSPC), bad entries (EINVAL), "
                    "missing nodes (ENOENT or EACCES), in a transaction, relative paths; dom0 unlimited")
    for domid in (1, 2, 3):
        script("domain %d" % domid)
    script("conn D domain 1")
    script("MKDIR /local/domain/1")
    script("SET_PERMS /local/domain/1 n1")
    script("WRITE /sp/mine \"v\"")
    script("SET_PERMS /sp/mine n1")
    script("WRITE /sp/writable \"v\"")
    script("SET_PERMS /sp/writable n0 b1")
    script("WRITE /sp/other-b \"v\"")
    script("SET_PERMS /sp/other-b b0")
    script("WRITE /sp/of-2 \"v\"")
    script("SET_PERMS /sp/of-2 n2 b1")
    for perms in ("n1 r2", "b1", "r1 n2 w3", "n1 r0", "n1 b2 b3 r2 w3", "n1 b2 b3 r2 w3 n2",
                  "n1 r2 r2 r2 r2 r2 r2", "n2", "n0", "b0 b1", "n1 x2", "n1 r", "n1 r-1", "n1 r2x",
                  "n1 r+2", "n1 r02", "w1 n1"):
        script.d("SET_PERMS /sp/mine %s" % perms)
        script("GET_PERMS /sp/mine", 1)
    script.d("SET_PERMS /sp/mine")
    script.d("SET_PERMS /sp/mine \"\\0\"")
    for node in ("writable", "other-b", "of-2"):
        script.d("SET_PERMS /sp/%s n0 b1" % node)
        script.d("SET_PERMS /sp/%s n1" % node)
        script.d("SET_PERMS /sp/%s n2 b1" % node)
        script("GET_PERMS /sp/%s" % node, 1)
    script.d("SET_PERMS /sp/missing n1")
    script.d("SET_PERMS /sp/writable/missing n1")
    script.d("SET_PERMS /sp/mine/missing n1")
    script.d("SET_PERMS / n1")
    script.d("SET_PERMS /local n1")
    script.d("WRITE rel \"v\"")
    script.d("SET_PERMS rel n1 r2")
    script("GET_PERMS /local/domain/1/rel", 1)
    script.d("SET_PERMS rel n2")
    script.d("TRANSACTION_START \"\\0\" -> t")
    script.d("SET_PERMS tx=$t rel n1 b3")
    script.d("SET_PERMS tx=$t rel n0")
    script.d("GET_PERMS tx=$t rel")
    script.d("TRANSACTION_END tx=$t T")
    script("GET_PERMS /local/domain/1/rel", 1)
    script("SET_PERMS /sp/mine n1 r2 r2 r2 r2 r2 r2 r2 r2")
    script("GET_PERMS /sp/mine", 1)
    script.d("WRITE /sp/mine/child \"inherits 9 entries\"")
    script.d("SET_PERMS /sp/mine n1 r2 r2 r2 r2 r2 r2 r2 r2")
    script.d("SET_PERMS /sp/mine n1 r2")
    script("domain 9")
    script("SET_PERMS /sp/of-2 n9")
    script("GET_PERMS /sp/of-2", 1)
    return script


def relative_paths(home_perms):
    label = "home-" + ("owned" if home_perms == "n1" else "dom0")
    script = Script("relative-" + label, "relative paths of domain 1 are below /local/domain/1 "
                    "(home %s): every operation with a relative path, watch events reported "
                    "relative, malformed relative paths" % home_perms)
    script("domain 1")
    script("domain 2")
    script("conn D domain 1")
    script("MKDIR /local/domain/1")
    script("SET_PERMS /local/domain/1 %s" % home_perms)
    if home_perms != "n1":
        script("MKDIR /local/domain/1/data")
        script("SET_PERMS /local/domain/1/data n1")
    script.d("GET_DOMAIN_PATH 1")
    script.d("GET_DOMAIN_PATH 2")
    script.d("WATCH data/x rel")
    script.d("WATCH /local/domain/1/data/x abs")
    script.d("WRITE data/x \"v\"")
    script.d("READ data/x")
    script("READ /local/domain/1/data/x", 1)
    script.d("MKDIR data/dir/sub")
    script.d("DIRECTORY data")
    script.d("DIRECTORY_PART data 0")
    script.d("GET_PERMS data/x")
    script.d("SET_PERMS data/x n1 r2")
    script.d("GET_PERMS data/x")
    script.d("WRITE data/x/y \"below\"")
    script("WRITE /local/domain/1/data/x/z \"by dom0\"", 1)
    script.d("RM data/x")
    script.d("READ data/x")
    script.d("UNWATCH data/x rel")
    script.d("UNWATCH data/x abs")
    script.d("UNWATCH /local/domain/1/data/x abs")
    script.d("WRITE top \"v\"")
    script.d("READ top")
    script.d("READ \"\\0\"")
    script.d("READ \"data/\\0\"")
    script.d("READ \"data//x\\0\"")
    script.d("READ \"./data\\0\"")
    script.d("READ \"../2\\0\"")
    script.d("WRITE \"data/bad char\\0\" \"v\"")
    script.d("WATCH \"\\0\" empty")
    script.d("DIRECTORY /local/domain/1")
    script("WRITE rel-dom0 \"dom0's relative path is below /local/domain/0\"")
    script("READ /local/domain/0/rel-dom0")
    return script


def event_filter():
    script = Script("event-filter", "XSA-115: a domain's watch fires only for nodes it may read, or "
                    "whose parent it may read (checked before removal for RM, with the old and the new "
                    "list for SET_PERMS), on writes, mkdir, rm, set_perms and transaction commits")
    script("domain 1")
    script("domain 2")
    script("conn D domain 1")
    script("MKDIR /ef")
    cases = (("none", "n0", "n0"), ("node-r", "n0", "r0"), ("node-acl-r1", "n0", "n0 r1"),
             ("node-acl-w1", "n0", "n0 w1"), ("node-acl-n1", "n0", "r0 n1"), ("node-b-acl-2", "n0", "n0 b2"),
             ("parent-r", "r0", "n0"), ("parent-acl-r1", "n0 r1", "n0"), ("parent-w1", "n0 w1", "n0"),
             ("owned", "n0", "n1"), ("parent-owned", "n1", "n0"), ("both", "r0", "r0"))
    for name, parent_perms, node_perms in cases:
        script("WRITE /ef/%s/node \"v\"" % name)
        script("SET_PERMS /ef/%s %s" % (name, parent_perms))
        script("SET_PERMS /ef/%s/node %s" % (name, node_perms))
    script.d("WATCH / all")
    for name, _parent, _node in cases:
        script("# %s" % name)
        script("WRITE /ef/%s/node \"w\"" % name, 1)
        script("WRITE /ef/%s/node/kid \"new child\"" % name, 1)
        script("MKDIR /ef/%s/made" % name, 1)
        script("TRANSACTION_START \"\\0\" -> t%s" % name.replace("-", "_"))
        script("WRITE tx=$t%s /ef/%s/node \"tx\"" % (name.replace("-", "_"), name))
        script("TRANSACTION_END tx=$t%s T" % name.replace("-", "_"), 1)
        script("RM /ef/%s/node/kid" % name, 1)
    script("# permissions changing under the watch: old or new list readable")
    script("SET_PERMS /ef/none/node r0", 1)
    script("SET_PERMS /ef/none/node n0", 1)
    script("SET_PERMS /ef/node-r/node n0", 1)
    script("SET_PERMS /ef/node-acl-w1/node n0 b1", 1)
    script("SET_PERMS /ef/node-acl-w1/node n0 w1", 1)
    script("# removals: exact events for the subtree's nodes as they were readable before")
    script("WRITE /ef/tree/pub/a \"x\"")
    script("WRITE /ef/tree/priv/b \"x\"")
    script("SET_PERMS /ef/tree r0")
    script("SET_PERMS /ef/tree/pub r0")
    script("SET_PERMS /ef/tree/pub/a r0")
    script.d("WATCH /ef/tree/pub/a wa")
    script.d("WATCH /ef/tree/priv/b wb")
    script.d("WATCH /ef/tree/priv wp")
    script("RM /ef/tree", 1)
    for name, _parent, _node in cases:
        script("RM /ef/%s" % name, 1)
    return script


def special_watches(name):
    script = Script("special-" + name[1:].split("D")[0] + "domain", "%s events reach domain 1 only "
                    "with READ on its permission list: each list set by dom0, then one %s"
                    % (name, "INTRODUCE" if name == "@introduceDomain" else "RELEASE"))
    script("WATCH %s a" % name)
    script("open Z")
    script("domain 1")
    lists = ("n0", "r0", "n0 r1", "n0 w1", "n0 b1", "r0 n1", "b0 n1", "n1")
    if name == "@releaseDomain":
        for domid in range(2, 10):
            script("domain %d" % domid)
    script("conn D domain 1")
    script.d("WATCH %s d" % name)
    script.d("GET_PERMS %s" % name)
    for index, perms in enumerate(lists):
        script("SET_PERMS %s %s" % (name, perms))
        script.d("GET_PERMS %s" % name)
        domid = 2 + index
        if name == "@introduceDomain":
            script("domain %d" % domid, 1)
        else:
            script("RELEASE %d" % domid, 1)
    script.d("READ %s" % name)
    script.d("WRITE %s \"x\"" % name)
    script.d("UNWATCH %s d" % name)
    script.d("WATCH %s d" % name)
    return script


def quota_nodes():
    script = Script("quota-nodes", "node quota of a domain: lowered to 8 with CONTROL quota set (nodes "
                    "it creates, nodes dom0 creates below its nodes, nodes dom0 gives it, in a "
                    "transaction, freed by RM), then the default 1000")
    script("domain 1")
    script("domain 2")
    script("conn D domain 1")
    script("CONTROL quota set nodes 8")
    script("MKDIR /local/domain/1")
    script("SET_PERMS /local/domain/1 n1")
    for index in range(8):
        script.d("WRITE n%d \"x\"" % index)
    script.d("MKDIR m")
    script.d("RM n0")
    script.d("WRITE n0 \"x\"")
    script.d("WRITE n0 \"rewrite of an existing node\"")
    script.d("WRITE n8 \"x\"")
    script("WRITE /local/domain/1/by-dom0 \"dom0 is exempt, the node is the domain's\"")
    script("GET_PERMS /local/domain/1/by-dom0", 1)
    script.d("RM n1")
    script.d("RM n2")
    script.d("WRITE n1 \"x\"")
    script("WRITE /given \"x\"")
    script("SET_PERMS /given n1")
    script.d("WRITE n2 \"x\"")
    script.d("RM n3")
    script.d("RM n4")
    script.d("TRANSACTION_START \"\\0\" -> t")
    script.d("WRITE tx=$t t1 \"x\"")
    script.d("WRITE tx=$t t2 \"x\"")
    script.d("WRITE tx=$t t3 \"x\"")
    script.d("TRANSACTION_END tx=$t T")
    script.d("DIRECTORY /local/domain/1")
    script.d("TRANSACTION_START \"\\0\" -> u")
    script.d("WRITE tx=$u t1 \"x\"")
    script.d("TRANSACTION_END tx=$u T")
    script.d("DIRECTORY /local/domain/1")
    script("CONTROL quota set nodes 1000")
    script("repeat 988 WRITE /local/domain/1/bulk/{i:03} \"\"")
    script.d("WRITE more/a \"x\"")
    script.d("WRITE more/b \"x\"")
    script.d("WRITE more/c \"x\"")
    script.d("WRITE more/d \"x\"")
    script.d("RM bulk/000")
    script.d("WRITE more/d \"x\"")
    script.d("WRITE more/e \"x\"")
    return script


def quota_node_size():
    script = Script("quota-node-size", "node size quota (2048, the whole record: header, permissions, "
                    "value, child names): values around the limit with 1, 2 and 5 entries, child "
                    "names growing the parent, SET_PERMS growing it; lowered to 100; dom0 exempt")
    script("domain 1")
    script("domain 2")
    script("conn D domain 1")
    script("MKDIR /local/domain/1")
    script("SET_PERMS /local/domain/1 n1")
    for size in range(2010, 2018):
        script.d("WRITE one \"v\"*%d" % size)
    script.d("WRITE two \"v\"")
    script.d("SET_PERMS two n1 r2")
    for size in range(2002, 2010):
        script.d("WRITE two \"v\"*%d" % size)
    script.d("WRITE five \"v\"")
    script.d("SET_PERMS five n1 r2 r2 r2 r2")
    for size in range(1978, 1986):
        script.d("WRITE five \"v\"*%d" % size)
    script.d("WRITE parent \"v\"*2000")
    script.d("WRITE parent/abcdefgh \"x\"")
    script.d("WRITE parent/abcdefghijklmn \"x\"")
    script.d("WRITE parent/ab \"x\"")
    script.d("RM parent/abcdefgh")
    script.d("WRITE parent/abcdefghijklmn \"x\"")
    script.d("WRITE grow \"v\"*2005")
    script.d("SET_PERMS grow n1 r2")
    script.d("SET_PERMS grow n1")
    script.d("MKDIR big/dir")
    script("WRITE /local/domain/1/dom0 \"v\"*3000", 1)
    script.d("WRITE dom0 \"v\"")
    script("CONTROL quota set node-size 100")
    for size in range(60, 80, 2):
        script.d("WRITE small \"v\"*%d" % size)
    script("CONTROL quota set node-size 2048")
    return script


def quota_watches():
    script = Script("quota-watches", "watch quota of a domain (128, E2BIG above: the 130th fails), "
                    "room made by UNWATCH, the same path with other tokens counting, RESET_WATCHES; "
                    "lowered to 3")
    script("domain 1")
    script("conn D domain 1")
    script("repeat 131 D: WATCH /w/{i:03} t", 131)
    script.d("UNWATCH /w/000 t")
    script.d("WATCH /w/extra t")
    script.d("WATCH /w/extra u")
    script.d("RESET_WATCHES")
    script("CONTROL quota set watches 3")
    for index in range(6):
        script.d("WATCH /x t%d" % index)
    script("WRITE /x \"fires every watch that was accepted\"", 1)
    script("CONTROL quota set watches 128")
    return script


def quota_transactions():
    script = Script("quota-transactions", "transaction quota of a domain (10 open, the 12th start "
                    "fails with ENOSPC), room made by ending one; lowered to 2; nodes per transaction "
                    "(1024 by default, lowered to 4: ENOSPC, then the commit fails)")
    script("domain 1")
    script("conn D domain 1")
    script("MKDIR /local/domain/1")
    script("SET_PERMS /local/domain/1 n1")
    script("repeat 12 D: TRANSACTION_START \"\\0\" -> t{i}", 12)
    script.d("TRANSACTION_START \"\\0\"")
    script.d("TRANSACTION_END tx=$t3 F")
    script.d("TRANSACTION_START \"\\0\" -> again")
    script.d("TRANSACTION_START \"\\0\"")
    script.d("RESET_WATCHES")
    script("CONTROL quota set transactions 2")
    script("repeat 5 D: TRANSACTION_START \"\\0\" -> s{i}", 5)
    script.d("RESET_WATCHES")
    script("CONTROL quota set transactions 10")
    script("CONTROL quota set transaction-nodes 4")
    script.d("TRANSACTION_START \"\\0\" -> n")
    for name in "abcdef":
        script.d("WRITE tx=$n %s \"x\"" % name)
    script.d("TRANSACTION_END tx=$n T")
    script.d("DIRECTORY /local/domain/1")
    script.d("TRANSACTION_START \"\\0\" -> r")
    for name in ("/local", "/local/domain", "/tool", "/tool/xenstored", "/local/domain/1"):
        script.d("READ tx=$r %s" % name)
    script.d("TRANSACTION_END tx=$r T")
    script("CONTROL quota set transaction-nodes 1024")
    script("MKDIR /tn")
    script("SET_PERMS /tn r0")
    script("repeat 1030 WRITE /tn/{i:04} \"\"")
    script.d("TRANSACTION_START \"\\0\" -> big")
    script("repeat 1030 D: READ tx=$big /tn/{i:04}", 1030)
    script.d("TRANSACTION_END tx=$big T")
    return script


def all_scripts():
    """(file name, Script) of every script, numbered."""
    scripts = []
    for owner in OWNERS:
        for foreign in FOREIGN:
            scripts.append(matrix(owner, foreign))
    scripts += [matrix_in_transaction(owner) for owner in OWNERS]
    scripts += [acl_order(), ownership(), set_perms_rules(), relative_paths("n1"), relative_paths("n0 r1"),
                event_filter(), special_watches("@introduceDomain"), special_watches("@releaseDomain"),
                quota_nodes(), quota_node_size(), quota_watches(), quota_transactions()]
    return [("%03d-%s.xs" % (index * 10 + 10, script.name), script) for index, script in enumerate(scripts)]


def main(argv):
    check = argv == ["--check"]
    if argv and not check:
        sys.stderr.write("usage: generate.py [--check]\n")
        return 2
    wanted = {name: script.text() for name, script in all_scripts()}
    stale = []
    if not check:
        SCRIPTS.mkdir(exist_ok=True)
    present = {path.name for path in SCRIPTS.glob("*.xs")} if SCRIPTS.exists() else set()
    for name, text in wanted.items():
        path = SCRIPTS / name
        if not path.exists() or path.read_text() != text:
            stale.append(name)
            if not check:
                path.write_text(text)
    for name in sorted(present - set(wanted)):
        stale.append(name)
        if not check:
            (SCRIPTS / name).unlink()
    if check:
        if stale:
            sys.stderr.write("generate.py: scripts differ from the generator: %s\n" % ", ".join(stale))
            return 1
        return 0
    total = sum(script.cases for _name, script in all_scripts())
    print("generate.py: %d scripts (%d rewritten), %d cases" % (len(wanted), len(stale), total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
