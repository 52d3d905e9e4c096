"""Show the bundled store engine: a VM declared in XenStore, permissions, a transaction conflict.

Run by ``make demo`` (with the project's venv python). Works on a fresh
database in a temporary folder unless ``--database`` names one.
"""

import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "plugins", "module_utils"))

from xenstore.engine import Engine  # noqa: E402
from xenstore.errors import ConflictError, PermissionDeniedError  # noqa: E402
from xenstore.perms import Caller  # noqa: E402

UUID = "9b30841b-43bc-2af9-2ed3-5a649f466d79"
DOMID = 7
VM = {
    "name": "web01", "uuid": UUID, "vcpus": "2", "vcpu_avail": "3", "memory": "1024",
    "on_poweroff": "destroy", "on_reboot": "restart", "on_crash": "restart",
    "image/ostype": "linux", "image/kernel": "/boot/vmlinuz-6.1",
    "image/cmdline": "root=/dev/xvda1 ro", "image/ramdisk": "/boot/initrd.img-6.1",
}
DOMAIN = {"vm": "/vm/" + UUID, "name": "web01", "domid": str(DOMID),
          "memory/target": "1048576", "cpu/0/availability": "online"}


def show_tree(session, path="/", depth=0):
    """Print the tree like ``xenstore-ls -p``: name = "value" (perms)."""
    for name in session.directory(path):
        child = path.rstrip("/") + "/" + name
        value = session.read(child).decode("utf-8", "backslashreplace")
        perms = ",".join(session.get_perms(child).strings())
        print('%s%s = "%s"  (%s)' % (" " * depth, name, value, perms))
        show_tree(session, child, depth + 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="TDB file to use (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="xenstore-demo-") as scratch:
        database = args.database or os.path.join(scratch, "tdb")
        with Engine(database, program="engine_demo") as engine:
            dom0 = engine.session()
            print("== a new database holds C xenstored's initial tree")
            show_tree(dom0)

            print("\n== declare VM %s as domain %d, in one TDB transaction" % (UUID, DOMID))
            home = "/local/domain/%d" % DOMID
            with engine.batch():
                for key, value in VM.items():
                    dom0.write("/vm/%s/%s" % (UUID, key), value.encode())
                # As the toolstack does: the domain may read its home, and owns home/data.
                dom0.mkdir(home)
                dom0.set_perms(home, ["n0", "r%d" % DOMID])
                for key, value in DOMAIN.items():
                    dom0.write("%s/%s" % (home, key), value.encode())
                dom0.mkdir(home + "/data")
                dom0.set_perms(home + "/data", ["n%d" % DOMID])
            show_tree(dom0)

            print("\n== domain %d reads its own subtree but not other VMs' data" % DOMID)
            guest = engine.session(Caller(DOMID))
            print("read memory/target (relative path) ->", guest.read("memory/target").decode())
            guest.write("data/ip", b"192.0.2.10")
            print("write data/ip -> ok, perms of the new node:",
                  " ".join(dom0.get_perms(home + "/data/ip").strings()))
            try:
                guest.read("/vm/%s/name" % UUID)
            except PermissionDeniedError as error:
                print("read /vm/%s/name -> %s (%s)" % (UUID, error.errno_name, error))

            print("\n== two transactions race on the same node: the second gets EAGAIN")
            first, second = engine.session(), engine.session()
            tx1, tx2 = first.transaction_start(), second.transaction_start()
            for session, tx in ((first, tx1), (second, tx2)):
                target = int(session.read("/local/domain/%d/memory/target" % DOMID, tx))
                session.write("/local/domain/%d/memory/target" % DOMID, b"%d" % (target * 2), tx)
            first.transaction_end(tx1)
            try:
                second.transaction_end(tx2)
            except ConflictError as error:
                print("second commit ->", error.errno_name, "(%s)" % error)
            print("memory/target =", dom0.read("/local/domain/%d/memory/target" % DOMID).decode())

            report = engine.check()
            print("\n== integrity check: %d nodes, %s" % (report.nodes, "ok" if report.ok else report.problems()))
        print("\n== the file is a TDB with C xenstored's record layout (tdbdump, one record):")
        dump = subprocess.run(["tdbdump", "-k", "/vm/%s/name" % UUID, database],
                              capture_output=True, text=True, check=False)
        print(dump.stdout.strip() or dump.stderr.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
