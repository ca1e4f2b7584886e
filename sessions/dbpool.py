"""Synchronous SQLAlchemy on a dedicated thread pool (Buildbot's db/pool.py pattern).

Not ``deferToThread``: the reactor's shared pool also resolves host names, and SQLite
wants exactly one writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from twisted.internet.defer import Deferred, fail
from twisted.internet.interfaces import IReactorThreads
from twisted.internet.threads import deferToThreadPool
from twisted.python.threadpool import ThreadPool

T = TypeVar("T")

POSTGRES_POOL_SIZE = 4


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable across process crashes
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> tuple[Engine, int]:
    """The engine for ``url`` and how many threads may use it at once."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine, 1
    engine = create_engine(url, pool_size=POSTGRES_POOL_SIZE, max_overflow=0, pool_pre_ping=True)
    return engine, POSTGRES_POOL_SIZE


class StoreClosed(Exception):
    """The database was closed (the server is stopping): nothing more can be read or
    written."""


class DatabasePool:
    """Runs functions of an ``Engine`` on the pool's own threads."""

    def __init__(self, url: str, reactor: IReactorThreads) -> None:
        self.engine, threads = make_engine(url)
        self._reactor = reactor
        self._pool = ThreadPool(minthreads=1, maxthreads=threads, name="sparring-db")
        self._pool.start()
        self._closed = False

    def run(self, fn: Callable[..., T], *args: Any) -> Deferred[T]:
        if self._closed:  # a stopped pool would hold the call forever
            return fail(StoreClosed("The database is closed."))
        return deferToThreadPool(self._reactor, self._pool, fn, self.engine, *args)

    async def close(self) -> None:
        """Dispose of the connections inside the pool, then stop it (otherwise the
        process hangs at exit); closing again does nothing."""
        if self._closed:
            return
        await self.run(lambda engine: engine.dispose())
        self._closed = True
        self._pool.stop()
