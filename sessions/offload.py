"""Running slow, pure work (scoring a finished session, hashing a password) off the
reactor thread, so that one such job never stalls everyone else's lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from twisted.internet.defer import Deferred, maybeDeferred
from twisted.internet.interfaces import IReactorThreads
from twisted.internet.threads import deferToThreadPool
from twisted.python.threadpool import ThreadPool

T = TypeVar("T")

#: Runs ``fn(*args)`` somewhere and fires with its result.
Offload = Callable[..., Deferred[Any]]


def inline(fn: Callable[..., T], *args: Any) -> Deferred[T]:
    """Run on the calling thread: for domain tests driven by a ``task.Clock``."""
    return maybeDeferred(fn, *args)


class WorkerPool:
    """A named pool of threads of its own (not the reactor's, which also resolves names)."""

    def __init__(self, reactor: IReactorThreads, name: str, threads: int) -> None:
        self._reactor = reactor
        self._pool = ThreadPool(minthreads=0, maxthreads=threads, name=name)
        self._pool.start()

    def __call__(self, fn: Callable[..., T], *args: Any) -> Deferred[T]:
        return deferToThreadPool(self._reactor, self._pool, fn, *args)

    def close(self) -> None:
        """Wait for the jobs under way, then stop the threads."""
        self._pool.stop()
