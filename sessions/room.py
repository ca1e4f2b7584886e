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
from sessions.offload import Offload, inline
from sessions.records import SessionInfo, SessionStatus
from sessions.viewpoint import ReadPath, live_vantage, sees

_log = Logger()

#: Judges a finished session from its events: the SCORE event's data, or None.
Scorer = Callable[[SessionInfo, list[Event]], Mapping[str, Any] | None]

#: How long a live room waits for someone who dropped before it ends the session.
ABANDON_AFTER = 600.0
#: At most one typing notice per person in this many seconds.
TYPING_EVERY = 1.0


class RoomError(Exception):
    """Something a participant asked for that the room cannot do; the text says why."""


class RoomPaused(RoomError):
    """Nobody speaks while the session is paused."""


@attrs.define
class SeatHolder:
    """Someone shown the room's events: a seat's occupant, or (seat None) an observer."""

    seat: Seat | None
    name: str
    account: str | None  # who may reclaim the seat after a drop; None for a bot
    participant: IParticipant | None  # None while disconnected
    coaching: bool = False  # an observer who may coach (whisper, note, take over)
    last_seen_seq: int = 0
    # While a returning participant is shown what they missed, live events wait here
    # so everything arrives once and in order.
    backlog: list[Event] | None = None

    def show(self, event: Event) -> None:
        if self.participant is None or event.seq <= self.last_seen_seq:
            return
        if not sees(live_vantage(self.seat, self.coaching), ReadPath.LIVE, event):
            return
        if self.backlog is not None:
            self.backlog.append(event)
            return
        self.last_seen_seq = event.seq
        self.show_now(event)

    def show_now(self, event: Event) -> None:
        """Deliver without the log's bookkeeping (for notices that are never stored)."""
        if self.participant is None:
            return
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
        offload: Offload = inline,
        next_seq: int = 1,
    ) -> None:
        self.info = info
        self.store = store
        self.clock = clock
        self.status = info.status
        self._on_ended = on_ended
        self._scorer = scorer
        self._offload = offload
        self._next_seq = next_seq
        self._log: list[Event] = []  # what was committed, for scoring without a read
        self._seats: dict[Seat, SeatHolder] = {}
        self._observers: dict[str, SeatHolder] = {}  # by account
        self._benched: IParticipant | None = None  # the bot while a trainer plays its seat
        self._last_say_seq = 0
        self.paused = False
        self.watch_consent: set[str] = set()  # accounts the agent let watch
        self._typed_at: dict[Seat, float] = {}
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

    def observers(self) -> list[SeatHolder]:
        return list(self._observers.values())

    def _audience(self) -> list[SeatHolder]:
        return [*self._seats.values(), *self._observers.values()]

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
        """A participant's connection went away: keep the seat for their return. A trainer
        playing the scripted customer's seat gives it back; a watcher stops watching."""
        if self.status is SessionStatus.ENDED:
            return
        if self._benched is not None and self.seat_of(participant) is Seat.CUSTOMER:
            await self.hand_back(participant)
        if self.observer_of(participant) is not None:
            await self.unwatch(participant)
            return
        seat = self.seat_of(participant)
        if seat is None:
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

    # -- watching and coaching -------------------------------------------------

    def observer_of(self, participant: IParticipant) -> SeatHolder | None:
        holder = self._observers.get(participant.account or "")
        return holder if holder is not None and holder.participant is participant else None

    async def watch(self, participant: IParticipant, coaching: bool) -> None:
        """Start watching: shown the session so far, then what a watcher is shown live. A
        ``coaching`` watcher (the agent's trainer) may whisper, note and take over; one the
        agent only consented to sees the conversation."""
        if self.status is SessionStatus.ENDED:
            raise RoomError(f"Session {self.session_id} has ended.")
        if participant.account in {h.account for h in self._seats.values()}:
            raise RoomError("You have a seat in this room; you cannot also watch it.")
        holder = SeatHolder(None, participant.name, participant.account, participant,
                            coaching=coaching)
        self._observers[participant.account] = holder
        await self._catch_up(holder)
        await self._emit(
            EventKind.OBSERVE, participant.name, None, f"{participant.name} is watching.",
            {"watching": True, "account": participant.account},
        )

    async def unwatch(self, participant: IParticipant) -> None:
        if self.observer_of(participant) is None or self.status is SessionStatus.ENDED:
            return
        del self._observers[participant.account]
        await self._emit(
            EventKind.OBSERVE, participant.name, None, f"{participant.name} stopped watching.",
            {"watching": False, "account": participant.account},
        )

    def allow_watcher(self, participant: IParticipant, account: str) -> None:
        """The agent lets ``account`` watch (a cohort member; trainers need no consent)."""
        if self.seat_of(participant) is not Seat.AGENT:
            raise RoomError("Only the agent decides who else may watch.")
        self.watch_consent.add(account)

    async def whisper(self, participant: IParticipant, text: str) -> Event:
        """Coaching for the agent's eyes only (and the other coaches')."""
        self._require_coach(participant)
        return await self._emit(
            EventKind.WHISPER, participant.name, None, text, {"turn": self._last_say_seq}
        )

    async def note(self, participant: IParticipant, text: str) -> Event:
        """A coach's private note, pinned to the latest turn."""
        self._require_coach(participant)
        return await self._emit(
            EventKind.NOTE, participant.name, None, text, {"turn": self._last_say_seq}
        )

    def _require_coach(self, participant: IParticipant) -> None:
        watcher = self.observer_of(participant)
        if watcher is None:
            raise RoomError(f"You are not watching room {self.session_id}.")
        if not watcher.coaching:
            raise RoomError("Only the agent's trainers coach; you are watching with the "
                            "agent's consent.")

    # -- time-outs --------------------------------------------------------------

    async def pause(self, participant: IParticipant) -> None:
        self._require_present(participant)
        if self.status is not SessionStatus.LIVE:
            raise RoomError("Only a live session can be paused.")
        if self.paused:
            raise RoomError("The session is already paused; \"/resume\" continues it.")
        self.paused = True
        await self._emit(
            EventKind.PAUSE, participant.name, self.seat_of(participant),
            f"{participant.name} paused the session.",
        )

    async def resume(self, participant: IParticipant) -> None:
        self._require_present(participant)
        if not self.paused:
            raise RoomError("The session is not paused.")
        self.paused = False
        await self._emit(
            EventKind.RESUME, participant.name, self.seat_of(participant),
            f"{participant.name} resumed the session.",
        )

    def _require_present(self, participant: IParticipant) -> None:
        if self.seat_of(participant) is None and self.observer_of(participant) is None:
            raise RoomError(f"You are not in room {self.session_id}.")

    # -- a trainer playing the scripted customer's seat ---------------------------

    async def take_over(self, trainer: IParticipant) -> None:
        """A watching trainer takes the customer seat from the scripted customer."""
        self._require_coach(trainer)
        holder = self._seats.get(Seat.CUSTOMER)
        if holder is None or holder.account is not None or self._benched is not None:
            raise RoomError("Only a scripted customer's seat can be taken over.")
        # The bot is shown the take-over (it stops its timers) before it leaves the seat.
        await self._emit(
            EventKind.TAKEOVER, trainer.name, Seat.CUSTOMER,
            f"{trainer.name} plays the customer now.", {"account": trainer.account},
        )
        self._benched, holder.participant = holder.participant, trainer
        del self._observers[trainer.account]

    async def hand_back(self, trainer: IParticipant) -> None:
        """Give the seat back to the scripted customer, which goes on from its state."""
        holder = self._seats.get(Seat.CUSTOMER)
        if self._benched is None or holder is None or holder.participant is not trainer:
            raise RoomError("You have not taken over the customer seat.")
        holder.participant, self._benched = self._benched, None
        self._observers[trainer.account] = SeatHolder(
            None, trainer.name, trainer.account, trainer, coaching=True,
            last_seen_seq=holder.last_seen_seq,
        )
        await self._emit(
            EventKind.HANDBACK, trainer.name, Seat.CUSTOMER,
            f"{trainer.name} handed the customer back to the script.",
            {"account": trainer.account},
        )

    # -- speaking ---------------------------------------------------------------

    async def say(self, participant: IParticipant, text: str) -> Event:
        seat = self._require_seat(participant)
        if self.status is not SessionStatus.LIVE:
            raise RoomError("Nobody is in the other seat yet; wait for them to join.")
        if self.paused:
            raise RoomPaused("The session is paused; \"/resume\" continues it.")
        holder = self._seats[seat]
        # A trainer who took over the customer speaks as the customer.
        data = {"by": participant.account} if participant.name != holder.name else None
        self._last_say_seq = self._next_seq
        return await self._emit(EventKind.SAY, holder.name, seat, text, data)

    def typing(self, participant: IParticipant) -> None:
        """Tell the others that ``participant`` is typing; not part of the log."""
        seat = self.seat_of(participant)
        now = self.clock.seconds()
        if seat is None or self.status is not SessionStatus.LIVE or self.paused:
            return
        if now - self._typed_at.get(seat, -TYPING_EVERY) < TYPING_EVERY:
            return
        self._typed_at[seat] = now
        notice = Event(session_id=self.session_id, seq=0, at=now, kind=EventKind.TYPING,
                       actor=self._seats[seat].name, seat=seat)
        for holder in self._audience():
            if holder.participant not in (None, participant):
                holder.show_now(notice)

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
            # Off the reactor thread, from the log in memory: neither the scoring nor a
            # read queued behind everyone's commits holds up the rest of the floor.
            scored = await self._offload(self._scorer, self.info, list(self._log))
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
        self._log.append(event)  # batches commit in order, so this stays in seq order
        for holder in self._audience():
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
