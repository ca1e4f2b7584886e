"""Watching a recorded session again; "/stop" returns to the lobby."""

from __future__ import annotations

from server.client import Client
from server.home import Home
from sessions.events import Event
from sessions.replay import Replay


class Replaying:
    def __init__(self, client: Client, lobby: Home, session_id: int) -> None:
        self.client = client
        self.lobby = lobby
        self.session_id = session_id
        self._replay: Replay | None = None

    def where(self) -> str:
        return f"replaying session {self.session_id}"

    def start(self, replay: Replay) -> None:
        self._replay = replay
        self.client.screen.show(f"Replaying session {self.session_id}. Type \"/stop\" to stop.")
        replay.start()

    def show(self, event: Event) -> None:
        self.client.screen.show_event(event, None)

    def finished(self, complete: bool) -> None:
        self._replay = None
        if self.client.gone:
            return
        self.client.screen.show(
            "End of the replay." if complete else "Replay stopped."
        )
        self.client.switch(self.lobby)

    def disconnected(self) -> None:
        if self._replay is not None:
            self._replay.stop()

    async def handle(self, line: str) -> None:
        if line.strip().lower() in ("/stop", "stop"):
            if self._replay is not None:
                self._replay.stop()
        elif line:
            self.client.screen.show("A replay is running. Type \"/stop\" to stop it.")
