"""Concurrency of bin/xenstored: transactions with retry on EAGAIN, and watch events under load.

Counters: 8 clients increment counters with read-modify-write transactions, rerun from the
start on EAGAIN, through the project's client API (connect.open_client, client.transact) and
through pyxs (Debian's python3-pyxs, in /usr/bin/python3 processes). The final values must be
the exact number of increments each client committed.

Watch events: what is asserted is in test_watch_events_under_load's docstring.
"""

import random
import subprocess
import threading
import time

import crash_support as cs

from xenstore.client import XenStoreClient  # noqa: E402 (crash_support sets sys.path)
from xenstore.connect import open_client  # noqa: E402
from xenstore.transport import WireBackend, WireTransport  # noqa: E402

CLIENTS = 8
INCREMENTS = cs.pick(25, 300)       # per client
PYXS = "/usr/bin/python3"
MANY_ATTEMPTS = 100000              # transact() reruns until it commits (the test counts the reruns)


def start_daemon(*args):
    return cs.Daemon(cs.make_workdir("xs-conc-"), args).start()


class Incrementer(threading.Thread):
    """A client API connection committing ``count`` increments; counts its reruns."""

    def __init__(self, socket_path, count, counters, seed, pair_every=0):
        super().__init__(daemon=True)
        self.socket_path = socket_path
        self.count = count
        self.counters = counters
        self.random = random.Random(seed)
        self.pair_every = pair_every
        self.done = {path: 0 for path in counters}
        self.pairs = 0
        self.attempts = 0
        self.max_attempts = 0
        self.torn = 0               # committed pair transactions that saw a != b
        self.error = None

    def run(self):
        try:
            with open_client("socket", socket=self.socket_path) as client:
                for number in range(self.count):
                    if self.pair_every and number % self.pair_every == 0:
                        self.pair(client)
                    else:
                        self.increment(client, self.random.choice(self.counters))
        except Exception as error:  # reported by the test
            self.error = error

    def _transact(self, client, function):
        tries = [0]

        def attempt(transaction):
            tries[0] += 1
            return function(transaction)
        result = client.transact(attempt, attempts=MANY_ATTEMPTS)
        self.attempts += tries[0]
        self.max_attempts = max(self.max_attempts, tries[0])
        return result

    def increment(self, client, path):
        def add_one(transaction):
            transaction.write(path, b"%d" % (int(transaction.read(path)) + 1))
        self._transact(client, add_one)
        self.done[path] += 1

    def pair(self, client):
        """/pair/a and /pair/b together: every committed transaction must have seen them equal."""
        def add_both(transaction):
            a, b = int(transaction.read("/pair/a")), int(transaction.read("/pair/b"))
            transaction.write("/pair/a", b"%d" % (a + 1))
            transaction.write("/pair/b", b"%d" % (b + 1))
            return a, b
        a, b = self._transact(client, add_both)
        self.torn += a != b
        self.pairs += 1


def run_incrementers(daemon, counters, per_client, pair_every=0, clients=CLIENTS, seed=None):
    with daemon.connect() as conn:
        for path in counters + ["/pair/a", "/pair/b"]:
            conn.write(path, b"0")
    workers = [Incrementer(str(daemon.socket), per_client, counters, (seed or 0) + index, pair_every)
               for index in range(clients)]
    for worker in workers:
        worker.start()
    return workers


def finish(workers, timeout=600):
    for worker in workers:
        worker.join(timeout)
        assert not worker.is_alive(), "an incrementer hangs"
        assert worker.error is None, "incrementer failed: %r" % (worker.error,)


def test_one_counter_exact_total_client_api(capsys):
    daemon = start_daemon()
    try:
        started = time.monotonic()
        workers = run_incrementers(daemon, ["/counter/one"], INCREMENTS)
        finish(workers)
        elapsed = time.monotonic() - started
        with daemon.connect() as conn:
            total = int(conn.read("/counter/one"))
        attempts = sum(worker.attempts for worker in workers)
        cs.report(capsys, "concurrency-one-counter", clients=CLIENTS, increments=CLIENTS * INCREMENTS,
                  final_value=total, transaction_attempts=attempts,
                  eagain_reruns=attempts - CLIENTS * INCREMENTS,
                  max_attempts_of_one_increment=max(worker.max_attempts for worker in workers),
                  seconds="%.2f" % elapsed)
        assert total == CLIENTS * INCREMENTS
        assert attempts > CLIENTS * INCREMENTS, "no EAGAIN at all: the clients did not contend"
        daemon.stop_cleanly()
    finally:
        daemon.cleanup()


