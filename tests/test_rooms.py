"""Reconnecting to a seat, who may read what, and replay over telnet."""

from __future__ import annotations

import pytest_twisted

from tests.helpers import live_room, port_of
from tests.telnet_client import connect, signed_in


@pytest_twisted.ensureDeferred
async def test_a_dropped_participant_returns_to_their_seat_and_sees_what_they_missed(
    reactor, server_factory, db_url
):
    service = await server_factory(db_url)
    agent, customer, room_id = await live_room(reactor, port_of(service), "kim", "lee")
    await customer.close()
    await agent.expect("lee dropped out (disconnected)")
    agent.send("Are you still there? I have your order open.")
    await agent.expect("You: Are you still there?")

    back = await connect(reactor, port_of(service))
    back.send("connect lee correct-horse")
    await back.expect(f"You still have the customer seat in room {room_id}")
    await back.expect("kim (agent): Are you still there? I have your order open.")
    await agent.expect("lee is back as customer.")
    back.send("Yes, sorry, my wifi dropped.")
    await agent.expect("lee (customer): Yes, sorry, my wifi dropped.")
    await agent.close()
    await back.close()


@pytest_twisted.ensureDeferred
async def test_a_third_user_cannot_read_or_replay_someone_elses_session(
    reactor, server_factory, db_url
):
    service = await server_factory(db_url)
    agent, customer, room_id = await live_room(reactor, port_of(service), "mia", "ned")
    agent.send("Private words about an account.")
    await customer.expect("mia (agent): Private words")
    agent.send("/end")
    await customer.expect("back in the lobby")

    outsider = await signed_in(reactor, port_of(service), "ozzy")
    outsider.send(f"transcript {room_id}")
    await outsider.expect(f"There is no session {room_id} that you may read")
    outsider.send(f"replay {room_id} max")
    await outsider.expect(f"There is no session {room_id} that you may read")
    outsider.send("sessions")
    await outsider.expect("You have no recorded sessions yet")
    assert "Private words" not in outsider.text

    customer.send("sessions")
    await customer.expect(f"  {room_id}  ended")
    for client in (agent, customer, outsider):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_replay_at_max_speed_shows_the_session_in_order(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    agent, customer, room_id = await live_room(reactor, port_of(service), "pia", "quin")
    lines = ["first line", "second line", "third line"]
    for number, line in enumerate(lines):
        (agent if number % 2 == 0 else customer).send(line)
        await agent.expect(line)
    agent.send("/end")
    await agent.expect("back in the lobby")
    agent.send(f"replay {room_id} max")
    await agent.expect(f"Replaying session {room_id}")
    for line in lines:
        await agent.expect(line)
    await agent.expect("End of the replay.")
    agent.send("look")
    await agent.expect("You are in the lobby")
    await agent.close()
    await customer.close()


@pytest_twisted.ensureDeferred
async def test_replay_can_be_stopped(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    agent, customer, room_id = await live_room(reactor, port_of(service), "vic", "wyn")
    agent.send("one")
    await customer.expect("one")
    customer.send("two")
    await agent.expect("two")
    agent.send("/end")
    await agent.expect("back in the lobby")
    agent.send(f"replay {room_id} 0.001")  # a thousandth of the pace: hours between lines
    await agent.expect("joined as agent")
    agent.send("look")
    await agent.expect("A replay is running. Type \"/stop\" to stop it.")
    agent.send("/stop")
    await agent.expect("Replay stopped.")
    agent.send("look")
    await agent.expect("You are in the lobby")
    await agent.close()
    await customer.close()
