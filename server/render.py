"""Events as lines of text for a terminal (telnet now; the transcript command too)."""

from __future__ import annotations

from scoring.debrief import Debrief, render_text
from sessions.events import Event, EventKind


def clock_offset(seconds: float) -> str:
    minutes, secs = divmod(max(0, int(seconds)), 60)
    return f"{minutes:02d}:{secs:02d}"


# Shown as "* text": the room saying what happened.
_NOTICES = frozenset({
    EventKind.SYSTEM, EventKind.END, EventKind.SCORE, EventKind.OBSERVE, EventKind.PAUSE,
    EventKind.RESUME, EventKind.TAKEOVER, EventKind.HANDBACK,
})
# Shown as "[label actor] text": words that are not part of the conversation.
_LABELLED = {
    EventKind.WHISPER: "coach",
    EventKind.NOTE: "note by",
    EventKind.COMMENT: "comment by",
    EventKind.REACTION: "reaction from",
}


def event_text(event: Event, viewer: str | None = None) -> str | None:
    """What a person is shown for ``event``; None for events that are not shown live.

    ``viewer`` is the display name of the person looking, so their own lines read "You".
    """
    seat = f" ({event.seat})" if event.seat else ""
    if event.kind is EventKind.SAY:
        if viewer is not None and event.data.get("by") == viewer:
            return f"You (as {event.actor}): {event.text}"
        who = "You" if viewer is not None and event.actor == viewer else f"{event.actor}{seat}"
        return f"{who}: {event.text}"
    if event.kind in _LABELLED:
        return f"[{_LABELLED[event.kind]} {event.actor}] {event.text}"
    if event.kind is EventKind.JOIN:
        verb = "is back" if event.data.get("rejoined") else "joined"
        return f"* {event.actor} {verb} as {event.seat}."
    if event.kind is EventKind.LEAVE:
        return f"* {event.actor} dropped out ({event.data.get('reason', 'left')})."
    if event.kind in _NOTICES:
        return f"* {event.text}"
    return None


def transcript_lines(events: list[Event]) -> list[str]:
    """Timed lines; each turn is numbered, as "comment SESSION_ID TURN" counts them."""
    start = events[0].at if events else 0.0
    lines, turn = [], 0
    for event in events:
        text = event_text(event)
        if text is None:
            continue
        if event.kind is EventKind.SAY:
            turn += 1
            text = f"#{turn} {text}"
        lines.append(f"[{clock_offset(event.at - start)}] {text}")
    return lines


def debrief_text(score: Event, width: int) -> str:
    """The trainee's debrief from a SCORE event, wrapped to ``width``."""
    return render_text(Debrief.from_json(score.data["debrief"]), width).rstrip("\n")
