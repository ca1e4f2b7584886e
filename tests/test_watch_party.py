"""A trainer replays a recording for the cohort: the same turns, in order, for everyone."""

from __future__ import annotations

import pytest_twisted

from sessions.events import EventKind
from sessions.records import Role
from tests.cohort_fixtures import cohort, database, people, sign_in
from tests.helpers import live_room, port_of


@pytest_twisted.ensureDeferred
async def test_a_watch_party_shows_the_same_turns_to_three_users(
    reactor, server_factory, sqlite_url
):
    service = await server_factory(sqlite_url)
    port = port_of(service)
    agent, customer, room_id = await live_room(reactor, port, "moe", "ned")
    lines = ["Good morning, how can I help?", "My parcel is lost.",
             "I'm sorry to hear that. Let me trace it now."]
    for number, line in enumerate(lines):
        (agent if number % 2 == 0 else customer).send(line)
        await (customer if number % 2 == 0 else agent).expect(line)
    agent.send("/end")
    await customer.expect("back in the lobby")
    with database(sqlite_url) as engine:
        people(engine, tina=Role.TRAINER, ola=Role.TRAINEE)
        cohort(engine, "team-a", trainers=("tina",), trainees=("moe", "ned", "ola"))

    trainer = await sign_in(reactor, port, "tina")
    trainer.send(f"share {room_id} team-a")
    await trainer.expect("shared")
    trainer.send(f"party {room_id}")
    started = await trainer.expect("\"/play\" starts it.")
    party_id = started.rsplit("party join ", 1)[1].split('"')[0]
    watchers = [agent, customer, await sign_in(reactor, port, "ola")]
    for member in watchers:
        member.send(f"party join {party_id}")
        await member.expect(f"You joined watch party {party_id}")
    trainer.send("/who")
    await trainer.expect("ola")
    trainer.send("/play max")
    for member in [trainer, *watchers]:
        for line in lines:
            await member.expect(line)
        await member.expect("End of the recording.")
    trainer.send("/goto 2")
    for member in [trainer, *watchers]:
        await member.expect("tina jumped to turn 2.")
        await member.expect("My parcel is lost.")
    trainer.send("/comment Notice the apology comes before the fix.")
    for member in [trainer, *watchers]:
        await member.expect("[comment by tina] Notice the apology comes before the fix.")
    watchers[2].send("/react Good tone.")
    for member in [trainer, *watchers]:
        await member.expect("[reaction from ola] Good tone.")
    trainer.send("sessions")  # a lobby command out of habit: no reaction is recorded
    await trainer.expect("\"sessions\" is a command: here they start with \"/\"")
    trainer.send("/leave")
    for member in watchers:
        await member.expect("The host (tina) left; the replay stays where it is.")
    await service.app.store.flushed()
    events = await service.app.store.read_session(room_id)
    comment = next(e for e in events if e.kind is EventKind.COMMENT)
    turn = next(e for e in events if e.text == "My parcel is lost.")
    assert comment.actor == "tina" and comment.data["turn"] == turn.seq
    reactions = [e for e in events if e.kind is EventKind.REACTION]
    assert [(e.actor, e.text) for e in reactions] == [("ola", "Good tone.")]
    for client in [trainer, *watchers]:
        await client.close()


@pytest_twisted.ensureDeferred
async def test_a_party_on_an_unshared_recording_tells_the_host_to_share_it(
    reactor, server_factory, sqlite_url
):
    service = await server_factory(sqlite_url)
    port = port_of(service)
    agent, customer, room_id = await live_room(reactor, port, "moe", "ned")
    agent.send("Hello, how can I help?")
    await customer.expect("Hello, how can I help?")
    agent.send("/end")
    await customer.expect("back in the lobby")
    with database(sqlite_url) as engine:
        people(engine, tina=Role.TRAINER)
        cohort(engine, "team-a", trainers=("tina",), trainees=("moe",))
    trainer = await sign_in(reactor, port, "tina")
    trainer.send(f"party {room_id}")
    await trainer.expect(f"Session {room_id} is not shared with a cohort yet")
    await trainer.expect(f"\"share {room_id} COHORT\" lets a cohort in.")
    for client in (agent, customer, trainer):
        await client.close()
