"""bin/xenstored's entry point: options, detaching, pid file, serve, clean exit."""

import os
import sys

from ..errors import XenStoreError
from . import config, log
from .server import Server


def _write_pid_file(path):
    with open(path, "w", encoding="ascii") as handle:
        handle.write("%d\n" % os.getpid())


def _remove(path):
    try:
        os.unlink(path)
    except (FileNotFoundError, TypeError):
        pass


def _run(options, on_ready):
    server = Server(options)
    try:
        def ready():
            if options.pid_file:
                _write_pid_file(options.pid_file)
            on_ready()
        server.serve(ready)
    finally:
        server.close_all()
        if options.pid_file:
            _remove(options.pid_file)


def _detached(options):
    """Fork; the parent returns once the child serves (0) or failed (1, its message on stderr)."""
    read_fd, write_fd = os.pipe()
    if os.fork():
        os.close(write_fd)
        with os.fdopen(read_fd, "rb") as pipe:
            report = pipe.read()
        if report == b"ready":
            return 0
        sys.stderr.write(report.decode(errors="replace") or "xenstored: failed to start\n")
        return 1
    os.close(read_fd)
    os.setsid()

    def ready():
        os.write(write_fd, b"ready")
        os.close(write_fd)
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):    # the caller waits for EOF on these; logs go to --log-file
            os.dup2(null, fd)
        os.close(null)

    try:
        _run(options, ready)
    except (XenStoreError, OSError) as error:
        os.write(write_fd, b"xenstored: %s\n" % str(error).encode())
        os._exit(1)
    os._exit(0)


def main(argv=None):
    """Run the daemon; the exit status."""
    options = config.parse(sys.argv[1:] if argv is None else argv)
    log.setup(options.log_level, options.log_file)
    if options.detach:
        return _detached(options)
    try:
        _run(options, lambda: None)
    except (XenStoreError, OSError) as error:
        sys.stderr.write("xenstored: %s\n" % error)
        return 1
    return 0
