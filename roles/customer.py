"""ScriptedCustomer: the engine seated in a room's customer seat.

It only schedules: typing delays and timed beats through the room's injected clock, and
calls ``room.say``/``record``/``end``. All decisions are the engine's.
"""

from __future__ import annotations

from twisted.internet.defer import Deferred
from twisted.internet.interfaces import IDelayedCall
from twisted.logger import Logger
from zope.interface import implementer

from roles.engine import CustomerEngine, Pace, Reply
from roles.model import Scenario
from sessions.events import Event, EventKind, Seat
from sessions.interfaces import IParticipant
from sessions.room import Room, RoomError, RoomPaused

_log = Logger()


@implementer(IParticipant)
class ScriptedCustomer:
    """Plays one scenario's customer in one room."""

    account = None  # a bot: nobody reclaims its seat

    def __init__(self, room: Room, engine: CustomerEngine) -> None:
        self.room = room
        self.engine = engine
        self.name = engine.scenario.persona.name
        self._calls: list[IDelayedCall] = []
        self._beat_call: IDelayedCall | None = None
        self._free_at = 0.0  # when the customer finishes typing what is already queued
        self._opened = False
        self._stopped = False
        self._paused_at: float | None = None  # a time-out, or a trainer playing the seat
        self._held: list[tuple[str, Reply | None]] = []  # lines typed when the pause began

    def deliver(self, event: Event) -> None:
        if self._stopped:
            return
        try:
            self._react(event)
        except Exception:
            _log.failure("Scripted customer {customer} could not react to event {seq}",
                         customer=self.name, seq=event.seq)

    def _react(self, event: Event) -> None:
        now = self.room.clock.seconds()
        if event.kind is EventKind.END:
            self.stop()
        elif event.kind is EventKind.SYSTEM and event.data.get("status") == "live":
            if not self._opened:
                self._opened = True
                self._speak(self.engine.open(now))
        elif event.kind in (EventKind.PAUSE, EventKind.TAKEOVER):
            self._pause(now)
        elif event.kind in (EventKind.RESUME, EventKind.HANDBACK):
            self._resume(now)
        elif event.kind is EventKind.SAY and event.seat is Seat.AGENT:
            self._cancel_beat()
            self._speak(self.engine.hear(event.text, now))
        elif event.kind is EventKind.SAY and event.seat is Seat.CUSTOMER:
            self.engine.said(event.text)

    def _pause(self, now: float) -> None:
        if self._paused_at is None:
            self._paused_at = now
            self._cancel_beat()

    def _resume(self, now: float) -> None:
        if self._paused_at is None or self.room.paused:
            return
        self.engine.paused_for(now - self._paused_at)
        self._paused_at = None
        held, self._held = self._held, []
        for text, reply in held:
            self._later(0, text, reply)
        self._schedule_beat()

    def stop(self) -> None:
        """Cancel every pending line and beat: the session is over."""
        self._stopped = True
        self._cancel_beat()
        for call in self._calls:
            if call.active():
                call.cancel()
        self._calls.clear()

    def _speak(self, reply: Reply) -> None:
        clock = self.room.clock
        now = clock.seconds()
        if reply.lines:
            self.room.typing(self)
        at = max(now, self._free_at)
        for index, line in enumerate(reply.lines):
            at += line.delay
            last = index == len(reply.lines) - 1
            self._later(at - now, line.text, reply if last else None)
        self._free_at = at
        self._schedule_beat()

    async def _say(self, text: str, reply: Reply | None) -> None:
        if self._paused_at is not None:
            self._held.append((text, reply))
            return
        try:
            await self.room.say(self, text)
        except RoomPaused:
            self._held.append((text, reply))
            return
        except RoomError:
            # The session ended while the customer was still typing: nothing to add.
            self.stop()
            return
        if reply is None or self._stopped:
            return
        # The mood follows the line it belongs to, so a replay shows the curve move
        # exactly when the customer spoke.
        await self.room.record(self, EventKind.MOOD, data=reply.mood)
        if reply.outcome is not None:
            await self.room.end(self, reply.reason, reply.outcome.value)

    def _schedule_beat(self) -> None:
        self._cancel_beat()
        due = self.engine.next_beat_at()
        if due is not None and not self._stopped and self._paused_at is None:
            delay = max(0.0, due - self.room.clock.seconds())
            self._beat_call = self.room.clock.callLater(delay, self._beat)

    def _beat(self) -> None:
        self._beat_call = None
        reply = self.engine.due_beat(self.room.clock.seconds())
        if reply is None:
            self._schedule_beat()
        else:
            self._speak(reply)

    def _cancel_beat(self) -> None:
        if self._beat_call is not None and self._beat_call.active():
            self._beat_call.cancel()
        self._beat_call = None

    def _later(self, delay: float, text: str, reply: Reply | None) -> None:
        def run() -> None:
            Deferred.fromCoroutine(self._say(text, reply)).addErrback(
                lambda failure: _log.failure(
                    "Scripted customer {customer} failed to speak in session {session}",
                    failure, customer=self.name, session=self.room.session_id))

        self._calls = [c for c in self._calls if c.active()]
        self._calls.append(self.room.clock.callLater(delay, run))


async def seat_scripted_customer(
    room: Room, scenario: Scenario, seed: int, pace: Pace
) -> ScriptedCustomer:
    """Put ``scenario``'s customer, played from ``seed`` at ``pace``, in ``room``'s
    customer seat: the one way the lobby and the practice queue seat a bot."""
    customer = ScriptedCustomer(room, CustomerEngine(scenario, seed, pace))
    await room.join(customer, Seat.CUSTOMER)
    return customer
