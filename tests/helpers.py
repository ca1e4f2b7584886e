"""Small helpers for tests that drive the server over telnet."""

from __future__ import annotations

from sessions import queries
from sessions.dbpool import make_engine
from sessions.events import Event
from sessions.records import SessionInfo
from tests.telnet_client import TelnetTestClient, signed_in


def port_of(service) -> int:
    return service.telnet_port.getHost().port


async def live_room(reactor, port: int, agent: str, customer: str):
    """Two signed-in people in one live room: returns (agent, customer, room_id)."""
    first: TelnetTestClient = await signed_in(reactor, port, agent)
    second: TelnetTestClient = await signed_in(reactor, port, customer)
    first.send("open")
    opened = await first.expect("is open")
    room_id = int(opened.rsplit("Room ", 1)[1].split()[0])
    second.send(f"join {room_id}")
    await second.expect("The session is live.")
    await first.expect("The session is live.")
    return first, second, room_id


def stored(db_url: str, session_id: int) -> tuple[SessionInfo | None, list[Event]]:
    """What the database holds for a session, read the way an operator's tool reads it."""
    engine, _ = make_engine(db_url)
    try:
        return queries.get_session(engine, session_id), queries.read_events(engine, session_id)
    finally:
        engine.dispose()
