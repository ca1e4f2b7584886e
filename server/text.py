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
# Bidirectional overrides can make a line display as something else than it says.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def sanitise(text: str) -> str:
    """Remove everything that could act on a terminal rather than be read on it."""
    text = _ESCAPE.sub("", text).translate(_BIDI).replace("\t", " ")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc").strip()


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
