"""The service graph: one MultiService owning the store, the floor and the listeners."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from sqlalchemy.exc import SQLAlchemyError
from twisted.application.service import MultiService
from twisted.internet.defer import Deferred
from twisted.internet.endpoints import serverFromString
from twisted.internet.error import CannotListenError
from twisted.internet.interfaces import IListeningPort
from twisted.logger import Logger
from twisted.python.failure import Failure

from roles.engine import Pace
from roles.library import Library, load_library
from scoring.facts import ScenarioFacts
from server.accounts import Accounts
from server.app import App
from server.practice import Pairing
from server.signin import SignIn
from server.telnet import TelnetFactory
from server.web.auth import OriginPolicy
from server.web.site import build_site
from sessions.debriefing import FactsLookup
from sessions.floor import Floor
from sessions.matchmaking import DEFAULT_WAIT, Matchmaker
from sessions.offload import WorkerPool
from sessions.records import SessionInfo
from sessions.store import SqlStore

_log = Logger()


@attrs.frozen
class Settings:
    db_url: str
    telnet: str = "tcp:4000:interface=127.0.0.1"
    web: str | None = None  # endpoint for the web page and its websocket; None: no web
    web_origins: tuple[str, ...] = ()  # page origins allowed; () means the page's own
    open_registration: bool = True
    idle_timeout: float = 3600.0  # seconds without input before a telnet user is dropped
    keepalive: float = 300.0  # seconds between IAC NOPs on an idle link
    scenario_paths: tuple[str, ...] = ()  # scenario files or folders besides the shipped ones
    customer_pace: Pace = attrs.field(factory=Pace)
    match_wait: float = DEFAULT_WAIT  # seconds before the scripted customer stands in


def _facts_lookup(library: Library) -> FactsLookup:
    """How the floor learns what a session's scenario expects (sessions/ never imports roles/)."""

    def facts_for(
        info: SessionInfo, outcome: str | None, state: Mapping[str, Any] | None
    ) -> ScenarioFacts | None:
        scenario = library.get(info.scenario_id) if info.scenario_id else None
        return scenario.facts(outcome, state) if scenario else None

    return facts_for


def start_problem(error: BaseException) -> str | None:
    """One line for an operator saying why the server could not start, for the causes
    that are the operator's to fix; None for anything else (a bug: log the traceback)."""
    if isinstance(error, CannotListenError):
        return (f"cannot listen on {error.interface or '*'}:{error.port}: "
                f"{getattr(error.socketError, 'strerror', None) or error.socketError}")
    if isinstance(error, ModuleNotFoundError) and (error.name or "").startswith("psycopg"):
        return ("a PostgreSQL --db needs its driver: pip install 'sparring[postgres]' "
                "(or -e '.[postgres]' in a checkout)")
    if isinstance(error, SQLAlchemyError):
        return f"cannot open the database: {str(error).splitlines()[0]}"
    if isinstance(error, ValueError):  # serverFromString on a malformed endpoint
        return f"bad listen address: {error}"
    return None


class SparringService(MultiService):
    """Starts in order (schema, leftover sessions, listeners) and stops in reverse,
    flushing every pending event before the database threads stop."""

    def __init__(self, settings: Settings, reactor: Any) -> None:
        super().__init__()
        self.settings = settings
        self.reactor = reactor
        self.app: App | None = None
        self.telnet_port: IListeningPort | None = None
        self.web_port: IListeningPort | None = None
        self.ready: Deferred[None] | None = None
        self.scoring: WorkerPool | None = None
        self.store: SqlStore | None = None
        self.failure: str | None = None  # why it could not start, once it could not

    def startService(self) -> None:
        super().startService()
        self.ready = Deferred.fromCoroutine(self._start())
        self.ready.addErrback(self._failed_to_start)

    def _failed_to_start(self, failure: Failure) -> None:
        problem = start_problem(failure.value)
        if problem is None:
            _log.failure("Sparring could not start", failure)
            problem = f"could not start: {failure.getErrorMessage()} (see the log)"
        else:
            _log.error("Sparring could not start: {problem}", problem=problem)
        self.failure = problem
        if self.reactor.running:
            self.reactor.stop()

    async def _start(self) -> None:
        settings, reactor = self.settings, self.reactor
        store = self.store = SqlStore(settings.db_url, reactor)
        await store.migrate()
        library, problems = load_library(settings.scenario_paths)
        for problem in problems:
            _log.warn("Scenario refused: {problem}", problem=str(problem))
        _log.info("Loaded {count} scenarios", count=len(library.list()))
        # One thread: scoring is pure Python, so more threads would only contend for the
        # interpreter; what matters is that the reactor thread never does it.
        self.scoring = WorkerPool(reactor, "sparring-score", threads=1)
        floor = Floor(store, reactor, facts_for=_facts_lookup(library), offload=self.scoring)
        interrupted = await floor.end_interrupted()
        if interrupted:
            _log.info("Closed {count} sessions left open by the last run", count=len(interrupted))
        accounts = Accounts(store, reactor, reactor)
        self.app = App(
            store=store,
            floor=floor,
            accounts=accounts,
            sign_in=SignIn.on(accounts, reactor),
            clock=reactor,
            library=library,
            customer_pace=settings.customer_pace,
            open_registration=settings.open_registration,
        )
        self.app.matchmaker = Matchmaker(reactor, Pairing(self.app).matched, settings.match_wait)
        factory = TelnetFactory(self.app, reactor, settings.idle_timeout, settings.keepalive)
        self.telnet_port = await serverFromString(reactor, settings.telnet).listen(factory)
        address = self.telnet_port.getHost()
        _log.info(
            "Sparring telnet listening on {host}:{port}",
            host=address.host,
            port=address.port,
            db=settings.db_url.split("://")[0],
        )
        if settings.web:
            site = build_site(self.app, OriginPolicy(settings.web_origins))
            self.web_port = await serverFromString(reactor, settings.web).listen(site)
            address = self.web_port.getHost()
            _log.info("Sparring web listening on {host}:{port}", host=address.host,
                      port=address.port)

    def stopService(self) -> Deferred[None]:
        super().stopService()
        return Deferred.fromCoroutine(self._stop())

    async def _stop(self) -> None:
        if self.ready is not None:
            await self.ready
        if self.telnet_port is not None:
            await self.telnet_port.stopListening()
        if self.web_port is not None:
            await self.web_port.stopListening()
        if self.app is None:
            if self.store is not None:  # it failed part way: its threads must still stop
                await self.store.close()
            return
        for room in self.app.floor.rooms():
            await room.end(None, "the server is shutting down")
        for client in list(self.app.online.values()):
            client.screen.close("The server is shutting down. Your sessions are saved.")
        await self.app.store.close()
        self.app.accounts.close()
        if self.scoring is not None:
            self.scoring.close()
        _log.info("Sparring stopped; every event is saved")
