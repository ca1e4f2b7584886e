"""Who is asking: cookie sessions for signed-in browsers, and which Origins may ask.

A session is a random token in an HttpOnly, SameSite=Strict cookie (Secure over TLS),
mapped in memory to the account; a restart signs everyone out. Requests that change
something must come from the site itself: a JSON body, a custom header that a foreign
page cannot send without a CORS preflight we never grant, and an allowed Origin.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

import attrs
from twisted.internet.interfaces import IReactorTime
from twisted.web.iweb import IRequest

from sessions.records import Account

COOKIE = "sparring_session"
#: The header every state-changing request from the page carries.
CSRF_HEADER = b"x-sparring"
SESSION_SECONDS = 12 * 3600.0


@attrs.define
class _Session:
    account: Account
    expires: float
    # What closes the connections this sign-in opened (its websockets), at sign-out.
    closers: list[Callable[[], object]] = attrs.field(factory=list)


class WebSessions:
    """Sign-in tokens for browsers, forgotten after ``SESSION_SECONDS`` or at sign-out."""

    def __init__(self, clock: IReactorTime, lifetime: float = SESSION_SECONDS) -> None:
        self._clock = clock
        self._lifetime = lifetime
        self._sessions: dict[str, _Session] = {}

    def start(self, request: IRequest, account: Account) -> None:
        """Sign ``account`` in on this browser: sets the cookie on the response."""
        self._expire()
        token = secrets.token_urlsafe(32)
        self._sessions[token] = _Session(account, self._clock.seconds() + self._lifetime)
        request.addCookie(
            COOKIE,
            token,
            path="/",
            httpOnly=True,
            sameSite="strict",
            secure=request.isSecure(),
            max_age=str(int(self._lifetime)),
        )

    def account(self, cookie_header: str | None) -> Account | None:
        """The account a ``Cookie`` header signs in, if its session is still valid."""
        token = _cookie_value(cookie_header or "", COOKIE)
        session = self._sessions.get(token) if token else None
        if session is None or session.expires <= self._clock.seconds():
            return None
        return session.account

    def account_of(self, request: IRequest) -> Account | None:
        header = request.getHeader(b"cookie")
        return self.account(header.decode("latin-1") if header else None)

    def on_end(self, cookie_header: str | None, close: Callable[[], object]) -> Callable[[], None]:
        """Call ``close`` when the sign-in this ``Cookie`` header carries ends (sign-out);
        returns what forgets ``close`` again (the connection ended first)."""
        token = _cookie_value(cookie_header or "", COOKIE)
        session = self._sessions.get(token) if token else None
        if session is None:
            return lambda: None
        session.closers.append(close)

        def forget() -> None:
            if close in session.closers:
                session.closers.remove(close)

        return forget

    def end(self, request: IRequest) -> None:
        header = request.getHeader(b"cookie")
        token = _cookie_value(header.decode("latin-1") if header else "", COOKIE)
        session = self._sessions.pop(token, None) if token else None
        for close in list(session.closers if session else ()):
            close()
        request.addCookie(
            COOKIE, "", path="/", httpOnly=True, sameSite="strict",
            secure=request.isSecure(), max_age="0",
        )

    def _expire(self) -> None:
        now = self._clock.seconds()
        for token in [t for t, s in self._sessions.items() if s.expires <= now]:
            del self._sessions[token]


def _cookie_value(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name and value:
            return value
    return None


@attrs.frozen
class OriginPolicy:
    """Which page origins may use the API's POSTs and the websocket.

    With configured origins (``--web-origin``), exactly those. Without, the page's own
    origin: the Origin must name the host the request was sent to (same-origin).
    """

    allowed: tuple[str, ...] = ()

    def permits(self, origin: str | None, host: str | None, secure: bool) -> bool:
        if not origin:
            return False
        origin = origin.rstrip("/").lower()
        if self.allowed:
            return origin in {o.rstrip("/").lower() for o in self.allowed}
        if not host:
            return False
        scheme = "https" if secure else "http"
        return origin == f"{scheme}://{host.lower()}"

    def permits_request(self, request: IRequest) -> bool:
        origin = request.getHeader(b"origin")
        host = request.getHeader(b"host")
        return self.permits(
            origin.decode("latin-1") if origin else None,
            host.decode("latin-1") if host else None,
            request.isSecure(),
        )
