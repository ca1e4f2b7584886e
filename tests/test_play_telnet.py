"""Playing scripted customers over a real telnet connection, to the debrief."""

from __future__ import annotations

import json

import pytest
import pytest_twisted

from roles.engine import INSTANT
from server.cli import main
from sessions.events import EventKind
from tests.helpers import port_of, stored
from tests.roles.test_library_play import SKILLED, UNSKILLED
from tests.telnet_client import signed_in

SCENARIOS = ["broken-on-arrival", "over-the-line"]


async def play_over_telnet(reactor, server_factory, db_url: str, scenario: str,
                           lines: list[str]):
    service = await server_factory(db_url, customer_pace=INSTANT)
    agent = await signed_in(reactor, port_of(service), "trainee1")
    agent.send(f"scenario {scenario}")
    await agent.expect("Difficulty:")
    agent.send(f"play {scenario} 7")
    opened = await agent.expect(", seed 7.")
    room_id = int(opened.rsplit("Room ", 1)[1].split(",")[0])
    await agent.expect("(customer): ")  # the customer opens
    for line in lines:
        agent.send(line)
        await agent.expect(f"You: {line[:30]}")
        await agent.expect("(customer): ")
    await agent.expect("Session ended")
    debrief = await agent.expect("Debrief: ")
    await agent.expect("\n")
    agent.send(f"debrief {room_id}")
    await agent.expect(f"Session {room_id}, agent trainee1:")
    await service.app.store.flushed()
    _, events = stored(db_url, room_id)
    await agent.close()
    return agent.text[len(debrief) - len("Debrief: "):], events


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest_twisted.ensureDeferred
async def test_a_skilled_agent_resolves_it_over_telnet(reactor, server_factory, sqlite_url,
                                                       scenario):
    debrief, events = await play_over_telnet(
        reactor, server_factory, sqlite_url, scenario, SKILLED[scenario][0]
    )
    end = next(e for e in events if e.kind is EventKind.END)
    assert end.data["outcome"] == "resolved"
    assert any(e.kind is EventKind.MOOD for e in events)
    assert events[-1].kind is EventKind.SCORE
    assert debrief.startswith("Debrief: PASS"), debrief


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest_twisted.ensureDeferred
async def test_an_unskilled_agent_loses_the_customer_over_telnet(
    reactor, server_factory, sqlite_url, scenario
):
    debrief, events = await play_over_telnet(
        reactor, server_factory, sqlite_url, scenario, UNSKILLED[scenario]
    )
    end = next(e for e in events if e.kind is EventKind.END)
    assert end.data["outcome"] in ("walked_out", "escalated")
    assert debrief.startswith("Debrief: FAIL"), debrief


@pytest_twisted.ensureDeferred
async def test_the_exported_transcript_scores_exactly_as_the_session_was_scored(
    reactor, server_factory, sqlite_url, tmp_path, capsys
):
    """The operator's two commands, `sparring transcript ID --format json` and
    `sparring score FILE --format json`, give the score the trainee saw live."""
    _, events = await play_over_telnet(
        reactor, server_factory, sqlite_url, "broken-on-arrival", UNSKILLED["broken-on-arrival"]
    )
    live = next(e for e in events if e.kind is EventKind.SCORE).data["scorecard"]
    session = events[0].session_id
    capsys.readouterr()
    assert main(["transcript", str(session), "--format", "json", "--db", sqlite_url]) == 0
    exported = tmp_path / "session.json"
    exported.write_text(capsys.readouterr().out)
    document = json.loads(exported.read_text())
    assert document["version"] and document["outcome"] in ("walked_out", "escalated")
    assert main(["score", str(exported), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == live
