"""XS_CONTROL commands, as C xenstored 4.17 offers them (tools/xenstore/xenstored_control.c)."""

import logging
import os
import stat

from ..errors import InvalidError, NotFoundError
from ..quota import QUOTAS, SOFT_QUOTAS
from ..wire import OK, c_atoi
from .trace import timestamp

LOG = logging.getLogger("xenstored.control")


def _text(text):
    return text.encode() + b"\0"


def _check(server, args):
    if args:
        raise InvalidError("check takes no argument")
    server.remember_state()     # a repair that only deletes leaves the generation as it was
    report = server.engine.check(repair=True)
    for problem in report.problems():
        LOG.warning("check_store: %s%s", problem, " (repaired)" if report.repaired else "")
    return OK


def _log(server, args):
    if args == [b"on"]:
        server.trace.open()
    elif args == [b"off"]:
        server.trace.close()
    else:
        raise InvalidError("log takes on or off")
    return OK


def _logfile(server, args):
    if len(args) != 1:
        raise InvalidError("logfile takes one file name")
    server.trace.set_path(os.fsdecode(args[0]))
    return OK


def _memreport(server, args):
    """Append a memory report to the file given, else to the trace (open, or named by
    ``logfile``). C answers EBADF when it has neither or cannot open the file; EBADF is not in
    xsd_errors, so the wire says EINVAL."""
    if len(args) > 1:
        raise InvalidError("memreport takes at most one file name")
    report = _memory_report(server)
    if args:
        _append(os.fsdecode(args[0]), report)
    elif not server.trace.append(report):
        if server.trace.path is None:
            raise InvalidError("memreport without a file needs a trace file (EBADF)")
        _append(server.trace.path, report)
    return OK


def _append(path, text):
    try:
        with open(path, "a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(text)
    except OSError as error:
        raise InvalidError("memreport: cannot append to %s: %s (EBADF)" % (path, error.strerror)) from None


def _memory_report(server):
    """What this daemon knows of its memory and of what it holds (not C's talloc report)."""
    lines = ["*** %s memory report of xen.xenstore xenstored pid %d\n" % (timestamp(), os.getpid())]
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            lines += ["%-24s %s\n" % (line.split(":")[0] + ":", line.split(":", 1)[1].strip())
                      for line in status if line.startswith(("VmRSS:", "VmHWM:", "VmSize:", "VmData:"))]
    except OSError:
        pass
    nodes = server.store.counts().snapshot()
    conns = [conn for conn in server.connections if not conn.closed]
    figures = (
        ("nodes", sum(nodes.values())),
        ("node owners", len(nodes)),
        ("domains introduced", len(server.engine.domains.introduced)),
        ("connections", len(conns)),
        ("domain connections", sum(1 for conn in conns if not conn.caller.privileged)),
        ("watches", sum(server.watches.count(conn) for conn in conns)),
        ("open transactions", sum(len(conn.session.open_transactions) for conn in conns)),
        ("output queued (bytes)", sum(len(conn.output) for conn in conns)),
    )
    lines += ["%-24s %d\n" % (name + ":", value) for name, value in figures]
    return "".join(lines)


def _print(server, args):
    if len(args) != 1:
        raise InvalidError("print takes one string")
    LOG.warning("control: %s", args[0].decode("utf-8", "backslashreplace"))
    return OK


def _show(table, values):
    lines = ["Quota settings:\n"]
    lines += ["%-17s: %8d %s\n" % (name, values[name], description)
              for name, (_default, description) in table.items()]
    return _text("".join(lines))


def _set(server, values, table, args):
    if len(args) != 2:
        raise InvalidError("quota set takes a name and a value")
    name, value = args[0].decode("latin-1"), c_atoi(args[1])
    if value < 1 or name not in table:
        raise InvalidError("unknown quota or value below 1")
    server.remember_state()
    values[name] = value
    return OK


def _quota(server, args):
    if not args:
        return _show(QUOTAS, server.engine.quotas.values)
    if args[0] == b"set":
        return _set(server, server.engine.quotas.values, QUOTAS, args[1:])
    if len(args) != 1:
        raise InvalidError("quota takes a domid")
    domid = c_atoi(args[0]) & 0xFFFFFFFF
    if domid not in server.engine.domains.introduced:
        raise NotFoundError("domain %d is not introduced" % domid)
    usage = server.domain_usage(domid)
    return _text("Domain %u:\n" % domid + "".join(
        "%-16s: %8d\n" % (name, usage[name])
        for name in ("nodes", "watches", "transactions", "outstanding", "memory")))


def _quota_soft(server, args):
    if not args:
        return _show(SOFT_QUOTAS, server.soft_quotas)
    if args[0] == b"set":
        return _set(server, server.soft_quotas, SOFT_QUOTAS, args[1:])
    raise InvalidError("quota-soft takes no argument or set")


# This daemon never has a live-update session: C 4.17's answers in that state, except that
# a binary it would accept gets NO_LIVE_UPDATE (xenstore-control prints it and exits 3).
NO_SESSION = "Not in live-update session."
NO_LIVE_UPDATE = ("Live update is not supported by this xenstored (xen.xenstore): "
                  "restart it to run another version; the store persists in its database.")


def _live_update(server, args):
    if not args:
        raise InvalidError("live-update needs an option")
    option, rest = args[0], args[1:]
    if option == b"-a" and not rest:
        return _text("No live-update session active.")
    if option == b"-c" and len(rest) == 1:
        return _text(NO_SESSION)
    if option == b"-s":
        _start_options(rest)
        return _text(NO_SESSION)
    if option == b"-f" and len(rest) == 1:
        try:        # as C: stat, then any execute bit
            mode = os.stat(os.fsdecode(rest[0])).st_mode
        except OSError:
            return _text("File not accessible.")
        if not mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH):
            return _text("File not executable.")
        return _text(NO_LIVE_UPDATE)
    raise InvalidError("live-update takes -f <file>, -c <cmdline>, -s [-t <timeout>] [-F] or -a")


