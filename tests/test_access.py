"""The README's "Who may read what" table, one test per row, over telnet, on SQLite and
PostgreSQL. Every refusal of a session reads the same as for a session that does not
exist, so IDs cannot be probed."""

from __future__ import annotations

from typing import Any

import pytest_twisted

from sessions.records import Role
from tests.cohort_fixtures import cohort, database, flat, people, scored_session, sign_in
from tests.helpers import port_of

MISSING = 9999
PEOPLE = {
    "root": Role.ADMIN,
    "tara": Role.TRAINER,  # trains north: uma and vic
    "otto": Role.TRAINER,  # trains south: wes
    "uma": Role.TRAINEE,
    "vic": Role.TRAINEE,
    "wes": Role.TRAINEE,
    "cleo": Role.TRAINEE,  # in no cohort
}
SCORES = {"calmness": 62, "boundary_setting": 70, "resolution": 80, "overall": 72}
WHISPERED = "Ask her when she needs it by."


async def world(server_factory: Any, db_url: str) -> tuple[Any, int, int]:
    """A server with two cohorts and two scored sessions: uma as the agent with cleo as
    the customer (tara whispered to uma after turn 2), and cleo as the agent with uma as
    the customer."""
    with database(db_url) as engine:
        people(engine, **PEOPLE)
        cohort(engine, "north", trainers=("tara",), trainees=("uma", "vic"))
        cohort(engine, "south", trainers=("otto",), trainees=("wes",))
        umas = scored_session(engine, "uma", "cleo", whispers={2: WHISPERED}, **SCORES)
        cleos = scored_session(engine, "cleo", "uma", **SCORES)
    service = await server_factory(db_url)
    return service, umas, cleos


def refused(session_id: int) -> str:
    return f"There is no session {session_id} that you may read."


@pytest_twisted.ensureDeferred
async def test_an_admin(reactor, server_factory, db_url):
    service, umas, cleos = await world(server_factory, db_url)
    root = await sign_in(reactor, port_of(service), "root")
    root.send("sessions")
    listing = await root.expect("\n  1  ended")
    assert f"  {cleos}  ended" in listing
    root.send(f"transcript {umas}")
    await root.expect("It ships today")
    root.send(f"comment {umas} 2 A clear apology.")
    await root.expect(f"Your comment on turn 2 of session {umas} is saved.")
    root.send(f"override {cleos} resolution 90 The replacement was agreed.")
    await root.expect(f"Resolution for session {cleos}: machine 80, yours 90.")
    root.send(f"debrief {cleos}")
    await root.expect("overall 76 after a trainer's review (the machine gave 72;")
    await root.expect("Resolution: machine 80, trainer 90 (root: The replacement was agreed.)")
    await root.close()


@pytest_twisted.ensureDeferred
async def test_a_participant_agent_or_customer_seat(reactor, server_factory, db_url):
    service, umas, cleos = await world(server_factory, db_url)
    port = port_of(service)
    for name in ("uma", "cleo"):
        person = await sign_in(reactor, port, name)
        person.send("sessions")
        listing = await person.expect("newest first):")
        listing = await person.expect(f"  {umas}  ended")
        for session_id in (umas, cleos):
            person.send(f"transcript {session_id}")
            await person.expect(f"Session {session_id} (ended):")
            person.send(f"debrief {session_id}")
            await person.expect(f"Session {session_id}, agent")
        person.send(f"replay {umas} max")
        await person.expect(f"Replaying session {umas}.")
        await person.expect("End of the replay.")
        await person.close()
    assert listing  # both sessions listed for both people
    cleo = await sign_in(reactor, port, "cleo")
    cleo.send(f"override {umas} calmness 90 Looked fine to me.")
    await cleo.expect(f"Only the agent's cohort trainers and admins may do that to session {umas};")
    cleo.send(f"dispute {umas} Not my score to dispute.")
    await cleo.expect(f"Only the agent of the session may do that to session {umas};")
    await cleo.close()


