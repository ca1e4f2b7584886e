"""Synchronous database work: each function takes an Engine and returns plain values.

The server runs these on the database thread pool (see ``store``); command-line tools
call them directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from sessions import schema
from sessions.access import Reader
from sessions.events import Event, EventKind
from sessions.migrate import upgrade_to_head
from sessions.progress import Attempt, attempts_from
from sessions.records import Account, Member, Role, SessionInfo, SessionStatus


class AccountExists(Exception):
    """An account with this name already exists."""


class SessionNotEnded(Exception):
    """Review events go only into an ended session's log; a live room numbers its own."""


def ping(engine: Engine) -> None:
    """Raises if the database cannot be reached and read."""
    with engine.connect() as connection:
        connection.execute(select(1))


def migrate(engine: Engine) -> None:
    with engine.begin() as connection:
        upgrade_to_head(connection)


# -- accounts -----------------------------------------------------------------------


def add_account(engine: Engine, name: str, password_hash: str, role: Role, now: float) -> Account:
    account = Account(name=name, role=role, password_hash=password_hash, created_at=now)
    try:
        with engine.begin() as connection:
            connection.execute(
                insert(schema.accounts).values(
                    name=name, password_hash=password_hash, role=role.value, created_at=now
                )
            )
    except IntegrityError as error:
        raise AccountExists(name) from error
    return account


def get_account(engine: Engine, name: str) -> Account | None:
    with engine.connect() as connection:
        row = connection.execute(
            select(schema.accounts).where(schema.accounts.c.name == name)
        ).first()
    return Account(**row._asdict()) if row else None


def list_accounts(engine: Engine) -> list[Account]:
    with engine.connect() as connection:
        rows = connection.execute(select(schema.accounts).order_by(schema.accounts.c.name))
        return [Account(**row._asdict()) for row in rows]


def set_password(engine: Engine, name: str, password_hash: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            update(schema.accounts)
            .where(schema.accounts.c.name == name)
            .values(password_hash=password_hash)
        )


# -- sessions -----------------------------------------------------------------------


def create_session(
    engine: Engine,
    now: float,
    scenario_id: str | None = None,
    scenario_version: str | None = None,
    seed: int | None = None,
) -> SessionInfo:
    with engine.begin() as connection:
        result = connection.execute(
            insert(schema.sessions).values(
                created_at=now,
                status=SessionStatus.WAITING.value,
                scenario_id=scenario_id,
                scenario_version=scenario_version,
                seed=seed,
            )
        )
        (session_id,) = result.inserted_primary_key
    return SessionInfo(
        id=session_id,
        created_at=now,
        status=SessionStatus.WAITING,
        scenario_id=scenario_id,
        scenario_version=scenario_version,
        seed=seed,
    )


def _members(connection: Connection, session_ids: Sequence[int]) -> dict[int, list[Member]]:
    found: dict[int, list[Member]] = {session_id: [] for session_id in session_ids}
    if not session_ids:
        return found
    rows = connection.execute(
        select(schema.session_members)
        .where(schema.session_members.c.session_id.in_(session_ids))
        .order_by(schema.session_members.c.seat, schema.session_members.c.account)
    )
    for row in rows:
        found[row.session_id].append(Member(account=row.account, seat=row.seat))
    return found


def _session_infos(connection: Connection, query: Select) -> list[SessionInfo]:
    rows = connection.execute(query).all()
    members = _members(connection, [row.id for row in rows])
    return [SessionInfo(**row._asdict(), members=tuple(members[row.id])) for row in rows]


def get_session(engine: Engine, session_id: int) -> SessionInfo | None:
    with engine.connect() as connection:
        found = _session_infos(
            connection, select(schema.sessions).where(schema.sessions.c.id == session_id)
        )
    return found[0] if found else None


