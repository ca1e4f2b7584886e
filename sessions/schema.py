"""The tables. Changes to them go through a migration in ``sessions/migrations``."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

accounts = Table(
    "accounts",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("password_hash", String(256), nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", Float, nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", Float, nullable=False),
    Column("status", String(16), nullable=False),
    Column("scenario_id", String(64)),
    Column("scenario_version", String(64)),
    Column("seed", Integer),
    Column("ended_at", Float),
)

# Who sat where: derived from join events in the same transaction, and used for
# "which sessions may this account read".
session_members = Table(
    "session_members",
    metadata,
    Column("session_id", Integer, ForeignKey("sessions.id"), primary_key=True),
    Column("account", String(32), primary_key=True),
    Column("seat", String(16), primary_key=True),
    Index("session_members_account", "account"),
)

events = Table(
    "events",
    metadata,
    Column("session_id", Integer, ForeignKey("sessions.id"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("at", Float, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("actor", String(64)),
    Column("seat", String(16)),
    Column("text", Text, nullable=False),
    Column("data", Text, nullable=False),  # JSON
)
