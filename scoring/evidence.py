"""Evidence and dimension values shared by the rubric's three scores.

Each dimension starts from a number in ``scoring.weights`` and moves by the points of the
evidence found; every piece of evidence quotes the words that earned it. Evidence with an
effect of 0 records something the agent missed, quoting the turn where it was due.
"""

from __future__ import annotations

import attrs

from scoring.analysis import ScoredTurn


@attrs.frozen
class Evidence:
    """Why a score moved: ``turn`` is 1-based, ``effect`` is points (0 = a missed step)."""

    turn: int
    quote: str
    check: str
    effect: float


@attrs.frozen
class Dimension:
    score: int | None
    evidence: tuple[Evidence, ...] = ()
    note: str = ""


def clip(x: float) -> int:
    return round(min(100.0, max(0.0, x)))


def ev(turn: ScoredTurn, quote: str, check: str, effect: float) -> Evidence:
    return Evidence(turn.index, quote or turn.text, check, round(effect, 1))


def with_effect(e: Evidence, effect: float) -> Evidence:
    """``e`` with another effect (``attrs.evolve`` does the same, several times slower)."""
    return Evidence(e.turn, e.quote, e.check, effect)


def agent_turns(turns: tuple[ScoredTurn, ...]) -> list[tuple[int, ScoredTurn]]:
    return [(pos, t) for pos, t in enumerate(turns) if t.speaker == "agent"]
