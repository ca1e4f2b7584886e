"""Kill the server with SIGKILL mid-conversation: whatever anyone saw is on disk."""

from __future__ import annotations

import os
import re
import signal
import sys

import pytest_twisted
from twisted.internet.defer import Deferred
from twisted.internet.protocol import ProcessProtocol

from sessions import queries
from sessions.dbpool import make_engine
from sessions.events import EventKind
from tests.helpers import live_room
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


@pytest_twisted.ensureDeferred
async def test_every_line_a_client_received_survives_sigkill(reactor, tmp_path, server_factory):
    db_url = f"sqlite:///{tmp_path / 'crash.sqlite'}"
    process = ServerProcess()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    transport = reactor.spawnProcess(
        process,
        sys.executable,
        [sys.executable, "-m", "server", "serve", "--db", db_url,
         "--telnet", "tcp:0:interface=127.0.0.1"],
        env=env,
    )
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
    engine, _ = make_engine(db_url)
    try:
        saved = {e.text for e in queries.read_events(engine, room_id) if e.kind is EventKind.SAY}
    finally:
        engine.dispose()
    assert len(seen) >= 40
    assert seen <= saved, f"shown but not saved: {sorted(seen - saved)}"

    # Restarting closes the interrupted session with an end event.
    service = await server_factory(db_url)
    events = await service.app.store.read_session(room_id)
    assert events[-1].kind is EventKind.END and events[-1].data["interrupted"] is True
