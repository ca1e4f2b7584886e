"""The telnet front end: option negotiation, bytes to lines, text to bytes.

Thin by design: it turns bytes into ``Client`` calls and text into bytes, and holds no
domain state. What clients in the wild send is handled here: refused options, unknown
IAC commands, clients that talk before negotiating, HTTP requests and scanners, idle
links.
"""

from __future__ import annotations

import codecs
import struct

from twisted.conch.telnet import (
    ECHO,
    IAC,
    NAWS,
    NOP,
    SGA,
    TelnetProtocol,
    TelnetTransport,
)
from twisted.internet.defer import Deferred, succeed
from twisted.internet.interfaces import IDelayedCall, IReactorTime
from twisted.internet.protocol import Factory, connectionDone
from twisted.logger import Logger
from twisted.python.failure import Failure

from server.app import App
from server.client import Client
from server.linebuffer import MAX_LINE_BYTES, LineBuffer
from server.login import Login
from server.render import debrief_text, event_text
from server.text import wrap
from sessions.events import Event, EventKind

# Twisted names neither of these (RFC 1091, RFC 2066).
TTYPE = bytes([24])
CHARSET = bytes([42])
TTYPE_IS, TTYPE_SEND = b"\x00", b"\x01"
CHARSET_REQUEST, CHARSET_ACCEPTED, CHARSET_REJECTED = b"\x01", b"\x02", b"\x03"

DEFAULT_WIDTH = 80
HTTP_METHODS = (b"GET ", b"POST ", b"HEAD ", b"PUT ", b"OPTIONS ", b"CONNECT ", b"DELETE ")
HTTP_REPLY = (
    b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Connection: close\r\n\r\n"
    b"This port speaks telnet, not HTTP. Connect with: telnet HOST PORT\r\n"
)


class ForgivingTelnetTransport(TelnetTransport):
    """A TelnetTransport that survives unknown ``IAC <byte>`` commands.

    Twisted raises ``ValueError("Stumped")`` for them, which would drop the client. A
    chunk containing IAC is fed byte by byte, so an unknown command is skipped
    and the rest of the chunk still arrives.
    """

    _log = Logger()

    def dataReceived(self, data: bytes) -> None:
        if IAC not in data and self.state == "data":
            super().dataReceived(data)
            return
        for index in range(len(data)):
            try:
                super().dataReceived(data[index : index + 1])
            except ValueError:
                self._log.info("Ignored unknown telnet command {byte!r}", byte=data[index])
                self.state = "data"


