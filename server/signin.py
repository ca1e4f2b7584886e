"""Signing in with a password, for every front end: the throttles, then the check."""

from __future__ import annotations

import attrs
from twisted.internet.interfaces import IReactorTime
from twisted.logger import Logger

from server.accounts import Accounts
from server.throttle import LoginThrottle
from sessions.records import Account

_log = Logger()


class SignInRefused(Exception):
    """The sign-in was refused; the text says why, ``retry_after`` when to try again."""

    def __init__(self, text: str, retry_after: float | None = None) -> None:
        super().__init__(text)
        self.retry_after = retry_after


@attrs.define
class SignIn:
    accounts: Accounts
    by_address: LoginThrottle
    by_account: LoginThrottle

    @classmethod
    def on(cls, accounts: Accounts, clock: IReactorTime) -> SignIn:
        # Per account looser than per address: guessing from many addresses is slowed
        # without letting a stranger lock a trainee out for long.
        per_account = LoginThrottle(clock, allowed=10, window=900.0, lockout=60.0,
                                    max_lockout=900.0)
        return cls(accounts, LoginThrottle(clock), per_account)

    async def __call__(self, name: str, password: str, peer: str) -> Account:
        """The account, if ``password`` is right and neither ``peer`` nor ``name`` is
        locked out; else SignInRefused."""
        key = name.casefold()
        wait = max(self.by_address.wait_for(peer), self.by_account.wait_for(key))
        if wait > 0:
            raise SignInRefused(
                "Too many failed sign-ins for this name or from your address. Try again "
                f"in {int(wait) + 1} seconds.", wait,
            )
        with self.by_address.checking(peer), self.by_account.checking(key):
            account = await self.accounts.authenticate(name, password)
        if account is None:
            self.by_address.failed(peer)
            self.by_account.failed(key)
            _log.info("Failed sign-in for {name} from {peer}", name=name, peer=peer)
            raise SignInRefused("That name and password do not match. Check both and try "
                                "again; names are case-sensitive.")
        # The address keeps its failures (they expire): signing in to an account of one's
        # own must not reset the count of guesses at other people's.
        self.by_account.succeeded(key)
        return account
