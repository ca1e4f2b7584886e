"""Where data lives by default."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """``$SPARRING_HOME``, else ``$XDG_DATA_HOME/sparring``, else ``~/.local/share/sparring``."""
    if home := os.environ.get("SPARRING_HOME"):
        return Path(home)
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "sparring"


def default_db_url() -> str:
    """``$SPARRING_DB`` if set, else an SQLite file in the data directory."""
    if url := os.environ.get("SPARRING_DB"):
        return url
    directory = data_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / 'sparring.sqlite'}"