def list_sessions(engine: Engine, member: str | None = None) -> list[SessionInfo]:
    """All sessions, newest first; only those ``member`` sat in when given."""
    query = select(schema.sessions).order_by(schema.sessions.c.id.desc())
    if member is not None:
        query = query.where(
            schema.sessions.c.id.in_(
                select(schema.session_members.c.session_id).where(
                    schema.session_members.c.account == member
                )
            )
        )
    with engine.connect() as connection:
        return _session_infos(connection, query)


def _with_member_in(accounts: Iterable[str], seat: str | None = None) -> Select:
    member = schema.session_members.c
    query = select(member.session_id).where(member.account.in_(list(accounts)))
    return query if seat is None else query.where(member.seat == seat)


def visible_sessions(engine: Engine, reader: Reader) -> list[SessionInfo]:
    """The sessions ``reader`` may read (``sessions.access.may_read`` as a query), newest
    first."""
    query = select(schema.sessions).order_by(schema.sessions.c.id.desc())
    if reader.account.role is not Role.ADMIN:
        query = query.where(
            schema.sessions.c.id.in_(_with_member_in({reader.account.name, *reader.coached}))
            | schema.sessions.c.id.in_(sorted(reader.shared))
        )
    with engine.connect() as connection:
        return _session_infos(connection, query)


def sessions_played_by(engine: Engine, agents: Iterable[str]) -> list[SessionInfo]:
    """Ended sessions in which one of ``agents`` sat in the agent seat, oldest first."""
    query = (
        select(schema.sessions)
        .where(
            schema.sessions.c.id.in_(_with_member_in(agents, "agent")),
            schema.sessions.c.status == SessionStatus.ENDED.value,
        )
        .order_by(schema.sessions.c.id)
    )
    with engine.connect() as connection:
        return _session_infos(connection, query)


def attempts_by(engine: Engine, agents: Iterable[str]) -> list[Attempt]:
    """The scored sessions ``agents`` played as the agent, oldest first."""
    wanted = set(agents)
    sessions = sessions_played_by(engine, wanted)
    events = read_events_of(engine, [info.id for info in sessions])
    return [attempt for attempt in attempts_from(sessions, events) if attempt.agent in wanted]


def unfinished_sessions(engine: Engine) -> list[SessionInfo]:
    with engine.connect() as connection:
        return _session_infos(
            connection,
            select(schema.sessions).where(
                schema.sessions.c.status != SessionStatus.ENDED.value
            ),
        )


def last_seq(engine: Engine, session_id: int) -> int:
    with engine.connect() as connection:
        return connection.execute(
            select(func.coalesce(func.max(schema.events.c.seq), 0)).where(
                schema.events.c.session_id == session_id
            )
        ).scalar_one()


# -- events -------------------------------------------------------------------------


def _event_row(event: Event) -> dict:
    return {
        "session_id": event.session_id,
        "seq": event.seq,
        "at": event.at,
        "kind": event.kind.value,
        "actor": event.actor,
        "seat": event.seat.value if event.seat else None,
        "text": event.text,
        "data": json.dumps(dict(event.data), ensure_ascii=False, sort_keys=True),
    }


def write_events(engine: Engine, batch: Iterable[Event]) -> None:
    """Commit a batch of events in one transaction, with what they imply for the
    session's status and membership (derived here, so the log stays the truth)."""
    batch = list(batch)
    if not batch:
        return
    with engine.begin() as connection:
        connection.execute(insert(schema.events), [_event_row(event) for event in batch])
        for event in batch:
            account = event.data.get("account")
            if event.kind is EventKind.JOIN and account and event.seat:
                _add_member(connection, event.session_id, account, event.seat.value)
            elif event.kind is EventKind.SYSTEM and event.data.get("status") == "live":
                _set_status(connection, event.session_id, SessionStatus.LIVE)
            elif event.kind is EventKind.END:
                _set_status(connection, event.session_id, SessionStatus.ENDED, event.at)


