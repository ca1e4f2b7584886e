"""Fixtures for the web front end: a server with its web listener, and a real Chromium.

pytest-twisted runs the reactor in the main thread, so Playwright's synchronous API runs
on a thread of its own (one for the whole test run, which owns the browser). A test
hands that thread a script; the script reaches back into the reactor (a telnet user, the
server's state) through ``BrowserRun.call``.
"""

from __future__ import annotations

import inspect
import os
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
from twisted.internet.defer import Deferred
from twisted.internet.threads import blockingCallFromThread

from roles.engine import INSTANT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
#: Set (CI sets it) to fail rather than skip when Chromium or Playwright is missing.
REQUIRE_BROWSER = "SPARRING_REQUIRE_BROWSER"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
SCRIPT_TIMEOUT = 120.0  # seconds for one test's whole browser script
EXPECT_TIMEOUT = 10_000  # milliseconds for each Playwright wait

T = TypeVar("T")


@pytest.fixture
def web_server(server_factory, sqlite_url):
    """Start a server with telnet and web on 127.0.0.1 port 0 and instant customers."""

    async def start(**options: Any):
        options.setdefault("customer_pace", INSTANT)
        return await server_factory(sqlite_url, web="tcp:0:interface=127.0.0.1", **options)

    return start


def web_url(service) -> str:
    return f"http://127.0.0.1:{service.web_port.getHost().port}"


class BrowserThread:
    """One thread that owns Playwright and a Chromium for the whole test run."""

    def __init__(self) -> None:
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="playwright")
        self._playwright: Any = None
        self.browser: Any = None
        self._thread.submit(self._launch).result(timeout=60)

    def _launch(self) -> None:
        from playwright.sync_api import expect, sync_playwright

        expect.set_options(timeout=EXPECT_TIMEOUT)
        self._playwright = sync_playwright().start()
        self.browser = self._playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )

    def run(self, reactor: Any, script: Callable[[BrowserRun], T]) -> Deferred[T]:
        """Run ``script`` on the browser thread with a fresh browser context."""
        done: Deferred[T] = Deferred()

        def settle(future: Future[T]) -> None:
            if done.called:  # timed out already
                return
            error = future.exception()
            if error is not None:
                done.errback(error)
            else:
                done.callback(future.result())

        def finished(future: Future[T]) -> None:
            reactor.callFromThread(settle, future)

        self._thread.submit(self._in_context, reactor, script).add_done_callback(finished)
        return done.addTimeout(SCRIPT_TIMEOUT, reactor)

    def _in_context(self, reactor: Any, script: Callable[[BrowserRun], T]) -> T:
        context = self.browser.new_context(viewport={"width": 1100, "height": 900})
        context.set_default_timeout(EXPECT_TIMEOUT)
        try:
            return script(BrowserRun(reactor, context))
        finally:
            context.close()  # closes its websockets before the server stops

    def close(self) -> None:
        def stop() -> None:
            self.browser.close()
            self._playwright.stop()

        self._thread.submit(stop).result(timeout=60)
        self._thread.shutdown()


class BrowserRun:
    """What a browser script gets: its context, and a way to act in the reactor."""

    def __init__(self, reactor: Any, context: Any) -> None:
        self.reactor = reactor
        self.context = context

    def call(self, function: Callable[..., Any], *args: Any) -> Any:
        """Run ``function`` in the reactor thread and wait for its result (or Deferred,
        or coroutine)."""

        def in_reactor() -> Any:
            result = function(*args)
            return Deferred.fromCoroutine(result) if inspect.iscoroutine(result) else result

        return blockingCallFromThread(self.reactor, in_reactor)

    def screenshot(self, page: Any, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture(scope="session")
def browser_thread() -> Iterator[BrowserThread]:
    problem = None
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        problem = f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "browser tests need the playwright package (pip install playwright)"
    if problem:
        if os.environ.get(REQUIRE_BROWSER):
            pytest.fail(f"{problem}; {REQUIRE_BROWSER} is set, so this is not skipped")
        pytest.skip(problem)
    thread = BrowserThread()
    yield thread
    thread.close()


@pytest.fixture
def browser(browser_thread: BrowserThread, reactor):
    """``await browser(script)`` runs a Playwright script against the running server."""

    def run(script: Callable[[BrowserRun], T]) -> Deferred[T]:
        return browser_thread.run(reactor, script)

    return run