def test_several_counters_and_pairs_exact_totals(capsys):
    """4 counters picked at random, and every 5th transaction increments /pair/a and /pair/b
    together (both read, both written): totals exact per counter, a == b at the end, and no
    committed transaction ever saw a != b."""
    daemon = start_daemon()
    counters = ["/counters/c%d" % index for index in range(4)]
    try:
        workers = run_incrementers(daemon, counters, INCREMENTS, pair_every=5, seed=cs.seed())
        finish(workers)
        with daemon.connect() as conn:
            values = {path: int(conn.read(path)) for path in counters}
            a, b = int(conn.read("/pair/a")), int(conn.read("/pair/b"))
        expected = {path: sum(worker.done[path] for worker in workers) for path in counters}
        pairs = sum(worker.pairs for worker in workers)
        attempts = sum(worker.attempts for worker in workers)
        cs.report(capsys, "concurrency-counters", clients=CLIENTS, increments=CLIENTS * INCREMENTS,
                  counters=len(counters), pair_increments=pairs, pair_a=a, pair_b=b,
                  torn_pairs_seen=sum(worker.torn for worker in workers),
                  eagain_reruns=attempts - CLIENTS * INCREMENTS,
                  max_attempts_of_one_increment=max(worker.max_attempts for worker in workers))
        assert values == expected
        assert sum(values.values()) + pairs == CLIENTS * INCREMENTS
        assert a == b == pairs
        assert sum(worker.torn for worker in workers) == 0
        daemon.stop_cleanly()
    finally:
        daemon.cleanup()


PYXS_INCREMENTER = """
import errno, sys
from pyxs import Client, PyXSError
path, count = sys.argv[1].encode(), int(sys.argv[2])
attempts = 0
with Client() as client:
    for _ in range(count):
        while True:
            attempts += 1
            client.transaction()
            value = int(client.read(path))
            client.write(path, str(value + 1).encode())
            if client.commit():
                break
print(attempts)
"""


