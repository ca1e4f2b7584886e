"""Time-outs and take-overs: the scripted customer's timers stop, its state carries on."""

from __future__ import annotations

import pytest_twisted
from zope.interface import implementer

from sessions.events import EventKind
from sessions.interfaces import IParticipant
from tests.roles.test_customer import Trainee, customer_lines, open_session


@pytest_twisted.ensureDeferred
async def test_a_pause_stops_the_impatience_timer(reactor, sqlite_url):
    session = await open_session(reactor, sqlite_url, seed=3)
    before = customer_lines(await session.log())
    await session.room.pause(session.agent)
    await session.wait(300)  # far past every beat
    assert customer_lines(await session.log()) == before
    await session.room.resume(session.agent)
    await session.wait(30)
    assert customer_lines(await session.log()) == before  # the 45 s beat counts from resume
    await session.wait(20)
    assert len(customer_lines(await session.log())) == len(before) + 1
    await session.store.close()


@implementer(IParticipant)
class Trainer(Trainee):
    pass


@pytest_twisted.ensureDeferred
async def test_take_over_and_hand_back_keep_the_customer_state(reactor, sqlite_url):
    session = await open_session(reactor, sqlite_url, seed=5)
    room = session.room
    trainer = Trainer("tara", "tara")
    await room.watch(trainer, coaching=True)
    await session.say("I'm so sorry, Dana. That sounds really frustrating.")
    moods = [e for e in await session.log() if e["kind"] == "mood"]
    state_before = moods[-1]["data"]["state"]

    await room.take_over(trainer)
    await room.say(trainer, "Yes it is! I need it for Saturday.")
    await session.say("Could you tell me what's damaged?")
    await session.wait(120)  # the script is benched: no beats, no replies
    log = await session.log()
    taken = [e for e in log if e["kind"] == "takeover"]
    assert len(taken) == 1
    after_takeover = log[log.index(taken[0]):]
    assert [e["text"] for e in after_takeover if e["kind"] == "say" and e["seat"] == "customer"] \
        == ["Yes it is! I need it for Saturday."]
    said = next(e for e in after_takeover if e["kind"] == "say" and e["seat"] == "customer")
    assert said["actor"] == session.bot.name and said["data"] == {"by": "tara"}
    # The agent never learns who plays the customer.
    assert not [e for e in session.agent.seen if e.kind is EventKind.TAKEOVER]

    await room.hand_back(trainer)
    await session.say("I'll send a replacement today by express, so it will arrive by Thursday.")
    log = await session.log()
    assert [e["kind"] for e in log].count("handback") == 1
    moods = [e for e in log if e["kind"] == "mood"]
    # The script carries on from the state it had before the take-over.
    assert moods[-2]["data"]["state"] == state_before
    assert moods[-1]["data"]["turn"] == moods[-2]["data"]["turn"] + 1
    await session.store.close()


@pytest_twisted.ensureDeferred
async def test_a_silent_agent_is_nudged_then_the_customer_walks_out(reactor, sqlite_url):
    session = await open_session(reactor, sqlite_url, seed=3)
    await session.wait(300)
    log = await session.log()
    end = [e for e in log if e["kind"] == "end"]
    assert [e["data"]["outcome"] for e in end] == ["walked_out"]
    nudges = customer_lines(log)[1:]
    assert len(nudges) >= 3, nudges  # two nudges, then the goodbye
    await session.store.close()


@pytest_twisted.ensureDeferred
async def test_a_time_out_stops_the_clock_the_customer_leaves_by(reactor, sqlite_url):
    session = await open_session(reactor, sqlite_url, seed=3)
    await session.wait(120)  # nudged twice, not gone
    await session.room.pause(session.agent)
    await session.wait(600)
    assert not [e for e in await session.log() if e["kind"] == "end"]
    await session.room.resume(session.agent)
    await session.wait(300)
    assert [e["data"]["outcome"] for e in await session.log() if e["kind"] == "end"] == [
        "walked_out"]
    await session.store.close()
