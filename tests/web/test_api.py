"""The JSON API and the websocket handshake over real HTTP on 127.0.0.1: cookies, CSRF
and Origin checks, and who may read which session."""

from __future__ import annotations

import json
from typing import Any

import pytest_twisted
from autobahn.twisted.websocket import WebSocketClientFactory, WebSocketClientProtocol
from twisted.internet.defer import Deferred
from twisted.internet.endpoints import TCP4ClientEndpoint, connectProtocol
from twisted.internet.protocol import Protocol
from twisted.web.client import Agent, readBody
from twisted.web.http_headers import Headers
from twisted.web.iweb import IResponse

from server.web.websocket import SIGNED_OUT
from sessions.records import Role
from tests.cohort_fixtures import PASSWORD as FIXTURE_PASSWORD
from tests.cohort_fixtures import database, people, scored_session
from tests.helpers import port_of
from tests.web.conftest import web_url

TIMEOUT = 10.0
PASSWORD = "correct-horse-battery"


class Http:
    """A small HTTP client for one server; remembers the session cookie it is given."""

    def __init__(self, reactor: Any, base: str) -> None:
        self.reactor = reactor
        self.base = base
        self.agent = Agent(reactor)
        self.cookie: str | None = None

    async def request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> tuple[IResponse, Any]:
        sent = dict(headers or {})
        if self.cookie:
            sent.setdefault("Cookie", self.cookie)
        producer = None
        if body is not None:
            from io import BytesIO

            from twisted.web.client import FileBodyProducer

            producer = FileBodyProducer(BytesIO(json.dumps(body).encode()))
        response = await self.agent.request(
            method.encode(),
            (self.base + path).encode(),
            Headers({k: [v] for k, v in sent.items()}),
            producer,
        ).addTimeout(TIMEOUT, self.reactor)
        raw = await readBody(response).addTimeout(TIMEOUT, self.reactor)
        set_cookie = response.headers.getRawHeaders("set-cookie") or []
        if set_cookie:
            self.cookie = set_cookie[0].split(";")[0]
        return response, json.loads(raw) if raw.startswith((b"{", b"[")) else raw

    async def post(self, path: str, body: Any, **headers: str) -> tuple[IResponse, Any]:
        sent = {
            "Content-Type": "application/json",
            "X-Sparring": "1",
            "Origin": self.base,
            **{k.replace("_", "-"): v for k, v in headers.items()},
        }
        return await self.request("POST", path, body, {k: v for k, v in sent.items() if v})

    async def register(self, name: str) -> None:
        response, _ = await self.post("/api/register", {"name": name, "password": PASSWORD})
        assert response.code == 200


@pytest_twisted.ensureDeferred
async def test_sign_in_sets_a_strict_http_only_cookie(reactor, web_server) -> None:
    service = await web_server()
    http = Http(reactor, web_url(service))
    await http.register("alice")
    fresh = Http(reactor, web_url(service))
    response, body = await fresh.post("/api/login", {"name": "alice", "password": "wrong!wrong"})
    assert response.code == 401
    assert fresh.cookie is None
    response, body = await fresh.post("/api/login", {"name": "alice", "password": PASSWORD})
    assert response.code == 200 and body == {"name": "alice", "role": "trainee"}
    cookie = response.headers.getRawHeaders("set-cookie")[0]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain HTTP here; over TLS it is set
    response, body = await fresh.request("GET", "/api/me")
    assert response.code == 200 and body["name"] == "alice"

    response, _ = await fresh.post("/api/logout", {})
    assert response.code == 200
    response, _ = await Http(reactor, web_url(service)).request("GET", "/api/me")
    assert response.code == 401


@pytest_twisted.ensureDeferred
async def test_posts_from_another_site_are_refused(reactor, web_server) -> None:
    service = await web_server()
    base = web_url(service)
    http = Http(reactor, base)
    credentials = {"name": "alice", "password": PASSWORD}
    for headers in (
        {"Origin": "http://evil.example"},
        {"Origin": ""},  # no Origin at all
        {"X_Sparring": ""},  # no custom header: a plain HTML form could send this
        {"Content_Type": "text/plain"},
    ):
        response, _ = await http.post("/api/register", credentials, **headers)
        assert response.code == 403, headers
        assert http.cookie is None


