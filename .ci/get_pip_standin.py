"""Offline stand-in for ansible-test's get-pip bootstrap: seed pip from ensurepip, then install."""
import subprocess
import sys

argv = sys.argv[1:]
args = [arg for arg in argv if arg not in ("--no-setuptools", "--no-wheel")]
subprocess.check_call([sys.executable, "-m", "ensurepip", "--upgrade", "--default-pip"])
if subprocess.call([sys.executable, "-m", "pip", "install", "--quiet"] + args) != 0:
    sys.stderr.write("get_pip stand-in: keeping the bundled pip\n")
if "--no-setuptools" in argv:
    subprocess.call([sys.executable, "-m", "pip", "uninstall", "--quiet", "--yes", "setuptools"])
