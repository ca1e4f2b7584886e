"""The event store: group commit on a dedicated database thread pool.

``append`` queues an event; one batch is written at a time, and every event that
arrives while a batch is being written goes into the next one. The Deferred of each
event fires only after its batch has committed, so a room shows people only what is
already on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
from twisted.internet.defer import Deferred
from twisted.internet.interfaces import IReactorThreads, IReactorTime
from twisted.logger import Logger
from twisted.python.failure import Failure
from zope.interface import implementer

from sessions import cohorts, queries
from sessions.access import Reader
from sessions.dbpool import DatabasePool
from sessions.events import Event, EventKind
from sessions.interfaces import IStore
from sessions.records import Account, SessionInfo

T = TypeVar("T")
_log = Logger()


@attrs.define
class _Pending:
    event: Event
    done: Deferred[Event]


@implementer(IStore)
class SqlStore:
    def __init__(self, url: str, reactor: IReactorThreads) -> None:
        self._db = DatabasePool(url, reactor)
        self._clock: IReactorTime = reactor  # the running reactor provides both
        self._pending: list[_Pending] = []
        self._writing: Deferred[None] | None = None
        self._drained: list[Deferred[None]] = []

    def run(self, query: Callable[..., T], *args: Any) -> Deferred[T]:
        """Run one of ``sessions.queries`` on the database threads."""
        return self._db.run(query, *args)

    def ping(self) -> Deferred[None]:
        """Fires once a trivial read has gone through; errbacks if it cannot."""
        return self.run(queries.ping)

    async def migrate(self) -> None:
        await self.run(queries.migrate)

    # -- events -----------------------------------------------------------------

    def append(self, event: Event) -> Deferred[Event]:
        done: Deferred[Event] = Deferred()
        self._pending.append(_Pending(event, done))
        self._write_next_batch()
        return done

    def _write_next_batch(self) -> None:
        if self._writing is not None:
            return
        if not self._pending:
            drained, self._drained = self._drained, []
            for waiter in drained:
                waiter.callback(None)
            return
        batch, self._pending = self._pending, []
        self._writing = self.run(queries.write_events, [item.event for item in batch])

        def committed(_: None) -> None:
            self._writing = None
            for item in batch:
                item.done.callback(item.event)

        def failed(failure: Failure) -> None:
            self._writing = None
            _log.error(
                "Could not commit {count} events: {error}",
                count=len(batch),
                error=failure.getErrorMessage(),
            )
            for item in batch:
                item.done.errback(failure)

        self._writing.addCallbacks(committed, failed)
        self._writing.addBoth(lambda _: self._write_next_batch())

    def flushed(self) -> Deferred[None]:
        """Fires once everything appended so far is committed (or has failed)."""
        waiter: Deferred[None] = Deferred()
        self._drained.append(waiter)
        if self._writing is None:
            self._write_next_batch()
        return waiter

    def read_session(self, session_id: int, after_seq: int = 0) -> Deferred[list[Event]]:
        return self.run(queries.read_events, session_id, after_seq)

    # -- sessions and accounts --------------------------------------------------

    def create_session(
        self,
        now: float,
        scenario_id: str | None = None,
        scenario_version: str | None = None,
        seed: int | None = None,
    ) -> Deferred[SessionInfo]:
        return self.run(queries.create_session, now, scenario_id, scenario_version, seed)

    def get_session(self, session_id: int) -> Deferred[SessionInfo | None]:
        return self.run(queries.get_session, session_id)

    def append_review(
        self, session_id: int, kind: EventKind, actor: str, text: str,
        data: Mapping[str, Any] | None = None,
    ) -> Deferred[Event]:
        """Append a comment, override, dispute or reaction to an ended session's log;
        errbacks with ``queries.SessionNotEnded`` while the session is open."""
        return self.run(
            queries.append_after_end, session_id, kind, actor, text, data or {},
            self._clock.seconds(),
        )

    def cohorts_of(self, account: Account) -> Deferred[list[cohorts.Cohort]]:
        """The cohorts ``account`` is in (every cohort for an admin)."""
        return self.run(cohorts.cohorts_of, account)

    def reader_for(self, account: Account) -> Deferred[Reader]:
        """``account`` with what its cohorts let it read (see ``sessions.access``)."""
        return self.run(cohorts.reader_for, account)

    def sessions_visible_to(self, reader: Reader) -> Deferred[list[SessionInfo]]:
        return self.run(queries.visible_sessions, reader)

    def get_account(self, name: str) -> Deferred[Account | None]:
        return self.run(queries.get_account, name)

    async def close(self) -> None:
        await self.flushed()
        await self._db.close()
