"""Accounts: names, argon2 password hashes, sign-up and sign-in."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from twisted.internet.interfaces import IReactorThreads, IReactorTime

from sessions import queries
from sessions.offload import WorkerPool
from sessions.records import Account, Role
from sessions.store import SqlStore

NAME_RULE = "3-24 characters: letters, digits, '-' or '_', starting with a letter"
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{2,23}")
MIN_PASSWORD = 8
MAX_PASSWORD = 256
_hasher = PasswordHasher()


class AccountError(Exception):
    """A request about an account that cannot be granted; the text says why and what to do."""


def name_problem(name: str) -> str | None:
    if _NAME.fullmatch(name):
        return None
    return f"'{name[:30]}' is not a valid name: use {NAME_RULE}."


def password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD:
        return f"That password is too short: use at least {MIN_PASSWORD} characters."
    if len(password) > MAX_PASSWORD:
        return f"That password is too long: use at most {MAX_PASSWORD} characters."
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# Verified when the name is unknown, so a wrong name costs as long as a wrong password
# and response times do not reveal which accounts exist.
_DECOY_HASH = hash_password("decoy password that matches nothing")


class Accounts:
    """Sign-up and sign-in for the front ends. Hashing runs on its own threads: argon2
    is deliberately slow and must not stall the reactor or the database thread."""

    def __init__(self, store: SqlStore, reactor: IReactorThreads, clock: IReactorTime) -> None:
        self._store = store
        self._clock = clock
        self._in_pool = WorkerPool(reactor, "sparring-hash", threads=2)

    async def create(self, name: str, password: str, role: Role = Role.TRAINEE) -> Account:
        problem = name_problem(name) or password_problem(password)
        if problem:
            raise AccountError(problem)
        if await self._store.get_account(name) is not None:
            raise AccountError(f"The name '{name}' is taken: choose another.")
        password_hash = await self._in_pool(hash_password, password)
        try:
            return await self._store.run(
                queries.add_account, name, password_hash, role, self._clock.seconds()
            )
        except queries.AccountExists:
            raise AccountError(f"The name '{name}' is taken: choose another.") from None

    async def authenticate(self, name: str, password: str) -> Account | None:
        account = await self._store.get_account(name) if name_problem(name) is None else None
        stored = account.password_hash if account else _DECOY_HASH
        matches = await self._in_pool(password_matches, stored, password)
        return account if matches and account else None

    def close(self) -> None:
        self._in_pool.close()
