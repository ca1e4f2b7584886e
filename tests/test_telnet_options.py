"""Telnet option negotiation, keepalive and idle timeout, with a fake clock."""

from __future__ import annotations

import struct

import pytest_twisted
from twisted.conch.telnet import DO, IAC, NAWS, NOP, SB, SE, WILL
from twisted.internet.address import IPv4Address
from twisted.internet.error import ConnectionDone
from twisted.internet.task import Clock
from twisted.internet.testing import StringTransport
from twisted.python.failure import Failure

from server.telnet import CHARSET, TTYPE, TelnetFactory


async def connected(server_factory, sqlite_url, **options):
    service = await server_factory(sqlite_url)
    clock = Clock()
    factory = TelnetFactory(service.app, clock, **options)
    protocol = factory.buildProtocol(IPv4Address("TCP", "127.0.0.1", 5555))
    transport = StringTransport(peerAddress=IPv4Address("TCP", "127.0.0.1", 5555))
    protocol.makeConnection(transport)
    return protocol, transport, clock


@pytest_twisted.ensureDeferred
async def test_naws_ttype_and_charset_are_negotiated(server_factory, sqlite_url):
    protocol, transport, _ = await connected(server_factory, sqlite_url)
    sent = transport.value()
    assert IAC + DO + NAWS in sent and IAC + DO + TTYPE in sent and IAC + WILL + CHARSET in sent
    transport.clear()
    protocol.dataReceived(IAC + WILL + NAWS + IAC + SB + NAWS + struct.pack("!HH", 120, 40)
                          + IAC + SE)
    assert protocol.protocol.width == 120
    protocol.dataReceived(IAC + WILL + TTYPE)
    assert IAC + SB + TTYPE + b"\x01" + IAC + SE in transport.value()
    protocol.dataReceived(IAC + SB + TTYPE + b"\x00XTERM-256COLOR" + IAC + SE)
    assert protocol.protocol.terminal_type == "XTERM-256COLOR"
    protocol.dataReceived(IAC + DO + CHARSET)
    assert IAC + SB + CHARSET + b"\x01;UTF-8;US-ASCII" + IAC + SE in transport.value()
    protocol.dataReceived(IAC + SB + CHARSET + b"\x02US-ASCII" + IAC + SE)
    assert protocol.protocol.lines.encoding == "ascii"
    transport.clear()
    protocol.dataReceived(b"help\r\n")  # unsigned: ASCII reply, no errors
    assert b"You are not signed in yet" in transport.value()
    protocol.connectionLost(Failure(ConnectionDone()))


@pytest_twisted.ensureDeferred
async def test_silly_window_sizes_are_ignored(server_factory, sqlite_url):
    protocol, _, _ = await connected(server_factory, sqlite_url)
    protocol.dataReceived(IAC + SB + NAWS + struct.pack("!HH", 3, 1) + IAC + SE)
    assert protocol.protocol.width == 80
    protocol.dataReceived(IAC + SB + NAWS + b"\x01" + IAC + SE)  # short payload
    assert protocol.protocol.width == 80
    protocol.connectionLost(Failure(ConnectionDone()))


@pytest_twisted.ensureDeferred
async def test_keepalive_nops_and_idle_timeout(server_factory, sqlite_url):
    protocol, transport, clock = await connected(
        server_factory, sqlite_url, idle_timeout=600, keepalive=60
    )
    transport.clear()
    clock.pump([60, 60])
    assert transport.value() == (IAC + NOP) * 2
    clock.advance(400)
    protocol.dataReceived(b"\r\n")  # any input restarts the idle clock
    clock.advance(599)
    assert not transport.disconnecting
    clock.advance(1)
    assert b"You were idle for 10 minute(s)" in transport.value()
    assert transport.disconnecting
    protocol.connectionLost(Failure(ConnectionDone()))
    assert clock.getDelayedCalls() == []
