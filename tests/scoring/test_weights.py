"""The weights table names real moves and checks, so a typo cannot silently score zero."""

from __future__ import annotations

from scoring import weights as W
from scoring.moves import AGENT_MOVES, HARMFUL_MOVES
from scoring.techniques import CHECKS, TECHNIQUES
from scoring.tone import tone_marks


def test_calmness_tables_name_agent_moves() -> None:
    assert set(W.CALMNESS_HARM) <= HARMFUL_MOVES
    assert set(W.CALMNESS_COURTESY) <= AGENT_MOVES - HARMFUL_MOVES
    assert set(W.DISQUALIFYING) <= HARMFUL_MOVES


def test_every_check_has_words_and_a_technique() -> None:
    checks = (set(W.CALMNESS_HARM) | set(W.CALMNESS_COURTESY) | set(W.TONE_MARKS)
              | set(W.BOUNDARY_GAIN) - {"refuse"} | set(W.RESOLUTION_GAIN) - {"goal"}
              | set(W.OUTCOME_POINTS) - {"final_mood"})
    assert checks <= set(CHECKS)
    assert {technique for _, technique in CHECKS.values()} <= set(TECHNIQUES)


def test_tone_marks_use_the_table() -> None:
    marks = tone_marks("Hi, could you please check? Why did you do that? Actually, stop.")
    assert {m.check for m in marks} <= set(W.TONE_MARKS)
    assert all(m.points == W.TONE_MARKS[m.check] for m in marks)


def test_overall_weights_sum_to_one() -> None:
    assert abs(sum(W.OVERALL_WEIGHTS.values()) - 1.0) < 1e-9
