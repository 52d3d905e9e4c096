"""bin/xenstored against the real C xenstored 4.17, same client, same requests, same run.

Rows: sequential READ round trips/s (one client, one request at a time) and
pipelined READs/s (8 client processes, each keeping 100 requests outstanding).
The reference daemon runs through ../shared/tools/ref-xenstored when it can
be started; otherwise only our figures are printed.
"""

import argparse
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "plugins", "module_utils"))

from xenstore.wire import HEADER, Decoder, Op, encode  # noqa: E402

REF_TOOL = os.path.join(ROOT, "..", "shared", "tools", "ref-xenstored", "ref-xenstored")
KEYS = 200


def connect(path):
    """A connected socket, retried while the daemon starts."""
    for _attempt in range(200):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(path)
            return sock
        except OSError:
            sock.close()
            time.sleep(0.05)
    raise RuntimeError("no daemon on %s" % path)


def request(sock, decoder, msg_type, payload, req_id=1):
    """Send one request and return the reply's payload."""
    sock.sendall(encode(msg_type, req_id, 0, payload))
    while True:
        message = decoder.next_message()
        if message is not None and message.type != Op.WATCH_EVENT:
            return message
        if message is None:
            decoder.feed(sock.recv(65536))


def populate(path):
    """KEYS nodes under /bench."""
    sock, decoder = connect(path), Decoder()
    for index in range(KEYS):
        request(sock, decoder, Op.WRITE, b"/bench/key%d\0value-%d" % (index, index))
    sock.close()


def sequential(path, count):
    """READ round trips/s, one at a time."""
    sock, decoder = connect(path), Decoder()
    payloads = [b"/bench/key%d\0" % (index % KEYS) for index in range(count)]
    start = time.perf_counter()
    for payload in payloads:
        request(sock, decoder, Op.READ, payload)
    elapsed = time.perf_counter() - start
    sock.close()
    return count / elapsed


def _pipeline_client(path, rounds, depth, barrier, results):
    sock = connect(path)
    burst = b"".join(encode(Op.READ, index, 0, b"/bench/key%d\0" % (index % KEYS))
                     for index in range(depth))
    barrier.wait()
    start = time.perf_counter()
    for _round in range(rounds):
        sock.sendall(burst)
        received = 0
        buffer = bytearray()
        while received < depth:
            buffer += sock.recv(262144)
            while len(buffer) >= HEADER.size:
                length = HEADER.unpack_from(buffer)[3]
                if len(buffer) < HEADER.size + length:
                    break
                del buffer[:HEADER.size + length]
                received += 1
    results.put((rounds * depth, time.perf_counter() - start))
    sock.close()


def pipelined(path, clients, depth, rounds):
    """READs/s with ``clients`` processes each keeping ``depth`` requests outstanding."""
    barrier = multiprocessing.Barrier(clients)
    results = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=_pipeline_client, args=(path, rounds, depth, barrier, results))
               for _index in range(clients)]
    for worker in workers:
        worker.start()
    figures = [results.get() for _worker in workers]
    for worker in workers:
        worker.join()
    total = sum(count for count, _elapsed in figures)
    return total / max(elapsed for _count, elapsed in figures)


def start_ours(directory):
    """bin/xenstored in the foreground; (process, socket)."""
    path = os.path.join(directory, "ours", "socket")
    os.makedirs(os.path.dirname(path))
    process = subprocess.Popen([sys.executable, os.path.join(ROOT, "bin", "xenstored"), "--socket", path,
                                "--database", os.path.join(directory, "ours", "tdb")])
    connect(path).close()
    return process, path


def start_reference(directory):
    """The real C xenstored via ref-xenstored; (pid, socket) or None with a reason printed."""
    if not os.path.exists(REF_TOOL) or os.geteuid() != 0:
        print("reference: %s not usable here (needs root and ../shared/tools)" % REF_TOOL)
        return None
    setup = subprocess.run([REF_TOOL, "setup"], capture_output=True, text=True, check=False)
    if setup.returncode != 0:
        print("reference: setup failed: %s" % setup.stderr.strip()[-300:])
        return None
    path = os.path.join(directory, "ref", "socket")
    os.makedirs(os.path.dirname(path))
    started = subprocess.run([REF_TOOL, "start", "--socket", path], capture_output=True, text=True, check=False)
    if started.returncode != 0:
        print("reference: start failed: %s" % started.stderr.strip()[-300:])
        return None
    return started.stdout.strip(), path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=20000, help="sequential READs (default 20000)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--depth", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=50, help="bursts per pipelined client (default 50)")
    args = parser.parse_args()
    directory = tempfile.mkdtemp(prefix="xs-bench-daemon-")
    ours, ours_path = start_ours(directory)
    reference = start_reference(directory)
    targets = {"ours": ours_path}
    if reference:
        targets["C xenstored"] = reference[1]
    try:
        figures = {}
        for name, path in targets.items():
            populate(path)
        for _repeat in range(3):    # interleaved, best of three
            for name, path in targets.items():
                row = figures.setdefault(name, {"sequential": 0.0, "pipelined": 0.0})
                row["sequential"] = max(row["sequential"], sequential(path, args.reads))
                row["pipelined"] = max(row["pipelined"],
                                       pipelined(path, args.clients, args.depth, args.rounds))
    finally:
        ours.terminate()
        ours.wait()
        if reference:
            subprocess.run([REF_TOOL, "stop", "--pid", reference[0]], check=False)
        shutil.rmtree(directory, ignore_errors=True)
    rows = (("daemon sequential READ round trips/s", "sequential", 0.9),
            ("daemon pipelined READs/s, %dx%d" % (args.clients, args.depth), "pipelined", 2.0))
    print("%-40s %11s %11s %7s %7s" % ("row", "ours", "C xenstored", "ratio", "target"))
    missed = 0
    for label, key, target in rows:
        mine = figures["ours"][key]
        if "C xenstored" in figures:
            theirs = figures["C xenstored"][key]
            ratio = mine / theirs
            missed += ratio < target
            verdict = "ok" if ratio >= target else "MISSED"
            print("%-40s %11.0f %11.0f %6.2fx %6.1fx  %s" % (label, mine, theirs, ratio, target, verdict))
        else:
            print("%-40s %11.0f %11s %7s %6.1fx  no baseline" % (label, mine, "-", "-", target))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
