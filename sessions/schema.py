"""The tables. Changes to them go through a migration in ``sessions/migrations``."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
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

# -- cohorts (migration 0002) ----------------------------------------------------------

cohorts = Table(
    "cohorts",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("created_by", String(32), nullable=False),
    Column("created_at", Float, nullable=False),
)

# role: "trainer" or "trainee" within this cohort.
cohort_members = Table(
    "cohort_members",
    metadata,
    Column("cohort", String(32), ForeignKey("cohorts.name"), primary_key=True),
    Column("account", String(32), ForeignKey("accounts.name"), primary_key=True),
    Column("role", String(16), nullable=False),
    Index("cohort_members_account", "account"),
)

# One assignment per cohort and scenario; assigning again replaces the due date and rule.
assignments = Table(
    "assignments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("cohort", String(32), ForeignKey("cohorts.name"), nullable=False),
    Column("scenario_id", String(64), nullable=False),
    Column("due", Date, nullable=False),
    Column("min_overall", Integer, nullable=False),
    Column("seeds", Integer, nullable=False),
    Column("assigned_by", String(32), nullable=False),
    Column("assigned_at", Float, nullable=False),
    UniqueConstraint("cohort", "scenario_id", name="assignments_cohort_scenario"),
)

# A recording a trainer shared with a cohort: its members may read and replay it.
shares = Table(
    "shares",
    metadata,
    Column("session_id", Integer, ForeignKey("sessions.id"), primary_key=True),
    Column("cohort", String(32), ForeignKey("cohorts.name"), primary_key=True),
    Column("shared_by", String(32), nullable=False),
    Column("shared_at", Float, nullable=False),
    Index("shares_cohort", "cohort"),
)
