"""A session's events as the transcript format ``sparring score`` reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sessions.events import Event, EventKind
from sessions.records import SessionInfo


def transcript_json(info: SessionInfo, events: Sequence[Event]) -> dict[str, Any]:
    """The turns, and what else the score depends on: the scenario and its version, the
    seed, how the session ended and the customer's final state, so that ``sparring score``
    on this document gives exactly the score the session was given."""
    start = events[0].at if events else info.created_at
    end = next((e for e in reversed(events) if e.kind is EventKind.END), None)
    mood = next((e for e in reversed(events) if e.kind is EventKind.MOOD), None)
    return {
        "session": info.id,
        "scenario": info.scenario_id,
        "version": info.scenario_version,
        "seed": info.seed,
        "outcome": end.data.get("outcome") if end else None,
        "final_state": dict(mood.data.get("state") or {}) if mood else None,
        "turns": [
            {"speaker": event.seat.value, "name": event.actor, "text": event.text,
             "at": round(event.at - start, 3)}
            for event in events
            if event.kind is EventKind.SAY and event.seat is not None
        ],
    }
