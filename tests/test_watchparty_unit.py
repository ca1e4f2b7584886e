"""The watch party's cursor on a fake clock: play, pause, jump."""

from __future__ import annotations

import pytest
from twisted.internet.task import Clock

from sessions.events import Event, EventKind
from sessions.watchparty import PartyError, WatchParty

KINDS = [("join", ""), ("system", "live"), ("say", "one"), ("note", "private"),
         ("say", "two"), ("say", "three"), ("end", "")]
EVENTS = [Event(session_id=1, seq=n, at=100.0 + 10 * n, kind=kind, actor="a", text=text)
          for n, (kind, text) in enumerate(KINDS, 1)]


def party() -> tuple[WatchParty, Clock, dict[str, list[str]]]:
    clock, seen = Clock(), {"host": [], "guest": []}
    watch = WatchParty(1, 1, EVENTS, "host", clock, record=None)
    for name in seen:
        watch.join(name, lambda e, name=name: seen[name].append(e.text))
    return watch, clock, seen


def test_everyone_sees_the_same_turns_at_the_same_pace() -> None:
    watch, clock, seen = party()
    watch.play(1.0)
    assert seen["host"] == seen["guest"] == [""]
    clock.pump([10, 10])
    assert seen["guest"] == ["", "live", "one"]
    watch.pause()
    clock.advance(100)
    assert seen["guest"] == ["", "live", "one"]
    assert "private" not in seen["guest"]  # notes are not for the cohort


def test_goto_shows_that_turn_and_play_goes_on_from_it() -> None:
    watch, _clock, seen = party()
    assert watch.goto(2).text == "two"
    assert seen["guest"] == ["two"]
    watch.play(None)
    assert seen["guest"] == ["two", "three", "", "End of the recording."]
    with pytest.raises(PartyError, match="turns 1 to 3"):
        watch.goto(4)


def test_a_latecomer_sees_what_the_group_saw() -> None:
    watch, _clock, _ = party()
    watch.goto(1)
    late: list[str] = []
    watch.join("late", lambda e: late.append(e.text))
    assert late == ["", "live", "one"]
    assert watch.current_turn_seq() == EVENTS[2].seq
    assert EVENTS[2].kind is EventKind.SAY
