"""Stop the server process: SIGKILL loses nothing anyone saw; SIGTERM shuts down cleanly."""

from __future__ import annotations

import os
import re
import signal
import sys

import pytest_twisted
from twisted.internet.defer import Deferred
from twisted.internet.protocol import ProcessProtocol

from sessions.events import EventKind
from tests.helpers import live_room, stored
from tests.telnet_client import TIMEOUT

LISTENING = re.compile(rb"telnet listening on 127\.0\.0\.1:(\d+)")


class ServerProcess(ProcessProtocol):
    def __init__(self) -> None:
        self.output = b""
        self.port: Deferred[int] = Deferred()
        self.ended: Deferred[None] = Deferred()

    def outReceived(self, data: bytes) -> None:
        self.output += data
        found = LISTENING.search(self.output)
        if found and not self.port.called:
            self.port.callback(int(found.group(1)))

    errReceived = outReceived

    def processEnded(self, reason) -> None:
        if not self.port.called:
            self.port.errback(RuntimeError(f"server exited early:\n{self.output.decode()}"))
        self.ended.callback(None)


def start_server(reactor, db_url: str) -> tuple[ServerProcess, object]:
    process = ServerProcess()
    transport = reactor.spawnProcess(
        process,
        sys.executable,
        [sys.executable, "-m", "server", "serve", "--db", db_url,
         "--telnet", "tcp:0:interface=127.0.0.1", "--web", "none"],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    return process, transport


@pytest_twisted.ensureDeferred
async def test_every_line_a_client_received_survives_sigkill(reactor, tmp_path, server_factory):
    db_url = f"sqlite:///{tmp_path / 'crash.sqlite'}"
    process, transport = start_server(reactor, db_url)
    try:
        port = await process.port.addTimeout(TIMEOUT * 3, reactor)
        agent, customer, room_id = await live_room(reactor, port, "rhea", "saul")
        for number in range(40):
            speaker, listener = (agent, customer) if number % 2 == 0 else (customer, agent)
            speaker.send(f"message {number}")
            await listener.expect(f"message {number}")
        # Lines still in flight when the kill lands may or may not be saved; what
        # counts is that nothing a client was shown is missing.
        for number in range(40, 60):
            agent.send(f"message {number}")
    finally:
        transport.signalProcess(signal.SIGKILL)
        await process.ended
    await agent.closed
    await customer.closed

    seen = set(re.findall(r"message \d+", customer.text)) | set(
        re.findall(r"(?:saul \(customer\)|You): (message \d+)", agent.text)
    )
    saved = {e.text for e in stored(db_url, room_id)[1] if e.kind is EventKind.SAY}
    assert len(seen) >= 40
    assert seen <= saved, f"shown but not saved: {sorted(seen - saved)}"

    # Restarting closes the interrupted session with an end event.
    service = await server_factory(db_url)
    events = await service.app.store.read_session(room_id)
    assert events[-1].kind is EventKind.END and events[-1].data["interrupted"] is True


@pytest_twisted.ensureDeferred
async def test_sigterm_ends_open_sessions_and_saves_everything(reactor, tmp_path):
    db_url = f"sqlite:///{tmp_path / 'term.sqlite'}"
    process, transport = start_server(reactor, db_url)
    port = await process.port.addTimeout(TIMEOUT * 3, reactor)
    agent, customer, room_id = await live_room(reactor, port, "tess", "uri")
    agent.send("Hello, how can I help?")
    await customer.expect("Hello, how can I help?")
    transport.signalProcess(signal.SIGTERM)
    await customer.expect("The server is shutting down. Your sessions are saved.")
    await process.ended.addTimeout(TIMEOUT * 3, reactor)
    assert transport.status == 0
    assert b"every event is saved" in process.output
    info, events = stored(db_url, room_id)
    assert info.status == "ended"
    end = next(e for e in events if e.kind is EventKind.END)
    assert end.data["reason"] == "the server is shutting down"
    assert "Hello, how can I help?" in [e.text for e in events]
