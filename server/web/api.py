"""The JSON API the page reads: who am I, scenarios, open rooms, my sessions, a
session's events (for replay) and its debrief; plus sign-in and sign-out.

Every session answer asks ``sessions.access.may_read``; a session that is not yours
gets the same 404 as one that does not exist, so IDs cannot be probed.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from twisted.internet.defer import Deferred
from twisted.logger import Logger
from twisted.python.failure import Failure
from twisted.web.iweb import IRequest
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET

from roles.model import Scenario
from roles.render import render_briefing
from scoring.moves import HARMFUL_MOVES
from server.accounts import AccountError
from server.app import App
from server.commands import number
from server.signin import SignInRefused
from server.web.auth import CSRF_HEADER, OriginPolicy, WebSessions
from server.web.websocket import event_json
from sessions.events import Seat
from sessions.reading import NotReadable, listing, recording
from sessions.records import Account, Role, SessionInfo
from sessions.viewpoint import ReadPath

_log = Logger()

MAX_BODY = 4096
HEALTH_TIMEOUT = 5.0  # seconds the database has to answer a health check
BRIEFING_WIDTH = 1000  # one paragraph per line: the page wraps them to its width
NO_SUCH_SESSION = "There is no such session that you may read."

Reply = tuple[int, dict[str, Any] | list[Any]]


class ApiError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


class Api(Resource):
    """Everything under /api/, routed by method and path."""

    isLeaf = True

    def __init__(self, app: App, sessions: WebSessions, origins: OriginPolicy) -> None:
        super().__init__()
        self.app = app
        self.sessions = sessions
        self.origins = origins

    def render(self, request: IRequest) -> int:
        gone: list[bool] = []
        request.notifyFinish().addErrback(lambda _: gone.append(True))
        done = Deferred.fromCoroutine(self._answer(request))
        done.addErrback(self._failed, request)
        done.addCallback(lambda reply: gone or _write(request, *reply))
        return NOT_DONE_YET

    def _failed(self, failure: Failure, request: IRequest) -> Reply:
        if failure.check(ApiError):
            return failure.value.code, {"error": str(failure.value)}
        _log.failure("API request {path} failed", failure, path=request.path.decode("latin-1"))
        return 500, {"error": "A problem on the server; it has been logged."}

    async def _answer(self, request: IRequest) -> Reply:
        path = [part.decode("utf-8", "replace") for part in request.postpath if part]
        method = request.method.decode("ascii", "replace")
        if method == "POST":
            return await self._post(request, path)
        if method != "GET":
            raise ApiError(405, "Only GET and POST are used here.")
        if path == ["health"]:  # for load balancers and monitors: no sign-in
            return await self._health()
        account = self.sessions.account_of(request)
        if account is None:
            raise ApiError(401, "Sign in first.")
        routes: dict[str, Callable[[Account, list[str], IRequest], Awaitable[Reply]]] = {
            "me": self._me,
            "scenarios": self._scenarios,
            "rooms": self._rooms,
            "sessions": self._sessions,
        }
        handler = routes.get(path[0]) if path else None
        if handler is None:
            raise ApiError(404, "No such page.")
        return await handler(account, path[1:], request)

    async def _health(self) -> Reply:
        """200 while the server runs and its database answers within HEALTH_TIMEOUT."""
        try:
            await self.app.store.ping().addTimeout(HEALTH_TIMEOUT, self.app.clock)
        except Exception as error:  # any failure at all means: not healthy
            _log.warn("Health check: the database did not answer: {error}", error=error)
            return 503, {"status": "unavailable", "store": "unreachable"}
        return 200, {"status": "ok", "store": "ok"}

    # -- signing in and out -----------------------------------------------------

    async def _post(self, request: IRequest, path: list[str]) -> Reply:
        content_type = (request.getHeader(b"content-type") or b"").split(b";")[0].strip()
        if (
            content_type != b"application/json"
            or request.getHeader(CSRF_HEADER) is None
            or not self.origins.permits_request(request)
        ):
            raise ApiError(403, "This request did not come from the Sparring page.")
        actions = {"login": self._login, "register": self._register, "logout": self._logout}
        action = actions.get(path[0]) if len(path) == 1 else None
        if action is None:
            raise ApiError(404, "No such page.")
        return await action(request)

    @staticmethod
    def _credentials(request: IRequest) -> tuple[str, str]:
        body = request.content.read(MAX_BODY + 1)
        try:
            data = json.loads(body) if len(body) <= MAX_BODY else None
        except ValueError:
            data = None
        if not (
            isinstance(data, dict)
            and isinstance(data.get("name"), str)
            and isinstance(data.get("password"), str)
        ):
            raise ApiError(400, "Send a name and a password.")
        return data["name"], data["password"]

    async def _login(self, request: IRequest) -> Reply:
        name, password = self._credentials(request)
        peer = getattr(request.getClientAddress(), "host", "unknown")
        try:
            account = await self.app.sign_in(name, password, peer)
        except SignInRefused as refused:
            raise ApiError(401 if refused.retry_after is None else 429, str(refused)) from None
        self.sessions.start(request, account)
        return 200, _account_json(account)

    async def _register(self, request: IRequest) -> Reply:
        if not self.app.open_registration:
            raise ApiError(403, "New accounts are made by an administrator here.")
        name, password = self._credentials(request)
        try:
            account = await self.app.accounts.create(name, password, Role.TRAINEE)
        except AccountError as error:
            raise ApiError(400, str(error)) from None
        _log.info("Account {name} created from the web", name=name)
        self.sessions.start(request, account)
        return 200, _account_json(account)

    async def _logout(self, request: IRequest) -> Reply:
        self.sessions.end(request)
        return 200, {}

    # -- reading ----------------------------------------------------------------

    async def _me(self, account: Account, rest: list[str], request: IRequest) -> Reply:
        return 200, {**_account_json(account), "open_registration": self.app.open_registration}

    async def _scenarios(self, account: Account, rest: list[str], request: IRequest) -> Reply:
        library = self.app.library
        if not rest:
            return 200, [_scenario_json(s) for s in library.list()]
        found = library.get(rest[0]) if len(rest) == 1 else None
        if found is None:
            raise ApiError(404, "There is no such scenario.")
        return 200, {**_scenario_json(found), "briefing": render_briefing(found, BRIEFING_WIDTH)}

    async def _rooms(self, account: Account, rest: list[str], request: IRequest) -> Reply:
        rooms = []
        for room in self.app.floor.rooms():
            rooms.append({
                "id": room.session_id,
                "status": room.status.value,
                "scenario": room.info.scenario_id,
                "seats": [
                    {"seat": h.seat.value, "name": h.name, "away": h.participant is None}
                    for h in room.occupants()
                ],
                "free": [seat.value for seat in Seat if room.holder(seat) is None],
            })
        return 200, rooms

    async def _sessions(self, account: Account, rest: list[str], request: IRequest) -> Reply:
        store = self.app.store
        if not rest:
            return 200, [_session_json(i) for i in await listing(store, account)]
        session_id = number(rest[0])
        if session_id is None or len(rest) > 2 or (len(rest) == 2 and rest[1] != "debrief"):
            raise ApiError(404, NO_SUCH_SESSION)
        after = number(request.args.get(b"after", [b"0"])[0].decode("ascii", "replace"))
        try:
            found = await recording(store, account, session_id, ReadPath.API, after or 0)
        except NotReadable:
            raise ApiError(404, NO_SUCH_SESSION) from None
        if len(rest) == 1:
            return 200, {
                "session": _session_json(found.info),
                "events": [event_json(e, None) for e in found.events],
                "harmful_moves": sorted(HARMFUL_MOVES),  # for marking the mood chart
            }
        if found.score is None:
            raise ApiError(404, "That session has no debrief (yet).")
        return 200, {"session": _session_json(found.info), **found.score.data}


def _write(request: IRequest, code: int, payload: dict[str, Any] | list[Any]) -> None:
    request.setResponseCode(code)
    request.setHeader(b"content-type", b"application/json; charset=utf-8")
    request.setHeader(b"cache-control", b"no-store")
    request.write(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    request.finish()


def _account_json(account: Account) -> dict[str, Any]:
    return {"name": account.name, "role": account.role.value}


def _scenario_json(s: Scenario) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "difficulty": s.difficulty,
        "intensity": s.intensity,
        "tags": list(s.tags),
        "skill": s.skill,
        "customer": s.persona.name,
    }


def _session_json(info: SessionInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "status": info.status.value,
        "scenario": info.scenario_id,
        "created_at": info.created_at,
        "ended_at": info.ended_at,
        "members": [{"account": m.account, "seat": m.seat} for m in info.members],
    }
