"""Everything a connection's command layer needs, made once by the service wiring."""

from __future__ import annotations

from typing import Protocol

import attrs
from twisted.internet.interfaces import IReactorTime

from roles.engine import Pace
from roles.library import Library
from server.accounts import Accounts
from server.modes import Mode
from server.screen import Screen
from server.signin import SignIn
from sessions.floor import Floor
from sessions.matchmaking import Matchmaker
from sessions.records import Account
from sessions.store import SqlStore
from sessions.watchparty import Parties


class Connection(Protocol):
    """A signed-in connection, as the list of who is online holds it."""

    account: Account | None
    screen: Screen
    mode: Mode


@attrs.define
class App:
    store: SqlStore
    floor: Floor
    accounts: Accounts
    sign_in: SignIn
    clock: IReactorTime
    library: Library
    customer_pace: Pace  # how fast scripted customers "type"
    open_registration: bool = True
    online: dict[str, Connection] = attrs.field(factory=dict)  # account name -> connection
    parties: Parties = attrs.field(factory=Parties)
    # Set by the wiring once the App exists: pairing a match seats people through it.
    matchmaker: Matchmaker = attrs.field(init=False)
