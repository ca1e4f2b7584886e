"""Cohorts: trainees with their trainers, scenario assignments with a pass rule, and
recordings shared with the cohort. Values, and the synchronous queries that read and
write them (run on the database threads through ``SqlStore.run``)."""

from __future__ import annotations

import datetime
import enum
import re

import attrs
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from sessions import schema
from sessions.access import Reader
from sessions.records import Account, Role

DEFAULT_MIN_OVERALL = 70
DEFAULT_SEEDS = 1
_RULE = re.compile(r"(overall>=(?P<overall>\d{1,3}))|(seeds=(?P<seeds>\d{1,2}))")


class CohortRole(enum.StrEnum):
    TRAINER = "trainer"
    TRAINEE = "trainee"


class CohortError(Exception):
    """A cohort request that cannot be granted; the text says why and what to do."""


@attrs.frozen
class Cohort:
    name: str
    trainers: tuple[str, ...] = ()
    trainees: tuple[str, ...] = ()


@attrs.frozen
class PassRule:
    """Passed when ``seeds`` scored sessions with different seeds reach ``min_overall``."""

    min_overall: int = DEFAULT_MIN_OVERALL
    seeds: int = DEFAULT_SEEDS

    @classmethod
    def parse(cls, words: list[str]) -> PassRule:
        """From words like ``overall>=70`` and ``seeds=2``; CohortError names a bad one."""
        found: dict[str, int] = {}
        for word in words:
            match = _RULE.fullmatch(word.lower().replace("≥", ">="))
            if match is None:
                raise CohortError(
                    f"\"{word[:30]}\" is not a pass rule: use overall>=N (0-100) and seeds=N."
                )
            found.update({k: int(v) for k, v in match.groupdict().items() if v is not None})
        rule = cls(found.get("overall", DEFAULT_MIN_OVERALL), found.get("seeds", DEFAULT_SEEDS))
        if not (0 <= rule.min_overall <= 100 and rule.seeds >= 1):
            raise CohortError(
                "A pass rule needs overall>=N with N from 0 to 100, and seeds=1 or more."
            )
        return rule

    def describe(self) -> str:
        plural = "seed" if self.seeds == 1 else "different seeds"
        return f"overall>={self.min_overall} on {self.seeds} {plural}"


@attrs.frozen
class Assignment:
    cohort: str
    scenario_id: str
    due: datetime.date
    rule: PassRule
    assigned_by: str
    assigned_at: float


# -- cohorts and members ------------------------------------------------------------


def create_cohort(engine: Engine, name: str, by: str, now: float) -> Cohort:
    try:
        with engine.begin() as connection:
            connection.execute(
                insert(schema.cohorts).values(name=name, created_by=by, created_at=now)
            )
    except IntegrityError:
        raise CohortError(f"There is already a cohort named {name}: choose another name.") from None
    return Cohort(name)


def add_member(engine: Engine, cohort: str, account: str, role: CohortRole) -> Cohort:
    """Add ``account`` to ``cohort`` as ``role`` (or change its role there)."""
    with engine.begin() as connection:
        _require_cohort(connection, cohort)
        found = connection.execute(
            select(schema.accounts.c.role).where(schema.accounts.c.name == account)
        ).first()
        if found is None:
            raise CohortError(f"There is no account named {account}: check the spelling.")
        if role is CohortRole.TRAINER and found.role == Role.TRAINEE.value:
            raise CohortError(
                f"{account} is a trainee account; only trainer or admin accounts can train a "
                "cohort (an operator can add one with \"sparring user add NAME --role trainer\")."
            )
        member = schema.cohort_members.c
        where = (member.cohort == cohort, member.account == account)
        if connection.execute(select(member.role).where(*where)).first() is None:
            connection.execute(
                insert(schema.cohort_members).values(
                    cohort=cohort, account=account, role=role.value
                )
            )
        else:
            connection.execute(
                update(schema.cohort_members).where(*where).values(role=role.value)
            )
        return _cohort(connection, cohort)


def _require_cohort(connection: Connection, name: str) -> None:
    exists = connection.execute(
        select(schema.cohorts.c.name).where(schema.cohorts.c.name == name)
    ).first()
    if exists is None:
        raise CohortError(f"There is no cohort named {name}. Type \"cohorts\" to see yours.")


