"""Two people over real telnet connections hold a recorded conversation."""

from __future__ import annotations

import pytest_twisted

from sessions.events import EventKind
from tests.helpers import live_room, port_of, stored


@pytest_twisted.ensureDeferred
async def test_two_users_chat_end_and_transcript_is_in_the_database(
    reactor, server_factory, db_url
) -> None:
    service = await server_factory(db_url)
    alice, bob, room_id = await live_room(reactor, port_of(service), "alice", "bob")

    alice.send("Hello, I'm Alice. How can I help you today?")
    await bob.expect("alice (agent): Hello, I'm Alice. How can I help you today?")
    await alice.expect("You: Hello, I'm Alice.")
    bob.send("My order never arrived.")
    await alice.expect("bob (customer): My order never arrived.")
    bob.send("/end thanks")
    await alice.expect("Session ended by bob: thanks")
    await bob.expect("back in the lobby")
    await alice.expect("Debrief: ")
    await bob.expect("* Scored: calmness")

    await service.app.store.flushed()
    info, events = stored(db_url, room_id)
    said = [(e.actor, e.seat, e.text) for e in events if e.kind is EventKind.SAY]
    assert said == [
        ("alice", "agent", "Hello, I'm Alice. How can I help you today?"),
        ("bob", "customer", "My order never arrived."),
    ]
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert [e.kind for e in events[-2:]] == [EventKind.END, EventKind.SCORE]
    assert events[-1].data["agent"] == "alice"
    assert set(events[-1].data["debrief"]["scores"]) == {
        "calmness", "boundary_setting", "resolution"
    }
    assert info.status == "ended"
    assert {(m.account, m.seat) for m in info.members} == {("alice", "agent"), ("bob", "customer")}

    alice.send(f"transcript {room_id}")
    await alice.expect("bob (customer): My order never arrived.")
    await alice.close()
    await bob.close()
