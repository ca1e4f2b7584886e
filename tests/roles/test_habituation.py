"""The scripted customers tire of stock phrases: repeating them neither calms nor resolves.

Lines of our own wording, not the scenarios' samples, played through every scenario.
"""

from __future__ import annotations

import pytest

from roles.engine import WEARS_OUT
from roles.model import Outcome
from tests.roles.test_library_play import LIBRARY, SEEDS, play

STUFFED = ("I understand how frustrating this is, I'm so sorry... I'll sort it out, you'll "
           "have it by tomorrow and I'll follow up.")
# The same two moves (an apology and "I understand") in other words each time.
SOOTHING = ["I understand, I'm sorry.", "I'm so sorry, I completely understand.",
            "I hear you and I apologise.", "I'm really sorry, I do understand.",
            "Sorry again, I understand.", "I understand. I'm sorry."]
SCENARIOS = sorted(s.id for s in LIBRARY.scenarios)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_stuffing_the_same_line_never_resolves(scenario_id: str, seed: int) -> None:
    engine, _ = play(scenario_id, [STUFFED] * 6, seed)
    assert engine.outcome is not Outcome.RESOLVED, engine.state


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_sorry_and_understand_again_and_again_stop_calming_the_customer(scenario_id) -> None:
    """After the first few, more apologies and "I understand"s move nothing."""
    engine, replies = play(scenario_id, SOOTHING, seed=7)
    assert engine.outcome is not Outcome.RESOLVED
    moods = [r.mood["state"].get("anger") for r in replies]  # [0] is the opening
    worn = moods[WEARS_OUT]  # each line soothes twice over (sorry, understand)
    assert all(m is None or m >= worn for m in moods[WEARS_OUT + 1:]), moods
