"""A scored session as reviewed: the machine's scores, the trainers' overrides and
comments, the agent's disputes and the coaching whispers, all read from its event log.

Events that point at a turn carry ``data["turn"]``: the seq of the SAY event on screen at
the time (0 before anyone spoke). People see turn *numbers*: the count of SAY events up
to and including that seq, as in the debrief ("turn 7").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from scoring.scorecard import DIMENSIONS, overall_of
from sessions.events import Event, EventKind


@attrs.frozen
class Override:
    dimension: str
    score: int
    machine: int | None
    by: str
    reason: str
    at: float


@attrs.frozen
class Remark:
    """A comment, dispute or whisper: who, what, when, and at which turn (if any)."""

    by: str
    text: str
    at: float
    turn: int | None = None


@attrs.frozen
class Review:
    agent: str
    machine: Mapping[str, int | None]  # dimension -> the scorer's score
    machine_overall: int | None
    machine_passed: bool
    overrides: tuple[Override, ...] = ()  # in the order they were made
    comments: tuple[Remark, ...] = ()
    disputes: tuple[Remark, ...] = ()
    whispers: tuple[Remark, ...] = ()

    def latest_overrides(self) -> dict[str, Override]:
        """The override that stands for each overridden dimension (the latest)."""
        return {override.dimension: override for override in self.overrides}

    def score(self, dimension: str) -> int | None:
        """The trainer's score where one was given, else the machine's."""
        override = self.latest_overrides().get(dimension)
        return override.score if override else self.machine[dimension]

    @property
    def overall(self) -> int | None:
        """The overall figure after overrides, weighted as the scorer weighs it."""
        if not self.overrides:
            return self.machine_overall
        return overall_of({name: self.score(name) for name in DIMENSIONS})


def turn_number(events: Sequence[Event], event: Event) -> int:
    """The turn ``event`` points at (``data["turn"]``, else where it sits in the log)."""
    seq = event.data.get("turn", event.seq)
    return sum(1 for e in events if e.kind is EventKind.SAY and e.seq <= seq)


def turn_seq(events: Sequence[Event], number: int) -> int | None:
    """The seq of the ``number``-th SAY event (1-based), or None when there is none."""
    says = [e.seq for e in events if e.kind is EventKind.SAY]
    return says[number - 1] if 1 <= number <= len(says) else None


def score_event(events: Sequence[Event]) -> Event | None:
    """The session's SCORE event (the last, should there be several), or None."""
    return next((e for e in reversed(events) if e.kind is EventKind.SCORE), None)


def read_review(events: Sequence[Event]) -> Review | None:
    """The review of a scored session, from the events its reader is shown (a reader who
    is not shown the whispers gets none); None when it has no SCORE event."""
    score = score_event(events)
    if score is None:
        return None
    card = score.data["scorecard"]

    def remarks(kind: EventKind, at_turn: bool) -> tuple[Remark, ...]:
        return tuple(
            Remark(e.actor or "", e.text, e.at, turn_number(events, e) if at_turn else None)
            for e in events
            if e.kind is kind
        )

    return Review(
        agent=score.data["agent"],
        machine={name: card[name]["score"] for name in DIMENSIONS},
        machine_overall=card["overall"],
        machine_passed=card["passed"],
        overrides=tuple(
            Override(e.data["dimension"], e.data["score"], e.data.get("machine"),
                     e.actor or "", e.text, e.at)
            for e in events
            if e.kind is EventKind.OVERRIDE
        ),
        comments=remarks(EventKind.COMMENT, at_turn=True),
        disputes=remarks(EventKind.DISPUTE, at_turn=False),
        whispers=remarks(EventKind.WHISPER, at_turn=True),
    )
