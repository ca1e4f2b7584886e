"""The README's "Who may read what" table as fast tests of the read layer
(``sessions.reading`` over a real SQLite file): every row, allowed and refused, on every
read path, and what each reader is then shown. The same rows over telnet and the web are
in tests/test_access.py and tests/web/test_api.py."""

from __future__ import annotations

import argparse
from typing import Any

import pytest
import pytest_twisted

from server.export_command import run as export_run
from sessions import cohorts, queries
from sessions.access import may_read
from sessions.debriefing import score_session
from sessions.events import Event, EventKind, Seat
from sessions.reading import NotReadable, can_read, listing, recording
from sessions.records import Role
from sessions.store import SqlStore
from sessions.viewpoint import ReadPath, Vantage
from tests.cohort_fixtures import START, cohort, database, people

PEOPLE = {
    "root": Role.ADMIN,
    "tara": Role.TRAINER,  # trains north: uma, vic
    "otto": Role.TRAINER,  # trains south: wes; uma's session is shared with south
    "uma": Role.TRAINEE,
    "vic": Role.TRAINEE,
    "wes": Role.TRAINEE,
    "cleo": Role.TRAINEE,  # in no cohort; sat in uma's customer seat
    "zoe": Role.TRAINEE,  # in no cohort, in no session
}
WHISPER, NOTE, TAKEOVER = "Ask what she needs it for.", "Good pace so far.", "tara takes over."
#: The README's rows: each reader of uma's session, and the vantage they read it from
#: (None: refused, with the same answer as for a session that does not exist).
ROWS: dict[str, tuple[str, Vantage | None]] = {
    "an admin": ("root", Vantage.COACH),
    "a participant in the agent seat": ("uma", Vantage.AGENT),
    "a participant in the customer seat": ("cleo", Vantage.CUSTOMER),
    "a trainer of the agent's cohort": ("tara", Vantage.COACH),
    "a member of a cohort the recording is shared with": ("wes", Vantage.AUDIENCE),
    "a trainer of a cohort it is shared with": ("otto", Vantage.AUDIENCE),
    "a trainee of the agent's cohort it is not shared with": ("vic", None),
    "anyone else": ("zoe", None),
}
#: What each vantage is shown of the private kinds, on the recorded paths.
PRIVATE = {
    Vantage.COACH: {WHISPER, NOTE, TAKEOVER},
    Vantage.AGENT: {WHISPER},
    Vantage.CUSTOMER: {TAKEOVER},
    Vantage.AUDIENCE: set(),
}
RECORDED_PATHS = (ReadPath.TRANSCRIPT, ReadPath.DEBRIEF, ReadPath.REPLAY, ReadPath.API)


def _session(engine: Any, agent: str, customer: str, private: bool) -> int:
    """A finished, scored session; with ``private``, a whisper, a note and a take-over."""
    info = queries.create_session(engine, START, "broken-on-arrival", "1", 1)
    kinds: list[tuple[EventKind, str | None, Seat | None, str]] = [
        (EventKind.JOIN, agent, Seat.AGENT, ""),
        (EventKind.JOIN, customer, Seat.CUSTOMER, ""),
        (EventKind.SAY, customer, Seat.CUSTOMER, "My blender came smashed."),
        (EventKind.SAY, agent, Seat.AGENT, "I'm sorry. I'll send a new one today."),
    ]
    if private:
        kinds += [
            (EventKind.WHISPER, "tara", None, WHISPER),
            (EventKind.NOTE, "tara", None, NOTE),
            (EventKind.TAKEOVER, "tara", Seat.CUSTOMER, TAKEOVER),
            (EventKind.SAY, customer, Seat.CUSTOMER, "Today? Fine."),
            (EventKind.HANDBACK, "tara", Seat.CUSTOMER, "tara hands back."),
        ]
    kinds += [(EventKind.MOOD, None, Seat.CUSTOMER, ""), (EventKind.END, None, None, "Ended.")]
    events = [
        Event(info.id, seq, START + seq, kind, actor, seat, text,
              {"account": actor} if kind is EventKind.JOIN else
              {"state": {"anger": 3}} if kind is EventKind.MOOD else {})
        for seq, (kind, actor, seat, text) in enumerate(kinds, 1)
    ]
    queries.write_events(engine, events)
    info = queries.get_session(engine, info.id)
    score = score_session(info, events)
    queries.write_events(engine, [Event(info.id, len(events) + 1, START + 99, EventKind.SCORE,
                                        text="Scored.", data=score)])
    return info.id