def _cohort(connection: Connection, name: str) -> Cohort:
    member = schema.cohort_members.c
    rows = connection.execute(
        select(member.account, member.role).where(member.cohort == name).order_by(member.account)
    ).all()
    return Cohort(
        name,
        trainers=tuple(row.account for row in rows if row.role == CohortRole.TRAINER.value),
        trainees=tuple(row.account for row in rows if row.role == CohortRole.TRAINEE.value),
    )


def get_cohort(engine: Engine, name: str) -> Cohort | None:
    with engine.connect() as connection:
        exists = connection.execute(
            select(schema.cohorts.c.name).where(schema.cohorts.c.name == name)
        ).first()
        return _cohort(connection, name) if exists else None


def cohorts_of(engine: Engine, account: Account) -> list[Cohort]:
    """The cohorts ``account`` belongs to; every cohort for an admin."""
    query = select(schema.cohorts.c.name).order_by(schema.cohorts.c.name)
    if account.role is not Role.ADMIN:
        query = query.where(
            schema.cohorts.c.name.in_(
                select(schema.cohort_members.c.cohort).where(
                    schema.cohort_members.c.account == account.name
                )
            )
        )
    with engine.connect() as connection:
        names = connection.execute(query).scalars().all()
        return [_cohort(connection, name) for name in names]


# -- assignments --------------------------------------------------------------------


def assign(engine: Engine, assignment: Assignment) -> Assignment:
    """Assign a scenario to a cohort; assigning it again replaces the due date and rule."""
    values = {
        "due": assignment.due,
        "min_overall": assignment.rule.min_overall,
        "seeds": assignment.rule.seeds,
        "assigned_by": assignment.assigned_by,
        "assigned_at": assignment.assigned_at,
    }
    table = schema.assignments
    with engine.begin() as connection:
        _require_cohort(connection, assignment.cohort)
        changed = connection.execute(
            update(table)
            .where(table.c.cohort == assignment.cohort,
                   table.c.scenario_id == assignment.scenario_id)
            .values(**values)
        )
        if changed.rowcount == 0:
            connection.execute(
                insert(table).values(
                    cohort=assignment.cohort, scenario_id=assignment.scenario_id, **values
                )
            )
    return assignment


def assignments_of(engine: Engine, cohorts: list[str]) -> list[Assignment]:
    """The assignments of these cohorts, soonest due first."""
    table = schema.assignments
    with engine.connect() as connection:
        rows = connection.execute(
            select(table)
            .where(table.c.cohort.in_(cohorts))
            .order_by(table.c.due, table.c.cohort, table.c.scenario_id)
        ).all()
    return [
        Assignment(
            cohort=row.cohort,
            scenario_id=row.scenario_id,
            due=row.due,
            rule=PassRule(row.min_overall, row.seeds),
            assigned_by=row.assigned_by,
            assigned_at=row.assigned_at,
        )
        for row in rows
    ]


# -- shared recordings and what a reader may see ------------------------------------


def share(engine: Engine, session_id: int, cohort: str, by: str, now: float) -> None:
    table = schema.shares
    with engine.begin() as connection:
        _require_cohort(connection, cohort)
        exists = connection.execute(
            select(table.c.session_id).where(
                table.c.session_id == session_id, table.c.cohort == cohort
            )
        ).first()
        if exists is None:
            connection.execute(
                insert(table).values(
                    session_id=session_id, cohort=cohort, shared_by=by, shared_at=now
                )
            )


def reader_for(engine: Engine, account: Account) -> Reader:
    """``account`` with the trainees it coaches and the sessions shared with its cohorts."""
    if account.role is Role.ADMIN:
        return Reader(account)  # an admin may read everything already
    member = schema.cohort_members
    trained = select(member.c.cohort).where(
        member.c.account == account.name, member.c.role == CohortRole.TRAINER.value
    )
    joined = select(member.c.cohort).where(member.c.account == account.name)
    with engine.connect() as connection:
        coached = connection.execute(
            select(member.c.account).where(
                member.c.cohort.in_(trained), member.c.role == CohortRole.TRAINEE.value
            )
        ).scalars()
        coached_set = frozenset(coached)
        shared = connection.execute(
            select(schema.shares.c.session_id).where(schema.shares.c.cohort.in_(joined))
        ).scalars()
        return Reader(account, coached=coached_set, shared=frozenset(shared))

