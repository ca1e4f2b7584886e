"""Seeding a real database for the cohort, review, access and export tests: accounts,
cohorts and finished, scored sessions written through the same queries the server uses."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Engine

from server.accounts import hash_password
from sessions import cohorts, queries
from sessions.dbpool import make_engine
from sessions.debriefing import score_session
from sessions.events import Event, EventKind, Seat
from sessions.records import Role
from tests.telnet_client import TelnetTestClient, connect

PASSWORD = "correct-horse"
SCENARIO = "broken-on-arrival"
START = 1_790_000_000.0  # 2026-09-21, before any due date the tests use
LINES = (
    (Seat.CUSTOMER, "My kettle arrived in pieces and I want my money back NOW."),
    (Seat.AGENT, "I'm sorry it arrived broken. I can send a replacement today."),
    (Seat.CUSTOMER, "Fine. Today, then."),
    (Seat.AGENT, "It ships today; you will have a tracking number within the hour."),
)


@contextmanager
def database(url: str) -> Iterator[Engine]:
    engine, _threads = make_engine(url)
    queries.migrate(engine)
    try:
        yield engine
    finally:
        engine.dispose()


@functools.cache
def _password_hash() -> str:
    return hash_password(PASSWORD)


def people(engine: Engine, **roles: Role) -> None:
    for name, role in roles.items():
        queries.add_account(engine, name, _password_hash(), role, START)


def cohort(engine: Engine, name: str, trainers: tuple[str, ...] = (),
           trainees: tuple[str, ...] = ()) -> None:
    cohorts.create_cohort(engine, name, "root", START)
    for trainer in trainers:
        cohorts.add_member(engine, name, trainer, cohorts.CohortRole.TRAINER)
    for trainee in trainees:
        cohorts.add_member(engine, name, trainee, cohorts.CohortRole.TRAINEE)


def _scores(data: Mapping[str, Any], scores: Mapping[str, int | bool]) -> dict[str, Any]:
    """The SCORE event's data with the scorecard's figures replaced by ``scores``."""
    card = dict(data["scorecard"])
    for name, value in scores.items():
        card[name] = value if name in ("overall", "passed") else {**card[name], "score": value}
    return {**data, "scorecard": card}


def scored_session(engine: Engine, agent: str, customer: str = "cleo", seed: int = 1,
                   scenario: str = SCENARIO, whispers: Mapping[int, str] | None = None,
                   **scores: int | bool) -> int:
    """A finished session ``agent`` played, scored by the real scorer; ``scores``
    (calmness=62, overall=75, ...) replace the scorer's figures. ``whispers`` maps a turn
    number to what a trainer whispered right after it."""
    info = queries.create_session(engine, START, scenario, "1", seed)
    events = [
        Event(info.id, 1, START, EventKind.JOIN, agent, Seat.AGENT, data={"account": agent}),
        Event(info.id, 2, START, EventKind.JOIN, customer, Seat.CUSTOMER,
              data={"account": customer}),
        Event(info.id, 3, START, EventKind.SYSTEM, text="The session is live.",
              data={"status": "live"}),
    ]
    for seat, text in LINES:
        actor = agent if seat is Seat.AGENT else customer
        events.append(Event(info.id, len(events) + 1, START + len(events), EventKind.SAY,
                            actor, seat, text))
        turn = sum(1 for e in events if e.kind is EventKind.SAY)
        if whispers and turn in whispers:
            events.append(Event(info.id, len(events) + 1, START + len(events),
                                EventKind.WHISPER, "tara", None, whispers[turn],
                                data={"turn": events[-1].seq}))
    events.append(Event(info.id, len(events) + 1, START + 60, EventKind.END,
                        text="Session ended.", data={"outcome": "resolved"}))
    queries.write_events(engine, events)
    info = queries.get_session(engine, info.id)
    data = score_session(info, events)
    events = [Event(info.id, len(events) + 1, START + 61, EventKind.SCORE,
                    text="Scored.", data=_scores(data, scores))]
    queries.write_events(engine, events)
    return info.id


def flat(text: str) -> str:
    """``text`` with the screen's wrapping undone: runs of whitespace become one space."""
    return " ".join(text.split())


async def sign_in(reactor: Any, port: int, name: str) -> TelnetTestClient:
    client = await connect(reactor, port)
    client.send(f"connect {name} {PASSWORD}")
    await client.expect(f"Hello, {name}")
    return client
