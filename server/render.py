"""Events as lines of text for a terminal (telnet now; the transcript command too)."""

from __future__ import annotations

from scoring.debrief import Debrief, render_text
from sessions.events import Event, EventKind


def clock_offset(seconds: float) -> str:
    minutes, secs = divmod(max(0, int(seconds)), 60)
    return f"{minutes:02d}:{secs:02d}"


def event_text(event: Event, viewer: str | None = None) -> str | None:
    """What a person is shown for ``event``; None for events that are not shown live.

    ``viewer`` is the display name of the person looking, so their own lines read "You".
    """
    seat = f" ({event.seat})" if event.seat else ""
    if event.kind is EventKind.SAY:
        who = "You" if viewer is not None and event.actor == viewer else f"{event.actor}{seat}"
        return f"{who}: {event.text}"
    if event.kind is EventKind.JOIN:
        verb = "is back" if event.data.get("rejoined") else "joined"
        return f"* {event.actor} {verb} as {event.seat}."
    if event.kind is EventKind.LEAVE:
        return f"* {event.actor} dropped out ({event.data.get('reason', 'left')})."
    if event.kind in (EventKind.SYSTEM, EventKind.END, EventKind.SCORE):
        return f"* {event.text}"
    return None


def transcript_lines(events: list[Event]) -> list[str]:
    start = events[0].at if events else 0.0
    lines = []
    for event in events:
        text = event_text(event)
        if text is not None:
            lines.append(f"[{clock_offset(event.at - start)}] {text}")
    return lines


def debrief_text(score: Event, width: int) -> str:
    """The trainee's debrief from a SCORE event, wrapped to ``width``."""
    return render_text(Debrief.from_json(score.data["debrief"]), width).rstrip("\n")
