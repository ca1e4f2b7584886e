"""Bring a database's schema to the newest version (alembic, run in-process)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection


def upgrade_to_head(connection: Connection) -> None:
    config = Config()
    config.set_main_option("script_location", "sessions:migrations")
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
