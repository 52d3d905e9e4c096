"""The daemon's I/O loop: sockets, connections, group commit, watch delivery, shutdown.

One loop iteration reads what every ready connection sent, answers each
complete request in order (modifying ones inside one shared TDB transaction),
commits that transaction (one flush with ``--fsync always``), and only then
sends the replies: an acknowledged write is in the file.

Requests that change what the daemon keeps in memory (the domain table, special
watch permissions, quotas, the callers of a domain's connections) belong to the
batch too: if its commit fails, that state is restored and their replies are
EIO. What cannot be undone (closing a released domain's connections, resetting a
re-introduced one's) waits for the commit, those connections paused meanwhile.
"""

import errno
import logging
import os
import signal
import socket
import stat
import struct
import time

from .. import paths
from ..domains import Domains
from ..engine import Engine
from ..errors import CorruptDatabaseError, ExistsError, StorageError
from ..events import Event
from ..locations import SUN_PATH_SIZE
from ..perms import DOM0, READ, Caller, access_for
from ..quota import SOFT_QUOTAS, Quotas
from ..watch import WatchTable
from ..wire import Message, Op, ProtocolError, watch_event
from .connection import DOMAIN_CONNECTIONS_MAX, Connection, DomainBudget
from .dispatch import FAST, dispatch, fast_reply
from .poller import READ as EVENT_READ, WRITE as EVENT_WRITE, Poller
from .trace import Trace

LOG = logging.getLogger("xenstored")
_PEERCRED = struct.Struct("3i")
# Replies queued on one connection worth sending before the iteration ends.
EARLY_FLUSH = 32 * 1024


