"""The room on a real SQLite store with a fake clock: lifecycle and abandonment."""

from __future__ import annotations

import threading

import pytest
import pytest_twisted
from twisted.internet.task import Clock
from zope.interface import implementer

from sessions.events import EventKind, Seat
from sessions.floor import Floor
from sessions.interfaces import IParticipant
from sessions.offload import WorkerPool
from sessions.records import SessionStatus
from sessions.room import ABANDON_AFTER, Room, RoomError


@implementer(IParticipant)
class Person:
    def __init__(self, name: str) -> None:
        self.name = name
        self.account = name
        self.seen: list = []

    def deliver(self, event) -> None:
        self.seen.append(event)


@pytest_twisted.ensureDeferred
async def test_lifecycle_and_seats(store) -> None:
    floor = Floor(store, Clock())
    room = await floor.open_room()
    agent, customer, intruder = Person("ann"), Person("bo"), Person("cy")
    await room.join(agent, Seat.AGENT)
    assert room.status is SessionStatus.WAITING
    with pytest.raises(RoomError, match="Nobody is in the other seat yet"):
        await room.say(agent, "hello?")
    await room.join(customer, Seat.CUSTOMER)
    assert room.status is SessionStatus.LIVE
    with pytest.raises(RoomError, match="taken by ann"):
        await room.join(intruder, Seat.AGENT)
    with pytest.raises(RoomError, match="not seated"):
        await room.say(intruder, "let me in")
    await room.say(customer, "hi")
    await room.end(agent, "done")
    assert floor.get(room.session_id) is None
    kinds = [e.kind for e in agent.seen]
    assert kinds == [EventKind.JOIN, EventKind.JOIN, EventKind.SYSTEM, EventKind.SAY,
                     EventKind.END]
    assert [e.seq for e in customer.seen] == [2, 3, 4, 5]
    with pytest.raises(RoomError, match="has ended"):
        await room.join(intruder, Seat.CUSTOMER)


@pytest_twisted.ensureDeferred
async def test_a_room_everyone_left_ends_after_the_grace_period(store) -> None:
    clock = Clock()
    floor = Floor(store, clock)
    room = await floor.open_room()
    agent, customer = Person("dee"), Person("ed")
    await room.join(agent, Seat.AGENT)
    await room.join(customer, Seat.CUSTOMER)
    await room.leave(agent, "disconnected")
    await room.leave(customer, "disconnected")
    clock.advance(ABANDON_AFTER - 1)
    assert room.status is SessionStatus.LIVE
    clock.advance(1)
    await store.flushed()
    events = await store.read_session(room.session_id)
    assert events[-1].kind is EventKind.END
    assert events[-1].data["reason"] == "nobody returned to the room"
    assert floor.get(room.session_id) is None


@pytest_twisted.ensureDeferred
async def test_returning_within_the_grace_period_keeps_the_room(store) -> None:
    clock = Clock()
    room = await Floor(store, clock).open_room()
    agent, customer = Person("fi"), Person("gil")
    await room.join(agent, Seat.AGENT)
    await room.join(customer, Seat.CUSTOMER)
    await room.leave(agent, "disconnected")
    await room.leave(customer, "disconnected")
    back = Person("gil")
    await room.join(back, Seat.CUSTOMER)
    clock.advance(ABANDON_AFTER * 2)
    assert room.status is SessionStatus.LIVE
    # The returning person saw what happened while they were away, once each.
    assert [e.kind for e in back.seen] == [EventKind.LEAVE, EventKind.JOIN]


@pytest_twisted.ensureDeferred
async def test_typing_notices_reach_the_others_are_throttled_and_never_stored(store) -> None:
    clock = Clock()
    room = await Floor(store, clock).open_room()
    agent, customer = Person("hal"), Person("ivy")
    await room.join(agent, Seat.AGENT)
    await room.join(customer, Seat.CUSTOMER)
    room.typing(customer)
    room.typing(customer)  # within a second: not repeated
    clock.advance(1)
    room.typing(customer)
    typing = [e for e in agent.seen if e.kind is EventKind.TYPING]
    assert [(e.actor, e.seat) for e in typing] == [("ivy", "customer")] * 2
    assert not [e for e in customer.seen if e.kind is EventKind.TYPING]
    await store.flushed()
    assert EventKind.TYPING not in {e.kind for e in await store.read_session(room.session_id)}


@pytest_twisted.ensureDeferred
async def test_a_finished_session_is_scored_on_a_worker_thread_from_the_log_it_kept(
    reactor, store
) -> None:
    scored_on: list[tuple[str, list[EventKind]]] = []

    def scorer(info, events):
        scored_on.append((threading.current_thread().name, [e.kind for e in events]))
        return {"agent": "jo", "scorecard": {
            name: {"score": 50} for name in ("calmness", "boundary_setting", "resolution")
        } | {"overall": 50, "passed": False}}

    pool = WorkerPool(reactor, "sparring-score", threads=1)
    try:
        info = await store.create_session(0.0)
        room = Room(info, store, Clock(), scorer=scorer, offload=pool)
        agent, customer = Person("jo"), Person("kit")
        await room.join(agent, Seat.AGENT)
        await room.join(customer, Seat.CUSTOMER)
        await room.say(agent, "Hello, how can I help?")
        await room.end(agent, "done")
    finally:
        pool.close()
    [(thread, kinds)] = scored_on
    assert "sparring-score" in thread and thread != threading.main_thread().name
    assert kinds == [EventKind.JOIN, EventKind.JOIN, EventKind.SYSTEM, EventKind.SAY,
                     EventKind.END]
    assert agent.seen[-1].kind is EventKind.SCORE
