"""Daemon memory with the large tree: RSS after a client walked the whole tree.

The walk is the client API's ``walk("/")`` (READ and DIRECTORY of every node,
pipelined level by level), the same against both daemons. VmRSS counts the
daemon's heap and the pages of its TDB file it touched (ours maps the file;
C xenstored 4.17 keeps its TDB in memory by default).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def rss_after_walk(daemon):
    """(MiB resident after the walk, nodes walked)."""
    client = daemon.client()
    try:
        walked = sum(1 for _node in client.walk("/"))
    finally:
        client.close()
    return daemon.rss_mib(), walked
