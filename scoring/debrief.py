"""The debrief: at most a screenful for the trainee, or structured data for the web."""

from __future__ import annotations

import textwrap
from typing import Any

import attrs

from scoring.evidence import Evidence
from scoring.scorecard import DIMENSIONS, Scorecard
from scoring.techniques import describe
from scoring.transcript import Transcript
from scoring.weights import DISQUALIFYING

_TITLES = {"calmness": "Calmness", "boundary_setting": "Boundaries", "resolution": "Resolution"}
# Missed steps (effect 0) worth raising when there are fewer than two mistakes.
_MISSED = (
    "no_solution", "vague_offer", "vague_timeline", "fixed_before_acknowledging",
    "no_timeline", "no_limit_or_alternative", "no_answer_to_pressure", "no_check",
    "goal_missed",
)


@attrs.frozen
class Moment:
    turn: int
    quote: str  # the words that earned it
    said: str  # the whole turn, for context
    what: str
    technique: str
    effect: float


@attrs.frozen
class Debrief:
    scores: tuple[tuple[str, int | None], ...]
    notes: tuple[tuple[str, str], ...]
    overall: int | None
    passed: bool
    rule: str
    strengths: tuple[Moment, ...]
    changes: tuple[Moment, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "scores": dict(self.scores),
            "notes": {k: v for k, v in self.notes if v},
            "overall": self.overall,
            "passed": self.passed,
            "rule": self.rule,
            "strengths": [attrs.asdict(m) for m in self.strengths],
            "changes": [attrs.asdict(m) for m in self.changes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Debrief:
        """The inverse of ``to_json``: a stored debrief, ready to render again."""
        return cls(
            scores=tuple(data["scores"].items()),
            notes=tuple(data["notes"].items()),
            overall=data["overall"],
            passed=data["passed"],
            rule=data["rule"],
            strengths=tuple(Moment(**m) for m in data["strengths"]),
            changes=tuple(Moment(**m) for m in data["changes"]),
        )


def build_debrief(scorecard: Scorecard, transcript: Transcript) -> Debrief:
    """The three scores, the two strongest moments and the two to change."""
    evidence = [e for name in DIMENSIONS for e in scorecard.dimension(name).evidence]
    deciding = scorecard.deciding_turn  # the moment that failed the session comes first
    negatives = sorted(
        (e for e in evidence if e.effect < 0),
        key=lambda e: (e.turn != deciding,
                       e.check.removesuffix("_after_hostility") not in DISQUALIFYING,
                       e.effect, e.turn),
    )
    faulted = {e.turn for e in negatives}
    positives = sorted(
        (e for e in evidence
         if (e.effect > 0 or e.check == "calm_under_fire") and e.turn not in faulted),
        key=lambda e: (-(e.effect or 10.0), e.turn),
    )
    missed = sorted(
        (e for e in evidence if e.effect == 0 and e.check.startswith(_MISSED)),
        key=lambda e: next(i for i, m in enumerate(_MISSED) if e.check.startswith(m)),
    )
    changes = _pick(negatives + missed, transcript, 2)
    # One line is never both praised and faulted: a turn the changes quote is no strength.
    changed = {m.turn for m in changes}
    strengths = _pick([e for e in positives if e.turn not in changed], transcript, 2)
    return Debrief(
        scores=tuple((n, scorecard.dimension(n).score) for n in DIMENSIONS),
        notes=tuple((n, scorecard.dimension(n).note) for n in DIMENSIONS),
        overall=scorecard.overall,
        passed=scorecard.passed,
        rule=scorecard.rule,
        strengths=strengths,
        changes=changes,
    )


def _pick(evidence: list[Evidence], transcript: Transcript, n: int) -> tuple[Moment, ...]:
    """Up to ``n`` moments, on different turns where possible, each with its own technique."""
    chosen: list[Moment] = []
    for distinct_turns in (True, False):
        for e in evidence:
            what, technique = describe(e.check)
            if any(m.technique == technique or (distinct_turns and m.turn == e.turn)
                   for m in chosen):
                continue
            turns = transcript.turns
            if not 0 < e.turn <= len(turns) or turns[e.turn - 1].speaker != "agent":
                continue
            said = turns[e.turn - 1].text
            chosen.append(Moment(e.turn, e.quote, said, what, technique, e.effect))
            if len(chosen) == n:
                return tuple(chosen)
    return tuple(chosen)


def render_text(debrief: Debrief, width: int) -> str:
    """Plain text for telnet, wrapped to ``width`` columns, at most 21 lines."""
    width = max(30, width)
    verdict = "PASS" if debrief.passed else "FAIL"
    overall = "-" if debrief.overall is None else str(debrief.overall)
    parts = [f"{_TITLES[n]} {'n/a' if s is None else s}" for n, s in debrief.scores]
    lines = textwrap.wrap(f"Debrief: {verdict}, overall {overall}. " + ", ".join(parts), width)
    lines += textwrap.wrap(debrief.rule, width, initial_indent="  ", subsequent_indent="  ")[:2]
    for title, moments, sign in (
        ("Strongest moments:", debrief.strengths, "+"),
        ("To change:", debrief.changes, "-"),
    ):
        if moments:
            lines.append(title)
            for m in moments:
                lines += _moment_lines(m, sign, width)
    return "\n".join(lines) + "\n"


def _moment_lines(m: Moment, sign: str, width: int) -> list[str]:
    """Four lines at most: the words, then what they did and the technique that applies."""
    head = _fit(f'{sign} Turn {m.turn}: "{_sentence(m.said, m.quote)}"', width)
    body = textwrap.wrap(f"You {m.what}. {m.technique}", width, initial_indent="  ",
                         subsequent_indent="  ")
    if len(body) > 3:
        body = [*body[:2], _fit(" ".join(body[2:]), width)]
    return [head, *body]


def _sentence(said: str, quote: str) -> str:
    """The sentence of ``said`` that holds ``quote`` (the whole turn when not found)."""
    at = said.find(quote)
    if at < 0 or not quote:
        return said
    start = max(said.rfind(c, 0, at) for c in ".!?") + 1
    ends = [i for i in (said.find(c, at + len(quote)) for c in ".!?") if i >= 0]
    end = min(ends) + 1 if ends else len(said)
    return said[start:end].strip()


def _fit(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
