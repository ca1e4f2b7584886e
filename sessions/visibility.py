"""Who is shown which event: the one place the rule lives."""

from __future__ import annotations

from sessions.events import Event, EventKind, Seat

# Coaching is for the agent and the watchers; a take-over is invisible to the agent,
# who should meet the same customer whoever plays it.
_ONLY: dict[EventKind, frozenset[Seat | None]] = {
    EventKind.WHISPER: frozenset({Seat.AGENT, None}),
    EventKind.NOTE: frozenset({None}),
    EventKind.TAKEOVER: frozenset({Seat.CUSTOMER, None}),
    EventKind.HANDBACK: frozenset({Seat.CUSTOMER, None}),
}


def visible(event: Event, seat: Seat | None) -> bool:
    """Whether someone in ``seat`` (None: an observer) is shown ``event``."""
    allowed = _ONLY.get(event.kind)
    return allowed is None or seat in allowed
