"""Odd input never breaks the scorer, and every quote stays inside its turn."""

from __future__ import annotations

import random

import pytest

from scoring.debrief import build_debrief, render_text
from scoring.facts import ScenarioFacts
from scoring.scorecard import score
from scoring.transcript import Transcript, Turn

PIECES = (
    "", " ", "!!!", "???", "I'm", "SORRY", "you idiot", "calm down", "refund", "full refund",
    "by Friday", "Dana", "\u2019", "\n", "\t", "can't", "no", "No.", "ok", "Thanks!",
    "\u0130", "\u00e9t\u00e9", "\U0001f600", "http://x.y/z?q=1", "12345", "?!", "...", "'",
    "\"", "you're", "escalate", "manager", "I'll call you back", "Does that work?",
)


def _random_transcript(rng: random.Random) -> Transcript:
    turns = []
    for _ in range(rng.randrange(0, 12)):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 15)))
        turns.append(Turn(rng.choice(("agent", "customer")), text))
    return Transcript(None, tuple(turns))


@pytest.mark.parametrize("seed", range(60))
def test_random_input(seed: int) -> None:
    rng = random.Random(seed)
    t = _random_transcript(rng)
    facts = ScenarioFacts(customer_name="Dana", forbidden=("full refund",), goal=("escalate",))
    card = score(t, facts if seed % 2 else None)
    for name in ("calmness", "boundary_setting", "resolution"):
        d = card.dimension(name)
        assert d.score is None or 0 <= d.score <= 100
        for e in d.evidence:
            assert e.quote in t.turns[e.turn - 1].text
    for turn in card.turns:
        for m in turn.moves:
            assert turn.text[m.start : m.end] == m.quote
    text = render_text(build_debrief(card, t), 40)
    assert all(len(line) <= 40 for line in text.splitlines())
