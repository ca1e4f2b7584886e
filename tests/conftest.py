"""Fixtures shared by every test: a failing log fails the test, a real database, a
real server on 127.0.0.1 port 0."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import pytest_twisted
from twisted.internet.defer import Deferred
from twisted.logger import globalLogPublisher

from sessions.store import SqlStore
from tests.helpers import every_score_reproduces

POSTGRES_ENV = "SPARRING_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def fail_on_logged_errors() -> Iterator[None]:
    """pytest-twisted passes a test that leaves an unhandled error in a Deferred or logs
    a failure; this fixture makes such a test fail."""
    errors: list[dict] = []

    def observe(event: dict) -> None:
        if event.get("log_failure") is not None or event.get("isError"):
            errors.append(event)

    globalLogPublisher.addObserver(observe)
    try:
        yield
    finally:
        globalLogPublisher.removeObserver(observe)
    if errors:
        from twisted.logger import formatEvent

        details = []
        for event in errors:
            failure = event.get("log_failure")
            text = formatEvent(event)
            details.append(f"{text}\n{failure.getTraceback() if failure else ''}")
        pytest.fail("Errors were logged during the test:\n" + "\n".join(details))


@pytest.fixture
def reactor():
    from twisted.internet import reactor as running

    return running


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[list[str]]:
    """Names of the PostgreSQL databases made for this run; all dropped at its end, after
    every server that used them has stopped."""
    made: list[str] = []
    yield made
    admin_url = os.environ.get(POSTGRES_ENV)
    if not made or not admin_url:
        return
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in made:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _new_postgres_database(made: list[str]) -> str:
    admin_url = os.environ.get(POSTGRES_ENV)
    if not admin_url:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_ENV}, e.g. postgresql://postgres@127.0.0.1/postgres"
        )
    from sqlalchemy import create_engine, text

    name = f"sparring_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    made.append(name)
    return admin_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, postgres_databases: list[str]) -> str:
    """A fresh, empty database: an SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sparring.sqlite'}"
    return _new_postgres_database(postgres_databases)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sparring.sqlite'}"


@pytest.fixture
def store(reactor, sqlite_url):
    """A migrated SqlStore on a fresh SQLite file, closed after the test."""
    store = SqlStore(sqlite_url, reactor)
    pytest_twisted.blockon(Deferred.fromCoroutine(store.migrate()))
    yield store
    pytest_twisted.blockon(Deferred.fromCoroutine(store.close()))


@pytest.fixture
def server_factory(reactor):
    """Start SparringService instances on 127.0.0.1 port 0; all are stopped after the test."""
    from server.service import Settings, SparringService

    started: list[SparringService] = []

    async def start(db_url: str, **options) -> SparringService:
        settings = Settings(db_url=db_url, telnet="tcp:0:interface=127.0.0.1", **options)
        service = SparringService(settings, reactor)
        service.startService()
        started.append(service)
        await service.ready
        return service

    yield start
    for service in reversed(started):
        if service.running:
            pytest_twisted.blockon(service.stopService())
    # Every session a test played scores the same again from its exported transcript.
    for url, paths in {(s.settings.db_url, s.settings.scenario_paths) for s in started}:
        every_score_reproduces(url, paths)
