"""One connected person: who they are and which mode their lines go to.

Transport-free: telnet (and later the web socket) feed it lines and give it a Screen.
Lines are handled strictly one after another, so a client that pastes "connect ...",
then "open" gets both handled in order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from twisted.internet.defer import Deferred
from twisted.logger import Logger
from twisted.python.failure import Failure

from server.app import App
from server.modes import Mode, ShowsTyping
from server.screen import Screen
from server.text import sanitise
from sessions.records import Account

_log = Logger()

#: Lines waiting to be handled before further ones are refused (a flood, not typing).
MAX_QUEUED_LINES = 50


class Client:
    def __init__(self, app: App, screen: Screen, first: Callable[[Client], Mode]) -> None:
        """``first`` makes the mode the connection starts in (the login screen)."""
        self.app = app
        self.screen = screen
        self.account: Account | None = None
        self.mode: Mode = first(self)
        self._queue: deque[str] = deque()
        self._busy = False
        self._dropped = 0
        self.gone = False

    @property
    def name(self) -> str:
        return self.account.name if self.account else "(not signed in)"

    def run_first(self, job: Coroutine[Any, Any, object]) -> None:
        """Run ``job`` (signing in, for a front end that authenticated the person itself)
        before any line: lines that arrive meanwhile wait for it."""
        self._busy = True
        done = Deferred.fromCoroutine(job)
        done.addErrback(self._failed)
        done.addBoth(self._next)

    def line_received(self, raw: str) -> None:
        if len(self._queue) >= MAX_QUEUED_LINES:
            self._dropped += 1
            return
        self._queue.append(sanitise(raw))
        self._handle_next()

    def typing(self) -> None:
        if isinstance(self.mode, ShowsTyping):
            self.mode.typing()

    def line_too_long(self, limit: int) -> None:
        self.screen.show(
            f"That line was longer than {limit} bytes and was not used. "
            "Please send shorter lines."
        )

    def _handle_next(self) -> None:
        if self._busy or not self._queue or self.gone:
            return
        if self._dropped:
            self.screen.show(
                f"You sent lines faster than they could be handled; the last {self._dropped} "
                "were not used. Please send them again more slowly."
            )
            self._dropped = 0
        self._busy = True
        line = self._queue.popleft()
        done = Deferred.fromCoroutine(self.mode.handle(line))
        done.addErrback(self._failed)
        done.addBoth(self._next)

    def _next(self, _: object) -> None:
        self._busy = False
        self._handle_next()

    def _failed(self, failure: Failure) -> None:
        # The line itself is not logged: it may be a password.
        _log.failure("Command failed for {account}", failure, account=self.name)
        if not self.gone:
            self.screen.show(
                "Sorry, that did not work because of a problem on the server. It has been "
                "logged; please try again, or tell your trainer if it keeps happening."
            )

    def switch(self, mode: Mode) -> None:
        self.mode = mode

    def connection_lost(self) -> None:
        self.gone = True
        self._queue.clear()
        self.mode.disconnected()
        if self.account and self.app.online.get(self.account.name) is self:
            del self.app.online[self.account.name]
