"""Crash safety of bin/xenstored: SIGKILL under a write load from several clients, many times,
restarting on the same database each time.

Clients (each on its own connection, each on keys of its own):
* ``single``: one WRITE at a time, now and then an RM of one of its earlier keys;
* ``tx``: transactions of 4 keys each (TRANSACTION_START, 4 WRITEs, TRANSACTION_END T), and
  every 5th one removes an earlier transaction's directory and writes a marker instead;
* ``pipe``: batches of 64 WRITEs sent at once, acknowledged one by one as replies arrive;
* ``bulk``: transactions of 150 keys each, so that kills land inside big commits too;
* ``over``: rewrites 8 keys with increasing counters (an acknowledged overwrite must not
  go back to an older value).

A write counts as ACKNOWLEDGED when its OK reply was read. After every kill:
1. the engine's integrity check (no repair) on the file the kill left must pass;
2. a new daemon on the same database must show every acknowledged write (value and all),
   no acknowledged RM undone, every transaction all or nothing (all when acknowledged,
   nothing when its TRANSACTION_END was never sent), overwritten keys at their last
   acknowledged value or the one in flight, the earlier rounds' keys exactly as verified
   after their own kill, and ``CONTROL check`` must report nothing (its log stays clean).
Every third round the daemon is also killed while it starts (0 to 0.4 s after its launch).
The rounds alternate ``--fsync never`` and ``--fsync always``. The database keeps the last
WINDOW rounds: an older round is read again in full and removed (so that FULL mode's 100
rounds keep the file, and the checks, bounded); at the end the rounds still there are read
again in full, the daemon stops cleanly (SIGTERM, exit 0) and the engine's check passes.
"""

import os
import random
import shutil
import threading
import time

import crash_support as cs

KILLS = cs.pick(5, 100)
TX_KEYS = 4
BULK_KEYS = 150
PIPE_BATCH = 64
OVER_KEYS = 8
WINDOW = 8                 # rounds kept in the database (older ones are re-read, then removed)


