"""The websocket at /ws: one signed-in browser tab driving one ``Client``.

The page sends ``{"type": "line", "text": …}`` (a lobby command, a chat line or a "/"
room command) and ``{"type": "typing"}`` while its user types a chat line; the server
sends ``{"type": "text", "text": …}`` for command output,
``{"type": "event", "event": …, "viewer": …}`` for session events, and
``{"type": "close", "text": …}`` before it closes the socket on purpose.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from autobahn.twisted.websocket import WebSocketServerFactory, WebSocketServerProtocol
from autobahn.websocket.types import ConnectionDeny, ConnectionRequest
from twisted.internet.interfaces import ISSLTransport
from twisted.logger import Logger

from server.app import App
from server.client import Client
from server.linebuffer import MAX_LINE_BYTES
from server.login import Login
from server.render import event_text
from server.web.auth import OriginPolicy, WebSessions
from sessions.events import Event
from sessions.records import Account

#: Largest message or frame the page may send: a chat line is at most MAX_LINE_BYTES.
MAX_PAYLOAD = 16 * 1024
UNAUTHORIZED = 401  # autobahn's ConnectionDeny names no constant for it
SIGNED_OUT = 4001  # our close code (4000-4999 are the application's) for a sign-out
WIDTH = 80  # lobby listings are laid out for this many columns; the page wraps them


class WebChat(WebSocketServerProtocol):
    """The Screen of one websocket. autobahn owns ``.log``, so ours is ``_log``."""

    _log = Logger()
    factory: WebChatFactory

    def __init__(self) -> None:
        super().__init__()
        self.width = WIDTH
        self.peer = "unknown"
        self.client: Client | None = None
        self._account: Account | None = None
        self._forget_sign_in: Callable[[], None] = lambda: None

    # -- the handshake and the connection -----------------------------------------

    def onConnect(self, request: ConnectionRequest) -> None:
        self.peer = getattr(self.transport.getPeer(), "host", "unknown")
        secure = ISSLTransport.providedBy(self.transport)
        headers = request.headers
        if not self.factory.origins.permits(headers.get("origin"), headers.get("host"), secure):
            self._log.info(
                "Websocket from {peer} refused: origin {origin!r} not allowed",
                peer=self.peer, origin=headers.get("origin"),
            )
            raise ConnectionDeny(ConnectionDeny.FORBIDDEN, "Origin not allowed")
        self._account = self.factory.sessions.account(headers.get("cookie"))
        self._forget_sign_in = self.factory.sessions.on_end(headers.get("cookie"),
                                                            self._signed_out)
        if self._account is None:
            raise ConnectionDeny(UNAUTHORIZED, "Sign in first")

    def onOpen(self) -> None:
        if self._account is None:  # onConnect refuses everyone else; never reached
            self.sendClose(code=1008)
            return
        self.client = Client(self.factory.app, self, Login)
        self.client.run_first(Login(self.client).enter(self._account))

    def onMessage(self, payload: bytes, isBinary: bool) -> None:
        if self.client is None:
            return
        message = _parse(payload) if not isBinary else None
        if message is None:
            self._send({"type": "text", "text": "That message was not understood."})
            return
        if message["type"] == "typing":
            self.client.typing()
            return
        text = message["text"]
        if len(text.encode("utf-8")) > MAX_LINE_BYTES:
            self.client.line_too_long(MAX_LINE_BYTES)
        else:
            self.client.line_received(text)

    def onClose(self, wasClean: bool, code: int | None, reason: str | None) -> None:
        self._forget_sign_in()
        if self.client is not None and not self.client.gone:
            self.client.connection_lost()

    def _signed_out(self) -> None:
        """This browser signed out: its chat must not go on working."""
        self._send({"type": "text", "text": "You signed out."})
        self.sendClose(code=SIGNED_OUT, reason="Signed out")

    # -- the Screen the client talks to -----------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        if self.state == WebSocketServerProtocol.STATE_OPEN:
            self.sendMessage(json.dumps(message, ensure_ascii=False).encode("utf-8"))

    def show(self, text: str) -> None:
        self._send({"type": "text", "text": text})

    def show_event(self, event: Event, viewer: str | None) -> None:
        self._send({"type": "event", "event": event_json(event, viewer), "viewer": viewer})

    def prompt(self, text: str) -> None:
        self._send({"type": "text", "text": text})

    def hide_input(self, hidden: bool) -> None:
        # The page never types passwords into the websocket: it signs in over HTTP.
        pass

    def close(self, farewell: str | None = None) -> None:
        self._send({"type": "close", "text": farewell or ""})
        if self.state == WebSocketServerProtocol.STATE_OPEN:
            self.sendClose(code=1000)


def event_json(event: Event, viewer: str | None) -> dict[str, Any]:
    """An event for the page, with the line telnet would show for it (None: not shown),
    so both front ends word coaching, pauses and notices alike."""
    return {**event.to_json(), "shown": event_text(event, viewer)}


def _parse(payload: bytes) -> dict[str, Any] | None:
    try:
        message = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if isinstance(message, dict) and message.get("type") == "typing":
        return message
    if (
        not isinstance(message, dict)
        or message.get("type") != "line"
        or not isinstance(message.get("text"), str)
    ):
        return None
    return message


class WebChatFactory(WebSocketServerFactory):
    protocol = WebChat

    def __init__(
        self,
        app: App,
        sessions: WebSessions,
        origins: OriginPolicy,
        ping_interval: float = 30.0,
        ping_timeout: float = 20.0,
    ) -> None:
        super().__init__()
        self.app = app
        self.sessions = sessions
        self.origins = origins
        self.setProtocolOptions(
            # Origins are checked in onConnect (OriginPolicy), not by autobahn's
            # allowedOrigins: autobahn compares the Origin's scheme and port with this
            # factory's own, which behind WebSocketResource or a TLS proxy are not the
            # page's. Its default "*" must then stay, or it refuses every page.
            allowedOrigins=["*"],
            maxMessagePayloadSize=MAX_PAYLOAD,
            maxFramePayloadSize=MAX_PAYLOAD,
            autoPingInterval=ping_interval,
            autoPingTimeout=ping_timeout,
            openHandshakeTimeout=10,
            closeHandshakeTimeout=5,
        )
