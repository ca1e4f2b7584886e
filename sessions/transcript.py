"""A session's events as the transcript format ``sparring score`` reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sessions.events import Event, EventKind
from sessions.records import SessionInfo


def transcript_json(info: SessionInfo, events: Sequence[Event]) -> dict[str, Any]:
    start = events[0].at if events else info.created_at
    return {
        "session": info.id,
        "scenario": info.scenario_id,
        "seed": info.seed,
        "turns": [
            {"speaker": event.seat.value, "name": event.actor, "text": event.text,
             "at": round(event.at - start, 3)}
            for event in events
            if event.kind is EventKind.SAY and event.seat is not None
        ],
    }
