"""Score review over telnet: a trainer's comments and overrides, the agent's dispute and
the whispers they received, in the debrief and the event log; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest_twisted
from twisted.internet.defer import gatherResults

from sessions import queries
from sessions.events import EventKind
from sessions.records import Role
from tests.cohort_fixtures import cohort, database, flat, people, scored_session, sign_in
from tests.helpers import port_of

SCORES = {"calmness": 62, "boundary_setting": 70, "resolution": 80, "overall": 72}


@pytest_twisted.ensureDeferred
async def test_an_override_with_a_reason_appears_in_the_trainees_debrief(
    reactor, server_factory, db_url
):
    with database(db_url) as engine:
        people(engine, tara=Role.TRAINER, uma=Role.TRAINEE)
        cohort(engine, "north", trainers=("tara",), trainees=("uma",))
        session_id = scored_session(engine, "uma", whispers={3: "Give her a timeline."},
                                    **SCORES)
    service = await server_factory(db_url)
    port = port_of(service)
    tara = await sign_in(reactor, port, "tara")
    tara.send(f"override {session_id} boundary-setting 85 She held the refund policy.")
    await tara.expect(f"Boundary setting for session {session_id}: machine 70, yours 85.")
    tara.send(f"comment {session_id} 2 Apology and a remedy in one line: good.")
    await tara.expect("is saved.")
    uma = await sign_in(reactor, port, "uma")
    uma.send(f"dispute {session_id} The customer calmed down, so calmness should be higher.")
    await uma.expect("is saved")
    uma.send(f"debrief {session_id}")
    await uma.expect(f"Session {session_id}, agent uma:")
    review = await uma.expect("Coached at turn 3 by tara: Give her a timeline.")
    review = flat(review[review.index("Review:"):])
    assert "Boundary setting: machine 70, trainer 85 (tara: She held the refund policy.)" in review
    assert "Overall: machine 72, after review 76" in review  # 0.3*62 + 0.3*85 + 0.4*80
    assert "Turn 2, comment by tara (" in review
    assert "Apology and a remedy in one line: good." in review
    assert "Disputed by uma (" in review
    await service.app.store.flushed()
    log = await service.app.store.read_session(session_id)
    reviewed = [(e.kind, e.actor) for e in log if e.kind in
                (EventKind.OVERRIDE, EventKind.COMMENT, EventKind.DISPUTE)]
    assert reviewed == [(EventKind.OVERRIDE, "tara"), (EventKind.COMMENT, "tara"),
                        (EventKind.DISPUTE, "uma")]
    override = next(e for e in log if e.kind is EventKind.OVERRIDE)
    assert dict(override.data) == {"dimension": "boundary_setting", "score": 85, "machine": 70}
    assert override.at >= log[0].at and override.seq == log[-3].seq
    for client in (tara, uma):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_a_trainer_of_another_cohort_is_refused(reactor, server_factory, db_url):
    with database(db_url) as engine:
        people(engine, tara=Role.TRAINER, otto=Role.TRAINER, uma=Role.TRAINEE)
        cohort(engine, "north", trainers=("tara",), trainees=("uma",))
        cohort(engine, "south", trainers=("otto",))
        session_id = scored_session(engine, "uma", **SCORES)
    service = await server_factory(db_url)
    otto = await sign_in(reactor, port_of(service), "otto")
    for line in (f"transcript {session_id}", f"debrief {session_id}",
                 f"comment {session_id} 2 Weak.", f"override {session_id} calmness 10 No."):
        otto.send(line)
        await otto.expect(f"There is no session {session_id} that you may read.")
    await otto.close()
    await service.app.store.flushed()
    log = await service.app.store.read_session(session_id)
    assert log[-1].kind is EventKind.SCORE


@pytest_twisted.ensureDeferred
async def test_review_asks_for_what_is_missing(reactor, server_factory, sqlite_url):
    with database(sqlite_url) as engine:
        people(engine, tara=Role.TRAINER, uma=Role.TRAINEE, cleo=Role.TRAINEE)
        cohort(engine, "north", trainers=("tara",), trainees=("uma",))
        session_id = scored_session(engine, "uma", **SCORES)
    service = await server_factory(sqlite_url)
    port = port_of(service)
    tara = await sign_in(reactor, port, "tara")
    for line, answer in (
        (f"override {session_id} patience 80 Fine.", "Usage: override SESSION_ID"),
        (f"override {session_id} calmness 80", "REASON is why, in as many words as it takes."),
        (f"override {session_id} calmness 101 Too high.", "SCORE is 0 to 100"),
        (f"comment {session_id} 9 Where?", f"Session {session_id} has no turn 9: it has "
                                           "turns 1 to 4."),
        (f"comment {session_id} two Words.", "the debrief uses."),
    ):
        tara.send(line)
        await tara.expect(answer)
    # A live session is reviewed after it ends.
    uma, cleo = await sign_in(reactor, port, "uma"), await sign_in(reactor, port, "cleo")
    uma.send("open")
    opened = await uma.expect("is open")
    room_id = int(opened.rsplit("Room ", 1)[1].split()[0])
    cleo.send(f"join {room_id}")
    await uma.expect("The session is live.")
    uma.send("Hello, how can I help?")
    await cleo.expect("how can I help?")
    tara.send(f"comment {room_id} 1 Warm opening.")
    await tara.expect(f"Session {room_id} is still open: review it after it has ended.")
    for client in (tara, uma, cleo):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_appends_after_the_end_number_events_without_gaps_or_clashes(
    reactor, server_factory, db_url
):
    with database(db_url) as engine:
        session_id = scored_session(engine, "uma", **SCORES)
        before = queries.last_seq(engine, session_id)
    service = await server_factory(db_url)
    store = service.app.store
    await gatherResults([
        store.append_review(session_id, EventKind.COMMENT, f"t{i}", f"note {i}", {"turn": 4})
        for i in range(8)
    ])
    log = await store.read_session(session_id)
    assert [e.seq for e in log] == list(range(1, before + 9))
    assert sorted(e.actor for e in log[before:]) == [f"t{i}" for i in range(8)]
    try:
        await store.append_review(999, EventKind.COMMENT, "t", "x")
    except queries.SessionNotEnded:
        pass
    else:
        raise AssertionError("a comment was appended to a session that does not exist")
