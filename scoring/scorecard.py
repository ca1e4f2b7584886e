"""Scoring a transcript: the three dimensions, the overall figure and the pass/fail rule."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from scoring import weights as W
from scoring.analysis import ScoredTurn, analyse
from scoring.boundary import boundary_setting
from scoring.calmness import calmness
from scoring.evidence import Dimension
from scoring.facts import ScenarioFacts
from scoring.moves import Move
from scoring.resolution import handled, resolution
from scoring.transcript import Transcript
from scoring.understanding import OFF_TOPIC_CONVERSATION

DIMENSIONS: tuple[str, ...] = ("calmness", "boundary_setting", "resolution")


@attrs.frozen
class Scorecard:
    scenario: str | None
    calmness: Dimension
    boundary_setting: Dimension
    resolution: Dimension
    overall: int | None
    passed: bool
    rule: str
    turns: tuple[ScoredTurn, ...]
    deciding_turn: int | None = None  # the turn that failed the session outright, if any

    def dimension(self, name: str) -> Dimension:
        return {"calmness": self.calmness, "boundary_setting": self.boundary_setting,
                "resolution": self.resolution}[name]

    def to_json(self) -> dict[str, Any]:
        """Plain data for the web client and ``sparring score --format json``."""
        out: dict[str, Any] = {"scenario": self.scenario}
        for name in DIMENSIONS:
            d = self.dimension(name)
            out[name] = {
                "score": d.score,
                "note": d.note,
                "evidence": [attrs.asdict(e) for e in d.evidence],
            }
        out["overall"] = self.overall
        out["passed"] = self.passed
        out["rule"] = self.rule
        out["deciding_turn"] = self.deciding_turn
        out["turns"] = [_turn_json(t) for t in self.turns]
        return out


def _move_json(m: Move) -> dict[str, Any]:
    return {"label": m.label, "span": m.quote, "start": m.start, "end": m.end,
            "strength": m.strength, "source": m.source}


def _turn_json(t: ScoredTurn) -> dict[str, Any]:
    """A turn with its analysis: the moves, the unsure ones, and for the agent what the
    words committed to and whether the line was on the topic."""
    a = t.analysis
    out: dict[str, Any] = {"turn": t.index, "speaker": t.speaker, "text": t.text,
                           "moves": [_move_json(m) for m in t.moves],
                           "unsure": [_move_json(m) for m in a.unsure]}
    if t.speaker == "agent":
        sub = a.substance
        out["substance"] = {
            "offers": [{"span": o.quote, "concrete": o.concrete, "policy": o.policy,
                        "matched": o.matched} for o in sub.offers],
            "timeline": None if sub.timeline is None else {
                "span": sub.timeline.quote, "specific": sub.timeline.specific},
            "references": [r.quote for r in sub.references],
            "escalates_to": None if sub.escalates_to is None else sub.escalates_to.quote,
        }
        out.update(relevance=a.relevance, off_topic=a.off_topic, repeats_turn=_turn_of(
            a.repeats), echoes_turn=_turn_of(a.echoes), answers=a.answers)
    return out


def _turn_of(index: int | None) -> int | None:
    """The 1-based turn number of a 0-based analysis index."""
    return None if index is None else index + 1


def score(transcript: Transcript, facts: ScenarioFacts | None = None) -> Scorecard:
    """Score a finished session; pure, deterministic, no I/O."""
    turns = analyse(transcript, facts)
    dims = {
        "calmness": calmness(turns),
        "boundary_setting": boundary_setting(turns, facts),
        "resolution": resolution(turns, facts),
    }
    overall = overall_of({name: d.score for name, d in dims.items()})
    passed, rule, deciding = _verdict(turns, dims, overall)
    return Scorecard(transcript.scenario, dims["calmness"], dims["boundary_setting"],
                     dims["resolution"], overall, passed, rule, turns, deciding)


def off_the_topic(turns: tuple[ScoredTurn, ...]) -> float | None:
    """The agent's mean relevance when three or more of their lines have topic words and
    the mean is below ``OFF_TOPIC_CONVERSATION``; None when the agent stayed on the topic."""
    judged = [t.analysis.relevance for t in turns
              if t.speaker == "agent" and t.analysis.relevance is not None]
    if len(judged) < 3:
        return None
    mean = sum(judged) / len(judged)
    return mean if mean < OFF_TOPIC_CONVERSATION else None


def overall_of(scores: Mapping[str, int | None]) -> int | None:
    """The weighted overall of the dimension scores that exist (also after a trainer's
    overrides); None when no dimension has a score."""
    parts = [(W.OVERALL_WEIGHTS[k], s) for k, s in scores.items() if s is not None]
    total = sum(w for w, _ in parts)
    if not parts or total == 0:
        return None
    return round(sum(w * s for w, s in parts) / total)


def _verdict(
    turns: tuple[ScoredTurn, ...], dims: dict[str, Dimension], overall: int | None
) -> tuple[bool, str, int | None]:
    """The first rule that decides, in order: conduct, each dimension, then overall."""
    if overall is None:
        return False, "fail: the agent said nothing, so there is nothing to pass", None
    for t in turns:
        if t.speaker != "agent":
            continue
        for m in t.moves:
            if m.label in W.DISQUALIFYING and m.strength >= 0.5:
                why = f"fail: the agent {W.DISQUALIFYING[m.label]} (turn {t.index})"
                return False, why, t.index
    wandering = off_the_topic(turns)
    if wandering is not None:
        return False, (f"fail: the agent's lines were not about the customer's problem "
                       f"(relevance {wandering:.2f} over the conversation)"), None
    if handled(turns) is None:
        return False, ("fail: the agent never took a concrete step on the customer's problem "
                       "(a specific fix, an escalation, an instruction or clear information)"), None
    for name, d in dims.items():
        if d.score is not None and d.score < W.PASS_DIMENSION:
            label = name.replace("_", "-")
            return False, f"fail: {label} {d.score} is below {W.PASS_DIMENSION:g}", None
    if overall < W.PASS_OVERALL:
        return False, f"fail: overall {overall} is below {W.PASS_OVERALL:g}", None
    why = f"pass: overall {overall} ≥ {W.PASS_OVERALL:g} and no score below {W.PASS_DIMENSION:g}"
    return True, why, None