class Client(threading.Thread):
    """One load client; records what was acknowledged."""

    def __init__(self, socket_path, round_number, label, kind, seed):
        super().__init__(daemon=True)
        self.socket_path = socket_path
        self.base = "/crash/r%03d/%s" % (round_number, label)
        self.kind = kind
        self.random = random.Random(seed)
        self.acked = {}             # path -> value, acknowledged writes
        self.removed = set()        # acknowledged RMs
        self.inflight = {}          # path -> value written but not acknowledged
        self.inflight_rm = set()
        self.transactions = []      # [paths, values, state]: state "acked", "sent" (END sent), "open"
        self.over_acked = {}        # key -> last acknowledged counter
        self.over_sent = {}         # key -> highest counter sent
        self.error = None
        self.ops = 0
        self.refused = 0            # transactions answered EAGAIN (must leave nothing)
        self.swaps = []             # [directory, marker, state, record]: RM + WRITE in one transaction

    def value(self, key):
        return b"%s/%s:" % (self.base.encode(), key.encode()) + b"x" * self.random.randrange(0, 400)

    def run(self):
        try:
            with cs.Conn(self.socket_path, timeout=30) as conn:
                getattr(self, "run_" + self.kind)(conn)
        except (cs.Closed, OSError):
            pass                    # the daemon was killed
        except Exception as error:  # pragma: no cover - reported by the test
            self.error = error

    def run_single(self, conn):
        written = []
        for seq in range(10 ** 9):
            if seq % 10 == 9 and written:
                path = written.pop(self.random.randrange(len(written)))
                self.inflight_rm.add(path)
                assert conn.rm(path) == b"OK\0"
                self.inflight_rm.discard(path)
                self.removed.add(path)
                del self.acked[path]
                continue
            path = "%s/k%06d" % (self.base, seq)
            value = self.value("k%06d" % seq)
            self.inflight[path] = value
            assert conn.write(path, value) == b"OK\0"
            del self.inflight[path]
            self.acked[path] = value
            written.append(path)
            self.ops += 1

    def _swap(self, conn, record, seq):
        """One transaction removing an acknowledged transaction's directory and writing a marker."""
        directory = record[0][0].rsplit("/", 1)[0]
        marker = "%s/gone/s%06d" % (self.base, seq)
        swap = [directory, marker, "open", record]
        self.swaps.append(swap)
        tx = conn.start()
        assert conn.rm(directory, tx) == b"OK\0"
        assert conn.write(marker, b"1", tx) == b"OK\0"
        swap[2] = record[2] = "sent"
        try:
            conn.end(tx)
        except cs.XsError as error:
            assert error.args[0] == "EAGAIN", error
            swap[2], record[2] = "refused", "acked"
            self.refused += 1
            return
        swap[2], record[2] = "acked", "removed"

    def _transactions(self, conn, keys):
        for seq in range(10 ** 9):
            if keys == TX_KEYS and seq % 5 == 4:
                done = [record for record in self.transactions if record[2] == "acked"]
                if done:
                    self._swap(conn, done[0], seq)
                    continue
            paths = ["%s/t%06d/%s" % (self.base, seq, chr(97 + i % 26) + str(i)) for i in range(keys)]
            values = [self.value("t%06d/%d" % (seq, i)) for i in range(keys)]
            record = [paths, values, "open"]
            self.transactions.append(record)
            tx = conn.start()
            for request in conn.pipeline([(cs.WRITE, path.encode() + b"\0" + value, tx)
                                          for path, value in zip(paths, values)]):
                assert request == b"OK\0", request
            record[2] = "sent"
            try:
                conn.end(tx)
            except cs.XsError as error:
                # Another client created a sibling directory meanwhile (C: the parent was read).
                assert error.args[0] == "EAGAIN", error
                record[2] = "refused"
                self.refused += 1
                continue
            record[2] = "acked"
            self.ops += 1

    def run_tx(self, conn):
        self._transactions(conn, TX_KEYS)

    def run_bulk(self, conn):
        self._transactions(conn, BULK_KEYS)

    def run_pipe(self, conn):
        for batch in range(10 ** 9):
            requests = []
            for i in range(PIPE_BATCH):
                path = "%s/p%05d-%02d" % (self.base, batch, i)
                value = self.value("p%05d-%02d" % (batch, i))
                self.inflight[path] = value
                requests.append((path, value))
            rids = []
            data = bytearray()
            for path, value in requests:
                payload = path.encode() + b"\0" + value
                rids.append(conn.next_rid)
                data += cs.HEADER.pack(cs.WRITE, conn.next_rid, 0, len(payload)) + payload
                conn.next_rid += 1
            conn.send_raw(bytes(data))
            for rid, (path, value) in zip(rids, requests):
                msg = conn.reply(rid)
                assert (msg[0], msg[3]) == (cs.WRITE, b"OK\0"), msg
                del self.inflight[path]
                self.acked[path] = value
                self.ops += 1

    def run_over(self, conn):
        for counter in range(1, 10 ** 9):
            key = "%s/o%d" % (self.base, counter % OVER_KEYS)
            self.over_sent[key] = counter
            assert conn.write(key, b"%d" % counter) == b"OK\0"
            self.over_acked[key] = counter
            self.ops += 1


CLIENTS = (("single", "single"), ("single2", "single"), ("tx", "tx"), ("pipe", "pipe"), ("bulk", "bulk"),
           ("over", "over"))


class Tally:
    """Figures over all rounds."""

    def __init__(self):
        self.acked_writes = 0           # acknowledged single/pipelined writes checked
        self.lost = 0
        self.acked_rm = 0
        self.undone_rm = 0
        self.tx_acked = 0
        self.tx_unacked = 0
        self.tx_half = 0
        self.inflight_present = 0
        self.inflight_absent = 0
        self.over_checked = 0
        self.swaps = 0
        self.over_bad = 0
        self.problems = []

    def problem(self, text):
        if len(self.problems) < 20:
            self.problems.append(text)


