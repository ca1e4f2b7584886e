"""Watch parties over the command line: the host drives, everyone sees the same turn."""

from __future__ import annotations

from server.client import Client
from server.commands import CommandTable, number, parse_speed
from server.home import Home
from sessions.events import Event, EventKind
from sessions.reading import can_read
from sessions.records import Role
from sessions.viewpoint import ReadPath
from sessions.watchparty import PartyError, WatchParty


class InParty:
    def __init__(self, client: Client, lobby: Home, party: WatchParty) -> None:
        self.client = client
        self.lobby = lobby
        self.party = party
        self.commands = CommandTable(prefix="/")
        add = self.commands.add
        add("help", "help", "list watch-party commands", self.help)
        add("play", "play [SPEED|max]", "host: play from here", self.play)
        add("pause", "pause", "host: stop on this turn", self.pause)
        add("goto", "goto TURN", "host: jump to a turn", self.goto)
        add("comment", "comment TEXT", "host: comment on this turn (kept with the recording)",
            self.comment)
        add("react", "react TEXT", "react to this turn (a plain line does too)", self.react)
        add("who", "who", "who is watching", self.who)
        add("leave", "leave", "leave the watch party", self.leave)

    @property
    def hosting(self) -> bool:
        return self.client.account.name == self.party.host

    def where(self) -> str:
        return f"in watch party {self.party.party_id}"

    def show(self, event: Event) -> None:
        self.client.screen.show_event(event, None)

    def disconnected(self) -> None:
        self._leave()

    def _leave(self) -> None:
        self.party.leave(self.client.account.name)
        if not self.party.members():
            self.client.app.parties.running.pop(self.party.party_id, None)

    async def handle(self, line: str) -> None:
        if line.startswith("/"):
            await self.commands.dispatch(line, self.client.screen.show)
        elif self._looks_like_a_command(line):
            # A reaction is kept with the recording for good: a command typed out of
            # habit must not become one.
            self.client.screen.show(
                f"\"{line.split()[0]}\" is a command: here they start with \"/\" (\"/help\" "
                "lists them; \"/leave\" goes back to the lobby). To react with these words, "
                "type \"/react\" before them."
            )
        elif line:
            await self.react(line.split())

    def _looks_like_a_command(self, line: str) -> bool:
        words = line.split()
        return bool(words) and any(table.find(words[0]) is not None
                                   for table in (self.commands, self.lobby.commands))

    def _host_only(self) -> bool:
        if not self.hosting:
            self.client.screen.show(f"Only the host ({self.party.host}) controls the replay.")
        return self.hosting

    async def help(self, args: list[str]) -> None:
        self.client.screen.show("Watch-party commands:\n" + self.commands.help_text())

    async def play(self, args: list[str]) -> None:
        if not self._host_only():
            return
        speed = parse_speed(args[0]) if args else self.party.speed
        if speed == 0:
            self.client.screen.show("Usage: /play [SPEED|max]; SPEED is a number above 0.")
            return
        self.party.play(speed)

    async def pause(self, args: list[str]) -> None:
        if self._host_only():
            self.party.pause()
            self.party.announce(f"{self.party.host} paused the replay.")

    async def goto(self, args: list[str]) -> None:
        if not self._host_only():
            return
        turn = number(args[0]) if len(args) == 1 else None
        if turn is None:
            self.client.screen.show(f"Usage: /goto TURN (1 to {self.party.turns()}).")
            return
        self.party.announce(f"{self.party.host} jumped to turn {turn}.")
        try:
            self.party.goto(turn)
        except PartyError as error:
            self.client.screen.show(str(error))

    async def comment(self, args: list[str]) -> None:
        await self._talk(args, "comment TEXT", self.party.comment)

    async def react(self, args: list[str]) -> None:
        await self._talk(args, "react TEXT", self.party.react)

    async def _talk(self, args: list[str], usage: str, say) -> None:
        if not args:
            self.client.screen.show(f"Usage: /{usage}")
            return
        try:
            await say(self.client.account.name, " ".join(args))
        except PartyError as error:
            self.client.screen.show(str(error))

    async def who(self, args: list[str]) -> None:
        self.client.screen.show(
            f"Watching session {self.party.session_id}: {', '.join(self.party.members())} "
            f"(host {self.party.host})."
        )

    async def leave(self, args: list[str]) -> None:
        self._leave()
        self.client.switch(self.lobby)
        self.client.screen.show("You left the watch party.")


async def start_or_join(lobby: Home, args: list[str]) -> None:
    """``party SESSION_ID`` (trainers start one) or ``party join PARTY_ID``."""
    client = lobby.client
    app = client.app
    joining = number(args[1]) if len(args) == 2 and args[0] == "join" else None
    if joining is not None:
        party = app.parties.running.get(joining)
        if party is None or not await can_read(app.store, client.account, party.session_id):
            client.screen.show(f"There is no watch party {args[1]} you may join.")
            return
    elif len(args) == 1 and number(args[0]) is not None:
        if client.account.role not in (Role.TRAINER, Role.ADMIN):
            client.screen.show("Trainers start watch parties; join one with \"party join ID\".")
            return
        found = await lobby.open_recording(args, "party SESSION_ID", ReadPath.PARTY)
        if found is None:
            return
        info = found.info

        async def record(kind: EventKind, actor: str, text: str, turn: int) -> Event:
            return await app.store.append_review(info.id, kind, actor, text, {"turn": turn})

        party = WatchParty(app.parties.new_id(), info.id, found.events, client.account.name,
                           app.clock, record)
        app.parties.running[party.party_id] = party
        client.screen.show(
            f"Watch party {party.party_id} for session {info.id} is open: your cohort joins "
            f"with \"party join {party.party_id}\". \"/play\" starts it."
        )
        if info.id not in found.reader.shared:
            client.screen.show(
                f"Session {info.id} is not shared with a cohort yet, so only the people who "
                f"may already read it can join: \"share {info.id} COHORT\" lets a cohort in."
            )
    else:
        client.screen.show("Usage: party SESSION_ID (trainers) or party join PARTY_ID.")
        return
    mode = InParty(client, lobby, party)
    client.switch(mode)
    if client.account.name != party.host:
        client.screen.show(
            f"You joined watch party {party.party_id} (session {party.session_id}, host "
            f"{party.host}). \"/react TEXT\" reacts to the turn on screen; \"/leave\" leaves."
        )
    party.join(client.account.name, mode.show)
