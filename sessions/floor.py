"""The training floor: the rooms open right now in this process."""

from __future__ import annotations

import functools

from twisted.internet.interfaces import IReactorTime

from sessions import queries
from sessions.debriefing import FactsLookup, score_session
from sessions.offload import Offload, inline
from sessions.records import SessionStatus
from sessions.room import Room
from sessions.store import SqlStore


class Floor:
    def __init__(
        self,
        store: SqlStore,
        clock: IReactorTime,
        facts_for: FactsLookup | None = None,
        offload: Offload = inline,
    ) -> None:
        self.store = store
        self.clock = clock
        self._scorer = functools.partial(score_session, facts_for=facts_for)
        self._offload = offload  # where finished sessions are scored
        self._rooms: dict[int, Room] = {}

    async def open_room(
        self,
        scenario_id: str | None = None,
        scenario_version: str | None = None,
        seed: int | None = None,
    ) -> Room:
        info = await self.store.create_session(
            self.clock.seconds(), scenario_id, scenario_version, seed
        )
        room = Room(info, self.store, self.clock, on_ended=self._forget, scorer=self._scorer,
                    offload=self._offload)
        self._rooms[room.session_id] = room
        return room

    def _forget(self, room: Room) -> None:
        self._rooms.pop(room.session_id, None)

    def get(self, room_id: int) -> Room | None:
        return self._rooms.get(room_id)

    def rooms(self) -> list[Room]:
        return sorted(self._rooms.values(), key=lambda room: room.session_id)

    def room_of(self, account: str) -> Room | None:
        """The open room where ``account`` holds a seat, for returning after a drop."""
        for room in self._rooms.values():
            if room.status is not SessionStatus.ENDED and room.seat_of_account(account):
                return room
        return None

    async def end_interrupted(self) -> list[int]:
        return await self.store.run(queries.end_interrupted_sessions, self.clock.seconds())