def test_pyxs_and_client_api_increment_one_counter(capsys):
    """4 pyxs processes and 4 client API connections on the same counter: exact total."""
    daemon = start_daemon()
    per_client = INCREMENTS
    try:
        with daemon.connect() as conn:
            conn.write("/mixed/n", b"0")
        env = {"XENSTORED_PATH": str(daemon.socket), "PATH": "/usr/bin:/bin"}
        procs = [subprocess.Popen([PYXS, "-c", PYXS_INCREMENTER, "/mixed/n", str(per_client)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _number in range(CLIENTS // 2)]
        workers = [Incrementer(str(daemon.socket), per_client, ["/mixed/n"], index)
                   for index in range(CLIENTS - len(procs))]
        for worker in workers:
            worker.start()
        pyxs_attempts = 0
        for proc in procs:
            out, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, err.decode()
            pyxs_attempts += int(out)
        finish(workers)
        with daemon.connect() as conn:
            total = int(conn.read("/mixed/n"))
        attempts = pyxs_attempts + sum(worker.attempts for worker in workers)
        cs.report(capsys, "concurrency-pyxs-mixed", pyxs_clients=len(procs), api_clients=len(workers),
                  increments=CLIENTS * per_client, final_value=total,
                  eagain_reruns=attempts - CLIENTS * per_client)
        assert total == CLIENTS * per_client
        daemon.stop_cleanly()
    finally:
        daemon.cleanup()


def test_default_transact_attempts_under_contention(capsys):
    """client.transact with its default attempts (what the modules use), 8 clients on one
    counter: none gives up. It used to rerun at once, 16 times at most: the conflicting
    clients kept colliding and about 2 % of the increments failed with EAGAIN (some needed
    23 attempts). Now it waits a random, doubling pause between reruns, 32 times at most."""
    daemon = start_daemon()
    from xenstore.errors import ConflictError  # noqa: E402
    gave_up = [0]
    committed = [0]
    lock = threading.Lock()

    def worker():
        with open_client("socket", socket=str(daemon.socket)) as client:
            for _number in range(INCREMENTS):
                try:
                    client.transact(lambda t: t.write("/dflt/n", b"%d" % (int(t.read("/dflt/n")) + 1)))
                except ConflictError:
                    with lock:
                        gave_up[0] += 1
                else:
                    with lock:
                        committed[0] += 1
    try:
        with daemon.connect() as conn:
            conn.write("/dflt/n", b"0")
        threads = [threading.Thread(target=worker) for _number in range(CLIENTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(600)
        with daemon.connect() as conn:
            total = int(conn.read("/dflt/n"))
        cs.report(capsys, "concurrency-default-attempts", increments=CLIENTS * INCREMENTS,
                  committed=committed[0], gave_up=gave_up[0], final_value=total)
        assert total == committed[0]
        assert committed[0] + gave_up[0] == CLIENTS * INCREMENTS
        assert gave_up[0] == 0
        daemon.stop_cleanly()
    finally:
        daemon.cleanup()


def test_events_fire_only_for_committed_transactions(capsys):
    """8 clients increment one counter; every attempt also writes a marker node of its own
    (/att/c<client>/a<attempt>). A watcher on /att must get exactly the markers of the
    attempts that committed (none of those answered EAGAIN), each client's in its order."""
    daemon = start_daemon()
    per_client = cs.pick(25, 300)
    committed = {}
    attempts_made = {}
    errors = []

    def worker(number):
        try:
            with open_client("socket", socket=str(daemon.socket)) as client:
                attempt = [0]
                mine = committed[number] = []

                def increment(transaction):
                    attempt[0] += 1
                    marker = "/att/c%d/a%06d" % (number, attempt[0])
                    transaction.write(marker, b"")
                    transaction.write("/att-counter", b"%d" % (int(transaction.read("/att-counter")) + 1))
                    return marker
                for _number in range(per_client):
                    mine.append(client.transact(increment, attempts=MANY_ATTEMPTS))
                attempts_made[number] = attempt[0]
        except Exception as error:  # reported below
            errors.append(error)

    try:
        with daemon.connect() as conn:
            conn.write("/att-counter", b"0")
            conn.call(cs.MKDIR, b"/att\0")
        watcher = Watcher(open_client("socket", socket=str(daemon.socket)), [("/att", "att")])
        watcher.start()
        threads = [threading.Thread(target=worker, args=(number,)) for number in range(CLIENTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(600)
        assert not errors, errors
        watcher.stopping = True
        watcher.join(60)
        assert watcher.error is None, watcher.error
        with daemon.connect() as conn:
            total = int(conn.read("/att-counter"))
        assert total == CLIENTS * per_client
        events = [path for path, _token in watcher.events if path != "/att"]
        for number in range(CLIENTS):
            assert [path for path in events if path.startswith("/att/c%d/" % number)] == committed[number]
        assert len(events) == CLIENTS * per_client
        refused = sum(attempts_made.values()) - CLIENTS * per_client
        cs.report(capsys, "concurrency-commit-events", increments=total, eagain_attempts=refused,
                  events=len(events), events_of_refused_attempts=0)
        assert refused > 0, "no EAGAIN at all: nothing was checked"
        watcher.client.close()
        daemon.stop_cleanly()
    finally:
        daemon.cleanup()


# -- watch events under load ---------------------------------------------------

WRITES = cs.pick(300, 3000)         # per writer
WRITERS = 3
DOMAIN, DOMAIN_UID = 5, 42005
XENSTORE_WATCH = "/usr/bin/xenstore-watch"     # Debian's xenstore-utils (libxenstore)


class Watcher(threading.Thread):
    """A connection collecting every watch event (path, token) in arrival order until stopped.

    With ``hot`` it READs /ev/hot after each event for it (the value is recorded)."""

    def __init__(self, client, watches, slow=False, hot=False):
        super().__init__(daemon=True)
        self.client = client
        self.watches = watches
        self.slow = slow
        self.hot = hot
        self.events = []
        self.hot_values = []
        self.stopping = False
        self.error = None
        for path, token in watches:
            client.watch(path, token)

    def run(self):
        try:
            if self.slow:
                time.sleep(0.5)         # let the daemon queue up events for us
            while True:
                event = self.client.next_event(timeout=0.1)
                if event is None:
                    if self.stopping:
                        # A round trip: every event queued before its reply is received first.
                        self.client.backend.transport.call(cs.GET_DOMAIN_PATH, b"0\0")
                        while True:
                            event = self.client.next_event(timeout=0)
                            if event is None:
                                return
                            self.events.append(event)
                    continue
                self.events.append(event)
                if self.hot and event[0] == "/ev/hot":
                    self.hot_values.append(int(self.client.read("/ev/hot") or b"0"))
        except Exception as error:  # reported by the test
            self.error = error


def uid_client(socket_path, uid):
    """A client API connection made by a process running as ``uid`` (the daemon maps it to a domain)."""
    sock = cs.connect_as(socket_path, uid)
    sock.settimeout(None)       # WireTransport reads the descriptor itself: blocking mode
    return XenStoreClient(WireBackend(WireTransport(sock.fileno(), "uid %d" % uid, sock), "socket"))


def test_watch_events_under_load(capsys):
    """Watch events under load arrive complete and in order.

    Load: WRITERS writers each write their own sequence of distinct nodes /ev/w<j>/s<i> (each
    write acknowledged before the next); one writer commits transactions writing /ev/tx/a<i>
    then /ev/tx/b<i>; one rewrites /ev/hot with 1, 2, ... WRITES; 8 clients increment a
    counter in transactions meanwhile.

    Asserted, for every watch (path W, token T) on a connection, after all writers finished
    and the watchers drained:
    * distinct paths are never coalesced (C only drops an event identical, path and token,
      to one still queued unsent): each writer's events under W arrive exactly once each,
      in the writer's order (s0, s1, ..., none missing, none extra);
    * a transaction's events arrive at its commit in its order of first access, and
      transactions in commit order: a0, b0, a1, b1, ...;
    * /ev/hot (identical events, which C may coalesce): between 1 and WRITES events, and the
      READ issued after the last one returns WRITES (the last write is never lost);
    * two watches on one connection each get the full sequence; a slow watcher (not reading
      for 0.5 s) gets exactly the same non-coalescable events in exactly the same order as a
      fast one (one global order);
    * an unprivileged domain watching / gets the initial event and exactly the events of the
      one writer whose directory it may read (XSA-115 filtering under load), in order;
    * the same for Debian's xenstore-watch (libxenstore) watching /ev/w2: it prints exactly
      /ev/w2, then writer 2's sequence.
    """
    daemon = start_daemon("--uid-domid", "%d:%d" % (DOMAIN_UID, DOMAIN))
    try:
        with daemon.connect() as conn:
            conn.call(cs.INTRODUCE, b"%d\0" % DOMAIN + b"0\0" + b"1\0")
            for writer in range(WRITERS):
                conn.call(cs.MKDIR, b"/ev/w%d\0" % writer)
            conn.call(cs.MKDIR, b"/ev/tx\0")
            conn.call(cs.SET_PERMS, b"/ev/w1\0n0\0r%d\0" % DOMAIN)
            conn.write("/ev/hot", b"0")
        fast = Watcher(open_client("socket", socket=str(daemon.socket)), [("/", "all")], hot=True)
        both = Watcher(open_client("socket", socket=str(daemon.socket)),
                       [("/ev/w0", "w0-a"), ("/ev/w0", "w0-b"), ("/ev/tx", "tx"), ("/ev/w2", "w2")])
        slow = Watcher(open_client("socket", socket=str(daemon.socket)), [("/ev", "slow")], slow=True)
        guest = Watcher(uid_client(daemon.socket, DOMAIN_UID), [("/", "guest")])
        watchers = [fast, both, slow, guest]
        for watcher in watchers:
            watcher.start()
        libxenstore = subprocess.Popen([XENSTORE_WATCH, "-n", str(WRITES + 1), "/ev/w2"],
                                       env={"XENSTORED_PATH": str(daemon.socket)}, stdout=subprocess.PIPE)
        assert libxenstore.stdout.readline() == b"/ev/w2\n"   # registered: its first event
        counters = run_incrementers(daemon, ["/load/n"], cs.pick(20, 100))

        def single(number):
            with open_client("socket", socket=str(daemon.socket)) as client:
                for index in range(WRITES):
                    client.write("/ev/w%d/s%06d" % (number, index), b"%d" % index)

        def transactional():
            with open_client("socket", socket=str(daemon.socket)) as client:
                for index in range(WRITES // 2):
                    def pair(transaction, index=index):
                        transaction.write("/ev/tx/a%06d" % index, b"a")
                        transaction.write("/ev/tx/b%06d" % index, b"b")
                    client.transact(pair, attempts=MANY_ATTEMPTS)

        def hot():
            with open_client("socket", socket=str(daemon.socket)) as client:
                for index in range(1, WRITES + 1):
                    client.write("/ev/hot", b"%d" % index)

        threads = [threading.Thread(target=single, args=(number,)) for number in range(WRITERS)]
        threads += [threading.Thread(target=transactional), threading.Thread(target=hot)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(600)
        finish(counters)
        for watcher in watchers:
            watcher.stopping = True
        for watcher in watchers:
            watcher.join(60)
            assert not watcher.is_alive() and watcher.error is None, watcher.error

        def under(events, token, prefix):
            return [path for path, tok in events if tok == token and path.startswith(prefix)]

        singles = {number: ["/ev/w%d/s%06d" % (number, index) for index in range(WRITES)]
                   for number in range(WRITERS)}
        pairs = [path for index in range(WRITES // 2)
                 for path in ("/ev/tx/a%06d" % index, "/ev/tx/b%06d" % index)]
        checked = 0
        for watcher, token in ((fast, "all"), (slow, "slow")):
            for number in range(WRITERS):
                assert under(watcher.events, token, "/ev/w%d/" % number) == singles[number], (token, number)
                checked += WRITES
            assert under(watcher.events, token, "/ev/tx/") == pairs, token
            checked += len(pairs)
        for token, number in (("w0-a", 0), ("w0-b", 0), ("w2", 2)):
            assert under(both.events, token, "/ev/w%d/" % number) == singles[number], token
            checked += WRITES
        assert under(both.events, "tx", "/ev/tx/") == pairs
        checked += len(pairs)
        # One global order: the slow watcher's non-coalescable events equal the fast one's.
        assert [path for path, _tok in slow.events if path.startswith(("/ev/w", "/ev/tx/"))] == \
            [path for path, _tok in fast.events if path.startswith(("/ev/w", "/ev/tx/"))]
        # The hot node: coalescing allowed, the last write never lost.
        hot_events = [path for path, tok in fast.events if path == "/ev/hot"]
        assert 1 <= len(hot_events) <= WRITES
        assert fast.hot_values and fast.hot_values[-1] == WRITES, fast.hot_values[-5:]
        assert fast.hot_values == sorted(fast.hot_values)
        slow_hot = len([path for path, _tok in slow.events if path == "/ev/hot"])
        assert 1 <= slow_hot <= WRITES
        # libxenstore's xenstore-watch: writer 2's sequence, exactly.
        printed, _err = libxenstore.communicate(timeout=60)
        assert libxenstore.returncode == 0
        assert printed.decode().splitlines() == singles[2]
        checked += WRITES
        # The domain: initial event, then exactly writer 1's sequence.
        assert guest.events[0] == ("/", "guest")
        assert guest.events[1:] == [(path, "guest") for path in singles[1]]
        checked += WRITES
        cs.report(capsys, "concurrency-watch-events", writers=WRITERS + 2, writes_per_writer=WRITES,
                  ordered_events_checked=checked, hot_writes=WRITES, hot_events_fast=len(hot_events),
                  hot_events_slow=slow_hot, domain_events=len(guest.events) - 1, events_lost=0)
        for watcher in watchers:
            watcher.client.close()
        daemon.stop_cleanly()
    finally:
        daemon.cleanup()
