"""Cookie sessions and the Origin rule, without a network: TLS, expiry, configured origins."""

from __future__ import annotations

from twisted.internet.task import Clock
from twisted.web.server import Request
from twisted.web.test.requesthelper import DummyChannel

from server.web.auth import SESSION_SECONDS, OriginPolicy, WebSessions
from sessions.records import Account, Role

ALICE = Account("alice", Role.TRAINEE, "not a real hash", 0.0)


def _request(tls: bool) -> Request:
    channel = DummyChannel()
    if tls:
        channel.transport = DummyChannel.SSL()
    return Request(channel)


def test_the_cookie_is_secure_over_tls_and_expires() -> None:
    clock = Clock()
    sessions = WebSessions(clock)
    request = _request(tls=True)
    sessions.start(request, ALICE)
    cookie = request.cookies[0].decode()
    assert "; Secure" in cookie and "; HttpOnly" in cookie and "SameSite=strict" in cookie
    header = cookie.split(";")[0]
    assert sessions.account(f"other=1; {header}") == ALICE
    assert sessions.account("sparring_session=forged") is None
    clock.advance(SESSION_SECONDS)
    assert sessions.account(header) is None


def test_plain_http_cookies_are_not_marked_secure() -> None:
    request = _request(tls=False)
    WebSessions(Clock()).start(request, ALICE)
    assert "Secure" not in request.cookies[0].decode()


def test_the_origin_rule() -> None:
    same_site = OriginPolicy()
    assert same_site.permits("http://127.0.0.1:8080", "127.0.0.1:8080", secure=False)
    assert not same_site.permits("http://evil.example", "127.0.0.1:8080", secure=False)
    assert not same_site.permits("http://127.0.0.1:8080", "127.0.0.1:8080", secure=True)
    assert not same_site.permits(None, "127.0.0.1:8080", secure=False)
    assert not same_site.permits("null", "127.0.0.1:8080", secure=False)
    configured = OriginPolicy(("https://sparring.example.com",))
    assert configured.permits("https://sparring.example.com", "10.0.0.5:8080", secure=False)
    assert not configured.permits("http://10.0.0.5:8080", "10.0.0.5:8080", secure=False)
