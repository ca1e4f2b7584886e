"""What one user types, made inert before it reaches another's screen."""

from __future__ import annotations

import pytest

from server.text import sanitise


@pytest.mark.parametrize(("typed", "shown"), [
    ("plain words", "plain words"),
    ("  padded  ", "padded"),
    ("red \x1b[31malert\x1b[0m", "red alert"),
    ("title \x1b]0;pwned\x07 here", "title  here"),
    ("tab\there", "tab here"),
    ("zero\u200bwidth", "zerowidth"),
    ("marks \u200eleft\u200f right", "marks left right"),
    ("\ufeffbom first", "bom first"),
    ("over\u202eride", "override"),
    ("isolate \u2066x\u2069", "isolate x"),
    ("line\u2028sep", "line sep"),
    ("para\u2029sep", "para sep"),
    ("c1 \x9b controls", "c1  controls"),
    ("bell\x07 and nul\x00", "bell and nul"),
    ("café ñ 日本語", "café ñ 日本語"),
])
def test_sanitise(typed, shown):
    assert sanitise(typed) == shown


def test_joiners_that_shape_text_are_kept():
    family = "\U0001f469\u200d\U0001f4bb"  # woman technologist: one emoji with a joiner
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a ZWNJ inside the word
    assert sanitise(family) == family and sanitise(persian) == persian