@pytest_twisted.ensureDeferred
async def test_a_trainer_of_a_cohort(reactor, server_factory, db_url):
    service, umas, cleos = await world(server_factory, db_url)
    tara = await sign_in(reactor, port_of(service), "tara")
    tara.send("sessions")
    await tara.expect(f"  {cleos}  ended")  # uma, her trainee, sat in the customer seat
    tara.send(f"transcript {umas}")
    await tara.expect("It ships today")
    tara.send(f"comment {umas} 4 Good: a timeline.")
    await tara.expect(f"Your comment on turn 4 of session {umas} is saved.")
    tara.send(f"override {umas} calmness 75 Calm throughout; the scorer missed it.")
    await tara.expect(f"Calmness for session {umas}: machine 62, yours 75.")
    # Readable, but cleo (not her trainee) was the agent there: no review.
    tara.send(f"override {cleos} calmness 75 Not mine to judge.")
    await tara.expect(
        f"Only the agent's cohort trainers and admins may do that to session {cleos};"
    )
    await tara.close()


@pytest_twisted.ensureDeferred
async def test_a_member_of_a_cohort_a_recording_is_shared_with(reactor, server_factory, db_url):
    service, umas, _cleos = await world(server_factory, db_url)
    port = port_of(service)
    vic = await sign_in(reactor, port, "vic")
    vic.send(f"transcript {umas}")
    await vic.expect(refused(umas))
    tara = await sign_in(reactor, port, "tara")
    tara.send(f"share {umas} north")
    await tara.expect(f"Session {umas} is shared with cohort north")
    vic.send(f"transcript {umas}")
    await vic.expect("It ships today")
    vic.send(f"replay {umas} max")
    await vic.expect(f"Replaying session {umas}.")
    await vic.expect("End of the replay.")
    vic.send(f"comment {umas} 2 Nice.")
    await vic.expect(f"Only the agent's cohort trainers and admins may do that to session {umas};")
    wes = await sign_in(reactor, port, "wes")  # south: not shared with
    wes.send(f"transcript {umas}")
    await wes.expect(refused(umas))
    for client in (vic, tara, wes):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_the_agent_of_a_session(reactor, server_factory, db_url):
    service, umas, _cleos = await world(server_factory, db_url)
    port = port_of(service)
    uma = await sign_in(reactor, port, "uma")
    uma.send(f"dispute {umas} I stayed calm when she shouted.")
    await uma.expect(f"Your dispute of session {umas} is saved")
    tara = await sign_in(reactor, port, "tara")
    tara.send(f"debrief {umas}")
    await tara.expect("Disputed by uma (")
    await tara.expect("I stayed calm when she shouted.")
    for client in (uma, tara):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_anyone_else(reactor, server_factory, db_url):
    service, umas, _cleos = await world(server_factory, db_url)
    otto = await sign_in(reactor, port_of(service), "otto")  # trains another cohort
    otto.send("sessions")
    await otto.expect("You have no recorded sessions yet.")
    for session_id in (umas, MISSING):
        for command in ("transcript", "debrief", "replay", "comment {} 2 Hm.",
                        "override {} calmness 10 Too calm.", "dispute {} Unfair.",
                        "share {} south"):
            line = command.format(session_id) if "{}" in command else f"{command} {session_id}"
            otto.send(line)
            await otto.expect(refused(session_id))
    await otto.close()


@pytest_twisted.ensureDeferred
async def test_a_whisper_reaches_only_the_agent_and_the_coaches_on_every_path(
    reactor, server_factory, db_url
):
    """The customer seat and a cohort member reading a shared recording never see the
    coaching: not in the transcript, the debrief's review, the replay or a watch party."""
    service, umas, _cleos = await world(server_factory, db_url)
    port = port_of(service)
    tara = await sign_in(reactor, port, "tara")
    tara.send(f"share {umas} north")
    await tara.expect(f"Session {umas} is shared with cohort north")
    for name, coached in (("uma", True), ("tara", True), ("root", True),
                          ("cleo", False), ("vic", False)):
        person = tara if name == "tara" else await sign_in(reactor, port, name)
        person.send(f"transcript {umas}")
        await person.expect(f"Session {umas} (ended):")
        person.send(f"debrief {umas}")
        await person.expect(f"Session {umas}, agent uma:")
        person.send(f"replay {umas} max")
        await person.expect("End of the replay.")
        person.send("who")
        await person.expect("signed in")
        shown = person.text
        assert (WHISPERED in shown) is coached, (name, shown)
        if coached:
            assert f"Coached at turn 2 by tara: {WHISPERED}" in flat(shown), name
        if person is not tara:
            await person.close()
    tara.send(f"party {umas}")
    await tara.expect("\"/play\" starts it.")
    tara.send("/play max")
    await tara.expect("It ships today")
    tara.send("/leave")
    await tara.expect("You left the watch party.")
    assert WHISPERED not in tara.text.rsplit("\"/play\" starts it.", 1)[1]
    await tara.close()
