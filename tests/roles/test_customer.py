"""The scripted customer seated in a real room: typing delays, beats, moods, the end, replay."""

from __future__ import annotations

from typing import Any

import attrs
import pytest_twisted
from twisted.internet.task import Clock
from zope.interface import implementer

from roles.customer import ScriptedCustomer
from roles.engine import CustomerEngine, Pace
from roles.library import load_library
from sessions.events import Event, Seat
from sessions.interfaces import IParticipant
from sessions.room import Room
from sessions.store import SqlStore

SCENARIO = load_library()[0].get("broken-on-arrival")
SKILLED = [
    "I'm so sorry, Dana. That sounds really frustrating.",
    "Could you tell me what's damaged, and when you need it by?",
    "I'll send a replacement today by express, so it will arrive by Thursday.",
]
PACE = Pace(think=1.0, chars_per_second=20.0, longest=5.0)


@implementer(IParticipant)
@attrs.define
class Trainee:
    name: str
    account: str
    seen: list[Event] = attrs.Factory(list)

    def deliver(self, event: Event) -> None:
        self.seen.append(event)


@attrs.define
class Session:
    store: SqlStore
    clock: Clock
    room: Room
    agent: Trainee
    bot: ScriptedCustomer

    async def wait(self, seconds: float) -> None:
        """Let ``seconds`` pass on the room's clock and everything said get committed."""
        for _ in range(int(seconds)):
            self.clock.advance(1)
            await self.store.flushed()

    async def say(self, text: str) -> None:
        await self.room.say(self.agent, text)
        await self.wait(15)  # room for two lines of typing

    async def log(self) -> list[dict[str, Any]]:
        events = await self.store.read_session(self.room.session_id)
        return [{k: v for k, v in e.to_json().items() if k != "session_id"} for e in events]


async def open_session(reactor, url: str, seed: int) -> Session:
    store = SqlStore(url, reactor)
    await store.migrate()
    clock = Clock()
    clock.advance(1_700_000_000)
    info = await store.create_session(clock.seconds(), SCENARIO.id, SCENARIO.version, seed)
    room = Room(info, store, clock)
    bot = ScriptedCustomer(room, CustomerEngine(SCENARIO, seed, PACE))
    agent = Trainee("kim", "kim")
    await room.join(agent, Seat.AGENT)
    await room.join(bot, Seat.CUSTOMER)
    session = Session(store, clock, room, agent, bot)
    await session.wait(8)
    return session


def customer_lines(log: list[dict[str, Any]]) -> list[str]:
    return [e["text"] for e in log if e["kind"] == "say" and e["seat"] == "customer"]


@pytest_twisted.ensureDeferred
async def test_the_bot_opens_answers_after_typing_records_moods_and_ends_resolved(
    reactor, tmp_path
):
    session = await open_session(reactor, f"sqlite:///{tmp_path / 'a.sqlite'}", seed=4)
    try:
        assert customer_lines(await session.log())[0] in SCENARIO.opening
        await session.room.say(session.agent, SKILLED[0])
        said_at = session.clock.seconds()
        await session.wait(8)
        for line in SKILLED[1:]:
            await session.say(line)
        log = await session.log()
    finally:
        await session.store.close()

    answer = next(e for e in log if e["seat"] == "customer" and e["at"] > said_at)
    assert 1.0 < answer["at"] - said_at <= 5.0  # a human-looking typing delay
    moods = [e for e in log if e["kind"] == "mood"]
    assert len(moods) == 1 + len(SKILLED)  # the opening and every reaction
    angers = [m["data"]["state"]["anger"] for m in moods]
    assert angers[0] == 7 and angers[-1] < angers[0]
    assert moods[1]["data"]["moves"][0]["label"] in ("apologise", "use_name")
    end = log[-1]
    assert end["kind"] == "end" and end["data"]["outcome"] == "resolved"


@pytest_twisted.ensureDeferred
async def test_a_silent_agent_is_nudged_then_the_customer_walks_out(reactor, tmp_path):
    session = await open_session(reactor, f"sqlite:///{tmp_path / 'b.sqlite'}", seed=4)
    try:
        await session.wait(50)
        assert customer_lines(await session.log())[-1] in SCENARIO.beats[0].say
        await session.say("ok")
        await session.wait(250)
        log = await session.log()
        assert log[-1]["kind"] == "end" and log[-1]["data"]["outcome"] == "walked_out"
        ended = len(log)
        await session.wait(300)  # timers stopped with the END event
        assert len(await session.log()) == ended
    finally:
        await session.store.close()


@pytest_twisted.ensureDeferred
async def test_the_same_seed_and_lines_reproduce_the_event_log(reactor, tmp_path):
    logs = []
    for name in ("one", "two"):
        session = await open_session(reactor, f"sqlite:///{tmp_path / name}.sqlite", seed=9)
        try:
            for line in ["You must have dropped it.", *SKILLED]:
                await session.say(line)
            logs.append(await session.log())
        finally:
            await session.store.close()
    assert logs[0] == logs[1]
    assert any(e["kind"] == "mood" for e in logs[0])


@pytest_twisted.ensureDeferred
async def test_the_agent_ending_the_session_stops_the_bot(reactor, tmp_path):
    session = await open_session(reactor, f"sqlite:///{tmp_path / 'c.sqlite'}", seed=2)
    try:
        await session.room.say(session.agent, "I'm sorry.")
        await session.room.end(session.agent, "agent left")
        await session.wait(300)
        log = await session.log()
        assert log[-1]["kind"] == "end"
        assert [e for e in log if e["seat"] == "customer" and e["at"] > log[-1]["at"]] == []
    finally:
        await session.store.close()
