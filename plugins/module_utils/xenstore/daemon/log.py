"""Daemon logging: one line per record, to stderr or a file."""

import logging

FORMAT = "%(asctime)s xenstored[%(process)d] %(levelname)s %(message)s"


def setup(level, path=None):
    """Configure the ``xenstored`` loggers."""
    handler = logging.FileHandler(path) if path else logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger("xenstored")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False
