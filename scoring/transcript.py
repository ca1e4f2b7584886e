"""Transcripts: the turns of one session, parsed from JSON data or plain ``Agent: …`` lines."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

import attrs

SPEAKERS: frozenset[str] = frozenset({"agent", "customer"})


class TranscriptError(ValueError):
    """A transcript that cannot be read; ``line`` is 1-based, or None when not line-bound."""

    def __init__(self, line: int | None, message: str) -> None:
        where = f"line {line}: " if line is not None else ""
        super().__init__(where + message)
        self.line = line
        self.message = message


@attrs.frozen
class Turn:
    speaker: str
    text: str
    at: float | None = None


@attrs.frozen
class Transcript:
    """The turns, and what a recorded session adds: its scenario's version, the seed, how
    it ended and the customer's final state (the score depends on the last two)."""

    scenario: str | None
    turns: tuple[Turn, ...]
    version: str | None = None
    seed: int | None = None
    outcome: str | None = None
    final_state: Mapping[str, Any] | None = None


def from_data(data: Any, line: int | None = None) -> Transcript:
    """Build a transcript from ``{"scenario": …, "turns": [{"speaker", "text", "at"}]}``.

    ``line`` names the source line in errors (for JSON Lines input).
    """
    if not isinstance(data, dict):
        raise TranscriptError(line, "a transcript must be a JSON object with a 'turns' list")
    scenario = data.get("scenario")
    if scenario is not None and not isinstance(scenario, str):
        raise TranscriptError(line, "'scenario' must be a string or null")
    turns = data.get("turns")
    if not isinstance(turns, list):
        raise TranscriptError(line, "'turns' must be a list")
    version, outcome = data.get("version"), data.get("outcome")
    seed, final_state = data.get("seed"), data.get("final_state")
    for key, value, kind in (("version", version, str), ("outcome", outcome, str),
                             ("seed", seed, int), ("final_state", final_state, dict)):
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            raise TranscriptError(line, f"'{key}' must be a {kind.__name__} or null")
    return Transcript(scenario, tuple(_turn(t, i, line) for i, t in enumerate(turns)),
                      version, seed, outcome, final_state)


def _turn(item: Any, index: int, line: int | None) -> Turn:
    where = f"turn {index + 1}: "
    if not isinstance(item, dict):
        raise TranscriptError(line, where + "each turn must be an object")
    speaker = item.get("speaker")
    if not isinstance(speaker, str) or speaker.lower() not in SPEAKERS:
        raise TranscriptError(line, where + "'speaker' must be 'agent' or 'customer'")
    text = item.get("text")
    if not isinstance(text, str):
        raise TranscriptError(line, where + "'text' must be a string")
    at = item.get("at")
    if at is not None and (
        isinstance(at, bool) or not isinstance(at, int | float) or not math.isfinite(at)
    ):
        raise TranscriptError(line, where + "'at' must be a number of seconds or null")
    return Turn(speaker.lower(), text, None if at is None else float(at))


def from_json_text(source: str) -> Transcript:
    """Parse one JSON document; syntax errors name the line."""
    try:
        data = json.loads(source)
    except json.JSONDecodeError as e:
        raise TranscriptError(e.lineno, f"invalid JSON: {e.msg}") from None
    return from_data(data)


_LINE = re.compile(r"^\s*(agent|customer)\s*:\s?(.*)$", re.IGNORECASE)


def from_plain_text(source: str, scenario: str | None = None) -> Transcript:
    """Parse ``Agent: …`` / ``Customer: …`` lines; indented lines continue the last turn."""
    turns: list[Turn] = []
    for number, raw in enumerate(source.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = _LINE.match(raw)
        if m:
            turns.append(Turn(m.group(1).lower(), m.group(2).strip()))
        elif turns and raw[:1].isspace():
            last = turns[-1]
            turns[-1] = attrs.evolve(last, text=(last.text + " " + raw.strip()).strip())
        else:
            raise TranscriptError(
                number, "expected 'Agent: …' or 'Customer: …' (or an indented continuation)"
            )
    return Transcript(scenario, tuple(turns))


def parse(source: str) -> Transcript:
    """Read either form: JSON when the text starts with '{', plain lines otherwise."""
    if source.lstrip().startswith("{"):
        return from_json_text(source)
    return from_plain_text(source)
