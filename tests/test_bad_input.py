"""What telnet clients in the wild send: the connection survives, the user is told."""

from __future__ import annotations

import pytest_twisted

from tests.helpers import live_room, port_of
from tests.telnet_client import connect, signed_in


@pytest_twisted.ensureDeferred
async def test_unknown_iac_commands_and_nul_bytes_are_skipped(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    client = await signed_in(reactor, port_of(service), "amy")
    # IAC 0x01 is no telnet command; Twisted alone would drop the client on it.
    client.send_raw(b"lo\xff\x01\x00ok\r\n")
    await client.expect("You are in the lobby")
    client.send_raw(b"\xff\x99rooms\r\n")
    await client.expect("No rooms are open")
    await client.close()


@pytest_twisted.ensureDeferred
async def test_invalid_utf8_and_mixed_line_ends(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    agent, customer, _ = await live_room(reactor, port_of(service), "bea", "cal")
    customer.send_raw(b"caf\xe9 \xff\xff and \xc3\xa9\r\n")  # latin-1 byte, escaped IAC, UTF-8
    await agent.expect("cal (customer): caf\ufffd \ufffd and \u00e9")
    customer.send_raw(b"one\ntwo\n\rthree\rfour\r\x00")
    for word in ("one", "two", "three", "four"):
        await agent.expect(f"cal (customer): {word}")
    await agent.close()
    await customer.close()


@pytest_twisted.ensureDeferred
async def test_escape_sequences_never_reach_the_other_screen(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    agent, customer, _ = await live_room(reactor, port_of(service), "dee", "eli")
    customer.send_raw(
        b"\x1b[2J\x1b[31mred\x1b[0m \x1b]0;owned\x07title\x07 bell \xe2\x80\xaeevil\r\n"
    )
    await agent.expect("eli (customer): red title bell evil")
    assert b"\x1b" not in agent.raw and b"\x07" not in agent.raw
    assert "\u202e" not in agent.text
    await agent.close()
    await customer.close()


@pytest_twisted.ensureDeferred
async def test_a_huge_line_is_refused_and_the_connection_kept(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    client = await signed_in(reactor, port_of(service), "fay")
    client.send_raw(b"x" * 100_000 + b"\r\n")
    await client.expect("longer than 4096 bytes and was not used")
    client.send("look")
    await client.expect("You are in the lobby")
    await client.close()


@pytest_twisted.ensureDeferred
async def test_a_flood_of_lines_is_cut_with_a_message(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    agent, customer, _ = await live_room(reactor, port_of(service), "gus", "hal")
    customer.send_raw(b"".join(b"line %d\r\n" % n for n in range(500)))
    await customer.expect("faster than they could be handled")
    await agent.expect("hal (customer): line 0")
    customer.send("still here")
    await agent.expect("hal (customer): still here")
    await agent.close()
    await customer.close()


@pytest_twisted.ensureDeferred
async def test_http_on_the_telnet_port_gets_a_polite_close(reactor, server_factory, sqlite_url):
    from twisted.internet.endpoints import TCP4ClientEndpoint, connectProtocol

    from tests.telnet_client import TelnetTestClient

    service = await server_factory(sqlite_url)
    client = TelnetTestClient(reactor)
    await connectProtocol(TCP4ClientEndpoint(reactor, "127.0.0.1", port_of(service)), client)
    client.send_raw(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
    await client.closed
    assert b"HTTP/1.1 400 Bad Request" in client.raw
    assert "This port speaks telnet" in client.text


@pytest_twisted.ensureDeferred
async def test_unknown_commands_get_a_suggestion(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    client = await signed_in(reactor, port_of(service), "ida")
    client.send("romos")
    await client.expect('There is no command "romos". Did you mean "rooms"?')
    client.send("join banana")
    await client.expect("Usage: join ROOM_ID")
    client.send("join 999")
    await client.expect("There is no open room 999")
    client.send("help replay")
    await client.expect("replay SESSION_ID [SPEED|max]")
    await client.close()


@pytest_twisted.ensureDeferred
async def test_a_client_that_refuses_every_option_still_works(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    client = await connect(reactor, port_of(service))
    # Refuse what the server asked for, and ask for options it does not offer.
    client.send_raw(b"\xff\xfc\x1f\xff\xfc\x18\xff\xfe\x2a\xff\xfb\x22\xff\xfd\x05")
    client.send("create jo-ann password123")
    await client.expect("Hello, jo-ann")
    await client.close()


@pytest_twisted.ensureDeferred
async def test_ids_that_are_not_plain_numbers_get_the_usage_text(
    reactor, server_factory, sqlite_url
):
    """Unicode digits ("²", Arabic-Indic "١٢") pass str.isdigit but not int(); a 20-digit
    id overflows the database's integers. Each is a usage error, never a traceback (the
    suite fails on any logged error)."""
    service = await server_factory(sqlite_url)
    client = await signed_in(reactor, port_of(service), "ivy")
    for bad in ("²", "١٢", "99999999999999999999"):
        for command, answer in (
            (f"transcript {bad}", "Usage: transcript SESSION_ID."),
            (f"debrief {bad}", "Usage: debrief SESSION_ID."),
            (f"replay {bad}", "Usage: replay SESSION_ID"),
            (f"join {bad}", "Usage: join ROOM_ID"),
            (f"watch {bad}", "Usage: watch ROOM_ID."),
            (f"play broken-on-arrival {bad}", "SEED is a whole number"),
            (f"comment 1 {bad} Nice.", "Usage: comment SESSION_ID TURN TEXT"),
            (f"override 1 calmness {bad} Why.", "Usage: override SESSION_ID"),
            (f"party join {bad}", "Usage: party SESSION_ID"),
        ):
            client.send(command)
            await client.expect(answer)
    client.send("transcript 2147483647")  # the largest id: a real lookup, refused as absent
    await client.expect("There is no session 2147483647 that you may read.")
    await client.close()
