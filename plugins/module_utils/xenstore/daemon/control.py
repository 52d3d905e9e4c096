"""XS_CONTROL commands, as C xenstored 4.17 offers them (tools/xenstore/xenstored_control.c)."""

import logging

from ..errors import InvalidError, NotFoundError, StorageError
from ..quota import QUOTAS, SOFT_QUOTAS
from ..wire import OK, c_atoi

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
    if args not in ([b"on"], [b"off"]):
        raise InvalidError("log takes on or off")
    return OK


def _logfile(server, args):
    if len(args) != 1:
        raise InvalidError("logfile takes one file name")
    return OK


def _memreport(server, args):
    if not args:
        raise InvalidError("memreport without a file needs a trace file (EBADF)")
    return OK


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


def _live_update(server, args):
    raise StorageError("live update is not supported")


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
