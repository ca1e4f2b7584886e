"""What a connection's lines go to: the login screen, the lobby, a room, a replay..."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


class Mode(Protocol):
    async def handle(self, line: str) -> None: ...

    def disconnected(self) -> None: ...

    def where(self) -> str:
        """Where this person is, for "who"."""
        ...


@runtime_checkable
class ShowsTyping(Protocol):
    """A mode where the others see that this person is typing (a room)."""

    def typing(self) -> None: ...
