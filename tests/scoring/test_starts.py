"""The start-position pre-check may only save time: it must never change a match."""

from __future__ import annotations

import random
import re

import pytest

from scoring.patterns import AGENT_PATTERNS, BARE_INSULT, CUSTOMER_PATTERNS, compile_phrase
from scoring.starts import StartIndex, caseless, first_chars, fold, matches, scan
from scoring.tone import TONE_PATTERNS

REGEXES = [p.regex for p in AGENT_PATTERNS + CUSTOMER_PATTERNS] + [BARE_INSULT]
INDEX = StartIndex(REGEXES)
WORDS = (
    "I'm", "I\u2019m", "so", "sorry", "you", "feel", "that", "way", "calm", "down", "CALM",
    "DOWN!!!", "3", "working", "days", "by", "5pm", "within", "24", "hours", "idiot", "f*ck",
    "can't", "won't", "refund", "full", "manager", "please", "could", "thank", "Thanks,",
    "Dana.", "no", "No.", "ok", "OK.", "it's", "not", "my", "problem", "as", "I", "already",
    "said", "I'll", "call", "back", "tomorrow", "does", "work", "for", "you?", "why", "did",
    "2nd", "time", "\u0130stanbul", "\u0663", "\t\n", "\u2013", '"quoted"', "(brackets)",
    "you're", "a", "useless", "bot", "lol", "the", "technicians", "are", "very", "busy",
    "fault", "not", "ours", "must", "be", "pressing", "wrong", "thing", "\u212aeep",
    "I\u2019LL", "CAN\u2019T", "Na\u00efve", "  ", "SORRY", "Let's", "Try", "restarting",
)


def _texts(n: int) -> list[str]:
    rng = random.Random(3)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 25))) for _ in range(n)]


@pytest.mark.parametrize("text", _texts(300))
def test_index_finds_exactly_what_a_full_search_finds(text: str) -> None:
    starts = INDEX.positions(scan(text))
    for i, regex in enumerate(REGEXES):
        fast = [m.span() for m in matches(regex, text, INDEX.where(starts, i))]
        full = [m.span() for m in regex.finditer(text)]
        assert fast == full, (regex.pattern[:80], text)


@pytest.mark.parametrize("text", _texts(300))
def test_caseless_twins_match_exactly_what_the_patterns_match(text: str) -> None:
    low = fold(text)
    if low is None:
        return
    for regex in [*REGEXES, *(rx for _, rx in TONE_PATTERNS)]:
        twin = caseless(regex)
        assert twin is not None
        assert [m.span() for m in twin.finditer(low)] == [
            m.span() for m in regex.finditer(text)
        ], (regex.pattern[:80], text)


def test_fold_refuses_letters_that_ignore_case_differently() -> None:
    assert fold("I\u2019m SORRY") == "i\u2019m sorry"
    assert fold("\u017forry") is None  # long s matches "s" when case is ignored
    assert fold("\u0131diot") is None  # dotless i matches "i"
    assert fold("\u0130stanbul") is None  # lower case is longer
    assert caseless(re.compile(r"\x41ll", re.IGNORECASE)) is None  # a hex-coded capital
    assert caseless(re.compile("all")) is None  # already case-sensitive


def test_first_chars() -> None:
    # a run of two or more spaces ends a prefix
    assert first_chars(compile_phrase("calm down|relax")) == {"calm d", "calm  ", "relax"}
    assert "in 0 d" in (first_chars(compile_phrase("in 3 days")) or ())
    assert "the " in (first_chars(compile_phrase(r"(?:we are|the \w+ (?:are|is)) busy")) or ())
    assert "i'm so" in (first_chars(compile_phrase("I'm sorry")) or ())  # curly quote as '
    assert "im sor" in (first_chars(compile_phrase("I'm sorry")) or ())
    assert first_chars(re.compile(r"\w+ing")) is None
    assert first_chars(re.compile(r"a?")) is None
