"""Small helpers for tests that drive the server over telnet."""

from __future__ import annotations

import json

from roles.library import Library, load_library
from scoring.scorecard import score
from scoring.transcript import from_data
from server.score_command import library_facts
from sessions import queries
from sessions.dbpool import make_engine
from sessions.events import Event, EventKind
from sessions.records import SessionInfo
from sessions.transcript import transcript_json
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
    """What the database holds for a session, read the way an operator's tool reads it.

    Every scored session read here is also re-scored from its own transcript, the way
    ``sparring transcript ID --format json | sparring score -`` does, and must come out
    exactly as it was scored live."""
    engine, _ = make_engine(db_url)
    try:
        info = queries.get_session(engine, session_id)
        events = queries.read_events(engine, session_id)
    finally:
        engine.dispose()
    live = next((e for e in events if e.kind is EventKind.SCORE), None)
    if info is not None and live is not None:
        assert rescored(info, events) == live.data["scorecard"], "the score did not reproduce"
    return info, events


def every_score_reproduces(db_url: str, scenario_paths: tuple[str, ...] = ()) -> int:
    """Re-score every scored session in the database from its transcript; the count.
    ``scenario_paths`` are the scenario files the server loaded besides the library.
    Sessions of a scenario version the library does not have are left out: a fixture
    wrote them, or the scenario changed since (``sparring score`` warns about those)."""
    library = load_library(scenario_paths)[0]
    engine, _ = make_engine(db_url)
    try:
        sessions = queries.list_sessions(engine)
        logs = queries.read_events_of(engine, [s.id for s in sessions])
    finally:
        engine.dispose()
    checked = 0
    for info in sessions:
        events = logs.get(info.id, [])
        live = next((e for e in events if e.kind is EventKind.SCORE), None)
        scenario = library.get(info.scenario_id) if info.scenario_id else None
        if info.scenario_id and (scenario is None or scenario.version != info.scenario_version):
            continue  # written by a fixture, or played on another version of the scenario
        if live is not None:
            assert rescored(info, events, library) == live.data["scorecard"], (
                f"session {info.id}: the score did not reproduce from its transcript")
            checked += 1
    return checked


def rescored(info: SessionInfo, events: list[Event], library: Library | None = None) -> dict:
    """What ``sparring score`` prints (JSON) for the session's exported transcript (with
    ``library`` standing in for the shipped one when the server had more scenarios)."""
    document = json.loads(json.dumps(transcript_json(info, events)))
    transcript = from_data(document)
    facts = None
    if library is not None and transcript.scenario:
        scenario = library.get(transcript.scenario)
        facts = scenario.facts(transcript.outcome, transcript.final_state) if scenario else None
    elif transcript.scenario:
        facts = library_facts(transcript.scenario, transcript)
    return json.loads(json.dumps(score(transcript, facts).to_json()))