def check_round(conn, clients, tally):
    """Verify one round's clients against the restarted daemon; the names found per directory."""
    found = {}
    for client in clients:
        try:
            names = set(conn.directory(client.base))
        except cs.XsError as error:
            assert error.args[0] == "ENOENT", error
            names = set()
        found[client.base] = names
        paths = list(client.acked) + list(client.inflight)
        answers = cs.read_many(conn, paths)
        for path in client.inflight_rm:
            if path.rsplit("/", 1)[1] in names and answers[path] != client.acked[path]:
                tally.lost += 1
                tally.problem("%s (RM in flight) has a foreign value %r" % (path, answers[path]))
        for path, value in client.acked.items():
            if path in client.inflight_rm:
                continue
            tally.acked_writes += 1
            if answers[path] != value:
                tally.lost += 1
                tally.problem("acknowledged write %s lost: %r" % (path, answers[path]))
        for path, value in client.inflight.items():
            answer = answers[path]
            if answer == value:
                tally.inflight_present += 1
            elif isinstance(answer, cs.XsError) and answer.args[0] == "ENOENT":
                tally.inflight_absent += 1
            else:
                tally.lost += 1
                tally.problem("in-flight write %s has a foreign value %r" % (path, answer))
        for path in client.removed:
            tally.acked_rm += 1
            if path.rsplit("/", 1)[1] in names:
                tally.undone_rm += 1
                tally.problem("acknowledged RM of %s undone" % path)
        for paths_, values, state in client.transactions:
            answers = cs.read_many(conn, paths_)
            present = [answers[path] == value for path, value in zip(paths_, values)]
            absent = [isinstance(answers[path], cs.XsError) and answers[path].args[0] == "ENOENT"
                      for path in paths_]
            if state == "removed":
                if not all(absent):
                    tally.undone_rm += 1
                    tally.problem("acknowledged RM of %s undone" % paths_[0].rsplit("/", 1)[0])
                continue
            if state == "sent" and any(swap[3][0] is paths_ for swap in client.swaps):
                continue            # its removal is in flight: checked with the swap below
            if state == "acked":
                tally.tx_acked += 1
                if not all(present):
                    tally.lost += sum(1 for ok in present if not ok)
                    tally.problem("acknowledged transaction %s lost keys" % paths_[0].rsplit("/", 1)[0])
            else:
                tally.tx_unacked += 1
                if state in ("open", "refused") and not all(absent):
                    tally.tx_half += 1
                    tally.problem("transaction %s never committed but visible" % paths_[0])
                elif not (all(present) or all(absent)):
                    tally.tx_half += 1
                    tally.problem("transaction %s half applied: %s" % (paths_[0].rsplit("/", 1)[0], present))
        for directory, marker, state, record in client.swaps:
            answers = cs.read_many(conn, record[0] + [marker])
            kept = all(answers[path] == value for path, value in zip(record[0], record[1]))
            gone = all(isinstance(answers[path], cs.XsError) for path in record[0])
            marked = answers[marker] == b"1"
            tally.swaps += 1
            if state == "acked":
                ok = gone and marked
            elif state == "sent":
                ok = (gone and marked) or (kept and not marked)
            else:
                ok = kept and not marked
            if not ok:
                tally.tx_half += 1
                tally.problem("RM+WRITE transaction on %s (%s): directory kept %s, gone %s, marker %s"
                              % (directory, state, kept, gone, marked))
        for key, sent in client.over_sent.items():
            tally.over_checked += 1
            acked = client.over_acked.get(key, 0)
            try:
                value = int(conn.read(key))
            except cs.XsError:
                value = 0
            if not acked <= value <= sent:
                tally.over_bad += 1
                tally.problem("overwritten %s = %d, acknowledged %d, sent %d" % (key, value, acked, sent))
    return found


