"""Turn a telnet client's application bytes into lines of text.

Handles what clients really send: CR LF, LF, LF CR and lone CR line ends, NUL
padding, backspace/delete while a client is in character mode, invalid UTF-8, and
lines longer than anyone types (cut, reported, and the connection kept).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

MAX_LINE_BYTES = 4096

_BACKSPACES = frozenset(b"\x08\x7f")
_ENDS = frozenset(b"\r\n")


@attrs.frozen
class Line:
    text: str
    too_long: bool = False  # the client sent more than the limit; ``text`` is its start


@attrs.define
class LineBuffer:
    encoding: str = "utf-8"
    limit: int = MAX_LINE_BYTES
    _pending: bytearray = attrs.field(factory=bytearray)
    _overflowed: bool = False
    _last_end: int | None = None  # the line-end byte just seen, to fold CR LF / LF CR

    def feed(self, data: bytes) -> Iterator[Line]:
        for byte in data:
            if byte in _ENDS:
                if self._last_end is not None and self._last_end != byte:
                    self._last_end = None  # second half of a CR LF or LF CR pair
                    continue
                self._last_end = byte
                yield self._finish()
                continue
            self._last_end = None
            if byte == 0:
                continue
            if byte in _BACKSPACES:
                self._erase_last_character()
            elif len(self._pending) < self.limit:
                self._pending.append(byte)
            else:
                self._overflowed = True

    def _erase_last_character(self) -> None:
        # Remove a whole UTF-8 sequence: continuation bytes are 10xxxxxx.
        while self._pending:
            removed = self._pending.pop()
            if removed & 0xC0 != 0x80:
                break

    def _finish(self) -> Line:
        line = Line(
            text=bytes(self._pending).decode(self.encoding, errors="replace"),
            too_long=self._overflowed,
        )
        self._pending.clear()
        self._overflowed = False
        return line
