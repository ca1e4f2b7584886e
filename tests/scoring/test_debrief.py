"""The debrief: a screenful for telnet, structured data for the web."""

from __future__ import annotations

import json

import pytest

from scoring.debrief import build_debrief, render_text
from scoring.facts import ScenarioFacts
from scoring.scorecard import score
from scoring.transcript import parse

SESSION = parse(
    "Customer: Where is my parcel? You people are useless!\n"
    "Agent: CALM DOWN. You should have read the delivery terms.\n"
    "Customer: I want a full refund right now.\n"
    "Agent: I understand how frustrating this is, Dana. I can't offer a full refund because "
    "the parcel is still in transit, but I can send a replacement by Friday. Does that work "
    "for you?\n"
    "Customer: Fine, that works.\n"
)
FACTS = ScenarioFacts(customer_name="Dana", forbidden=("full refund",))


def test_two_strengths_and_two_changes_each_quoting_the_agent() -> None:
    d = build_debrief(score(SESSION, FACTS), SESSION)
    assert len(d.strengths) == 2 and len(d.changes) == 2
    for m in (*d.strengths, *d.changes):
        assert SESSION.turns[m.turn - 1].speaker == "agent"
        assert m.quote in m.said
        assert ":" in m.technique
    assert {m.turn for m in d.changes} == {2}
    assert d.strengths[0].turn == 4


@pytest.mark.parametrize("width", [30, 50, 80, 132])
def test_text_fits_the_width_and_one_screen(width: int) -> None:
    text = render_text(build_debrief(score(SESSION, FACTS), SESSION), width)
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines)
    assert len(lines) <= 24
    assert "Calmness" in text and "To change:" in text and "Turn 2" in text


def test_json_is_plain_data() -> None:
    d = build_debrief(score(SESSION, FACTS), SESSION).to_json()
    assert json.loads(json.dumps(d)) == d
    assert set(d["scores"]) == {"calmness", "boundary_setting", "resolution"}
    assert {"turn", "quote", "said", "what", "technique", "effect"} <= set(d["changes"][0])


def test_a_quiet_session_still_renders() -> None:
    t = parse("Customer: Hello?\n")
    text = render_text(build_debrief(score(t), t), 40)
    assert "FAIL" in text and "n/a" in text


def test_the_moment_that_failed_the_session_comes_first() -> None:
    t = parse(
        "Customer: You idiots lost my parcel. I want a full refund now.\n"
        "Agent: Calm down, you should have checked the tracking.\n"
        "Customer: Refund me or I'll sue.\n"
        "Agent: Fine, whatever, I'll give you a full refund.\n"
    )
    card = score(t, FACTS)
    assert card.deciding_turn == 4 and not card.passed
    d = build_debrief(card, t)
    assert d.changes[0].turn == 4 and "policy forbids" in d.changes[0].what
