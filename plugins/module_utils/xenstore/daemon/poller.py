"""The loop's readiness wait: ``select.epoll`` with one data object per descriptor.

The part of ``selectors`` the loop uses, without its per-wait bookkeeping
(a SelectorKey lookup and an events translation for every ready descriptor):
a round trip of one request costs one wait, so that bookkeeping showed.
"""

import select

READ = select.EPOLLIN       # == selectors.EVENT_READ
WRITE = select.EPOLLOUT


class Poller:
    """Descriptors registered for READ and/or WRITE; ``data[fd]`` is what was registered with them."""

    def __init__(self):
        self._epoll = select.epoll()
        self.data = {}
        # poll(timeout=None): (fd, events) of the ready descriptors, waiting at most
        # ``timeout`` seconds (None: no limit). epoll's own method: no call in between.
        self.poll = self._epoll.poll

    def register(self, fileobj, events, data):
        """Watch ``fileobj`` (a socket or descriptor) for ``events``."""
        fd = _fd(fileobj)
        self._epoll.register(fd, events)
        self.data[fd] = data

    def modify(self, fileobj, events):
        """Watch ``fileobj`` for ``events`` instead."""
        self._epoll.modify(_fd(fileobj), events)

    def unregister(self, fileobj):
        """Stop watching ``fileobj`` (before it is closed)."""
        fd = _fd(fileobj)
        if self.data.pop(fd, None) is not None:
            self._epoll.unregister(fd)

    def close(self):
        """Release the epoll descriptor."""
        self._epoll.close()
        self.data.clear()


def _fd(fileobj):
    return fileobj if isinstance(fileobj, int) else fileobj.fileno()
