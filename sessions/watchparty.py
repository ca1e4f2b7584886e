"""A watch party: a recorded session replayed for a group, everyone on the same turn.

The host plays, pauses and jumps; comments (host) and reactions (anyone) are shown to
all and recorded in the recording's own log, pinned to the turn on screen.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

import attrs
from twisted.internet.interfaces import IReactorTime

from sessions.events import Event, EventKind
from sessions.replay import Replay, in_turn_order
from sessions.viewpoint import ReadPath, Vantage, shown

Show = Callable[[Event], object]
#: Appends a COMMENT or REACTION to the recording: (kind, actor, text, turn seq) -> the
#: stored event.
Record = Callable[[EventKind, str, str, int], Awaitable[Event]]


class PartyError(Exception):
    """A party action that cannot be done; the text says why."""


class WatchParty:
    def __init__(
        self,
        party_id: int,
        session_id: int,
        events: Sequence[Event],
        host: str,
        clock: IReactorTime,
        record: Record,
    ) -> None:
        self.party_id = party_id
        self.session_id = session_id
        self.host = host
        self._events = in_turn_order(shown(Vantage.AUDIENCE, ReadPath.PARTY, events))
        self._clock = clock
        self._record = record
        self._members: dict[str, Show] = {}
        self._position = 0  # index of the next event to show
        self._replay: Replay | None = None
        self.speed: float | None = 1.0

    @property
    def playing(self) -> bool:
        return self._replay is not None

    def members(self) -> list[str]:
        return list(self._members)

    def turns(self) -> int:
        return sum(1 for e in self._events if e.kind is EventKind.SAY)

    def join(self, account: str, show: Show) -> None:
        """Join, and be shown what the group has seen so far."""
        self._members[account] = show
        for event in self._events[: self._position]:
            show(event)

    def leave(self, account: str) -> None:
        self._members.pop(account, None)
        if account == self.host:
            self.pause()
            self.announce(f"The host ({self.host}) left; the replay stays where it is.")

    def announce(self, text: str) -> None:
        """Tell everyone something about the party itself (not kept with the recording)."""
        self.broadcast(Event(session_id=self.session_id, seq=0, at=self._clock.seconds(),
                             kind=EventKind.SYSTEM, text=text))

    # -- the host's controls ------------------------------------------------------

    def play(self, speed: float | None) -> None:
        """Play on from the turn on screen; ``speed`` None is as fast as possible."""
        self.speed = speed
        self.pause()
        replay = Replay(self._events[self._position:], self.speed, self._clock, self._show,
                        self._finished)
        self._replay = replay
        replay.start()

    def pause(self) -> None:
        replay, self._replay = self._replay, None
        if replay is not None:
            replay.stop()

    def goto(self, turn: int) -> Event:
        """Jump so the ``turn``-th line is the one on screen; returns it."""
        says = [i for i, e in enumerate(self._events) if e.kind is EventKind.SAY]
        if not 1 <= turn <= len(says):
            raise PartyError(f"Turn {turn} does not exist: this recording has turns 1 to "
                             f"{len(says)}.")
        was_playing = self.playing
        self.pause()
        self._position = says[turn - 1]
        event = self._events[self._position]
        self._show(event)
        if was_playing:
            self.play(self.speed)
        return event

    # -- talking about it ---------------------------------------------------------

    def current_turn_seq(self) -> int:
        shown = [e for e in self._events[: self._position] if e.kind is EventKind.SAY]
        return shown[-1].seq if shown else 0

    async def comment(self, account: str, text: str) -> None:
        if account != self.host:
            raise PartyError("Only the host comments; use \"/react TEXT\" to react.")
        await self._say(EventKind.COMMENT, account, text)

    async def react(self, account: str, text: str) -> None:
        await self._say(EventKind.REACTION, account, text)

    async def _say(self, kind: EventKind, account: str, text: str) -> None:
        # Recorded on the recording first, then shown: what the group saw is kept.
        self.broadcast(await self._record(kind, account, text, self.current_turn_seq()))

    def broadcast(self, event: Event) -> None:
        for show in list(self._members.values()):
            show(event)

    # -- replay callbacks -----------------------------------------------------------

    def _show(self, event: Event) -> None:
        self._position += 1
        self.broadcast(event)

    def _finished(self, complete: bool) -> None:
        if complete:
            self._replay = None
            self.announce("End of the recording.")


@attrs.define
class Parties:
    """The watch parties running in this process."""

    running: dict[int, WatchParty] = attrs.field(factory=dict)
    _next_id: int = 1

    def new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1
