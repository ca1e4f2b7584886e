"""Replay pacing, driven by a fake clock."""

from __future__ import annotations

import pytest
from twisted.internet.task import Clock

from sessions.events import Event, EventKind
from sessions.replay import Replay


def said(seq: int, at: float, text: str) -> Event:
    return Event(session_id=1, seq=seq, at=at, kind=EventKind.SAY, actor="a", seat="agent",
                 text=text)


EVENTS = [said(1, 100.0, "one"), said(2, 104.0, "two"), said(3, 104.0, "three"),
          said(4, 110.0, "four")]


def play(speed: float | None) -> tuple[Clock, list[str], list[bool], Replay]:
    clock, shown, finished = Clock(), [], []
    replay = Replay(EVENTS, speed, clock, lambda e: shown.append(e.text), finished.append)
    replay.start()
    return clock, shown, finished, replay


def test_original_pacing_at_speed_one() -> None:
    clock, shown, finished, _ = play(1.0)
    assert shown == ["one"]
    clock.advance(3.9)
    assert shown == ["one"]
    clock.advance(0.1)
    assert shown == ["one", "two", "three"]  # same timestamp: together
    clock.advance(5.9)
    assert finished == []
    clock.advance(0.1)
    assert shown == ["one", "two", "three", "four"]
    assert finished == [True]


def test_speed_scales_the_gaps() -> None:
    clock, shown, finished, _ = play(2.0)
    clock.advance(2.0)
    assert shown == ["one", "two", "three"]
    clock.advance(3.0)
    assert finished == [True]


def test_max_speed_shows_everything_at_once() -> None:
    _, shown, finished, _ = play(None)
    assert shown == ["one", "two", "three", "four"]
    assert finished == [True]


def test_stop_cancels_what_is_left() -> None:
    clock, shown, finished, replay = play(1.0)
    replay.stop()
    clock.advance(100)
    assert shown == ["one"]
    assert finished == [False]
    assert clock.getDelayedCalls() == []


def test_speed_must_be_positive() -> None:
    with pytest.raises(ValueError):
        Replay(EVENTS, 0, Clock(), print, print)
