"""A real telnet client for tests: connects over TCP, answers nothing, reads text."""

from __future__ import annotations

import re

from twisted.internet.defer import Deferred
from twisted.internet.endpoints import TCP4ClientEndpoint, connectProtocol
from twisted.internet.protocol import Protocol

TIMEOUT = 10.0
# IAC commands (3 bytes), subnegotiations, and bare 2-byte commands such as IAC NOP.
_IAC = re.compile(rb"\xff[\xfb-\xfe].|\xff\xfa.*?\xff\xf0|\xff[\xf0-\xfa]", re.DOTALL)


class TelnetTestClient(Protocol):
    def __init__(self, reactor) -> None:
        self.reactor = reactor
        self.raw = b""
        self.closed: Deferred[None] = Deferred()
        self._waiters: list[tuple[bytes | str, Deferred[str]]] = []
        self._read_from = 0  # expect() consumes text up to the end of each match

    @property
    def text(self) -> str:
        return _IAC.sub(b"", self.raw).decode("utf-8", "replace").replace("\r\n", "\n")

    def dataReceived(self, data: bytes) -> None:
        self.raw += data
        self._answer_negotiation(data)
        self._check()

    def _answer_negotiation(self, data: bytes) -> None:
        # Like a plain line-mode client: let the server echo (for hidden passwords),
        # refuse every other option.
        for verb, option in re.findall(rb"\xff([\xfb-\xfe])(.)", data, re.DOTALL):
            if option == b"\x01" and verb == b"\xfb":
                self.transport.write(b"\xff\xfd\x01")  # DO ECHO
            elif option == b"\x01" and verb == b"\xfc":
                self.transport.write(b"\xff\xfe\x01")  # DONT ECHO
            elif verb in (b"\xfb", b"\xfc"):
                self.transport.write(b"\xff\xfe" + option)  # DONT
            else:
                self.transport.write(b"\xff\xfc" + option)  # WONT

    def connectionLost(self, reason) -> None:
        self.closed.callback(None)
        for pattern, waiter in self._waiters:
            waiter.errback(AssertionError(f"closed before {pattern!r}; got:\n{self.text}"))
        self._waiters.clear()

    def _check(self) -> None:
        text = self.text
        for item in list(self._waiters):
            pattern, waiter = item
            index = text.find(pattern, self._read_from)
            if index >= 0:
                self._waiters.remove(item)
                self._read_from = index + len(pattern)
                waiter.callback(text[:index + len(pattern)])

    def expect(self, pattern: str) -> Deferred[str]:
        """Fires when ``pattern`` appears after what earlier expects consumed."""
        waiter: Deferred[str] = Deferred()
        self._waiters.append((pattern, waiter))
        self._check()
        waiter.addTimeout(TIMEOUT, self.reactor, onTimeoutCancel=self._timed_out(pattern))
        return waiter

    def _timed_out(self, pattern: str):
        def explain(result, timeout):
            raise AssertionError(
                f"no {pattern!r} within {timeout}s; text after the last match:\n"
                f"{self.text[self._read_from:]}"
            )

        return explain

    def send(self, line: str) -> None:
        self.transport.write(line.encode("utf-8") + b"\r\n")

    def send_raw(self, data: bytes) -> None:
        self.transport.write(data)

    async def close(self) -> None:
        if not self.closed.called:
            self.transport.loseConnection()
        await self.closed


async def connect(reactor, port: int) -> TelnetTestClient:
    client = TelnetTestClient(reactor)
    endpoint = TCP4ClientEndpoint(reactor, "127.0.0.1", port)
    await connectProtocol(endpoint, client)
    await client.expect("Welcome to Sparring")
    return client


async def signed_in(reactor, port: int, name: str, password: str = "correct horse") -> TelnetTestClient:  # noqa: E501
    """A connection that created the account ``name`` and is in the lobby."""
    client = await connect(reactor, port)
    client.send(f"create {name} {password.replace(' ', '-')}")
    await client.expect(f"Hello, {name}")
    return client
