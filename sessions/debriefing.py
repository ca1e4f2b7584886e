"""Scoring a finished session from its event log (``sessions → scoring``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from scoring.debrief import build_debrief
from scoring.facts import ScenarioFacts
from scoring.scorecard import score
from scoring.transcript import from_data
from sessions.events import Event, EventKind, Seat
from sessions.records import SessionInfo
from sessions.transcript import transcript_json

#: What the server wiring hands the floor so a session can be judged against its
#: scenario: (session, outcome, the customer's final state) -> facts, or None.
FactsLookup = Callable[[SessionInfo, str | None, Mapping[str, Any] | None], ScenarioFacts | None]


def score_session(
    info: SessionInfo, events: Sequence[Event], facts_for: FactsLookup | None = None
) -> dict[str, Any] | None:
    """The SCORE event's data for a finished session, or None when the agent said nothing."""
    agent = next(
        (e.actor for e in events if e.kind is EventKind.SAY and e.seat is Seat.AGENT), None
    )
    if agent is None:
        return None
    transcript = from_data(transcript_json(info, events))
    facts = None
    if facts_for is not None and info.scenario_id:
        facts = facts_for(info, transcript.outcome, transcript.final_state)
    scorecard = score(transcript, facts)
    return {
        "agent": agent,
        "scorecard": scorecard.to_json(),
        "debrief": build_debrief(scorecard, transcript).to_json(),
    }


def summary(data: Mapping[str, Any]) -> str:
    """One line for logs and transcripts."""
    card = data["scorecard"]
    parts = ", ".join(
        f"{name.replace('_', '-')} {'n/a' if card[name]['score'] is None else card[name]['score']}"
        for name in ("calmness", "boundary_setting", "resolution")
    )
    verdict = "passed" if card["passed"] else "not passed"
    return f"Scored: {parts}; overall {card['overall']} ({verdict})."
