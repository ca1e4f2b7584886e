"""The event: the one record every part of a session is made of.

A session *is* its ordered events. Live delivery, storage, replay and scoring all read
these values, so they are immutable and carry only JSON-able data.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs


class EventKind(enum.StrEnum):
    JOIN = "join"
    LEAVE = "leave"
    SAY = "say"
    SYSTEM = "system"
    MOOD = "mood"  # the scripted customer's state after it reacted
    END = "end"
    SCORE = "score"
    # Coaching and watching, live.
    OBSERVE = "observe"  # someone started or stopped watching (data["watching"])
    WHISPER = "whisper"  # trainer to agent only; never shown to the customer seat
    NOTE = "note"  # an observer's private note pinned to a turn (data["turn"])
    PAUSE = "pause"
    RESUME = "resume"
    TAKEOVER = "takeover"  # a trainer took the scripted customer's seat
    HANDBACK = "handback"  # ...and gave it back; the bot resumes from its state
    # Review after the session, appended to its log.
    COMMENT = "comment"  # a trainer's comment on a turn (data["turn"])
    OVERRIDE = "override"  # a trainer's score for a dimension, with a reason
    DISPUTE = "dispute"  # the trainee's note disputing a score
    REACTION = "reaction"  # a watch-party member's reaction at a turn
    # Shown, never stored.
    TYPING = "typing"  # someone in a seat is typing


class Seat(enum.StrEnum):
    AGENT = "agent"
    CUSTOMER = "customer"


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


@attrs.frozen
class Event:
    """One thing that happened in a session, numbered in the order it happened."""

    session_id: int
    seq: int
    at: float  # seconds since the epoch, from the injected clock
    kind: EventKind = attrs.field(converter=EventKind)
    actor: str | None = None  # display name of who caused it; None for the room itself
    seat: Seat | None = attrs.field(default=None, converter=attrs.converters.optional(Seat))
    text: str = ""
    data: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen_mapping)

    def to_json(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "seq": self.seq,
            "at": self.at,
            "kind": self.kind.value,
            "actor": self.actor,
            "seat": self.seat.value if self.seat else None,
            "text": self.text,
            "data": dict(self.data),
        }
