"""Cohorts, their members, scenario assignments and recordings shared with a cohort.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cohorts",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "cohort_members",
        sa.Column("cohort", sa.String(32), sa.ForeignKey("cohorts.name"), primary_key=True),
        sa.Column("account", sa.String(32), sa.ForeignKey("accounts.name"), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
    )
    op.create_index("cohort_members_account", "cohort_members", ["account"])
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("cohort", sa.String(32), sa.ForeignKey("cohorts.name"), nullable=False),
        sa.Column("scenario_id", sa.String(64), nullable=False),
        sa.Column("due", sa.Date, nullable=False),
        sa.Column("min_overall", sa.Integer, nullable=False),
        sa.Column("seeds", sa.Integer, nullable=False),
        sa.Column("assigned_by", sa.String(32), nullable=False),
        sa.Column("assigned_at", sa.Float, nullable=False),
        sa.UniqueConstraint("cohort", "scenario_id", name="assignments_cohort_scenario"),
    )
    op.create_table(
        "shares",
        sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id"), primary_key=True),
        sa.Column("cohort", sa.String(32), sa.ForeignKey("cohorts.name"), primary_key=True),
        sa.Column("shared_by", sa.String(32), nullable=False),
        sa.Column("shared_at", sa.Float, nullable=False),
    )
    op.create_index("shares_cohort", "shares", ["cohort"])


def downgrade() -> None:
    op.drop_index("shares_cohort", "shares")
    op.drop_table("shares")
    op.drop_table("assignments")
    op.drop_index("cohort_members_account", "cohort_members")
    op.drop_table("cohort_members")
    op.drop_table("cohorts")
