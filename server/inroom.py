"""Sitting in a room: plain lines are speech, "/" lines are room commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twisted.internet.defer import Deferred
from twisted.logger import Logger
from zope.interface import implementer

from server.commands import CommandTable
from sessions.events import Event, EventKind
from sessions.interfaces import IParticipant
from sessions.room import Room, RoomError

if TYPE_CHECKING:
    from server.client import Client

_log = Logger()

MAX_SPEECH = 1000  # characters in one chat line


@implementer(IParticipant)
class TerminalParticipant:
    """A person at a terminal, as a room sees them."""

    def __init__(self, in_room: InRoom) -> None:
        self._in_room = in_room
        self.name = in_room.client.account.name
        self.account = in_room.client.account.name

    def deliver(self, event: Event) -> None:
        self._in_room.show(event)


class InRoom:
    def __init__(self, client: Client, room: Room) -> None:
        self.client = client
        self.room = room
        self.participant = TerminalParticipant(self)
        self.commands = CommandTable(prefix="/")
        self.commands.add("help", "help", "list room commands", self.help)
        self.commands.add("look", "look", "who is in this room", self.look)
        self.commands.add("end", "end [REASON]", "end the session for everyone", self.end)

    def where(self) -> str:
        seat = self.room.seat_of(self.participant)
        return f"in room {self.room.session_id} as {seat}" if seat else "joining a room"

    def show(self, event: Event) -> None:
        if event.data.get("local") and event.kind is EventKind.SYSTEM:
            # Our seat was taken over by a newer connection of the same account.
            self.client.screen.close(event.text)
            return
        self.client.screen.show_event(event, self.participant.name)
        if event.kind is EventKind.END:
            self._back_to_lobby()

    def _back_to_lobby(self) -> None:
        from server.lobby import Lobby

        self.client.switch(Lobby(self.client))
        self.client.screen.show("You are back in the lobby.")

    def disconnected(self) -> None:
        Deferred.fromCoroutine(self.room.leave(self.participant, "disconnected")).addErrback(
            lambda failure: _log.failure("Leaving room failed", failure)
        )

    async def handle(self, line: str) -> None:
        if not line:
            return
        if line.startswith("/"):
            await self.commands.dispatch(line, self.client.screen.show)
            return
        if len(line) > MAX_SPEECH:
            self.client.screen.show(
                f"That line is {len(line)} characters; the limit is {MAX_SPEECH}. "
                "Split it into shorter lines."
            )
            return
        try:
            await self.room.say(self.participant, line)
        except RoomError as error:
            self.client.screen.show(str(error))

    async def help(self, args: list[str]) -> None:
        self.client.screen.show(
            "Type a line to say it. Room commands:\n" + self.commands.help_text()
        )

    async def look(self, args: list[str]) -> None:
        people = ", ".join(
            f"{holder.name} ({holder.seat}{'' if holder.participant else ', away'})"
            for holder in self.room.occupants()
        )
        self.client.screen.show(f"Room {self.room.session_id}, {self.room.status}: {people}.")

    async def end(self, args: list[str]) -> None:
        await self.room.end(self.participant, " ".join(args) or "ended")