def _add_member(connection: Connection, session_id: int, account: str, seat: str) -> None:
    exists = connection.execute(
        select(schema.session_members.c.account).where(
            schema.session_members.c.session_id == session_id,
            schema.session_members.c.account == account,
            schema.session_members.c.seat == seat,
        )
    ).first()
    if exists is None:
        connection.execute(
            insert(schema.session_members).values(
                session_id=session_id, account=account, seat=seat
            )
        )


def _set_status(
    connection: Connection, session_id: int, status: SessionStatus, ended_at: float | None = None
) -> None:
    values: dict = {"status": status.value}
    if ended_at is not None:
        values["ended_at"] = ended_at
    connection.execute(
        update(schema.sessions).where(schema.sessions.c.id == session_id).values(**values)
    )


def _event(row: Any) -> Event:
    return Event(
        session_id=row.session_id,
        seq=row.seq,
        at=row.at,
        kind=row.kind,
        actor=row.actor,
        seat=row.seat,
        text=row.text,
        data=json.loads(row.data),
    )


def read_events(engine: Engine, session_id: int, after_seq: int = 0) -> list[Event]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(schema.events)
            .where(schema.events.c.session_id == session_id, schema.events.c.seq > after_seq)
            .order_by(schema.events.c.seq)
        )
        return [_event(row) for row in rows]


def read_events_of(engine: Engine, session_ids: Sequence[int]) -> dict[int, list[Event]]:
    """The events of several sessions in one query, each session's in order."""
    found: dict[int, list[Event]] = {session_id: [] for session_id in session_ids}
    if not session_ids:
        return found
    with engine.connect() as connection:
        rows = connection.execute(
            select(schema.events)
            .where(schema.events.c.session_id.in_(list(session_ids)))
            .order_by(schema.events.c.session_id, schema.events.c.seq)
        )
        for row in rows:
            found[row.session_id].append(_event(row))
    return found


def append_after_end(
    engine: Engine,
    session_id: int,
    kind: EventKind,
    actor: str,
    text: str,
    data: Mapping[str, Any],
    now: float,
) -> Event:
    """Append a review event (comment, override, dispute, reaction) to an ended session's
    log, numbered max(seq) + 1 in the same transaction. Reviewers take the session's row
    lock first (PostgreSQL; SQLite has one writer), so they queue rather than clash; a
    writer that takes no lock (the room saving its score just after the end) can still
    take the number first, and then the insert is tried once more with the next one."""
    try:
        return _append_after_end(engine, session_id, kind, actor, text, data, now)
    except IntegrityError:
        return _append_after_end(engine, session_id, kind, actor, text, data, now)


def _append_after_end(
    engine: Engine,
    session_id: int,
    kind: EventKind,
    actor: str,
    text: str,
    data: Mapping[str, Any],
    now: float,
) -> Event:
    with engine.begin() as connection:
        status = connection.execute(
            select(schema.sessions.c.status)
            .where(schema.sessions.c.id == session_id)
            .with_for_update()
        ).scalar_one_or_none()
        if status != SessionStatus.ENDED.value:
            raise SessionNotEnded(session_id)
        seq = connection.execute(
            select(func.coalesce(func.max(schema.events.c.seq), 0)).where(
                schema.events.c.session_id == session_id
            )
        ).scalar_one()
        event = Event(
            session_id=session_id, seq=seq + 1, at=now, kind=kind, actor=actor, text=text,
            data=data,
        )
        connection.execute(insert(schema.events).values(**_event_row(event)))
    return event


def end_interrupted_sessions(engine: Engine, now: float) -> list[int]:
    """Close, with an end event, every session a previous run left open (a crash or a
    kill): its people are gone, and a session that never ends would never be scored."""
    interrupted = unfinished_sessions(engine)
    write_events(
        engine,
        [
            Event(
                session_id=info.id,
                seq=last_seq(engine, info.id) + 1,
                at=now,
                kind=EventKind.END,
                text="Session ended: the server stopped while it was open.",
                data={"reason": "server stopped", "interrupted": True},
            )
            for info in interrupted
        ],
    )
    return [info.id for info in interrupted]
