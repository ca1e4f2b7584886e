"""Practising with people: the queue, hosting from a persona card, watching, whispering."""

from __future__ import annotations

import pytest_twisted
from twisted.internet.task import Clock

from roles.engine import INSTANT
from roles.library import load_library
from server.practice import Pairing
from sessions.events import EventKind
from sessions.matchmaking import Matchmaker
from sessions.records import Role
from tests.cohort_fixtures import cohort, database, people, sign_in
from tests.helpers import live_room, port_of
from tests.telnet_client import signed_in

SCENARIO = load_library()[0].get("broken-on-arrival")


async def read_log(service, room_id: int):
    await service.app.store.flushed()
    return await service.app.store.read_session(room_id)


@pytest_twisted.ensureDeferred
async def test_the_queue_pairs_two_trainees_and_only_the_customer_gets_the_card(
    reactor, server_factory, sqlite_url
):
    service = await server_factory(sqlite_url)
    port = port_of(service)
    agent = await signed_in(reactor, port, "ada")
    peer = await signed_in(reactor, port, "ben")
    agent.send(f"practise {SCENARIO.id}")
    await agent.expect("You are number 1 in the practice queue")
    peer.send("volunteer")
    await peer.expect("Matched: you play the customer for ada")
    await agent.expect("Matched: ben (a fellow trainee) plays the customer.")
    await peer.expect(SCENARIO.persona.hidden_need[:40])
    await agent.expect("The session is live.")
    await peer.expect("The session is live.")
    assert SCENARIO.persona.hidden_need[:40] not in agent.text
    peer.send("My kettle arrived in pieces.")
    await agent.expect("ben (customer): My kettle arrived in pieces.")
    for client in (agent, peer):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_the_queue_falls_back_to_the_scripted_customer(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url, customer_pace=INSTANT)
    clock = Clock()
    app = service.app
    app.matchmaker = Matchmaker(clock, Pairing(app).matched, wait=60)
    trainee = await signed_in(reactor, port_of(service), "cas")
    trainee.send(f"practise {SCENARIO.id}")
    await trainee.expect("within 60 seconds the scripted customer will")
    clock.advance(59)
    assert "Matched" not in trainee.text
    clock.advance(1)
    await trainee.expect("Matched: Nobody was free to play the customer within 60 seconds")
    await trainee.expect(f"{SCENARIO.persona.name} (customer): ")
    await trainee.close()


