"""Slow down password guessing from one address."""

from __future__ import annotations

import attrs
from twisted.internet.interfaces import IReactorTime


@attrs.define
class _Record:
    failures: int = 0
    first_failure: float = 0.0
    locked_until: float = 0.0
    lockouts: int = 0


@attrs.define
class LoginThrottle:
    """After ``allowed`` failures within ``window`` seconds an address waits ``lockout``
    seconds, doubling with each further lockout up to ``max_lockout``."""

    clock: IReactorTime
    allowed: int = 5
    window: float = 300.0
    lockout: float = 30.0
    max_lockout: float = 900.0
    _records: dict[str, _Record] = attrs.field(factory=dict)

    def wait_for(self, address: str) -> float:
        """Seconds this address must wait before trying again (0 when it may try)."""
        record = self._records.get(address)
        if record is None:
            return 0.0
        return max(0.0, record.locked_until - self.clock.seconds())

    def failed(self, address: str) -> None:
        now = self.clock.seconds()
        record = self._records.setdefault(address, _Record())
        if now - record.first_failure > self.window:
            record.failures, record.first_failure = 0, now
        record.failures += 1
        if record.failures >= self.allowed:
            delay = min(self.lockout * 2**record.lockouts, self.max_lockout)
            record.locked_until = now + delay
            record.lockouts += 1
            record.failures = 0

    def succeeded(self, address: str) -> None:
        self._records.pop(address, None)
