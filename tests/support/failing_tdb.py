"""Fault injection for in-process tests: a tdb handle whose commit fails as on a full disk."""


class FailingTdb:
    """Wraps a tdb.Tdb: while ``fail`` is set, a commit cancels and raises as libtdb does on ENOSPC."""

    def __init__(self, real):
        self.real = real
        self.fail = False

    def transaction_commit(self):
        """Commit, or (``fail`` set) cancel and raise."""
        if self.fail:
            self.real.transaction_cancel()
            raise RuntimeError(2, "IO Error")
        return self.real.transaction_commit()

    def __getattr__(self, name):
        return getattr(self.real, name)