@pytest_twisted.ensureDeferred
async def test_leaving_the_queue_and_dropping_out_of_it(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    port = port_of(service)
    first = await signed_in(reactor, port, "dot")
    first.send("practise")
    await first.expect("in the practice queue")
    first.send("/leave")
    await first.expect("You left the queue")
    first.send("practise")
    await first.expect("in the practice queue")
    await first.close()
    # Had the dropped trainee stayed queued, this volunteer would be matched with them.
    volunteer = await signed_in(reactor, port, "eve")
    volunteer.send("volunteer")
    await volunteer.expect("You will play the customer for the next trainee")
    seekers, partners = service.app.matchmaker.waiting()
    assert seekers == [] and [p.account for p in partners] == ["eve"]
    await volunteer.close()


@pytest_twisted.ensureDeferred
async def test_a_trainer_plays_the_customer_from_the_persona_card(
    reactor, server_factory, sqlite_url
):
    service = await server_factory(sqlite_url)
    port = port_of(service)
    with database(sqlite_url) as engine:
        people(engine, fay=Role.TRAINER)
    host = await sign_in(reactor, port, "fay")
    agent = await signed_in(reactor, port, "gus")
    host.send(f"host {SCENARIO.id}")
    opened = await host.expect("You play the customer")
    room_id = int(opened.rsplit("Room ", 1)[1].split()[0])
    await host.expect(SCENARIO.persona.hidden_need[:40])
    agent.send(f"join {room_id}")
    await agent.expect("The session is live.")
    assert SCENARIO.persona.hidden_need[:40] not in agent.text
    assert SCENARIO.title in agent.text  # the agent's briefing
    events = await read_log(service, room_id)
    assert {(e.actor, e.seat) for e in events if e.kind is EventKind.JOIN} == {
        ("fay", "customer"), ("gus", "agent")
    }
    for client in (host, agent):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_a_consented_watcher_is_announced_sees_the_talk_and_may_not_coach(
    reactor, server_factory, db_url
):
    service = await server_factory(db_url)
    port = port_of(service)
    agent, customer, room_id = await live_room(reactor, port, "hal", "ivy")
    peer = await signed_in(reactor, port, "jon")
    stranger = await signed_in(reactor, port, "kim")
    with database(db_url) as engine:
        cohort(engine, "team", trainees=("hal", "jon"))
    peer.send(f"watch {room_id}")
    await peer.expect("You may watch a room when you train the agent's cohort")
    agent.send("/allow kim")
    await agent.expect("kim is not in a cohort with you;")
    stranger.send(f"watch {room_id}")
    await stranger.expect("You may watch a room when you train the agent's cohort")
    agent.send("/allow jon")
    await agent.expect("jon may now watch this session")
    peer.send(f"watch {room_id}")
    await peer.expect("You are watching, as the agent allowed.")
    await agent.expect("* jon is watching.")
    await customer.expect("* jon is watching.")
    customer.send("Where is my refund?")
    await peer.expect("ivy (customer): Where is my refund?")
    for command in ("/whisper Give a date.", "/note Missed the name.", "/takeover"):
        peer.send(command)
        await peer.expect("Only the agent's trainers coach; you are watching with the "
                          "agent's consent.")
    peer.send("/leave")
    await agent.expect("* jon stopped watching.")
    events = await read_log(service, room_id)
    assert not [e for e in events if e.kind in (EventKind.WHISPER, EventKind.NOTE)]
    for client in (agent, customer, peer, stranger):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_the_agents_trainer_whispers_to_the_agent_alone(reactor, server_factory, db_url):
    service = await server_factory(db_url)
    port = port_of(service)
    agent, customer, room_id = await live_room(reactor, port, "hal", "ivy")
    with database(db_url) as engine:
        people(engine, tara=Role.TRAINER)
        cohort(engine, "team", trainers=("tara",), trainees=("hal",))
    coach = await sign_in(reactor, port, "tara")
    coach.send(f"watch {room_id}")
    await coach.expect("You are watching. \"/whisper TEXT\" coaches the agent")
    await agent.expect("* tara is watching.")
    customer.send("Where is my refund?")
    await coach.expect("ivy (customer): Where is my refund?")
    coach.send("/whisper Acknowledge first, then give a date.")
    await agent.expect("[coach tara] Acknowledge first, then give a date.")
    coach.send("/note Missed the name again.")
    await coach.expect("[note by tara] Missed the name again.")
    agent.send("I understand, Ivy. Your refund goes out on Friday.")
    await customer.expect("Your refund goes out on Friday.")
    coach.send("hello?")
    await coach.expect("You are watching, so the people in the room do not hear you.")
    coach.send("/leave")
    await agent.expect("* tara stopped watching.")
    await customer.expect("* tara stopped watching.")
    assert "Acknowledge first" not in customer.text and "Missed the name" not in customer.text
    assert "Missed the name" not in agent.text
    events = await read_log(service, room_id)
    whisper = next(e for e in events if e.kind is EventKind.WHISPER)
    assert whisper.actor == "tara" and whisper.text == "Acknowledge first, then give a date."
    said = next(e for e in events if e.text == "Where is my refund?")
    assert whisper.data["turn"] == said.seq
    for client in (agent, customer, coach):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_either_person_can_pause_and_nobody_speaks_meanwhile(
    reactor, server_factory, sqlite_url
):
    service = await server_factory(sqlite_url)
    agent, customer, _ = await live_room(reactor, port_of(service), "kai", "lou")
    customer.send("/pause")
    await agent.expect("* lou paused the session.")
    agent.send("Are you there?")
    await agent.expect("The session is paused; \"/resume\" continues it.")
    agent.send("/resume")
    await customer.expect("* kai resumed the session.")
    agent.send("Are you there?")
    await customer.expect("kai (agent): Are you there?")
    for client in (agent, customer):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_a_cohort_trainer_watches_takes_over_and_hands_back(
    reactor, server_factory, sqlite_url
):
    service = await server_factory(sqlite_url, customer_pace=INSTANT)
    port = port_of(service)
    with database(sqlite_url) as engine:
        people(engine, pat=Role.TRAINEE, tara=Role.TRAINER, otto=Role.TRAINER)
        cohort(engine, "team-a", trainers=("tara",), trainees=("pat",))
        cohort(engine, "team-b", trainers=("otto",))
    agent = await sign_in(reactor, port, "pat")
    agent.send(f"play {SCENARIO.id} 4")
    opened = await agent.expect(", seed 4.")
    room_id = int(opened.rsplit("Room ", 1)[1].split(",")[0])
    await agent.expect(f"{SCENARIO.persona.name} (customer): ")

    outsider = await sign_in(reactor, port, "otto")
    outsider.send(f"watch {room_id}")
    await outsider.expect("You may watch a room when you train the agent's cohort")

    trainer = await sign_in(reactor, port, "tara")
    trainer.send(f"watch {room_id}")
    await trainer.expect("You are watching.")
    await agent.expect("* tara is watching.")
    trainer.send("/takeover")
    await trainer.expect("* tara plays the customer now.")
    trainer.send("Honestly, I just need it before Saturday.")
    await trainer.expect(f"You (as {SCENARIO.persona.name}): Honestly")
    await agent.expect(f"{SCENARIO.persona.name} (customer): Honestly, I just need it")
    trainer.send("/handback")
    await trainer.expect("* tara handed the customer back to the script.")
    agent.send("I'm so sorry, I'll send a replacement today so it arrives before Saturday.")
    await agent.expect("You: I'm so sorry")
    await agent.expect(f"{SCENARIO.persona.name} (customer): ")
    assert "plays the customer now" not in agent.text and "handed the customer" not in agent.text
    events = await read_log(service, room_id)
    kinds = [e.kind for e in events]
    assert kinds.index(EventKind.TAKEOVER) < kinds.index(EventKind.HANDBACK)
    assert [e.kind for e in events[kinds.index(EventKind.HANDBACK):]].count(EventKind.MOOD) >= 1
    for client in (agent, outsider, trainer):
        await client.close()