@pytest_twisted.ensureDeferred
async def test_every_page_carries_a_content_security_policy(reactor, web_server) -> None:
    service = await web_server()
    response, page = await Http(reactor, web_url(service)).request("GET", "/")
    assert response.code == 200
    assert b"<title>Sparring</title>" in page
    policy = response.headers.getRawHeaders("content-security-policy")[0]
    assert "default-src 'self'" in policy
    assert response.headers.getRawHeaders("x-content-type-options") == ["nosniff"]


@pytest_twisted.ensureDeferred
async def test_sessions_are_readable_by_their_members_only(reactor, web_server) -> None:
    service = await web_server()
    base = web_url(service)
    alice, bob, carol = Http(reactor, base), Http(reactor, base), Http(reactor, base)
    for http, name in ((alice, "alice"), (bob, "bob"), (carol, "carol")):
        await http.register(name)
    # alice and bob talk over telnet (accounts made on the web work there too).
    agent, customer, room = await _telnet_room(reactor, service)
    agent.send("Hello there")
    await customer.expect("alice (agent): Hello there")
    customer.send("/end done")
    await agent.expect("back in the lobby")

    response, listing = await alice.request("GET", "/api/sessions")
    assert [s["id"] for s in listing] == [room]
    response, found = await bob.request("GET", f"/api/sessions/{room}")
    assert response.code == 200
    said = [(e["actor"], e["text"]) for e in found["events"] if e["kind"] == "say"]
    assert said == [("alice", "Hello there")]
    response, found = await bob.request("GET", f"/api/sessions/{room}/debrief")
    assert response.code == 200 and set(found) >= {"scorecard", "debrief"}

    not_yours, body_not_yours = await carol.request("GET", f"/api/sessions/{room}")
    missing, body_missing = await carol.request("GET", "/api/sessions/999")
    assert not_yours.code == missing.code == 404
    assert body_not_yours == body_missing
    response, _ = await carol.request("GET", f"/api/sessions/{room}/debrief")
    assert response.code == 404
    response, listing = await carol.request("GET", "/api/sessions")
    assert listing == []
    response, _ = await Http(reactor, base).request("GET", f"/api/sessions/{room}")
    assert response.code == 401
    await agent.close()
    await customer.close()


async def _telnet_room(reactor: Any, service: Any):
    from tests.telnet_client import connect

    clients = []
    for name in ("alice", "bob"):
        client = await connect(reactor, port_of(service))
        client.send(f"connect {name} {PASSWORD}")
        await client.expect(f"Hello, {name}")
        clients.append(client)
    agent, customer = clients
    agent.send("open")
    opened = await agent.expect("is open")
    room = int(opened.rsplit("Room ", 1)[1].split()[0])
    customer.send(f"join {room}")
    await customer.expect("The session is live.")
    await agent.expect("The session is live.")
    return agent, customer, room


class _Handshake(Protocol):
    """Sends a websocket opening handshake and keeps the response's status line."""

    def __init__(self, request: bytes) -> None:
        self.request = request
        self.data = b""
        self.status: Deferred[int] = Deferred()

    def connectionMade(self) -> None:
        self.transport.write(self.request)

    def dataReceived(self, data: bytes) -> None:
        self.data += data
        if b"\r\n" in self.data and not self.status.called:
            self.status.callback(int(self.data.split(b" ", 2)[1]))
            self.transport.loseConnection()


async def _websocket_status(reactor: Any, port: int, origin: str | None, cookie: str | None):
    lines = [
        "GET /ws HTTP/1.1",
        f"Host: 127.0.0.1:{port}",
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13",
    ]
    if origin:
        lines.append(f"Origin: {origin}")
    if cookie:
        lines.append(f"Cookie: {cookie}")
    handshake = _Handshake(("\r\n".join(lines) + "\r\n\r\n").encode())
    await connectProtocol(TCP4ClientEndpoint(reactor, "127.0.0.1", port), handshake)
    return await handshake.status.addTimeout(TIMEOUT, reactor)


