"""The sign-in rule on its own, with real accounts in a real SQLite file: the throttles
per address and per account, under bursts of simultaneous guesses."""

from __future__ import annotations

import pytest
import pytest_twisted
from twisted.internet.defer import Deferred, DeferredList
from twisted.internet.task import Clock

from server.accounts import Accounts
from server.signin import SignIn, SignInRefused
from server.throttle import BUSY_WAIT, LoginThrottle

RIGHT = "right-password"


@pytest.fixture
def accounts(reactor, store):
    accounts = Accounts(store, reactor, reactor)
    pytest_twisted.blockon(Deferred.fromCoroutine(accounts.create("gina", RIGHT)))
    yield accounts
    accounts.close()


async def attempt(sign_in: SignIn, password: str, peer: str) -> str:
    try:
        await sign_in("gina", password, peer)
    except SignInRefused as refused:
        return "locked" if refused.retry_after else "wrong"
    return "in"


async def all_of(*jobs) -> list[str]:
    results = await DeferredList([Deferred.fromCoroutine(job) for job in jobs],
                                 fireOnOneErrback=True)
    return [value for _ok, value in results]


@pytest_twisted.ensureDeferred
async def test_guesses_from_many_addresses_are_limited_per_account(accounts):
    sign_in = SignIn.on(accounts, Clock())
    results = [await attempt(sign_in, f"guess-{n}", f"10.0.{n}.1") for n in range(30)]
    assert results.count("wrong") == 10  # the per-account allowance, then locked out
    assert results[10:] == ["locked"] * 20
    assert await attempt(sign_in, RIGHT, "10.9.9.9") == "locked"


@pytest_twisted.ensureDeferred
async def test_a_burst_of_simultaneous_guesses_gets_no_more_checks_than_a_sequence(accounts):
    sign_in = SignIn.on(accounts, Clock())
    results = await all_of(*(attempt(sign_in, f"guess-{n}", "10.0.0.1") for n in range(40)))
    assert results.count("wrong") == 5 and results.count("locked") == 35


@pytest_twisted.ensureDeferred
async def test_signing_in_to_ones_own_account_does_not_reset_the_address(accounts):
    sign_in = SignIn.on(accounts, Clock())
    await accounts.create("mallory", RIGHT)
    for n in range(4):
        assert await attempt(sign_in, f"guess-{n}", "10.0.0.1") == "wrong"
    await sign_in("mallory", RIGHT, "10.0.0.1")
    assert await attempt(sign_in, "guess-4", "10.0.0.1") == "wrong"
    assert await attempt(sign_in, RIGHT, "10.0.0.1") == "locked"


def test_a_key_under_check_at_its_allowance_waits_briefly():
    throttle = LoginThrottle(Clock(), allowed=2)
    with throttle.checking("a"), throttle.checking("a"):
        assert throttle.wait_for("a") == BUSY_WAIT
    assert throttle.wait_for("a") == 0


def test_forgotten_records_are_swept_and_locked_ones_kept():
    clock = Clock()
    throttle = LoginThrottle(clock, allowed=1, lockout=10, max_lockout=20, max_records=3)
    throttle.failed("locked")  # locked for 10 s
    clock.advance(5)
    for n in range(3):
        throttle.failed(f"old-{n}")
    clock.advance(30)
    throttle.failed("new")  # over max_records: a sweep
    assert throttle.wait_for("new") == 10
    assert len(throttle._records) == 1  # the rest were locked long ago and forgotten