class TelnetSession(TelnetProtocol):
    """One telnet connection, driving one ``Client``."""

    _log = Logger()

    def __init__(
        self, app: App, clock: IReactorTime, idle_timeout: float, keepalive: float
    ) -> None:
        self.app = app
        self.clock = clock
        self.idle_timeout = idle_timeout
        self.keepalive = keepalive
        self.width = DEFAULT_WIDTH
        self.terminal_type: str | None = None
        self.peer = "unknown"
        self.lines = LineBuffer()
        self.client = Client(app, self, Login)
        self._first_bytes = True
        self._idle_call: IDelayedCall | None = None
        self._keepalive_call: IDelayedCall | None = None
        self._echo_hidden: Deferred[object] = succeed(None)

    # -- connection -------------------------------------------------------------

    def connectionMade(self) -> None:
        peer = self.transport.getPeer()
        self.peer = getattr(peer, "host", str(peer))
        handlers = self.transport.negotiationMap
        handlers[NAWS] = self._window_size
        handlers[TTYPE] = self._terminal_type
        handlers[CHARSET] = self._charset
        self._negotiate(self.transport.do(NAWS))
        self._negotiate(self.transport.do(TTYPE))
        self._negotiate(self.transport.will(CHARSET).addCallback(self._request_charset))
        self._reset_idle_timer()
        if self.keepalive > 0:
            self._keepalive_call = self.clock.callLater(self.keepalive, self._send_keepalive)
        Login.greet(self, self.client.app.open_registration)

    def _negotiate(self, result: Deferred[object]) -> Deferred[object]:
        # Many clients refuse options, or never answer: neither is an error, and input
        # is never held back waiting for negotiation.
        return result.addErrback(lambda failure: None)

    def connectionLost(self, reason: Failure = connectionDone) -> None:
        for call in (self._idle_call, self._keepalive_call):
            if call is not None and call.active():
                call.cancel()
        self.client.connection_lost()

    # -- options ----------------------------------------------------------------

    def enableLocal(self, option: bytes) -> bool:
        return option in (ECHO, SGA, CHARSET)

    def enableRemote(self, option: bytes) -> bool:
        if option == TTYPE:
            self.transport.requestNegotiation(TTYPE, TTYPE_SEND)
            return True
        return option in (NAWS, SGA)

    def disableLocal(self, option: bytes) -> None:
        pass

    def disableRemote(self, option: bytes) -> None:
        pass

    def _window_size(self, data: list[bytes]) -> None:
        if len(data) != 4:
            return
        width, _height = struct.unpack("!HH", b"".join(data))
        if width >= 20:
            self.width = min(width, 250)

    def _terminal_type(self, data: list[bytes]) -> None:
        payload = b"".join(data)
        if payload[:1] == TTYPE_IS:
            self.terminal_type = payload[1:].decode("ascii", "replace")[:40]

    def _charset(self, data: list[bytes]) -> None:
        payload = b"".join(data)
        if payload[:1] == CHARSET_ACCEPTED:
            name = payload[1:].decode("ascii", "replace")
            try:
                self.lines.encoding = codecs.lookup(name).name
            except LookupError:
                self._log.info("Client accepted unknown charset {name}", name=name)

    def _request_charset(self, _: object) -> None:
        self.transport.requestNegotiation(CHARSET, CHARSET_REQUEST + b";UTF-8;US-ASCII")

    # -- input ------------------------------------------------------------------

    def dataReceived(self, data: bytes) -> None:
        if self._first_bytes:
            self._first_bytes = False
            if data.startswith(HTTP_METHODS):
                self._log.info("HTTP request on the telnet port from {peer}", peer=self.peer)
                self.transport.transport.write(HTTP_REPLY)
                self.transport.loseConnection()
                return
        self._reset_idle_timer()
        for line in self.lines.feed(data):
            if line.too_long:
                self.client.line_too_long(MAX_LINE_BYTES)
            else:
                self.client.line_received(line.text)

    def _reset_idle_timer(self) -> None:
        if self.idle_timeout <= 0:
            return
        if self._idle_call is not None and self._idle_call.active():
            self._idle_call.reset(self.idle_timeout)
        else:
            self._idle_call = self.clock.callLater(self.idle_timeout, self._idle)

    def _idle(self) -> None:
        minutes = max(1, round(self.idle_timeout / 60))
        self.close(f"You were idle for {minutes} minute(s); disconnecting. Come back any time.")

    def _send_keepalive(self) -> None:
        # IAC NOP keeps NAT and firewall state alive without showing anything.
        self.transport.transport.write(IAC + NOP)
        self._keepalive_call = self.clock.callLater(self.keepalive, self._send_keepalive)

    # -- the Screen the client talks to -----------------------------------------

    def _write(self, text: str) -> None:
        self.transport.write(text.encode(self.lines.encoding, errors="replace"))

    def show(self, text: str) -> None:
        self._write("".join(line + "\n" for line in wrap(text, self.width, indent="  ")))

    def show_event(self, event: Event, viewer: str | None) -> None:
        if event.kind is EventKind.SCORE and viewer and event.data.get("agent") == viewer:
            self.show(debrief_text(event, self.width))
            return
        text = event_text(event, viewer)
        if text is not None:
            self.show(text)

    def prompt(self, text: str) -> None:
        self._write(text)

    def hide_input(self, hidden: bool) -> None:
        if hidden:
            self._echo_hidden = self._negotiate(self.transport.will(ECHO))
            return
        # Only after the client's answer to WILL ECHO: a client that never answered
        # never stopped echoing, and Twisted refuses a WONT while negotiating.
        self._echo_hidden.addCallback(lambda _: self._negotiate(self.transport.wont(ECHO)))
        self._write("\n")

    def close(self, farewell: str | None = None) -> None:
        if farewell:
            self.show(farewell)
        self.transport.loseConnection()


class TelnetFactory(Factory):
    def __init__(
        self, app: App, clock: IReactorTime, idle_timeout: float = 3600, keepalive: float = 300
    ) -> None:
        self.app = app
        self.clock = clock
        self.idle_timeout = idle_timeout
        self.keepalive = keepalive

    def buildProtocol(self, addr: object) -> ForgivingTelnetTransport:
        transport = ForgivingTelnetTransport(
            TelnetSession, self.app, self.clock, self.idle_timeout, self.keepalive
        )
        transport.factory = self
        return transport