@pytest.fixture
def world(sqlite_url: str) -> dict[str, int]:
    with database(sqlite_url) as engine:
        people(engine, **PEOPLE)
        cohort(engine, "north", trainers=("tara",), trainees=("uma", "vic"))
        cohort(engine, "south", trainers=("otto",), trainees=("wes",))
        ids = {
            "umas": _session(engine, "uma", "cleo", private=True),
            "cleos": _session(engine, "cleo", "uma", private=False),
            "wess": _session(engine, "wes", "cleo", private=False),
        }
        cohorts.share(engine, ids["umas"], "south", "tara", START)
    return ids


@pytest.fixture
def store(store, world):
    """The shared store, opened on the world above."""
    return store


async def account(store: SqlStore, name: str):
    found = await store.get_account(name)
    assert found is not None
    return found


def private_texts(events: Any) -> set[str]:
    return {e.text for e in events} & {WHISPER, NOTE, TAKEOVER}


@pytest.mark.parametrize("row", list(ROWS))
@pytest.mark.parametrize("path", RECORDED_PATHS)
@pytest_twisted.ensureDeferred
async def test_each_row_on_each_recorded_path(row, path, store, world):
    name, vantage = ROWS[row]
    reader = await account(store, name)
    if vantage is None:
        for session_id in (world["umas"], 9999):
            with pytest.raises(NotReadable, match=f"There is no session {session_id} that"):
                await recording(store, reader, session_id, path)
        assert not await can_read(store, reader, world["umas"])
        return
    found = await recording(store, reader, world["umas"], path)
    assert found.vantage is vantage
    assert private_texts(found.events) == PRIVATE[vantage]
    assert found.turns() == 3
    assert found.score is not None  # everyone who may read it may read its debrief
    assert any(e.kind is EventKind.MOOD for e in found.events)  # the mood chart


@pytest.mark.parametrize("row", [r for r, (_, v) in ROWS.items() if v is not None])
@pytest_twisted.ensureDeferred
async def test_the_debrief_review_shows_whispers_only_to_the_agent_and_coaches(row, store, world):
    name, vantage = ROWS[row]
    found = await recording(store, await account(store, name), world["umas"], ReadPath.DEBRIEF)
    review = found.review()
    assert review is not None
    whispered = [w.text for w in review.whispers]
    assert whispered == ([WHISPER] if vantage in (Vantage.AGENT, Vantage.COACH) else [])


@pytest.mark.parametrize("row", [r for r, (_, v) in ROWS.items() if v is not None])
@pytest_twisted.ensureDeferred
async def test_a_watch_party_shows_everyone_the_conversation_only(row, store, world):
    name, _vantage = ROWS[row]
    found = await recording(store, await account(store, name), world["umas"], ReadPath.PARTY)
    assert found.vantage is Vantage.AUDIENCE
    assert private_texts(found.events) == set()
    assert {e.kind for e in found.events} <= {
        EventKind.SAY, EventKind.JOIN, EventKind.END, EventKind.COMMENT, EventKind.REACTION,
        EventKind.SYSTEM, EventKind.PAUSE, EventKind.RESUME, EventKind.LEAVE}
    assert found.turns() == 3


@pytest.mark.parametrize("name", list(PEOPLE))
@pytest_twisted.ensureDeferred
async def test_the_sessions_query_is_the_may_read_rule(name, store, world):
    reader = await store.reader_for(await account(store, name))
    every = [await store.get_session(i) for i in sorted(world.values(), reverse=True)]
    expected = [info.id for info in every if info is not None and may_read(reader, info)]
    assert [info.id for info in await listing(store, reader.account)] == expected


def test_the_export_carries_no_coaching(sqlite_url, world, tmp_path, capsys):
    args = argparse.Namespace(cohort="north", format="json", what="sessions", output=None)
    with database(sqlite_url) as engine:
        assert export_run(args, engine) == 0
    out = capsys.readouterr().out
    assert "uma" in out
    assert not [text for text in (WHISPER, NOTE, TAKEOVER) if text in out]
