# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Wait until a xenstored answers, then introduce the simulated domains it does not know yet.

    python3 xenstored-domains.py --socket PATH [--timeout SECONDS] [DOMID ...]

bin/xenstored has no hypervisor: a domain exists for it (may own nodes, counts in ACLs)
once INTRODUCE named it, and the table lives only as long as the daemon. The
xen.xenstore.xenstored role runs this after every start (systemd: ExecStartPost).
Prints "introduced DOMID" for each domain it introduced; exit 0. Exit 1 with a message
when the daemon does not answer within the timeout or refuses a request.
Only the standard library: it speaks the wire protocol (xs_wire.h) itself.
"""

import argparse
import socket
import struct
import sys
import time

XS_INTRODUCE = 8
XS_ERROR = 16
XS_IS_DOMAIN_INTRODUCED = 17
HEADER = struct.Struct("<IIII")     # type, req_id, tx_id, len


def fail(message):
    """Exit 1 with the message on stderr."""
    sys.stderr.write("xenstored-domains: %s\n" % message)
    sys.exit(1)


def connect(path, timeout):
    """A connection to the daemon's socket, retried until ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while True:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(path)
            sock.settimeout(max(timeout, 1.0))
            return sock
        except OSError as error:
            sock.close()
            if time.monotonic() >= deadline:
                fail("no xenstored accepts connections on %s after %g s: %s"
                     % (path, timeout, error.strerror or error))
            time.sleep(0.1)


def receive(sock, size):
    """Exactly ``size`` bytes."""
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            fail("xenstored closed the connection")
        data += chunk
    return data


def call(sock, msg_type, *arguments):
    """Send one request; the reply's payload as text, or exit 1 on an error reply."""
    payload = b"".join(argument.encode() + b"\0" for argument in arguments)
    sock.sendall(HEADER.pack(msg_type, 0, 0, len(payload)) + payload)
    reply_type, _req_id, _tx_id, length = HEADER.unpack(receive(sock, HEADER.size))
    body = receive(sock, length).rstrip(b"\0").decode(errors="replace")
    if reply_type == XS_ERROR:
        fail("xenstored answered %s to request type %d %s" % (body, msg_type, " ".join(arguments)))
    return body


def main():
    """Introduce what is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--socket", required=True)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("domids", nargs="*", type=int)
    options = parser.parse_args()
    sock = connect(options.socket, options.timeout)
    try:
        call(sock, XS_IS_DOMAIN_INTRODUCED, "0")     # the daemon answers
        for domid in options.domids:
            if call(sock, XS_IS_DOMAIN_INTRODUCED, str(domid)) != "T":
                # gfn 0 and event channel 1: nothing is mapped without a hypervisor.
                call(sock, XS_INTRODUCE, str(domid), "0", "1")
                print("introduced %d" % domid)
    finally:
        sock.close()


if __name__ == "__main__":
    main()
