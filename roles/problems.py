"""A problem found in a scenario file, phrased for the trainer who wrote it."""

from __future__ import annotations

import attrs


@attrs.frozen
class Problem:
    """One thing wrong in one file: where, what, and how to fix it."""

    path: str
    line: int  # 1-based, as editors show it
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what} — {self.fix}"
