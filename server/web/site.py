"""The web site: the page and its assets at /, the websocket at /ws, the API at /api/.

Every response carries a Content-Security-Policy that only allows the site's own
scripts, styles and websocket, so even a mistake in the page could not run a script a
user typed.
"""

from __future__ import annotations

from pathlib import Path

from autobahn.twisted.resource import WebSocketResource
from twisted.web.iweb import IRequest
from twisted.web.pages import forbidden
from twisted.web.resource import Resource
from twisted.web.server import Site
from twisted.web.static import File

from server.app import App
from server.web.api import Api
from server.web.auth import OriginPolicy, WebSessions
from server.web.websocket import WebChatFactory

STATIC = Path(__file__).parent / "static"

SECURITY_HEADERS = {
    b"content-security-policy": (
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"x-frame-options": b"DENY",
}


class _Assets(File):
    """The static folder, without directory listings."""

    def directoryListing(self) -> Resource:
        return forbidden()


class _SecureSite(Site):
    def getResourceFor(self, request: IRequest) -> Resource:
        for name, value in SECURITY_HEADERS.items():
            request.setHeader(name, value)
        return super().getResourceFor(request)


def build_site(
    app: App, origins: OriginPolicy, ping_interval: float = 30.0, ping_timeout: float = 20.0
) -> Site:
    sessions = WebSessions(app.clock)
    root = _Assets(str(STATIC))
    root.putChild(b"api", Api(app, sessions, origins))
    chat = WebChatFactory(app, sessions, origins, ping_interval, ping_timeout)
    root.putChild(b"ws", WebSocketResource(chat))
    site = _SecureSite(root)
    site.displayTracebacks = False
    return site
