"""The one viewpoint rule, as a table: for every event kind, vantage and read path."""

from __future__ import annotations

import pytest

from sessions.access import Reader
from sessions.events import Event, EventKind, Seat
from sessions.records import Account, Member, Role, SessionInfo
from sessions.viewpoint import ReadPath, Vantage, live_vantage, recorded_vantage, sees

A, C, COACH, AUD = Vantage.AGENT, Vantage.CUSTOMER, Vantage.COACH, Vantage.AUDIENCE
PRIVATE = {
    EventKind.WHISPER: {A, COACH},
    EventKind.NOTE: {COACH},
    EventKind.TAKEOVER: {C, COACH},
    EventKind.HANDBACK: {C, COACH},
}
PARTY = {EventKind.SAY, EventKind.JOIN, EventKind.LEAVE, EventKind.SYSTEM, EventKind.PAUSE,
         EventKind.RESUME, EventKind.END, EventKind.COMMENT, EventKind.REACTION}


def event(kind: EventKind) -> Event:
    return Event(session_id=1, seq=1, at=0.0, kind=kind, actor="someone", text="x")


def expected(vantage: Vantage, path: ReadPath, kind: EventKind) -> bool:
    if path is ReadPath.PARTY:
        return kind in PARTY
    if path is ReadPath.LIVE and kind is EventKind.MOOD:
        return vantage in (C, COACH)
    return vantage in PRIVATE.get(kind, set(Vantage))


@pytest.mark.parametrize("path", list(ReadPath))
@pytest.mark.parametrize("vantage", list(Vantage))
def test_every_kind_on_every_path_from_every_vantage(vantage, path):
    for kind in EventKind:
        assert sees(vantage, path, event(kind)) is expected(vantage, path, kind), kind


def test_the_customer_seat_never_sees_coaching_and_the_agent_never_a_take_over():
    for path in ReadPath:
        assert not sees(C, path, event(EventKind.WHISPER))
        assert not sees(A, path, event(EventKind.TAKEOVER))
        assert not sees(AUD, path, event(EventKind.NOTE))
    assert not sees(A, ReadPath.LIVE, event(EventKind.MOOD))  # the customer's hidden state


def test_vantages():
    assert live_vantage(Seat.AGENT) is A and live_vantage(Seat.CUSTOMER) is C
    assert live_vantage(None, coaching=True) is COACH  # the agent's trainer watching
    assert live_vantage(None) is AUD  # a watcher the agent only consented to
    session = SessionInfo(1, 0.0, "ended", members=(Member("uma", "agent"),
                                                    Member("tara", "customer")))

    def reader(name: str, role: Role = Role.TRAINEE, **gives) -> Reader:
        return Reader(Account(name, role, "", 0.0), **gives)

    assert recorded_vantage(reader("uma"), session) is A
    assert recorded_vantage(reader("tara", Role.TRAINER), session) is C
    # ...unless she trains the agent: then she reviews it, and sees the coaching.
    assert recorded_vantage(reader("tara", Role.TRAINER, coached=frozenset({"uma"})),
                            session) is COACH
    assert recorded_vantage(reader("root", Role.ADMIN), session) is COACH
    assert recorded_vantage(reader("wes", shared=frozenset({1})), session) is AUD