class Server:
    """Listening sockets, connections and the engine they share."""

    def __init__(self, options):
        self.options = options
        self.uid_domids = dict(options.uid_domid)
        quotas = Quotas()
        for name, value in options.quota:
            quotas.set(name, value)
        self.soft_quotas = {name: spec[0] for name, spec in SOFT_QUOTAS.items()}
        try:
            self.engine = Engine(options.database, sync=options.fsync == "always", quotas=quotas,
                                 domains=Domains(strict=True), program="xenstored",
                                 socket=options.socket, verify=True)
        except CorruptDatabaseError as error:
            raise CorruptDatabaseError("%s: %s; `tdbdump -e %s | tdbrestore NEWFILE` may salvage the "
                                       "records that can still be read" % (error, RECOVERY, options.database)) from None
        self.store = self.engine.store
        try:
            _verify_store(self.engine, options.database)
        except BaseException:
            self.engine.close()
            raise
        # Every node stored before this start keeps its ACL as it is (Domains.effective).
        self.engine.domains.epoch = self.store.generation + 1
        self.store.events = []
        self.watches = WatchTable()
        self.connections = set()
        self.selector = Poller()
        self.listeners = []
        self.stopping = False
        self.trace = Trace()    # CONTROL logfile / log on|off
        self._backlog = set()   # connections with buffered requests to process
        self._dirty = set()     # connections with output to send
        self._budgets = {}      # domid -> DomainBudget of an unprivileged domain's connections
        self._staging = None    # connections with replies held until the open batch commits
        self._batch_wrote = False
        self._changed = False   # the request being answered changed daemon state (remember_state)
        self._saved = None      # daemon state as it was before the open batch changed it
        self._undo = []         # (function, argument) restoring connection state if the commit fails
        self._held = []         # (connection, action) paused until the commit; action only if it succeeds
        self._spare_fd = None   # closed to accept (and refuse) a connection when out of fds
        self._refused_log = 0.0
        try:
            self._spare_fd = os.open(os.devnull, os.O_RDONLY | os.O_CLOEXEC)
            self._listen()
        except BaseException:
            if self._spare_fd is not None:
                os.close(self._spare_fd)
            self.engine.close()
            raise

    # -- sockets -----------------------------------------------------------

    def _listen(self):
        mode = 0o666 if self.uid_domids else 0o600
        for path, readonly in ((self.options.socket, False),
                               (os.path.join(os.path.dirname(self.options.socket), "socket_ro"), True)):
            listener = _bind(path, mode)
            self.listeners.append((listener, path))
            self.selector.register(listener, EVENT_READ, ("listen", readonly, listener))
        # Only now, and socket_ro first: a peer that waits until the socket accepts
        # finds socket_ro accepting too.
        for listener, _path in reversed(self.listeners):
            listener.listen(128)

    def _accept(self, listener, readonly):
        try:
            sock, _address = listener.accept()
        except OSError as error:
            if error.errno in (errno.EMFILE, errno.ENFILE):
                self._refuse_pending(listener)
            return
        pid, uid, gid = _PEERCRED.unpack(sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                         _PEERCRED.size))
        caller = self._caller_for(uid)
        if caller is None:
            LOG.warning("refusing peer pid %d uid %d: neither root nor a mapped uid", pid, uid)
            sock.close()
            return
        budget = None
        if not caller.privileged:
            budget = self._budgets.get(caller.domid)
            if budget is None:
                budget = self._budgets[caller.domid] = DomainBudget(self.engine.quotas)
            if len(budget.conns) >= DOMAIN_CONNECTIONS_MAX:
                self._log_refusal("refusing peer pid %d uid %d: domain %d has %d connections already",
                                  pid, uid, caller.domid, len(budget.conns))
                sock.close()
                return
        sock.setblocking(False)
        conn = Connection(sock, self.engine.session(caller), readonly, (pid, uid, gid), budget)
        if budget is not None:
            budget.conns.add(conn)
        self.connections.add(conn)
        self.selector.register(sock, EVENT_READ, conn)
        LOG.info("connection from pid %d uid %d as domain %d%s", pid, uid, caller.domid,
                 " (read-only)" if readonly else "")

    def _refuse_pending(self, listener):
        """Out of file descriptors: accept one waiting peer on the spare descriptor and close
        it at once, so the listener does not stay readable (a busy loop)."""
        self._log_refusal("out of file descriptors (%d connections): refusing a new peer",
                          len(self.connections))
        if self._spare_fd is not None:
            os.close(self._spare_fd)
            self._spare_fd = None
        try:
            sock, _address = listener.accept()
            sock.close()
        except OSError:
            pass
        try:
            self._spare_fd = os.open(os.devnull, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            self._spare_fd = None

    def _log_refusal(self, text, *args):
        """A warning at most once a second (a flood of refused peers must not flood the log)."""
        now = time.monotonic()
        if now - self._refused_log >= 1.0:
            self._refused_log = now
            LOG.warning(text, *args)

    def _caller_for(self, uid):
        if uid in self.uid_domids:
            domid = self.uid_domids[uid]
            return Caller(domid, None, self.engine.domains.targets.get(domid))
        if not self.uid_domids or uid in (0, os.getuid()):
            return DOM0
        return None

    # -- the loop ----------------------------------------------------------

    def serve(self, ready=None):
        """Serve until SIGTERM/SIGINT; ``ready()`` is called once the sockets accept."""
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        os.set_blocking(write_fd, False)
        self.selector.register(read_fd, EVENT_READ, ("wakeup", read_fd))
        previous = signal.set_wakeup_fd(write_fd)
        handlers = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        try:
            if ready is not None:
                ready()
            while not self.stopping:
                self._iterate()
            self._iterate(timeout=0)    # finish what arrived with the signal
        finally:
            signal.set_wakeup_fd(previous)
            for sig, handler in handlers.items():
                signal.signal(sig, handler)
            self.selector.unregister(read_fd)
            os.close(read_fd)
            os.close(write_fd)

    def _stop(self, signum, _frame):
        LOG.info("signal %d: shutting down", signum)
        self.stopping = True

    def _iterate(self, timeout=None):
        backlog = self._backlog
        if backlog:
            self._backlog = set()
        registered = self.selector.data
        for fd, mask in self.selector.poll(0 if backlog else timeout):
            kind = registered[fd]
            if isinstance(kind, Connection):
                if mask & EVENT_READ:
                    self._receive(kind)
                if mask & ~EVENT_READ:    # writable, or hung up / failed: _send finds out (as selectors)
                    self._dirty.add(kind)
            elif kind[0] == "listen":
                self._accept(kind[2], kind[1])
            else:
                _drain(kind[1])
        for conn in backlog:
            if not conn.closed:
                self._process(conn)
        if self._staging is not None:
            self.end_batch()
        dirty = self._dirty
        while dirty:
            self._send(dirty.pop())

    def _receive(self, conn):
        try:
            data = conn.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self.close(conn)
            return
        conn.decoder.feed(data)
        self._process(conn)

    def _process(self, conn):
        self._dirty.add(conn)
        next_frame = conn.decoder.next_frame
        trace = self.trace if self.trace.fd is not None else None
        try:
            while conn.wants_input and not conn.closed:
                frame = next_frame()
                if frame is None:
                    conn.held_back = False
                    return
                if trace is not None:
                    trace.received(conn, frame)
                # No batch open (nothing to stage behind) and no transaction: answered from the frame.
                if frame[0] in FAST and self._staging is None and not frame[2]:
                    reply = fast_reply(conn, frame)
                    if reply is not None:
                        if trace is not None:
                            trace.sent_bytes(conn, reply)
                        conn.queue(reply)
                        if len(conn.output) >= EARLY_FLUSH:
                            self._send(conn)
                        continue
                message = Message(*frame)
                generation = self.store.generation
                self._changed = False
                replies = dispatch(self, conn, message)
                trace = self.trace if self.trace.fd is not None else None    # a CONTROL may open or close it
                if trace is not None:
                    for reply in replies:
                        trace.sent(conn, reply)
                wrote = ((self.store.generation != generation and message.type != Op.TRANSACTION_START)
                         or self._changed)
                self._deliver_events()
                if self._staging is None:
                    for reply in replies:
                        if reply.type == Op.WATCH_EVENT:  # the initial event of a WATCH
                            conn.send_event(reply)
                        else:
                            conn.send(reply)
                else:
                    self._batch_wrote = self._batch_wrote or wrote
                    # A reply that acknowledges a change, or may show one, stands only if it commits.
                    dirty = wrote or (message.type in _READS and self._batch_wrote)
                    for reply in replies:
                        self._stage(conn, reply, dirty and reply.type not in _NEVER_DIRTY, message)
                if len(conn.output) >= EARLY_FLUSH and not self.engine.database.in_transaction:
                    # Nothing uncommitted in this iteration: let a pipelining client
                    # decode these replies while we answer the rest.
                    self._send(conn)
            # Stopped by full output or a pause (not by an incomplete message): resume once it drains.
            conn.held_back = True
        except ProtocolError as error:
            LOG.warning("dropping connection of pid %d: %s", conn.peer[0], error)
            self.close(conn)

    def _stage(self, conn, message, dirty, request=None):
        """Hold ``message`` for ``conn`` until the open batch commits (order kept)."""
        if conn.staged is None:
            conn.staged = []
            self._staging.append(conn)
        conn.staged.append((message, dirty, request))
        conn.staged_bytes += 16 + len(message.payload)

    def _send(self, conn):
        if conn.closed:
            return
        if conn.overflowing:
            LOG.warning("dropping connection of pid %d (domain %d): %d bytes of output unread",
                        conn.peer[0], conn.caller.domid, len(conn.output))
            self.close(conn)
            return
        try:
            done = conn.flush()
        except (BlockingIOError, InterruptedError):
            done = False
        except OSError:
            self.close(conn)
            return
        events = 0
        if conn.wants_input:
            events = EVENT_READ
            if conn.held_back:
                self._backlog.add(conn)     # requests held back while output was full
        if not done:
            events |= EVENT_WRITE
        if events != conn.registered:
            self.selector.modify(conn.sock, events)
            conn.registered = events

    def close(self, conn):
        """Forget a connection: its watches and transactions go with it."""
        if conn.closed:
            return
        conn.closed = True
        self.watches.remove_owner(conn)
        conn.session.abort_all()
        conn.discard_output()
        budget = conn.budget
        if budget is not None:
            budget.conns.discard(conn)
            if not budget.conns and self._budgets.get(conn.caller.domid) is budget:
                del self._budgets[conn.caller.domid]
        self.connections.discard(conn)
        self._dirty.discard(conn)
        self._backlog.discard(conn)
        self.selector.unregister(conn.sock)
        conn.sock.close()

    # -- group commit --------------------------------------------------------

    def begin_batch(self):
        """Open the shared TDB transaction for this iteration's changes; replies and events
        from now on are held until it commits."""
        if not self.engine.database.in_transaction:
            self.engine.database.begin()
            self._staging = []
            self._batch_wrote = False

    def end_batch(self):
        """Commit this iteration's changes (one flush with --fsync always), then queue the
        held replies. If the commit fails nothing of the batch is acknowledged: each reply
        that acknowledged a change, or may have shown one, becomes EIO, the daemon state
        the batch changed is restored, and the batch's watch events are dropped; the daemon
        goes on serving."""
        if not self.engine.database.in_transaction:
            return
        failure = None
        try:
            self.engine.database.commit()
        except StorageError as error:
            failure = error
            self.engine.database.cancel()
            self.store.forget()
            self._restore_state()
        self._saved, self._undo = None, []
        waiting, self._held = self._held, []
        for conn, action in waiting:
            if failure is None and not conn.closed:
                action(conn)
            self._resume(conn)
        staging, self._staging = self._staging or [], None
        refused = 0
        for conn in staging:
            held, conn.staged, conn.staged_bytes = conn.staged, None, 0
            if conn.closed:
                continue
            for message, dirty, request in held:
                if failure is not None:
                    if dirty:
                        message = request.error("EIO")
                        refused += 1
                    elif request is None:
                        continue    # the event of a change that was not committed
                if message.type == Op.WATCH_EVENT:
                    conn.send_event(message)
                else:
                    conn.send(message)
            self._dirty.add(conn)
        if failure is not None:
            LOG.error("%s; %d request(s) answered EIO, none of their changes was written or kept",
                      failure, refused)

    def remember_state(self):
        """Called before a request changes daemon state kept in memory (domain table,
        special watch permissions, quotas): the first call of a batch saves it for a
        failed commit to restore, and the request's reply stands only if the batch commits."""
        self._changed = True
        if self._saved is None and self._staging is not None:
            self._saved = (self.engine.domains.snapshot(), dict(self.engine.quotas.values),
                           dict(self.soft_quotas))

    def _restore_state(self):
        """Undo what the failed batch changed in memory, newest first."""
        if self._saved is not None:
            domains, quotas, soft_quotas = self._saved
            self.engine.domains.restore(domains)
            for current, saved in ((self.engine.quotas.values, quotas), (self.soft_quotas, soft_quotas)):
                current.clear()
                current.update(saved)
        for function, argument in reversed(self._undo):
            function(argument)

    def _after_commit(self, conn, action):
        """``action(conn)`` once the open batch commits (at once without one); ``conn``
        reads no request until then."""
        if self._staging is None:
            action(conn)
            return
        conn.paused = True
        self._held.append((conn, action))

    def _resume(self, conn):
        """Let a paused connection read requests again (those it holds first)."""
        conn.paused = False
        if not conn.closed:
            conn.held_back = True
            self._dirty.add(conn)

    # -- watches -------------------------------------------------------------

    def _deliver_events(self):
        events = self.store.events
        if not events:
            return
        self.store.events = []
        if self.watches:
            for event in events:
                self.deliver(event)

    def deliver(self, event):
        """Queue ``event`` to every watch it reaches whose connection may see it."""
        allowed = {}
        for watch in self.watches.matching(event.path, event.exact):
            conn = watch.owner
            if conn.closed:
                continue
            if conn not in allowed:
                allowed[conn] = conn.caller.privileged or self._may_see(conn.caller, event)
            if allowed[conn]:
                message = watch_event(watch.event_path(event.path).encode("latin-1"), watch.token)
                if message is not None:
                    if self._staging is not None:
                        self._stage(conn, message, False)
                    else:
                        conn.send_event(message)
                    self._dirty.add(conn)

    def _may_see(self, caller, event):
        if paths.is_special(event.path):
            perms = self.engine.domains.special.get(event.path)
            return perms is not None and access_for(perms, caller) & READ
        if any(access_for(perms, caller) & READ for perms in event.perms):
            return True
        for path in event.lookups:
            node = self.store.get(path)
            if node is None:
                return False
            if access_for(node.perms, caller) & READ:
                return True
        return False

    # -- domains -------------------------------------------------------------

    def introduce(self, domid):
        """INTRODUCE: a new domain fires @introduceDomain; a known one has its connections reset."""
        self.remember_state()
        if self.engine.domains.introduce(domid, self.store.generation):
            self.deliver(Event("@introduceDomain", True, (), ()))
            return
        for conn in self._connections_of(domid):
            self._after_commit(conn, self._reset)

    def _reset(self, conn):
        self.watches.remove_owner(conn)
        conn.session.abort_all()

    def release(self, domid):
        """RELEASE: drop the domain's connections and nodes, then fire @releaseDomain."""
        self.remember_state()
        for conn in self._connections_of(domid):
            self._after_commit(conn, self.close)
        if self.store.owned_by(domid):
            _remove_owned_nodes(self.engine.session(), self.store, domid)
            self._deliver_events()
        self.engine.domains.release(domid)
        self.deliver(Event("@releaseDomain", True, (), ()))

    def set_target(self, domid, target):
        """SET_TARGET: ``domid`` gets ``target``'s rights."""
        self.remember_state()
        self.engine.domains.targets[domid] = target
        for conn in self._connections_of(domid):
            if self._staging is not None:
                self._undo.append((conn.session.set_caller, conn.caller))
            conn.session.set_caller(Caller(domid, conn.caller.privileged, target))

    def _connections_of(self, domid):
        budget = self._budgets.get(domid)
        return list(budget.conns) if budget is not None else []

    def domain_transactions(self, domid):
        """Transactions open on the connections of ``domid``."""
        return sum(len(conn.session.open_transactions) for conn in self._connections_of(domid))

    def domain_watches(self, domid):
        """Watches held by the connections of ``domid``."""
        return sum(self.watches.count(conn) for conn in self._connections_of(domid))

    def domain_usage(self, domid):
        """Figures for ``xenstore-control quota <domid>``."""
        conns = self._connections_of(domid)
        return {"nodes": self.store.owned_by(domid),
                "watches": sum(self.watches.count(conn) for conn in conns),
                "transactions": sum(len(conn.session.open_transactions) for conn in conns),
                "outstanding": 0,
                "memory": 0}

    # -- shutdown ------------------------------------------------------------

    def close_all(self):
        """Close connections, the database and the sockets (their files are removed)."""
        for conn in list(self.connections):
            self.close(conn)
        for listener, path in self.listeners:
            listener.close()
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
        self.listeners = []
        self.selector.close()
        if self._spare_fd is not None:
            os.close(self._spare_fd)
            self._spare_fd = None
        self.trace.close()
        self.engine.close()


# Replies to these may show a change of the batch (a read after a write): they stand only if it commits.
_READS = frozenset((Op.READ, Op.DIRECTORY, Op.DIRECTORY_PART, Op.GET_PERMS, Op.IS_DOMAIN_INTRODUCED,
                    Op.CONTROL))
# Never turned into EIO: errors (nothing acknowledged) and initial watch events.
_NEVER_DIRTY = frozenset((Op.ERROR, Op.WATCH_EVENT))

RECOVERY = ("xenstored will not start on it. Restore it from a backup, or move it aside to start "
            "with a new, empty store (as C xenstored starts at every boot)")


def _verify_store(engine, database):
    """Refuse a damaged database (a record that does not decode, or a tree that fails the
    integrity check); from the same walk, count nodes per owner and continue generations
    right after the highest stored one. One pass: a healthy tree has no orphans, so the
    walk from / reads every record."""
    store = engine.store
    try:
        report = engine.check(repair=False)
    except (CorruptDatabaseError, UnicodeError, ValueError, struct.error) as error:
        raise CorruptDatabaseError("database %s is damaged (%s): %s; a copy can be repaired with "
                                   "`xenstore-control --database COPY check`"
                                   % (database, error, RECOVERY)) from None
    if not report.ok:
        problems = report.problems()
        raise CorruptDatabaseError(
            "database %s is damaged (%d problem(s), first: %s): %s, or repair it with "
            "`xenstore-control --database %s check` (drops the damaged entries)"
            % (database, len(problems), problems[0], RECOVERY, database))
    store.continue_after(report.highest_generation)


def _remove_owned_nodes(session, store, domid):
    """Remove every subtree whose top node ``domid`` owns (C xenstored on RELEASE)."""
    stack = [paths.ROOT]
    while stack and store.owned_by(domid):
        path = stack.pop()
        node = store.get(path)
        if node is None:
            continue
        if node.owner == domid and path != paths.ROOT:
            session.rm(path)
            continue
        stack.extend(reversed([paths.join(path, name) for name in node.child_names()]))


def _drain(fd):
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


def _bind(path, mode):
    """A Unix socket bound at ``path`` (not yet listening), replacing a stale file but never a live socket."""
    if len(os.fsencode(path)) >= SUN_PATH_SIZE:
        raise StorageError("cannot listen on %s: the path is %d bytes, over the %d-byte limit of a Unix socket"
                           % (path, len(os.fsencode(path)), SUN_PATH_SIZE - 1))
    directory = os.path.dirname(path) or "."
    os.makedirs(directory, mode=0o755, exist_ok=True)
    try:
        if stat.S_ISSOCK(os.stat(path).st_mode):
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.connect(path)
            except OSError:
                os.unlink(path)     # stale: nobody listens
            else:
                raise ExistsError("socket %s is in use by another daemon" % path)
            finally:
                probe.close()
        else:
            os.unlink(path)
    except FileNotFoundError:
        pass
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(path)
        os.chmod(path, mode)
    except OSError as error:
        listener.close()
        raise OSError(error.errno, "cannot listen on %s: %s" % (path, os.strerror(error.errno or errno.EIO))) from None
    listener.setblocking(False)
    return listener
