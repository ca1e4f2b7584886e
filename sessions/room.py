"""A room: two seats (agent, customer), the event log of one session, and delivery.

Every event is committed to the store before any participant is shown it. The room
knows its occupants only as ``IParticipant``s, so telnet users, web users and scripted
customers sit in it alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs
from twisted.internet.defer import Deferred
from twisted.internet.interfaces import IDelayedCall, IReactorTime
from twisted.logger import Logger

from sessions.debriefing import summary
from sessions.events import Event, EventKind, Seat
from sessions.interfaces import IParticipant, IStore
from sessions.records import SessionInfo, SessionStatus

_log = Logger()

#: Judges a finished session from its events: the SCORE event's data, or None.
Scorer = Callable[[SessionInfo, list[Event]], Mapping[str, Any] | None]

#: How long a live room waits for someone who dropped before it ends the session.
ABANDON_AFTER = 600.0


class RoomError(Exception):
    """Something a participant asked for that the room cannot do; the text says why."""


@attrs.define
class SeatHolder:
    seat: Seat
    name: str
    account: str | None  # who may reclaim the seat after a drop; None for a bot
    participant: IParticipant | None  # None while disconnected
    last_seen_seq: int = 0
    # While a returning participant is shown what they missed, live events wait here
    # so everything arrives once and in order.
    backlog: list[Event] | None = None

    def show(self, event: Event) -> None:
        if self.participant is None or event.seq <= self.last_seen_seq:
            return
        if self.backlog is not None:
            self.backlog.append(event)
            return
        self.last_seen_seq = event.seq
        try:
            self.participant.deliver(event)
        except Exception:
            _log.failure("Participant {name} failed to take event", name=self.name)


class Room:
    def __init__(
        self,
        info: SessionInfo,
        store: IStore,
        clock: IReactorTime,
        on_ended: Callable[[Room], object] = lambda room: None,
        scorer: Scorer | None = None,
        next_seq: int = 1,
    ) -> None:
        self.info = info
        self.store = store
        self.clock = clock
        self.status = info.status
        self._on_ended = on_ended
        self._scorer = scorer
        self._next_seq = next_seq
        self._seats: dict[Seat, SeatHolder] = {}
        self._abandon_timer: IDelayedCall | None = None

    @property
    def session_id(self) -> int:
        return self.info.id

    def holder(self, seat: Seat) -> SeatHolder | None:
        return self._seats.get(seat)

    def seat_of_account(self, account: str) -> Seat | None:
        for holder in self._seats.values():
            if holder.account == account:
                return holder.seat
        return None

    def seat_of(self, participant: IParticipant) -> Seat | None:
        for holder in self._seats.values():
            if holder.participant is participant:
                return holder.seat
        return None

    def occupants(self) -> list[SeatHolder]:
        return [self._seats[seat] for seat in Seat if seat in self._seats]

    # -- entering and leaving ---------------------------------------------------

    async def join(self, participant: IParticipant, seat: Seat) -> None:
        """Take ``seat``, or return to it after a drop (same account)."""
        if self.status is SessionStatus.ENDED:
            raise RoomError(f"Session {self.session_id} has ended.")
        holder = self._seats.get(seat)
        rejoining = holder is not None and holder.account is not None and (
            holder.account == participant.account
        )
        if holder is not None and not rejoining:
            raise RoomError(f"The {seat} seat in room {self.session_id} is taken by {holder.name}.")
        if holder is not None and holder.participant is not None:
            # Same account from a new connection: the old one is replaced, not duplicated.
            holder.participant.deliver(self._local_notice("You are now connected elsewhere."))
        holder = SeatHolder(
            seat=seat,
            name=participant.name,
            account=participant.account,
            participant=participant,
            last_seen_seq=holder.last_seen_seq if holder else 0,
        )
        self._seats[seat] = holder
        if rejoining:
            await self._catch_up(holder)
        data: dict[str, Any] = {"account": participant.account} if participant.account else {}
        if rejoining:
            data["rejoined"] = True
        await self._emit(EventKind.JOIN, participant.name, seat, data=data)
        self._cancel_abandon_timer()
        if self.status is SessionStatus.WAITING and len(self._seats) == len(Seat):
            self.status = SessionStatus.LIVE
            await self._emit(
                EventKind.SYSTEM, None, None, "The session is live.", {"status": "live"}
            )

    async def _catch_up(self, holder: SeatHolder) -> None:
        holder.backlog = []
        try:
            missed = await self.store.read_session(self.session_id, holder.last_seen_seq)
        finally:
            waiting, holder.backlog = holder.backlog, None
        for event in [*missed, *waiting]:
            holder.show(event)

    async def leave(self, participant: IParticipant, reason: str = "left") -> None:
        """A participant's connection went away: keep the seat for their return."""
        seat = self.seat_of(participant)
        if seat is None or self.status is SessionStatus.ENDED:
            return
        self._seats[seat].participant = None
        await self._emit(EventKind.LEAVE, participant.name, seat, data={"reason": reason})
        if not any(holder.participant for holder in self._seats.values() if holder.account):
            self._abandon_timer = self.clock.callLater(ABANDON_AFTER, self._abandon)

    def _abandon(self) -> None:
        self._abandon_timer = None
        self._spawn(self.end(None, "nobody returned to the room"))

    def _cancel_abandon_timer(self) -> None:
        if self._abandon_timer is not None and self._abandon_timer.active():
            self._abandon_timer.cancel()
        self._abandon_timer = None

    # -- speaking ---------------------------------------------------------------

    async def say(self, participant: IParticipant, text: str) -> Event:
        seat = self._require_seat(participant)
        if self.status is not SessionStatus.LIVE:
            raise RoomError("Nobody is in the other seat yet; wait for them to join.")
        return await self._emit(EventKind.SAY, participant.name, seat, text)

    async def record(
        self,
        participant: IParticipant,
        kind: EventKind,
        text: str = "",
        data: Mapping[str, Any] | None = None,
    ) -> Event:
        seat = self._require_seat(participant)
        return await self._emit(kind, participant.name, seat, text, data)

    async def end(
        self, participant: IParticipant | None, reason: str, outcome: str | None = None
    ) -> None:
        if self.status is SessionStatus.ENDED:
            return
        self.status = SessionStatus.ENDED
        self._cancel_abandon_timer()
        seat = self.seat_of(participant) if participant else None
        data = {"reason": reason, **({"outcome": outcome} if outcome else {})}
        name = participant.name if participant else None
        text = f"Session ended by {name}: {reason}" if name else f"Session ended: {reason}"
        await self._emit(EventKind.END, name, seat, text, data)
        if self._scorer is not None:
            scored = self._scorer(self.info, await self.store.read_session(self.session_id))
            if scored is not None:
                await self._emit(EventKind.SCORE, None, None, summary(scored), scored)
        self._on_ended(self)

    def _require_seat(self, participant: IParticipant) -> Seat:
        seat = self.seat_of(participant)
        if seat is None:
            raise RoomError(f"You are not seated in room {self.session_id}.")
        return seat

    # -- the log ----------------------------------------------------------------

    async def _emit(
        self,
        kind: EventKind,
        actor: str | None,
        seat: Seat | None,
        text: str = "",
        data: Mapping[str, Any] | None = None,
    ) -> Event:
        # The number is taken now, on the reactor thread, so the log order is the
        # order things were said; delivery waits for the commit.
        event = Event(
            session_id=self.session_id,
            seq=self._next_seq,
            at=self.clock.seconds(),
            kind=kind,
            actor=actor,
            seat=seat,
            text=text,
            data=data or {},
        )
        self._next_seq += 1
        await self.store.append(event)
        for holder in list(self._seats.values()):
            holder.show(event)
        return event

    def _local_notice(self, text: str) -> Event:
        """A notice for one participant only; not part of the log."""
        return Event(
            session_id=self.session_id,
            seq=0,
            at=self.clock.seconds(),
            kind=EventKind.SYSTEM,
            text=text,
            data={"local": True},
        )

    @staticmethod
    def _spawn(coroutine: Any) -> None:
        Deferred.fromCoroutine(coroutine).addErrback(
            lambda failure: _log.failure("Room task failed", failure)
        )
