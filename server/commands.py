"""A small command table: names, usage lines, help, and suggestions for typos."""

from __future__ import annotations

import difflib
from collections.abc import Awaitable, Callable

import attrs

Handler = Callable[[list[str]], Awaitable[None]]

#: The largest id, turn or seed a command accepts: what every database column holds.
MOST = 2**31 - 1


def number(text: str, most: int = MOST) -> int | None:
    """``text`` as a whole number from 0 to ``most``, or None: ASCII digits only, so that
    "²" or "١٢" is a usage error rather than a crash, and a 20-digit id never reaches SQL."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(most)):
        return None
    value = int(text)
    return value if value <= most else None


@attrs.frozen
class Command:
    name: str
    usage: str
    summary: str
    handler: Handler


@attrs.define
class CommandTable:
    prefix: str = ""  # "/" inside a room
    _commands: dict[str, Command] = attrs.field(factory=dict)

    def add(self, name: str, usage: str, summary: str, handler: Handler) -> None:
        self._commands[name] = Command(name, usage, summary, handler)

    def find(self, name: str) -> Command | None:
        return self._commands.get(name.lower())

    def help_text(self, name: str | None = None) -> str:
        if name:
            command = self.find(name.lstrip("/"))
            if command is None:
                return self.unknown(name)
            return f"{self.prefix}{command.usage}\n  {command.summary}"
        width = max(len(self.prefix + c.usage) for c in self._commands.values())
        return "\n".join(
            f"  {(self.prefix + c.usage).ljust(width)}  {c.summary}"
            for c in self._commands.values()
        )

    def unknown(self, name: str) -> str:
        close = difflib.get_close_matches(name.lower(), self._commands, n=1)
        hint = f' Did you mean "{self.prefix}{close[0]}"?' if close else ""
        return f'There is no command "{name}".{hint} Type "{self.prefix}help" for the list.'

    async def dispatch(self, line: str, unknown: Callable[[str], None]) -> None:
        """Run the command ``line`` names; ``unknown`` is told the text for a typo."""
        name, *args = line.split()
        command = self.find(name[len(self.prefix):] if name.startswith(self.prefix) else name)
        if command is None:
            unknown(self.unknown(name))
        else:
            await command.handler(args)


def parse_speed(text: str) -> float | None:
    """None for "max"; 0 for anything that is not a usable speed."""
    if text.lower() == "max":
        return None
    try:
        speed = float(text)
    except ValueError:
        return 0
    return speed if 0 < speed <= 1000 else 0
