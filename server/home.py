"""The lobby as the modes and command groups it opens see it: where they send a person
back to, and the lobby's ways to seat someone and to open a recording. They hold it by
this protocol, so none of them imports the lobby (which imports them)."""

from __future__ import annotations

from typing import Protocol

from server.client import Client
from server.commands import CommandTable
from server.modes import Mode
from server.screen import Screen
from sessions.events import Seat
from sessions.reading import Recording
from sessions.records import SessionInfo
from sessions.room import Room
from sessions.viewpoint import ReadPath


class Home(Mode, Protocol):
    client: Client
    commands: CommandTable

    @property
    def screen(self) -> Screen: ...

    async def sit(self, room: Room, seat: Seat) -> bool:
        """Take ``seat`` in ``room``; False (and told why) if refused."""
        ...

    async def readable_session(self, args: list[str], usage: str) -> SessionInfo | None:
        """The session ``args[0]`` names, if this person may read it (else told why)."""
        ...

    async def open_recording(self, args: list[str], usage: str, path: ReadPath) -> Recording | None:
        """The session ``args[0]`` names as this person is shown it along ``path``."""
        ...