@pytest_twisted.ensureDeferred
async def test_a_websocket_from_a_foreign_origin_is_refused(reactor, web_server) -> None:
    service = await web_server()
    base = web_url(service)
    port = service.web_port.getHost().port
    http = Http(reactor, base)
    await http.register("alice")

    assert await _websocket_status(reactor, port, "http://evil.example", http.cookie) == 403
    assert await _websocket_status(reactor, port, None, http.cookie) == 403  # no Origin
    assert await _websocket_status(reactor, port, base, None) == 401
    assert await _websocket_status(reactor, port, base, http.cookie) == 101


@pytest_twisted.ensureDeferred
async def test_configured_origins_replace_the_same_origin_rule(reactor, web_server) -> None:
    service = await web_server(web_origins=("https://sparring.example.com",))
    base = web_url(service)
    port = service.web_port.getHost().port
    http = Http(reactor, base)
    response, _ = await http.post(
        "/api/register", {"name": "alice", "password": PASSWORD},
        Origin="https://sparring.example.com",
    )
    assert response.code == 200
    assert await _websocket_status(reactor, port, base, http.cookie) == 403
    assert await _websocket_status(
        reactor, port, "https://sparring.example.com", http.cookie
    ) == 101


@pytest_twisted.ensureDeferred
async def test_the_api_shows_a_whisper_to_the_agent_and_not_to_the_customer_seat(
    reactor, web_server, sqlite_url
) -> None:
    whispered = "Ask when she needs it by."
    with database(sqlite_url) as engine:
        people(engine, uma=Role.TRAINEE, cleo=Role.TRAINEE)
        session = scored_session(engine, "uma", "cleo", whispers={2: whispered})
    base = web_url(await web_server())
    for name, coached in (("uma", True), ("cleo", False)):
        http = Http(reactor, base)
        response, _ = await http.post("/api/login", {"name": name, "password": FIXTURE_PASSWORD})
        assert response.code == 200
        response, found = await http.request("GET", f"/api/sessions/{session}")
        assert response.code == 200
        texts = [e["text"] for e in found["events"]]
        assert (whispered in texts) is coached, (name, texts)
        assert "It ships today; you will have a tracking number within the hour." in texts


class _Chat(WebSocketClientProtocol):
    """A websocket client that reports when it is open and why it was closed."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: Deferred[None] = Deferred()
        self.closed: Deferred[int | None] = Deferred()

    def onOpen(self) -> None:
        self.opened.callback(None)

    def onClose(self, wasClean: bool, code: int | None, reason: str | None) -> None:
        if not self.closed.called:
            self.closed.callback(code)


@pytest_twisted.ensureDeferred
async def test_signing_out_closes_that_browsers_open_chat(reactor, web_server) -> None:
    service = await web_server()
    base = web_url(service)
    http = Http(reactor, base)
    await http.register("alice")
    factory = WebSocketClientFactory(base.replace("http", "ws") + "/ws", origin=base,
                                     headers={"Cookie": http.cookie})
    factory.protocol = _Chat
    port = service.web_port.getHost().port
    chat = await connectProtocol(TCP4ClientEndpoint(reactor, "127.0.0.1", port),
                                 factory.buildProtocol(None))
    await chat.opened.addTimeout(TIMEOUT, reactor)
    response, _ = await http.post("/api/logout", {})
    assert response.code == 200
    assert await chat.closed.addTimeout(TIMEOUT, reactor) == SIGNED_OUT


@pytest_twisted.ensureDeferred
async def test_health_answers_without_sign_in_and_checks_the_database(reactor, web_server):
    service = await web_server()
    http = Http(reactor, web_url(service))
    response, body = await http.request("GET", "/api/health")
    assert response.code == 200 and body == {"status": "ok", "store": "ok"}
    await service.app.store.close()  # the database goes away
    response, body = await http.request("GET", "/api/health")
    assert response.code == 503 and body["status"] == "unavailable"