def test_sigkill_under_load_loses_no_acknowledged_write(capsys):
    directory = cs.make_workdir("xs-crash-")
    daemon = cs.Daemon(directory)
    run_seed = cs.seed()
    rng = random.Random(run_seed)
    tally = Tally()
    final = Tally()             # the full re-reads: of rounds leaving the window, and at the end
    settled = {}                # directory -> names verified after its round's kill
    live = []                   # (round number, clients) still in the database
    refused = 0
    startup_kills = 0
    try:
        daemon.start()
        for round_number in range(KILLS):
            clients = [Client(str(daemon.socket), round_number, label, kind, rng.random())
                       for label, kind in CLIENTS]
            for client in clients:
                client.start()
            time.sleep(rng.uniform(0.02, 0.5))
            status = daemon.kill()
            assert status == -9, "the daemon exited %s before the kill:\n%s" % (status, daemon.output())
            for client in clients:
                client.join(30)
                assert not client.is_alive(), "a client hangs after the kill"
                assert client.error is None, "client %s failed: %r" % (client.base, client.error)
                refused += client.refused
            report = cs.offline_check(daemon.database)
            assert report.ok, "integrity check after kill %d: %s" % (round_number + 1, report.problems())
            if round_number % 3 == 2:
                # Also a kill while the daemon starts (opening the file, counting its nodes).
                daemon.spawn()
                time.sleep(rng.uniform(0.0, 0.4))
                daemon.kill()
                startup_kills += 1
                report = cs.offline_check(daemon.database)
                assert report.ok, "integrity check after a kill at start: %s" % report.problems()
            kept = "/tmp/xs-crash-refused-%d.tdb" % run_seed
            shutil.copyfile(daemon.database, kept)     # as the kills left it, for tdbdump
            try:
                daemon.start(["--fsync", "always"] if round_number % 2 else [])
            except AssertionError as error:
                raise AssertionError("round %d, seed %d, the database as the kills left it kept in %s:\n%s"
                                     % (round_number + 1, run_seed, kept, error)) from None
            os.unlink(kept)
            with daemon.connect() as conn:
                found = check_round(conn, clients, tally)
                for base, names in settled.items():
                    now = set(conn.directory(base)) if names else set()
                    if now != names:
                        tally.lost += len(names - now)
                        tally.problem("%s changed after a later kill: %d names missing, %d new"
                                      % (base, len(names - now), len(now - names)))
                settled.update(found)
                live.append((round_number, clients))
                if len(live) > WINDOW:
                    # Bound the file: the oldest round, re-read in full, leaves the database.
                    old_round, old_clients = live.pop(0)
                    check_round(conn, old_clients, final)
                    conn.rm("/crash/r%03d" % old_round)
                    for client in old_clients:
                        del settled[client.base]
                assert conn.control("check") == b"OK\0"
            assert not cs.log_problems(daemon), cs.log_problems(daemon)
            assert not tally.problems, "\n".join(tally.problems)
            assert not final.problems, "\n".join(final.problems)
        # Every value of the rounds still there, once more, then a clean stop and the engine's check.
        with daemon.connect() as conn:
            for _round, clients in live:
                check_round(conn, clients, final)
        assert not final.problems, "\n".join(final.problems)
        daemon.stop_cleanly()
        report = cs.offline_check(daemon.database)
        assert report.ok, report.problems()
        cs.report(capsys, "crash-daemon", seed=run_seed, kills_survived=KILLS, startup_kills=startup_kills,
                  acknowledged_writes_checked=tally.acked_writes,
                  acknowledged_writes_reread=final.acked_writes,
                  acknowledged_writes_lost=tally.lost + final.lost,
                  acknowledged_rm_checked=tally.acked_rm, acknowledged_rm_undone=tally.undone_rm,
                  transactions_acknowledged=tally.tx_acked, transactions_unacknowledged=tally.tx_unacked,
                  rm_and_write_transactions=tally.swaps, transactions_eagain=refused, transactions_half_applied=tally.tx_half + final.tx_half,
                  inflight_writes_present=tally.inflight_present, inflight_writes_absent=tally.inflight_absent,
                  overwrites_checked=tally.over_checked, overwrites_out_of_range=tally.over_bad,
                  nodes_at_end=report.nodes)
        assert tally.lost == final.lost == 0
        assert tally.tx_half == final.tx_half == 0
        assert tally.undone_rm == 0 and tally.over_bad == 0
        assert tally.acked_writes > KILLS * 10, "the load made too little progress"
        assert tally.tx_acked > 0
    finally:
        daemon.cleanup()