def _start_options(args):
    """Check ``live-update -s`` options as C does: ``-F`` and ``-t <timeout>`` only."""
    index = 0
    while index < len(args):
        if args[index] == b"-t" and index + 1 < len(args):
            index += 1
        elif args[index] != b"-F":
            raise InvalidError("live-update -s takes -t <timeout> and -F")
        index += 1


def _help(server, args):
    if args:
        raise InvalidError("help takes no argument")
    return _text("".join("%s\t%s\n" % (name, params) for name, (_handler, params, _most) in COMMANDS.items()))


# name -> (handler, parameters shown by help, most arguments looked at (0: all)).
COMMANDS = {
    "check": (_check, "", 0),
    "log": (_log, "on|off", 0),
    "live-update": (_live_update, "[-c <cmdline>] [-F] [-t <timeout>] <file>\n"
                                  "    Default timeout is 60 seconds.", 5),
    "logfile": (_logfile, "<file>", 0),
    "memreport": (_memreport, "[<file>]", 0),
    "print": (_print, "<string>", 0),
    "quota": (_quota, "[set <name> <val>|<domid>]", 0),
    "quota-soft": (_quota_soft, "[set <name> <val>]", 0),
    "help": (_help, "", 0),
}


def run(server, payload):
    """The reply payload of a CONTROL request ``cmd\\0arg\\0...``."""
    if b"\0" not in payload:
        raise InvalidError("CONTROL needs a command")
    parts = payload.split(b"\0")
    command = COMMANDS.get(parts[0].decode("latin-1"))
    if command is None:
        raise InvalidError("unknown CONTROL command %r" % parts[0])
    handler, _params, most = command
    args = parts[1:-1]
    if most:
        args = args[:most - 1]
    return handler(server, args)
