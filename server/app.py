"""Everything a connection's command layer needs, made once by the service wiring."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from twisted.internet.interfaces import IReactorTime

from roles.engine import Pace
from roles.library import Library
from server.accounts import Accounts
from server.party import Parties
from server.throttle import LoginThrottle
from sessions.floor import Floor
from sessions.matchmaking import DEFAULT_WAIT, Matchmaker
from sessions.store import SqlStore

if TYPE_CHECKING:
    from server.client import Client


@attrs.define
class App:
    store: SqlStore
    floor: Floor
    accounts: Accounts
    throttle: LoginThrottle
    clock: IReactorTime
    library: Library
    customer_pace: Pace  # how fast scripted customers "type"
    open_registration: bool = True
    online: dict[str, Client] = attrs.field(factory=dict)  # account name -> connection
    match_wait: float = DEFAULT_WAIT  # seconds a trainee waits for a human partner
    parties: Parties = attrs.field(factory=Parties)
    matchmaker: Matchmaker = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        from server.practice import Pairing

        self.matchmaker = Matchmaker(self.clock, Pairing(self).matched, self.match_wait)
