"""Slow down password guessing: per address and per account name."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import attrs
from twisted.internet.interfaces import IReactorTime

#: A key whose guesses are still being checked must wait this long before another.
BUSY_WAIT = 1.0


@attrs.define
class _Record:
    failures: int = 0
    first_failure: float = 0.0
    locked_until: float = 0.0
    lockouts: int = 0
    checking: int = 0  # guesses being checked right now


@attrs.define
class LoginThrottle:
    """After ``allowed`` failures within ``window`` seconds a key (an address, a name)
    waits ``lockout`` seconds, doubling with each further lockout up to ``max_lockout``.
    Guesses still being checked count as failures-to-be, so a burst of simultaneous
    guesses gets no more checks than a sequence; forgotten records are swept once the
    table holds ``max_records``."""

    clock: IReactorTime
    allowed: int = 5
    window: float = 300.0
    lockout: float = 30.0
    max_lockout: float = 900.0
    max_records: int = 10_000
    _records: dict[str, _Record] = attrs.field(factory=dict)

    def wait_for(self, key: str) -> float:
        """Seconds ``key`` must wait before trying again (0 when it may try)."""
        record = self._records.get(key)
        if record is None:
            return 0.0
        locked = max(0.0, record.locked_until - self.clock.seconds())
        if not locked and record.checking and record.failures + record.checking >= self.allowed:
            return BUSY_WAIT
        return locked

    @contextmanager
    def checking(self, key: str) -> Iterator[None]:
        """Count a guess for ``key`` as under way while the block runs."""
        record = self._records.setdefault(key, _Record())
        record.checking += 1
        try:
            yield
        finally:
            record.checking -= 1

    def failed(self, key: str) -> None:
        now = self.clock.seconds()
        record = self._records.setdefault(key, _Record())
        if now - record.first_failure > self.window:
            record.failures, record.first_failure = 0, now
        record.failures += 1
        if record.failures >= self.allowed:
            delay = min(self.lockout * 2**record.lockouts, self.max_lockout)
            record.locked_until = now + delay
            record.lockouts += 1
            record.failures = 0
        if len(self._records) > self.max_records:
            self._sweep(now)

    def succeeded(self, key: str) -> None:
        record = self._records.get(key)
        if record is not None and not record.checking:
            del self._records[key]
        elif record is not None:
            record.failures = record.lockouts = 0

    def _sweep(self, now: float) -> None:
        self._records = {
            key: record for key, record in self._records.items()
            if record.checking or record.locked_until > now
            or now - record.first_failure <= self.max_lockout
        }
