"""Text that crosses from one user to another's screen: made inert, then wrapped."""

from __future__ import annotations

import re
import textwrap
import unicodedata

# ANSI/VT escape sequences (CSI, OSC, DCS, single-character escapes) and C1 controls.
_ESCAPE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI ... final byte
  | \x1b[\]PX^_].*?(?:\x07|\x1b\\|$)   # OSC/DCS/SOS/PM/APC up to BEL or ST
  | \x1b[ -/]*[0-~]?                   # other escapes
  | [\x80-\x9f]                        # C1 controls
    """,
    re.VERBOSE | re.DOTALL,
)
# Line and paragraph separators would break a line on some screens and not others.
_SEPARATORS = {ord("\t"): " ", ord("\u2028"): " ", ord("\u2029"): " "}
# Joiners shape emoji and Persian or Indic script; every other format character (bidi
# marks and overrides, zero-width space, BOM) is invisible, or makes a line display as
# something else than it says.
_KEPT_FORMAT = frozenset("\u200c\u200d")


def _shown(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category != "Cc" and (category != "Cf" or ch in _KEPT_FORMAT)


def sanitise(text: str) -> str:
    """Remove everything that could act on a terminal, or hide, rather than be read."""
    if text.isascii() and text.isprintable():  # most lines: nothing to remove
        return text.strip()
    text = _ESCAPE.sub("", text).translate(_SEPARATORS)
    return "".join(ch for ch in text if _shown(ch)).strip()


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Wrap to ``width`` columns; continuation lines get ``indent``."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(
            textwrap.wrap(
                paragraph,
                width=max(width, 20),
                subsequent_indent=indent,
                break_long_words=True,
                break_on_hyphens=False,
            )
            or [""]
        )
    return lines
