"""Fixtures shared by every test: a failing log fails the test, a real database, a
real server on 127.0.0.1 port 0."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import pytest_twisted
from twisted.logger import globalLogPublisher

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
def reactor():  # noqa: ANN201 - the running reactor, fetched late for --reactor choices
    from twisted.internet import reactor as running

    return running


def _postgres_database() -> Iterator[str]:
    admin_url = os.environ.get(POSTGRES_ENV)
    if not admin_url:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV} (e.g. postgresql://postgres@127.0.0.1/postgres)")
    from sqlalchemy import create_engine, text

    name = f"sparring_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # noqa: ANN001
    """A fresh, empty database: an SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sparring.sqlite'}"
    else:
        yield from _postgres_database()


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # noqa: ANN001
    return f"sqlite:///{tmp_path / 'sparring.sqlite'}"


@pytest.fixture
def server_factory(reactor):  # noqa: ANN001, ANN201
    """Start SparringService instances on 127.0.0.1 port 0; all are stopped after the test."""
    from server.service import Settings, SparringService

    started: list[SparringService] = []

    async def start(db_url: str, **options) -> SparringService:  # noqa: ANN003
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
