"""Signing in and up over telnet: names, hidden passwords, throttling, registration."""

from __future__ import annotations

import pytest_twisted
from twisted.internet.task import Clock

from server.throttle import LoginThrottle
from tests.helpers import port_of
from tests.telnet_client import connect, signed_in

WILL_ECHO, WONT_ECHO = b"\xff\xfb\x01", b"\xff\xfc\x01"


@pytest_twisted.ensureDeferred
async def test_create_then_connect_with_hidden_password(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    first = await signed_in(reactor, port_of(service), "dana", "s3cret-pass")
    first.send("quit")
    await first.closed

    client = await connect(reactor, port_of(service))
    client.send("connect dana")
    await client.expect("Password: ")
    assert WILL_ECHO in client.raw  # the client stops echoing what is typed
    client.send("s3cret-pass")
    await client.expect("Hello, dana (trainee)")
    assert WONT_ECHO in client.raw
    assert "s3cret-pass" not in client.text
    await client.close()


@pytest_twisted.ensureDeferred
async def test_wrong_password_and_bad_names_get_clear_messages(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    (await signed_in(reactor, port_of(service), "erin", "good-password")).send("quit")
    client = await connect(reactor, port_of(service))
    client.send("connect erin wrong-password")
    await client.expect("That name and password do not match")
    client.send("create x1 password123")
    await client.expect("is not a valid name")
    client.send("create erin another-password")
    await client.expect("The name 'erin' is taken")
    client.send("create frank short")
    await client.expect("too short")
    client.send("dance")
    await client.expect("You are not signed in yet")
    await client.close()


@pytest_twisted.ensureDeferred
async def test_repeated_failures_are_throttled_per_address(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    (await signed_in(reactor, port_of(service), "gina", "right-password")).send("quit")
    client = await connect(reactor, port_of(service))
    for _ in range(5):
        client.send("connect gina wrong-password")
        await client.expect("do not match")
    client.send("connect gina right-password")
    await client.expect("Too many failed sign-ins for this name or from your address. Try again in")
    # A new connection from the same address is throttled too.
    other = await connect(reactor, port_of(service))
    other.send("connect gina right-password")
    await other.expect("Too many failed sign-ins")
    await client.close()
    await other.close()


def test_throttle_lockout_expires_and_doubles() -> None:
    clock = Clock()
    throttle = LoginThrottle(clock, allowed=3, window=60, lockout=10, max_lockout=25)
    for _ in range(3):
        assert throttle.wait_for("10.0.0.1") == 0
        throttle.failed("10.0.0.1")
    assert throttle.wait_for("10.0.0.1") == 10
    assert throttle.wait_for("10.0.0.2") == 0
    clock.advance(10)
    assert throttle.wait_for("10.0.0.1") == 0
    for _ in range(3):
        throttle.failed("10.0.0.1")
    assert throttle.wait_for("10.0.0.1") == 20
    clock.advance(20)
    for _ in range(3):
        throttle.failed("10.0.0.1")
    assert throttle.wait_for("10.0.0.1") == 25  # capped
    throttle.succeeded("10.0.0.1")
    assert throttle.wait_for("10.0.0.1") == 0


@pytest_twisted.ensureDeferred
async def test_self_registration_can_be_switched_off(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url, open_registration=False)
    client = await connect(reactor, port_of(service))
    assert "create NAME PASSWORD" not in client.text
    client.send("create henry password123")
    await client.expect("New accounts are made by an administrator")
    await client.close()


@pytest_twisted.ensureDeferred
async def test_signing_in_elsewhere_closes_the_old_connection(reactor, server_factory, sqlite_url):
    service = await server_factory(sqlite_url)
    old = await signed_in(reactor, port_of(service), "ivan", "ivan-password")
    new = await connect(reactor, port_of(service))
    new.send("connect ivan ivan-password")
    await new.expect("Hello, ivan")
    await old.expect("You signed in from somewhere else")
    await old.closed
    new.send("who")
    await new.expect("1 signed in")
    await new.close()
