"""Re-deliver a recorded session's events with their original pacing, scaled."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
from twisted.internet.interfaces import IDelayedCall, IReactorTime

from sessions.events import Event, EventKind

#: Said about a turn after the session (appended to the log after its end).
_ABOUT_A_TURN = frozenset({EventKind.COMMENT, EventKind.REACTION})


def in_turn_order(events: Sequence[Event]) -> list[Event]:
    """``events`` with each comment and reaction moved to just after the turn it is
    about (``data["turn"]``), timed with that turn, so a replay shows it there."""
    about: dict[int, list[Event]] = {}
    rest = []
    for event in events:
        turn = event.data.get("turn") if event.kind in _ABOUT_A_TURN else None
        if isinstance(turn, int):
            about.setdefault(turn, []).append(event)
        else:
            rest.append(event)
    start = rest[0].at if rest else 0.0
    placed = [attrs.evolve(remark, at=start) for remark in about.pop(0, [])]  # before turn 1
    for event in rest:
        placed.append(event)
        placed += [attrs.evolve(remark, at=event.at) for remark in about.pop(event.seq, [])]
    # Remarks on a turn this reader is not shown (or before the first) keep their place.
    return placed + [remark for remarks in about.values() for remark in remarks]


class Replay:
    """Shows ``events`` one by one through ``show``; ``speed`` None means no waiting."""

    def __init__(
        self,
        events: Sequence[Event],
        speed: float | None,
        clock: IReactorTime,
        show: Callable[[Event], object],
        finished: Callable[[bool], object],
    ) -> None:
        if speed is not None and speed <= 0:
            raise ValueError("speed must be positive")
        self._events = list(events)
        self._speed = speed
        self._clock = clock
        self._show = show
        self._finished = finished
        self._next = 0
        self._call: IDelayedCall | None = None

    def start(self) -> None:
        self._step()

    def stop(self) -> None:
        """Stop early; ``finished(False)`` is called."""
        if self._call is not None and self._call.active():
            self._call.cancel()
        self._call = None
        self._next = len(self._events)
        self._finished(False)

    def _step(self) -> None:
        self._call = None
        while self._next < len(self._events):
            event = self._events[self._next]
            self._next += 1
            self._show(event)
            if self._next == len(self._events):
                break
            gap = self._events[self._next].at - event.at
            if self._speed is not None and gap > 0:
                self._call = self._clock.callLater(gap / self._speed, self._step)
                return
        self._finished(True)
