"""Who is shown which event, on every read path: the one rule (DESIGN.md, "One viewpoint").

A reader looks at a session from one *vantage*; ``sees`` decides, for a vantage, a path
and an event, whether the event is shown. Live delivery, transcripts, debriefs (their
review section too), replays, watch parties, exports and the web API all filter through
``shown``; nothing else filters events by kind. Whether someone may read a session at all
is ``sessions.access.may_read``; this module decides what they see once they may.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from sessions.access import Reader, may_review
from sessions.events import Event, EventKind, Seat
from sessions.records import SessionInfo


class Vantage(enum.StrEnum):
    AGENT = "agent"  # the agent seat: their coach's whispers, never the customer's state
    CUSTOMER = "customer"  # the customer seat: a take-over, never the agent's coaching
    COACH = "coach"  # consented watchers and reviewers: everything
    AUDIENCE = "audience"  # a cohort reading a shared recording, a watch party: the talk


class ReadPath(enum.StrEnum):
    LIVE = "live"
    TRANSCRIPT = "transcript"
    DEBRIEF = "debrief"
    REPLAY = "replay"
    PARTY = "party"
    EXPORT = "export"
    API = "api"


_EVERYONE = frozenset(Vantage)
# Kinds not listed are shown to every vantage on every path.
_SEEN_BY: dict[EventKind, frozenset[Vantage]] = {
    EventKind.WHISPER: frozenset({Vantage.AGENT, Vantage.COACH}),
    EventKind.NOTE: frozenset({Vantage.COACH}),
    # The agent should meet the same customer whoever plays it.
    EventKind.TAKEOVER: frozenset({Vantage.CUSTOMER, Vantage.COACH}),
    EventKind.HANDBACK: frozenset({Vantage.CUSTOMER, Vantage.COACH}),
}
# The scripted customer's state would tell the agent what it hides (its hidden need);
# once the session is over, everyone who reads it sees the mood chart.
_LIVE_MOOD = frozenset({Vantage.CUSTOMER, Vantage.COACH})
# A watch party shows the group the conversation and what the group says about it.
_PARTY_KINDS = frozenset({
    EventKind.SAY, EventKind.JOIN, EventKind.LEAVE, EventKind.SYSTEM, EventKind.PAUSE,
    EventKind.RESUME, EventKind.END, EventKind.COMMENT, EventKind.REACTION,
})


def sees(vantage: Vantage, path: ReadPath, event: Event) -> bool:
    """Whether someone looking from ``vantage`` along ``path`` is shown ``event``."""
    if path is ReadPath.PARTY:
        return event.kind in _PARTY_KINDS
    if path is ReadPath.LIVE and event.kind is EventKind.MOOD:
        return vantage in _LIVE_MOOD
    return vantage in _SEEN_BY.get(event.kind, _EVERYONE)


def shown(vantage: Vantage, path: ReadPath, events: Iterable[Event]) -> list[Event]:
    """The events of ``events`` that ``vantage`` is shown along ``path``, in order."""
    return [event for event in events if sees(vantage, path, event)]


def live_vantage(seat: Seat | None, coaching: bool = False) -> Vantage:
    """The vantage of a seat's occupant; ``None`` is a watcher: a coach (the agent's
    trainer), or an audience when the agent only consented to them watching."""
    if seat is None:
        return Vantage.COACH if coaching else Vantage.AUDIENCE
    return Vantage.AGENT if seat is Seat.AGENT else Vantage.CUSTOMER


def recorded_vantage(reader: Reader, session: SessionInfo) -> Vantage:
    """How ``reader`` (who may read ``session``) sees its recording: those who may review
    it (the agent's trainers, admins) as its coach, even from a seat they played; a
    participant from their own seat; anyone else, such as a cohort the recording is
    shared with, as an audience."""
    if may_review(reader, session):
        return Vantage.COACH
    seat = next((m.seat for m in session.members if m.account == reader.account.name), None)
    return Vantage.AUDIENCE if seat is None else live_vantage(Seat(seat))
