"""Plain values handed back from the database (never ORM rows or Results)."""

from __future__ import annotations

import enum

import attrs


class Role(enum.StrEnum):
    TRAINEE = "trainee"
    TRAINER = "trainer"
    ADMIN = "admin"


class SessionStatus(enum.StrEnum):
    WAITING = "waiting"
    LIVE = "live"
    ENDED = "ended"


@attrs.frozen
class Account:
    name: str
    role: Role = attrs.field(converter=Role)
    password_hash: str = attrs.field(repr=False)
    created_at: float


@attrs.frozen
class Member:
    account: str
    seat: str


@attrs.frozen
class SessionInfo:
    id: int
    created_at: float
    status: SessionStatus = attrs.field(converter=SessionStatus)
    scenario_id: str | None = None
    scenario_version: str | None = None
    seed: int | None = None
    ended_at: float | None = None
    members: tuple[Member, ...] = ()

    def member_accounts(self) -> frozenset[str]:
        return frozenset(member.account for member in self.members)

    def agents(self) -> frozenset[str]:
        """Who sat in the agent seat: the people this session scores."""
        return frozenset(member.account for member in self.members if member.seat == "agent")
