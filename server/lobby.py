"""The lobby: what a signed-in person can do outside a room."""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable

from twisted.logger import Logger

from roles.customer import seat_scripted_customer
from roles.model import Scenario
from roles.render import render_briefing, render_listing, render_persona_card
from server.client import Client
from server.cohort_commands import CohortCommands
from server.commands import CommandTable, number, parse_speed
from server.inroom import InRoom
from server.party import start_or_join
from server.practice import Practice
from server.render import debrief_text, transcript_lines
from server.replaying import Replaying
from server.review_commands import ReviewCommands, figure, review_text
from server.screen import Screen
from sessions.access import may_coach
from sessions.events import Seat
from sessions.interfaces import IParticipant
from sessions.reading import NotReadable, Recording, listing, readable, recording
from sessions.records import SessionInfo, SessionStatus
from sessions.replay import Replay, in_turn_order
from sessions.room import Room, RoomError
from sessions.viewpoint import ReadPath

_log = Logger()


class Lobby:
    def __init__(self, client: Client) -> None:
        self.client = client
        self.commands = CommandTable()
        add = self.commands.add
        add("help", "help [COMMAND]", "list commands, or explain one", self.help)
        add("who", "who", "who is signed in and where they are", self.who)
        add("look", "look", "where you are and what you can do here", self.look)
        add("rooms", "rooms", "rooms open right now", self.rooms)
        add("open", "open", "open a room and wait in it as the agent", self.open)
        add("join", "join ROOM_ID [as customer|agent]", "take a free seat in a room", self.join)
        add("watch", "watch ROOM_ID", "trainers: watch a live room and coach", self.watch)
        add("sessions", "sessions", "your recorded sessions", self.sessions)
        add("transcript", "transcript SESSION_ID", "read a recorded session", self.transcript)
        add("debrief", "debrief SESSION_ID", "the scores and debrief of a session", self.debrief)
        add(
            "replay",
            "replay SESSION_ID [SPEED|max]",
            "watch a recorded session again at its pace (\"/stop\" stops)",
            self.replay,
        )
        add("scenarios", "scenarios", "the practice scenarios you can play", self.scenarios)
        add("scenario", "scenario ID", "the briefing for one scenario", self.scenario)
        add(
            "play",
            "play ID [SEED]",
            "practise a scenario against its scripted customer",
            self.play,
        )
        practice = Practice(self)
        add("host", "host SCENARIO_ID", "open a room and play the scenario's customer",
            practice.host)
        add("practise", "practise [SCENARIO_ID|TAG]",
            "queue for a partner to play the customer (the script after a wait)",
            practice.practise)
        add("volunteer", "volunteer", "play the customer for the next trainee in the queue",
            practice.volunteer)
        add("party", "party SESSION_ID | party join PARTY_ID",
            "trainers: replay a recording for the cohort together; everyone: join one",
            self.party)
        CohortCommands(self).register(add)
        ReviewCommands(self).register(add)
        add("quit", "quit", "sign out and disconnect", self.quit)

    @property
    def screen(self) -> Screen:
        return self.client.screen

    def disconnected(self) -> None:
        pass

    async def handle(self, line: str) -> None:
        if line:
            await self.commands.dispatch(line, self.screen.show)

    async def return_to_seat(self) -> None:
        """After a drop: put the person back in the seat they held, if the room is open."""
        account = self.client.account
        room = self.client.app.floor.room_of(account.name) if account else None
        if room is None:
            return
        seat = room.seat_of_account(account.name)
        self.screen.show(f"You still have the {seat} seat in room {room.session_id}; back you go.")
        await self.sit(room, seat)

    # -- commands ---------------------------------------------------------------

    async def help(self, args: list[str]) -> None:
        self.screen.show(self.commands.help_text(args[0] if args else None))

    async def who(self, args: list[str]) -> None:
        lines = []
        for name, client in sorted(self.client.app.online.items()):
            lines.append(f"  {name} ({client.account.role}): {client.mode.where()}")
        self.screen.show(f"{len(lines)} signed in:\n" + "\n".join(lines))

    def where(self) -> str:
        return "in the lobby"

    async def look(self, args: list[str]) -> None:
        open_rooms = len(self.client.app.floor.rooms())
        self.screen.show(
            f"You are in the lobby. {open_rooms} room(s) open. "
            "Type \"open\" to start a room as the agent, \"rooms\" to see who is waiting, "
            "or \"help\" for everything."
        )

    async def rooms(self, args: list[str]) -> None:
        rooms = self.client.app.floor.rooms()
        if not rooms:
            self.screen.show("No rooms are open. Type \"open\" to open one.")
            return
        lines = ["Open rooms:"]
        for room in rooms:
            seats = ", ".join(
                f"{holder.seat}: {holder.name}" + ("" if holder.participant else " (away)")
                for holder in room.occupants()
            )
            free = [seat.value for seat in Seat if room.holder(seat) is None]
            tail = f"; free: {', '.join(free)}" if free else ""
            lines.append(f"  {room.session_id}  {room.status}  {seats}{tail}")
        self.screen.show("\n".join(lines))

    async def open(self, args: list[str]) -> None:
        room = await self.client.app.floor.open_room()
        self.screen.show(
            f"Room {room.session_id} is open. You are the agent; the customer joins with "
            f"\"join {room.session_id}\"."
        )
        await self.sit(room, Seat.AGENT)

    async def join(self, args: list[str]) -> None:
        room_id = number(args[0]) if args else None
        if room_id is None or len(args) not in (1, 3) or (
            len(args) == 3 and (args[1].lower() != "as" or args[2].lower() not in set(Seat))
        ):
            self.screen.show("Usage: join ROOM_ID [as customer|agent], e.g. \"join 12\".")
            return
        room = self.client.app.floor.get(room_id)
        if room is None:
            self.screen.show(f"There is no open room {args[0]}. Type \"rooms\" to see them.")
            return
        if len(args) == 3:
            seat = Seat(args[2].lower())
        else:
            free = [seat for seat in (Seat.CUSTOMER, Seat.AGENT) if room.holder(seat) is None]
            seat = room.seat_of_account(self.client.account.name) or (free or [Seat.CUSTOMER])[0]
        await self.sit(room, seat)

    async def sit(self, room: Room, seat: Seat) -> bool:
        """Take ``seat`` in ``room``, shown the scenario card that seat gets; False if refused."""
        scenario = self.client.app.library.get(room.info.scenario_id or "")
        if scenario is not None:
            card = render_briefing if seat is Seat.AGENT else render_persona_card
            self.screen.show(card(scenario, self.screen.width).rstrip("\n"))
        return await self._enter(room, lambda participant: room.join(participant, seat))

    async def _enter(
        self, room: Room, enter: Callable[[IParticipant], Awaitable[object]]
    ) -> bool:
        """Switch to the room's commands and ``enter`` (sit or watch); back here if refused."""
        in_room = InRoom(self.client, room, self)
        self.client.switch(in_room)
        try:
            await enter(in_room.participant)
        except RoomError as error:
            self.client.switch(self)
            self.screen.show(str(error))
            return False
        return True

    async def scenarios(self, args: list[str]) -> None:
        library = self.client.app.library
        if not library.list():
            self.screen.show("No scenarios are loaded; ask an operator to check the server log.")
            return
        self.screen.show(
            "Scenarios (\"scenario ID\" for a briefing, \"play ID\" to practise):\n"
            + render_listing(library.list(), self.screen.width).rstrip("\n")
        )

    def _scenario(self, args: list[str], usage: str) -> Scenario | None:
        if len(args) != 1:
            self.screen.show(f"Usage: {usage}. Type \"scenarios\" to see the IDs.")
            return None
        found = self.client.app.library.get(args[0])
        if found is None:
            self.screen.show(
                f"There is no scenario \"{args[0]}\". Type \"scenarios\" for the list."
            )
        return found

    async def scenario(self, args: list[str]) -> None:
        found = self._scenario(args, "scenario ID")
        if found is not None:
            self.screen.show(render_briefing(found, self.screen.width).rstrip("\n"))

    async def play(self, args: list[str]) -> None:
        usage = "play ID [SEED], e.g. \"play broken-on-arrival\""
        seed = number(args[1]) if len(args) == 2 else random.randrange(2**31)
        if seed is None:
            self.screen.show(f"Usage: {usage}. SEED is a whole number, to replay the same run.")
            return
        found = self._scenario(args[:1], usage)
        if found is None:
            return
        app = self.client.app
        # The seed is stored with the session so the same lines reproduce the same run.
        room = await app.floor.open_room(found.id, found.version, seed)
        self.screen.show(
            f"Room {room.session_id}, seed {seed}. You are the agent; the customer is "
            "arriving. \"/end\" ends the session, \"/help\" lists room commands."
        )
        await self.sit(room, Seat.AGENT)
        await seat_scripted_customer(room, found, seed, app.customer_pace)

    async def watch(self, args: list[str]) -> None:
        room_id = number(args[0]) if len(args) == 1 else None
        if room_id is None:
            self.screen.show("Usage: watch ROOM_ID. Type \"rooms\" to see them.")
            return
        room = self.client.app.floor.get(room_id)
        if room is None:
            self.screen.show(f"There is no open room {args[0]}. Type \"rooms\" to see them.")
            return
        coaching = await self._coaches(room)
        if not coaching and self.client.account.name not in room.watch_consent:
            self.screen.show(
                "You may watch a room when you train the agent's cohort, or when the agent "
                "has let you (\"/allow NAME\" in their room)."
            )
            return
        if not await self._enter(room, lambda watcher: room.watch(watcher, coaching)):
            return
        if coaching:
            self.screen.show(
                "You are watching. \"/whisper TEXT\" coaches the agent, \"/note TEXT\" keeps "
                "a private note, \"/leave\" stops watching; \"/help\" lists the rest."
            )
        else:
            self.screen.show("You are watching, as the agent allowed. \"/leave\" stops "
                             "watching.")

    async def _coaches(self, room: Room) -> bool:
        """Whether this person may coach the room's agent: their cohort trainer, an admin."""
        agent = room.holder(Seat.AGENT)
        if agent is None or agent.account is None:
            return False
        return may_coach(await self.client.app.store.reader_for(self.client.account),
                         agent.account)

    async def sessions(self, args: list[str]) -> None:
        found = await listing(self.client.app.store, self.client.account)
        if not found:
            self.screen.show("You have no recorded sessions yet. Type \"open\" to start one.")
            return
        lines = ["Your sessions (newest first):"]
        for info in found[:20]:
            people = ", ".join(f"{m.seat}: {m.account}" for m in info.members) or "nobody"
            scenario = f" [{info.scenario_id}]" if info.scenario_id else ""
            lines.append(f"  {info.id}  {info.status}{scenario}  {people}")
        if len(found) > 20:
            lines.append(f"  … and {len(found) - 20} older ones.")
        self.screen.show("\n".join(lines))

    def _session_id(self, args: list[str], usage: str) -> int | None:
        session_id = number(args[0]) if args else None
        if session_id is None:
            self.screen.show(f"Usage: {usage}. Type \"sessions\" to see the IDs.")
        return session_id

    def _not_readable(self, refused: NotReadable) -> None:
        self.screen.show(f"{refused} Type \"sessions\" to see yours.")

    async def readable_session(self, args: list[str], usage: str) -> SessionInfo | None:
        """The session ``args[0]`` names, if this person may read it (else says why)."""
        session_id = self._session_id(args, usage)
        if session_id is None:
            return None
        try:
            _reader, info = await readable(self.client.app.store, self.client.account,
                                           session_id)
        except NotReadable as refused:
            self._not_readable(refused)
            return None
        return info

    async def open_recording(self, args: list[str], usage: str, path: ReadPath) -> Recording | None:
        """The session ``args[0]`` names as this person is shown it along ``path``."""
        session_id = self._session_id(args, usage)
        if session_id is None:
            return None
        try:
            return await recording(self.client.app.store, self.client.account, session_id,
                                   path)
        except NotReadable as refused:
            self._not_readable(refused)
            return None

    async def transcript(self, args: list[str]) -> None:
        found = await self.open_recording(args, "transcript SESSION_ID", ReadPath.TRANSCRIPT)
        if found is None:
            return
        self.screen.show(f"Session {found.info.id} ({found.info.status}):")
        self.screen.show("\n".join(transcript_lines(list(found.events)))
                         or "(nothing was said)")

    async def debrief(self, args: list[str]) -> None:
        found = await self.open_recording(args, "debrief SESSION_ID", ReadPath.DEBRIEF)
        if found is None:
            return
        info, score = found.info, found.score
        if score is None:
            why = ("it has not ended yet" if info.status is not SessionStatus.ENDED
                   else "the agent said nothing to score")
            self.screen.show(f"Session {info.id} has no debrief: {why}.")
            return
        review = found.review()
        headline = f"Session {info.id}, agent {score.data['agent']}:"
        if review is not None and review.overrides:
            # The trainer's word stands: say so before the machine's figures.
            headline += (f" overall {figure(review.overall)} after a trainer's review "
                         f"(the machine gave {figure(review.machine_overall)}; see Review "
                         "below).")
        self.screen.show(headline)
        self.screen.show(debrief_text(score, self.screen.width))
        reviewed = review_text(review)
        if reviewed:
            self.screen.show(reviewed)

    async def replay(self, args: list[str]) -> None:
        usage = "replay SESSION_ID [SPEED|max], e.g. \"replay 12 2\" for double speed"
        speed: float | None = 1.0
        if len(args) == 2:
            speed = parse_speed(args[1])
            if speed == 0:
                self.screen.show(f"Usage: {usage}. SPEED is a number above 0 or \"max\".")
                return
        elif len(args) != 1:
            self.screen.show(f"Usage: {usage}.")
            return
        found = await self.open_recording(args, usage, ReadPath.REPLAY)
        if found is None:
            return
        if found.info.status is not SessionStatus.ENDED:
            self.screen.show("That session is still open; this replays what was said so far.")
        mode = Replaying(self.client, self, found.info.id)
        self.client.switch(mode)
        mode.start(Replay(in_turn_order(found.events), speed, self.client.app.clock, mode.show,
                          mode.finished))

    async def party(self, args: list[str]) -> None:
        await start_or_join(self, args)

    async def quit(self, args: list[str]) -> None:
        self.screen.close("Goodbye.")
