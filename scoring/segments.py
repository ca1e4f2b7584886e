"""Cutting an utterance into the pieces a move can live in: sentences, then clauses.

The learned recogniser reads each piece on its own, so a move it finds quotes the clause
that shows it ("it'll be back on your card in 3-5 working days"), not the whole turn.
"""

from __future__ import annotations

import functools
import re

import attrs

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"')\u201d\u2019]*|\n|$)")
# A long sentence splits where a new clause starts: "…, and I'll …", "…; …", "… but …".
_CLAUSE_BREAK = re.compile(
    r";\s*|\s+[-\u2013\u2014]\s+|,\s*(?=(?:and |but |so |then )?(?:i|i'm|i've|i'll|we|we'll|"
    r"we've|it|it'll|it's|you|you'll|you're|they|this|that|let|please|can|could|would)\b)|"
    r"\s+but\s+|"
    r"\s+and\s+(?=(?:i|we|you|it|they|she|he)(?:'ll|\u2019ll|'ve|\u2019ve| will| have| can)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_MIN_CLAUSE_WORDS = 3
_LONG_SENTENCE_WORDS = 8


@attrs.frozen
class Segment:
    """``text == utterance[start:end]``, stripped."""

    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=4096)
def segments(text: str) -> tuple[Segment, ...]:
    """The sentences of ``text`` and, for long ones, their clauses (in order)."""
    out: list[Segment] = []
    for m in _SENTENCE.finditer(text):
        sentence = _strip(text, m.start(), m.end())
        if sentence is None:
            continue
        out.append(sentence)
        if len(_WORD.findall(sentence.text)) > _LONG_SENTENCE_WORDS:
            clauses = _clauses(text, sentence)
            if len(clauses) > 1:
                out += clauses
    return tuple(out)


def _clauses(text: str, sentence: Segment) -> list[Segment]:
    spans: list[tuple[int, int]] = []
    start = sentence.start
    for b in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if len(_WORD.findall(text[start : b.start()])) >= _MIN_CLAUSE_WORDS:
            spans.append((start, b.start()))
            start = b.end()
    if spans and len(_WORD.findall(text[start : sentence.end])) < _MIN_CLAUSE_WORDS:
        start = spans.pop()[0]  # a short tail stays with the clause before it
    spans.append((start, sentence.end))
    return [p for a, b in spans if (p := _strip(text, a, b)) is not None]


def _strip(text: str, start: int, end: int) -> Segment | None:
    piece = text[start:end]
    stripped = piece.strip()
    if not _WORD.search(stripped):
        return None
    s = start + piece.index(stripped)
    return Segment(s, s + len(stripped), stripped)
