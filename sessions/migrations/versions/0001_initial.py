"""Accounts, sessions, members and the event log.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("scenario_id", sa.String(64)),
        sa.Column("scenario_version", sa.String(64)),
        sa.Column("seed", sa.Integer),
        sa.Column("ended_at", sa.Float),
    )
    op.create_table(
        "session_members",
        sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id"), primary_key=True),
        sa.Column("account", sa.String(32), primary_key=True),
        sa.Column("seat", sa.String(16), primary_key=True),
    )
    op.create_index("session_members_account", "session_members", ["account"])
    op.create_table(
        "events",
        sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(64)),
        sa.Column("seat", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("events")
    op.drop_index("session_members_account", "session_members")
    op.drop_table("session_members")
    op.drop_table("sessions")
    op.drop_table("accounts")
