"""In a room, seated or watching: plain lines are speech, "/" lines are room commands.

Who may do what is the room's rule (sessions/room.py); this module turns lines into
those calls and the room's refusals into messages.
"""

from __future__ import annotations

from collections.abc import Awaitable

from twisted.internet.defer import Deferred
from twisted.logger import Logger
from zope.interface import implementer

from server.client import Client
from server.commands import CommandTable
from server.home import Home
from sessions.events import Event, EventKind, Seat
from sessions.interfaces import IParticipant
from sessions.room import Room, RoomError

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
    def __init__(self, client: Client, room: Room, home: Home) -> None:
        self.client = client
        self.room = room
        self.home = home  # where the person goes when the session ends
        self.participant = TerminalParticipant(self)
        self.commands = CommandTable(prefix="/")
        add = self.commands.add
        add("help", "help", "list room commands", self.help)
        add("look", "look", "who is in this room and who is watching", self.look)
        add("end", "end [REASON]", "end the session for everyone (seated only)", self.end)
        add("pause", "pause", "call a time-out: nobody speaks, timers stop", self.pause)
        add("resume", "resume", "end the time-out", self.resume)
        add("allow", "allow NAME", "agent: let a cohort member watch this session", self.allow)
        add("whisper", "whisper TEXT", "trainer watching: coach the agent privately",
            self.whisper)
        add("note", "note TEXT", "watching: a private note on the latest turn", self.note)
        add("takeover", "takeover", "trainer watching: play the scripted customer yourself",
            self.take_over)
        add("handback", "handback", "give the customer back to the script", self.hand_back)
        add("leave", "leave", "stop watching and go back to the lobby", self.leave)

    @property
    def seated(self) -> bool:
        return self.room.seat_of(self.participant) is not None

    def where(self) -> str:
        seat = self.room.seat_of(self.participant)
        if seat is not None:
            return f"in room {self.room.session_id} as {seat}"
        return f"watching room {self.room.session_id}"

    def show(self, event: Event) -> None:
        if event.data.get("local") and event.kind is EventKind.SYSTEM:
            # Our seat was taken over by a newer connection of the same account.
            self.client.screen.close(event.text)
            return
        self.client.screen.show_event(event, self.participant.name)
        if event.kind is EventKind.END:
            self._back_to_lobby()

    def _back_to_lobby(self) -> None:
        self.client.switch(self.home)
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
        if not self.seated:
            self.client.screen.show(
                "You are watching, so the people in the room do not hear you. "
                "\"/whisper TEXT\" coaches the agent; \"/help\" lists what you can do."
            )
            return
        if len(line) > MAX_SPEECH:
            self.client.screen.show(
                f"That line is {len(line)} characters; the limit is {MAX_SPEECH}. "
                "Split it into shorter lines."
            )
            return
        await self._ask(self.room.say(self.participant, line))

    async def _ask(self, request: Awaitable[object]) -> None:
        """Run a room request; a refusal is shown, not raised."""
        try:
            await request
        except RoomError as error:
            self.client.screen.show(str(error))

    def typing(self) -> None:
        """The front end saw the person typing (web only: telnet sends whole lines)."""
        self.room.typing(self.participant)

    async def help(self, args: list[str]) -> None:
        self.client.screen.show(
            "Type a line to say it. Room commands:\n" + self.commands.help_text()
        )

    async def look(self, args: list[str]) -> None:
        people = ", ".join(
            f"{holder.name} ({holder.seat}{'' if holder.participant else ', away'})"
            for holder in self.room.occupants()
        )
        watchers = ", ".join(holder.name for holder in self.room.observers()) or "nobody"
        paused = " (paused)" if self.room.paused else ""
        self.client.screen.show(
            f"Room {self.room.session_id}, {self.room.status}{paused}: {people}. "
            f"Watching: {watchers}."
        )

    async def end(self, args: list[str]) -> None:
        if not self.seated:
            self.client.screen.show("Only the agent or the customer ends a session.")
            return
        await self.room.end(self.participant, " ".join(args) or "ended")

    async def pause(self, args: list[str]) -> None:
        await self._ask(self.room.pause(self.participant))

    async def resume(self, args: list[str]) -> None:
        await self._ask(self.room.resume(self.participant))

    async def allow(self, args: list[str]) -> None:
        if len(args) != 1:
            self.client.screen.show("Usage: /allow NAME")
            return
        if self.room.seat_of(self.participant) is Seat.AGENT and not await self._shares_a_cohort(
            args[0]
        ):
            self.client.screen.show(f"{args[0]} is not in a cohort with you; you may let "
                                    "the members of your cohorts watch.")
            return
        try:
            self.room.allow_watcher(self.participant, args[0])
        except RoomError as error:
            self.client.screen.show(str(error))
            return
        self.client.screen.show(f"{args[0]} may now watch this session with \"watch "
                                f"{self.room.session_id}\".")

    async def _shares_a_cohort(self, name: str) -> bool:
        mine = await self.client.app.store.cohorts_of(self.client.account)
        return any(name in (*cohort.trainees, *cohort.trainers) for cohort in mine)

    async def whisper(self, args: list[str]) -> None:
        if not args:
            self.client.screen.show("Usage: /whisper TEXT")
            return
        await self._ask(self.room.whisper(self.participant, " ".join(args)))

    async def note(self, args: list[str]) -> None:
        if not args:
            self.client.screen.show("Usage: /note TEXT")
            return
        await self._ask(self.room.note(self.participant, " ".join(args)))

    async def take_over(self, args: list[str]) -> None:
        await self._ask(self.room.take_over(self.participant))

    async def hand_back(self, args: list[str]) -> None:
        await self._ask(self.room.hand_back(self.participant))

    async def leave(self, args: list[str]) -> None:
        if self.seated:
            self.client.screen.show(
                "You have a seat here: \"/end\" ends the session. If you just disconnect, "
                "your seat waits for you."
            )
            return
        await self._ask(self.room.unwatch(self.participant))
        self._back_to_lobby()
