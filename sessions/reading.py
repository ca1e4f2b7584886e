"""Reading recorded sessions: the one way in for every read path.

Telnet's ``sessions``, ``transcript``, ``debrief``, ``replay`` and ``party``, and the web
API's session routes, all ask here: ``may_read`` decides whether the reader may open the
session at all, and ``sessions.viewpoint`` which of its events they are then shown. It
is transport-free: it returns values, and the front ends render them.
"""

from __future__ import annotations

import attrs

from sessions.access import Reader, may_read
from sessions.events import Event, EventKind
from sessions.interfaces import IStore
from sessions.records import Account, SessionInfo
from sessions.review import Review, read_review, score_event
from sessions.viewpoint import ReadPath, Vantage, recorded_vantage, shown


class NotReadable(Exception):
    """No such session, or none this reader may read: one answer for both, so that
    session IDs cannot be probed."""

    def __init__(self, session_id: int) -> None:
        super().__init__(f"There is no session {session_id} that you may read.")
        self.session_id = session_id


@attrs.frozen
class Recording:
    """A session as one reader is shown it along one path."""

    info: SessionInfo
    reader: Reader
    vantage: Vantage
    events: tuple[Event, ...]

    @property
    def score(self) -> Event | None:
        return score_event(self.events)

    def review(self) -> Review | None:
        """The review section, built only from what this reader is shown."""
        return read_review(self.events)

    def turns(self) -> int:
        return sum(1 for event in self.events if event.kind is EventKind.SAY)


async def readable(store: IStore, account: Account, session_id: int) -> tuple[Reader, SessionInfo]:
    """The reader ``account`` is and the session, if they may read it; else NotReadable."""
    reader = await store.reader_for(account)
    info = await store.get_session(session_id)
    if info is None or not may_read(reader, info):
        raise NotReadable(session_id)
    return reader, info


async def can_read(store: IStore, account: Account, session_id: int) -> bool:
    try:
        await readable(store, account, session_id)
    except NotReadable:
        return False
    return True


async def recording(
    store: IStore, account: Account, session_id: int, path: ReadPath, after_seq: int = 0
) -> Recording:
    """Session ``session_id`` as ``account`` is shown it along ``path`` (events after
    ``after_seq`` only, for a client catching up); NotReadable if they may not read it."""
    reader, info = await readable(store, account, session_id)
    vantage = Vantage.AUDIENCE if path is ReadPath.PARTY else recorded_vantage(reader, info)
    events = await store.read_session(info.id, after_seq)
    return Recording(info, reader, vantage, tuple(shown(vantage, path, events)))


async def listing(store: IStore, account: Account) -> list[SessionInfo]:
    """The sessions ``account`` may read, newest first (``may_read`` as a query)."""
    return await store.sessions_visible_to(await store.reader_for(account))
