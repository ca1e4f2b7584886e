"""Finding someone to practise with: hosting a scenario as the customer, the practice
queue for trainees, and volunteering (peers) or going on duty (trainers) to play customers.
"""

from __future__ import annotations

import random

from twisted.internet.defer import Deferred
from twisted.logger import Logger

from roles.customer import seat_scripted_customer
from roles.model import Scenario
from server.app import App
from server.client import Client
from server.home import Home
from sessions.events import Seat
from sessions.matchmaking import Match, PartnerKind
from sessions.records import Role

_log = Logger()


def choose_scenario(app: App, wanted: str | None) -> Scenario | None:
    """The scenario a request names, or one with that tag, or any; None if nothing fits."""
    scenarios = app.library.list()
    exact = app.library.get(wanted) if wanted else None
    if exact is not None:
        return exact
    fitting = [s for s in scenarios if wanted is None or wanted in s.tags]
    return random.choice(fitting) if fitting else None


class Waiting:
    """In the practice queue, as a trainee or as someone who plays customers."""

    def __init__(self, client: Client, lobby: Home, playing_customer: bool) -> None:
        self.client = client
        self.lobby = lobby
        self.playing_customer = playing_customer

    def where(self) -> str:
        return "waiting to play a customer" if self.playing_customer else "waiting for a partner"

    def disconnected(self) -> None:
        self.client.app.matchmaker.withdraw(self.client.account.name)

    async def handle(self, line: str) -> None:
        if line.strip().lower() in ("/leave", "leave"):
            self.client.app.matchmaker.withdraw(self.client.account.name)
            self.client.switch(self.lobby)
            self.client.screen.show("You left the queue and are back in the lobby.")
        elif line:
            self.client.screen.show("You are in the practice queue. \"/leave\" leaves it.")


class Practice:
    """The lobby commands; registered by the lobby."""

    def __init__(self, lobby: Home) -> None:
        self.lobby = lobby
        self.client = lobby.client

    async def host(self, args: list[str]) -> None:
        """Open a room for a scenario and play its customer from the persona card."""
        if len(args) != 1:
            self.client.screen.show("Usage: host SCENARIO_ID. Type \"scenarios\" for the IDs.")
            return
        scenario = self.client.app.library.get(args[0])
        if scenario is None:
            self.client.screen.show(
                f"There is no scenario \"{args[0]}\". Type \"scenarios\" for the list."
            )
            return
        room = await self.client.app.floor.open_room(scenario.id, scenario.version)
        self.client.screen.show(
            f"Room {room.session_id} is open for \"{scenario.title}\". You play the customer; "
            f"an agent joins with \"join {room.session_id}\". Your card:"
        )
        await self.lobby.sit(room, Seat.CUSTOMER)

    async def practise(self, args: list[str]) -> None:
        wanted = args[0] if args else None
        if len(args) > 1 or choose_scenario(self.client.app, wanted) is None:
            self.client.screen.show(
                "Usage: practise [SCENARIO_ID|TAG], e.g. \"practise abuse\". "
                "Type \"scenarios\" for the IDs and tags."
            )
            return
        self._queue(playing_customer=False)
        place = self.client.app.matchmaker.seek(self.client.account.name, wanted)
        if place:
            wait = self.client.app.matchmaker.wait
            self.client.screen.show(
                f"You are number {place} in the practice queue. A trainer or a fellow trainee "
                f"will play the customer; if nobody is free within {wait:g} seconds the "
                "scripted customer will. \"/leave\" leaves the queue."
            )

    async def volunteer(self, args: list[str]) -> None:
        kind = (PartnerKind.TRAINER if self.client.account.role in (Role.TRAINER, Role.ADMIN)
                else PartnerKind.PEER)
        self._queue(playing_customer=True)
        place = self.client.app.matchmaker.offer(self.client.account.name, kind)
        if place:
            self.client.screen.show(
                f"You will play the customer for the next trainee who asks (number {place} "
                "in line). You get the persona card when you are paired. \"/leave\" leaves."
            )

    def _queue(self, playing_customer: bool) -> None:
        self.client.switch(Waiting(self.client, self.lobby, playing_customer))


class Pairing:
    """Turns a match from the queue into a room with both people seated."""

    def __init__(self, app: App) -> None:
        self.app = app

    def matched(self, match: Match) -> None:
        Deferred.fromCoroutine(self._seat(match)).addErrback(
            lambda failure: _log.failure("Could not start a matched session", failure)
        )

    def _waiting(self, account: str) -> Waiting | None:
        """``account``'s place in the queue, if they are still waiting in it."""
        connection = self.app.online.get(account)
        mode = connection.mode if connection is not None else None
        return mode if isinstance(mode, Waiting) else None

    async def _seat(self, match: Match) -> None:
        seeker = self._waiting(match.seeker.account)
        partner = self._waiting(match.partner.account) if match.partner else None
        if seeker is None:
            if match.partner is not None and partner is not None:
                self.app.matchmaker.offer(match.partner.account, match.partner.kind)
            return
        scenario = choose_scenario(self.app, match.seeker.wanted)
        seed = random.randrange(2**31)
        room = await self.app.floor.open_room(scenario.id, scenario.version, seed)
        reason = match.reason
        if match.partner is not None and partner is None:
            reason = ("Your partner left before the session began, so the scripted customer "
                      "plays it.")
        seeker.client.screen.show(f"Matched: {reason}")
        await seeker.lobby.sit(room, Seat.AGENT)
        if partner is not None:
            partner.client.screen.show(
                f"Matched: you play the customer for {match.seeker.account} in room "
                f"{room.session_id}. Stay in character; the card:"
            )
            await partner.lobby.sit(room, Seat.CUSTOMER)
        else:
            await seat_scripted_customer(room, scenario, seed, self.app.customer_pace)
