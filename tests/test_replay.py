"""Replay pacing, driven by a fake clock."""

from __future__ import annotations

import pytest
from twisted.internet.task import Clock

from sessions.events import Event, EventKind
from sessions.replay import Replay, in_turn_order


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


def test_comments_and_reactions_replay_at_their_turn_timed_with_it() -> None:
    late = 5_000.0  # review happens long after the session ended
    remarks = [
        Event(session_id=1, seq=5, at=late, kind=EventKind.COMMENT, actor="tara",
              text="Good apology.", data={"turn": 2}),
        Event(session_id=1, seq=6, at=late + 1, kind=EventKind.REACTION, actor="ola",
              text="Nice.", data={"turn": 2}),
        Event(session_id=1, seq=7, at=late + 2, kind=EventKind.COMMENT, actor="tara",
              text="Before anyone spoke.", data={"turn": 0}),
    ]
    ordered = in_turn_order([*EVENTS, *remarks])
    assert [e.text for e in ordered] == ["Before anyone spoke.", "one", "two", "Good apology.",
                                         "Nice.", "three", "four"]
    assert [e.at for e in ordered[3:5]] == [104.0, 104.0]
    clock, shown = Clock(), []
    Replay(ordered, 1.0, clock, lambda e: shown.append(e.text), lambda done: None).start()
    clock.advance(4)  # turn two, four seconds in: its remarks come with it, not in hours
    assert shown[-3:] == ["Good apology.", "Nice.", "three"]
